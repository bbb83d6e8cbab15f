// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

// Local
#include "ui/chat/markdownblocks.h"

#include "ui/chat/ssereader.h"
#include "ui/chat/stoptokenfilter.h"
#include <algorithm>

using oncoview::chat::SseEvent;
using oncoview::chat::SseReader;
using Kind = SseEvent::Kind;

namespace {

// A stream as LMDeploy/vLLM send it (recorded shape): role chunk, content, finish, usage, DONE.
const QByteArray kRecorded
    = "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1735000000,"
      "\"model\":\"meddr\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":"
      "\"\"},"
      "\"finish_reason\":null}]}\n\n"
      "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
      "\"delta\":{\"content\":\"No mass \"},\"finish_reason\":null}]}\n\n"
      "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
      "\"delta\":{\"content\":\"is seen — «clear» 肿瘤 🙂\"},\"finish_reason\":null}]}\n\n"
      "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
      "\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
      "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[],"
      "\"usage\":{\"prompt_tokens\":300,\"completion_tokens\":12,\"total_tokens\":312}}\n\n"
      "data: [DONE]\n\n";

struct Collected
{
    QString text;
    QStringList finishes;
    QStringList errors;
    int usageTokens = -1;
    int dones = 0;
};

Collected collect(const std::vector<SseEvent> &events, Collected result = {})
{
    for (const SseEvent &event : events) {
        switch (event.kind) {
        case Kind::Delta:
            result.text += event.text;
            break;
        case Kind::Finish:
            result.finishes << event.text;
            break;
        case Kind::Error:
            result.errors << event.text;
            break;
        case Kind::Usage:
            result.usageTokens = event.usage.completionTokens;
            break;
        case Kind::Done:
            ++result.dones;
            break;
        }
    }
    return result;
}

// Feeds `stream` in pieces of `size` bytes, then ends it.
Collected feedInPieces(const QByteArray &stream, qsizetype size)
{
    SseReader reader;
    Collected result;
    for (qsizetype at = 0; at < stream.size(); at += size) {
        result = collect(reader.feed(stream.mid(at, size)), result);
    }
    return collect(reader.finish(), result);
}

QByteArray contentEvent(const QString &text)
{
    return "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + text.toUtf8()
        + "\"},\"finish_reason\":null}]}\n\n";
}

} // namespace

TEST_CASE("SseReader parses a recorded stream whole and split at every byte", "[chat][sse]")
{
    const QString expected = QStringLiteral("No mass is seen — «clear» 肿瘤 🙂");
    for (qsizetype size :
         {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), kRecorded.size()}) {
        INFO("piece size " << size);
        const Collected result = feedInPieces(kRecorded, size);
        CHECK(result.text == expected); // split UTF-8 (3- and 4-byte sequences) decoded intact
        CHECK(result.finishes == QStringList {QStringLiteral("stop")});
        CHECK(result.usageTokens == 12);
        CHECK(result.dones == 1);
        CHECK(result.errors.isEmpty());
    }
}

TEST_CASE("SseReader accepts CRLF and CR line ends, also split between chunks", "[chat][sse]")
{
    QByteArray crlf = kRecorded;
    crlf.replace("\n", "\r\n");
    QByteArray cr = kRecorded;
    cr.replace("\n", "\r");
    for (const QByteArray &stream : {crlf, cr}) {
        for (qsizetype size : {qsizetype(1), qsizetype(5), stream.size()}) {
            const Collected result = feedInPieces(stream, size);
            CHECK(result.text == QStringLiteral("No mass is seen — «clear» 肿瘤 🙂"));
            CHECK(result.dones == 1);
            CHECK(result.errors.isEmpty());
        }
    }
}

TEST_CASE("SseReader ignores keep-alive comments, id and retry fields", "[chat][sse]")
{
    const QByteArray stream = ": keep-alive\n\n" + contentEvent(QStringLiteral("a")) + ":ping\n"
        + "id: 7\nretry: 1000\n" + contentEvent(QStringLiteral("b")) + ": \n\n"
        + "data: [DONE]\n\n";
    const Collected result = feedInPieces(stream, 4);
    CHECK(result.text == QStringLiteral("ab"));
    CHECK(result.errors.isEmpty());
    CHECK(result.dones == 1);
}

