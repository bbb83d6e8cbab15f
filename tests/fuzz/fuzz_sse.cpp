// SPDX-License-Identifier: Apache-2.0
// The chat client's SSE parser (SseReader). Network chunks may split a stream anywhere, so the
// input is fed in chunks whose sizes the input itself chooses (FuzzedDataProvider takes them
// from its tail), then finish(). With the default limits the events must not depend on the
// chunking: the same bytes fed in one piece give the same events. The first byte's low bit
// picks tiny limits instead, so the over-limit paths run too.
#include "tests/fuzz/fuzzutil.h"
#include "ui/chat/ssereader.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

using oncoview::chat::SseEvent;
using oncoview::chat::SseLimits;
using oncoview::chat::SseReader;

namespace {

// Kind and text of each event; consecutive deltas merged, since how the stop-token filter
// holds text back may differ with the chunking while the text itself may not.
QStringList normalised(const std::vector<SseEvent> &events)
{
    QStringList out;
    bool lastWasDelta = false;
    for (const SseEvent &e : events) {
        const bool delta = e.kind == SseEvent::Kind::Delta;
        if (delta && lastWasDelta) {
            out.last() += e.text;
        } else {
            out << QString::number(int(e.kind)) + QLatin1Char(':') + e.text;
        }
        lastWasDelta = delta;
    }
    return out;
}

void append(std::vector<SseEvent> &to, std::vector<SseEvent> from)
{
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const bool tiny = data[0] & 1;
    SseLimits limits;
    if (tiny) {
        limits.maxLineBytes = 64;
        limits.maxEventBytes = 128;
        limits.maxStreamBytes = 1024;
    }
    FuzzedDataProvider provider(data + 1, size - 1);
    SseReader chunked(oncoview::chat::defaultStopTokens(), limits);
    std::vector<SseEvent> events;
    QByteArray whole;
    while (provider.remaining_bytes() > 0) {
        const size_t length = provider.ConsumeIntegralInRange<size_t>(0, 96);
        const std::vector<char> chunk = provider.ConsumeBytes<char>(length);
        const QByteArray bytes(chunk.data(), qsizetype(chunk.size()));
        whole += bytes;
        append(events, chunked.feed(bytes));
    }
    append(events, chunked.finish());
    if (tiny) {
        return 0;
    }
    SseReader oneShot(oncoview::chat::defaultStopTokens(), limits);
    std::vector<SseEvent> expected = oneShot.feed(whole);
    append(expected, oneShot.finish());
    if (normalised(events) != normalised(expected)) {
        std::fprintf(stderr, "chunked:  %s\none shot: %s\n",
                     qPrintable(normalised(events).join(QLatin1String(" | "))),
                     qPrintable(normalised(expected).join(QLatin1String(" | "))));
        std::abort();
    }
    return 0;
}
