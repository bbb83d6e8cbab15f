// SPDX-License-Identifier: Apache-2.0
// The WADO-RS multipart reader (MultipartReader): a PACS answer, split by the network anywhere.
// The input is fed in chunks whose sizes the input chooses; the parts, whether the body is
// complete and whether it is refused must not depend on the chunking, and no part may hold
// more bytes than came in.
#include "ui/pacs/multipartreader.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdio>
#include <cstdlib>

using oncoview::ui::MultipartReader;

namespace {

struct Outcome
{
    QList<QByteArray> parts;
    bool complete = false;
    bool refused = false;
    bool operator==(const Outcome &) const = default;
};

MultipartReader reader(Outcome &outcome)
{
    return MultipartReader(
        "b0und", [&outcome](MultipartReader::Part &&part) { outcome.parts << part.body.joined(); });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider provider(data, size);
    Outcome chunked;
    MultipartReader inPieces = reader(chunked);
    QByteArray whole;
    while (provider.remaining_bytes() > 0) {
        const size_t length = provider.ConsumeIntegralInRange<size_t>(0, 64);
        const std::vector<char> chunk = provider.ConsumeBytes<char>(length);
        const QByteArray bytes(chunk.data(), qsizetype(chunk.size()));
        whole += bytes;
        if (!inPieces.feed(bytes)) {
            chunked.refused = true;
        }
    }
    chunked.complete = inPieces.isComplete();
    Outcome once;
    MultipartReader oneShot = reader(once);
    once.refused = !oneShot.feed(whole);
    once.complete = oneShot.isComplete();
    qsizetype held = 0;
    for (const QByteArray &part : chunked.parts) {
        held += part.size();
    }
    // A refusal may come at a different piece, after more parts: compare only when neither
    // refused.
    if (held > whole.size() || (!chunked.refused && !once.refused && !(chunked == once))) {
        std::fprintf(stderr, "chunked: %d parts, complete %d; one shot: %d parts, complete %d\n",
                     int(chunked.parts.size()), int(chunked.complete), int(once.parts.size()),
                     int(once.complete));
        std::abort();
    }
    return 0;
}