TEST_CASE("SseReader accepts the usage chunk with choices empty, null or absent", "[chat][sse]")
{
    for (const char *choices : {"\"choices\":[],", "\"choices\":null,", ""}) {
        INFO(choices);
        const QByteArray stream = contentEvent(QStringLiteral("x")) + "data: {\"id\":\"c\","
            + QByteArray(choices) + "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":1}}\n\n"
            + "data: [DONE]\n\n";
        const Collected result = feedInPieces(stream, 3);
        CHECK(result.text == QStringLiteral("x"));
        CHECK(result.usageTokens == 1);
        CHECK(result.errors.isEmpty());
    }
    // "usage": null on ordinary chunks is no usage.
    const Collected plain = feedInPieces(
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":null}}],\"usage\":null}\n\ndata: "
        "[DONE]\n\n",
        8);
    CHECK(plain.usageTokens == -1);
    CHECK(plain.text.isEmpty());
    CHECK(plain.errors.isEmpty());
}

TEST_CASE("SseReader reports error objects in the stream", "[chat][sse]")
{
    SECTION("OpenAI-style error object")
    {
        const Collected result = feedInPieces(contentEvent(QStringLiteral("Partial"))
                                                  + "data: {\"error\":{\"message\":\"CUDA out of "
                                                    "memory\",\"type\":\"server_error\"}}\n\n",
                                              6);
        CHECK(result.text == QStringLiteral("Partial"));
        REQUIRE(result.errors.size() >= 1);
        CHECK(result.errors.first() == QStringLiteral("CUDA out of memory"));
    }
    SECTION("bare string and event: error")
    {
        CHECK(feedInPieces("data: {\"error\":\"model overloaded\"}\n\n", 5).errors.first()
              == QStringLiteral("model overloaded"));
        CHECK(feedInPieces("event: error\ndata: {\"message\":\"boom\"}\n\n", 5)
                  .errors.first()
                  .contains(QStringLiteral("boom")));
    }
    SECTION("malformed JSON is an error, not silently dropped text")
    {
        const Collected result = feedInPieces(
            "data: {\"choices\":[{\"delta\":{\"content\":\"a\"\n\ndata: [DONE]\n\n", 4);
        REQUIRE(!result.errors.isEmpty());
        CHECK(result.errors.first().contains(QStringLiteral("malformed")));
    }
}

TEST_CASE("SseReader reports a stream that ends without [DONE]", "[chat][sse]")
{
    SECTION("cut after content")
    {
        const Collected result = feedInPieces(contentEvent(QStringLiteral("The lesion")), 5);
        CHECK(result.text == QStringLiteral("The lesion"));
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors.first().contains(QStringLiteral("[DONE]")));
    }
    SECTION("cut inside a line")
    {
        SseReader reader;
        Collected result
            = collect(reader.feed(contentEvent(QStringLiteral("ok")) + "data: {\"choi"));
        result = collect(reader.finish(), result);
        CHECK(result.text == QStringLiteral("ok"));
        CHECK(!result.errors.isEmpty());
    }
    SECTION("a last event without its blank line still counts")
    {
        const Collected result
            = feedInPieces(contentEvent(QStringLiteral("a")) + "data: [DONE]", 3);
        CHECK(result.dones == 1);
        CHECK(result.errors.isEmpty());
    }
}

TEST_CASE("SseReader strips leaked stop tokens, also split across deltas", "[chat][sse]")
{
    SECTION("whole token, and the invented next turn after it is dropped")
    {
        const QByteArray stream
            = contentEvent(QStringLiteral("Benign.<|im_end|>\\n<|im_start|>user\\nthanks"))
            + contentEvent(QStringLiteral("more")) + "data: [DONE]\n\n";
        const Collected result = feedInPieces(stream, 9);
        CHECK(result.text == QStringLiteral("Benign."));
        CHECK(result.finishes.first() == QStringLiteral("stop-token"));
    }
    SECTION("token split over three deltas")
    {
        const QByteArray stream = contentEvent(QStringLiteral("Fine<|im"))
            + contentEvent(QStringLiteral("_en")) + contentEvent(QStringLiteral("d|>tail"))
            + "data: [DONE]\n\n";
        CHECK(feedInPieces(stream, 1).text == QStringLiteral("Fine"));
    }
    SECTION("</s> and <|endoftext|>")
    {
        CHECK(feedInPieces(contentEvent(QStringLiteral("A</")) + contentEvent(QStringLiteral("s>B"))
                               + "data: [DONE]\n\n",
                           2)
                  .text
              == QStringLiteral("A"));
        CHECK(feedInPieces(contentEvent(QStringLiteral("C<|endoftext|>")) + "data: [DONE]\n\n", 64)
                  .text
              == QStringLiteral("C"));
    }
    SECTION("a prefix that turns out not to be a token is released")
    {
        const QByteArray stream = contentEvent(QStringLiteral("a <|im"))
            + contentEvent(QStringLiteral(" b < c </"))
            + "data: "
              "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"length\"}]}\n\ndata: "
              "[DONE]\n\n";
        const Collected result = feedInPieces(stream, 5);
        CHECK(result.text == QStringLiteral("a <|im b < c </"));
        CHECK(result.finishes == QStringList {QStringLiteral("length")});
    }
}

TEST_CASE("StopTokenFilter holds back only possible token prefixes", "[chat][sse]")
{
    oncoview::chat::StopTokenFilter filter({QStringLiteral("<|im_end|>")});
    CHECK(filter.push(QStringLiteral("abc<")) == QStringLiteral("abc"));
    CHECK(filter.push(QStringLiteral("|im")) == QString());
    CHECK(filter.push(QStringLiteral("x")) == QStringLiteral("<|imx"));
    CHECK(filter.push(QStringLiteral("<|im_end|>rest")) == QString());
    CHECK(filter.stopped());
    CHECK(filter.push(QStringLiteral("more")) == QString());
}

TEST_CASE("Streaming Markdown settles complete blocks and keeps code fences together",
          "[chat][markdown]")
{
    using oncoview::chat::stableMarkdownPrefix;
    CHECK(stableMarkdownPrefix(u"para one\n\npara two") == 10);
    CHECK(stableMarkdownPrefix(u"no blank line yet\n") == 0);
    // A blank line inside an open fence does not settle it; closing the fence does.
    CHECK(stableMarkdownPrefix(u"```\ncode\n\nmore") == 0);
    CHECK(stableMarkdownPrefix(u"```\ncode\n\nmore\n```\nafter") == 19);

    oncoview::chat::StreamingMarkdown stream;
    QString settled;
    const QString answer = QStringLiteral("# Findings\n\n- a\n- b\n\n```\nx\n\ny\n```\nTail text");
    for (QChar c : answer) {
        stream.append(QString(c));
        settled += stream.takeSettled();
    }
    CHECK(settled + stream.tail().toString() == answer);
    CHECK(stream.tail() == QStringLiteral("Tail text"));
}

TEST_CASE("SseReader stops a stream that never ends a line, an event or itself",
          "[chat][sse][hardening]")
{
    oncoview::chat::SseLimits limits;
    limits.maxLineBytes = 1024;
    limits.maxEventBytes = 2048;
    limits.maxStreamBytes = 16384;
    const auto errorsIn = [](const std::vector<SseEvent> &events) {
        return std::count_if(events.begin(), events.end(),
                             [](const SseEvent &e) { return e.kind == Kind::Error; });
    };
    SECTION("one endless line")
    {
        SseReader reader({}, limits);
        long errors = 0;
        for (int chunk = 0; chunk < 50; ++chunk) {
            errors += errorsIn(reader.feed(QByteArray(100, 'a')));
        }
        CHECK(errors == 1);
        CHECK(reader.finish().empty()); // said once
    }
    SECTION("an event whose data lines never end")
    {
        SseReader reader({}, limits);
        long errors = 0;
        for (int line = 0; line < 100; ++line) {
            errors += errorsIn(reader.feed("data: " + QByteArray(60, 'b') + "\n"));
        }
        CHECK(errors == 1);
    }
    SECTION("an answer that streams forever")
    {
        SseReader reader({}, limits);
        const QByteArray event = R"(data: {"choices":[{"index":0,"delta":{"content":"more "}}]})"
                                 "\n\n";
        long deltas = 0, errors = 0;
        for (int i = 0; i < 1000; ++i) {
            const auto events = reader.feed(event);
            errors += errorsIn(events);
            deltas += std::count_if(events.begin(), events.end(),
                                    [](const SseEvent &e) { return e.kind == Kind::Delta; });
        }
        CHECK(errors == 1);
        CHECK(deltas > 100); // what came before the limit was delivered
        CHECK(deltas < 1000);
    }
}
