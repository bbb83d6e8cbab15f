// SPDX-License-Identifier: Apache-2.0
// The WADO-RS multipart reader, fed as a network delivers: in pieces of every size.
#include <catch2/catch.hpp>

// Local
#include "ui/pacs/multipartreader.h"

using oncoview::ui::MultipartReader;

namespace {

const QByteArray kBody = "--b0und\r\nContent-Type: application/dicom\r\n\r\nfirst\r\n--b0und\r\n"
                         "Content-Type: application/dicom\r\n\r\n\r\n--b0\r\nthe second\r\n"
                         "--b0und\r\n\r\nno headers\r\n--b0und--\r\nepilogue";

QList<QByteArray> readInPieces(const QByteArray &body, int piece, bool *complete)
{
    QList<QByteArray> parts;
    MultipartReader reader("b0und",
                           [&](MultipartReader::Part &&part) { parts << part.body.joined(); });
    for (qsizetype at = 0; at < body.size(); at += piece) {
        REQUIRE(reader.feed(body.mid(at, piece)));
    }
    *complete = reader.isComplete();
    return parts;
}

} // namespace

TEST_CASE("A multipart series reads the same in pieces of any size", "[pacs]")
{
    for (int piece = 1; piece <= kBody.size(); ++piece) {
        CAPTURE(piece);
        bool complete = false;
        const QList<QByteArray> parts = readInPieces(kBody, piece, &complete);
        REQUIRE(parts.size() == 3);
        CHECK(parts[0] == "first");
        CHECK(parts[1] == "\r\n--b0\r\nthe second"); // a boundary's prefix inside a body
        CHECK(parts[2] == "no headers");
        CHECK(complete);
    }
}

TEST_CASE("The boundary comes from the Content-Type, quoted or not", "[pacs]")
{
    CHECK(MultipartReader::boundaryOf(
              R"(multipart/related; type="application/dicom"; boundary="abc 123")")
          == "abc 123");
    CHECK(MultipartReader::boundaryOf("multipart/related;boundary=xyz") == "xyz");
    CHECK(MultipartReader::boundaryOf("application/dicom").isEmpty());
    CHECK(MultipartReader::boundaryOf("multipart/related; boundary=" + QByteArray(71, 'a'))
              .isEmpty());
}

TEST_CASE("A body cut short is not complete, and a broken one is refused", "[pacs]")
{
    bool complete = true;
    const QList<QByteArray> parts
        = readInPieces(kBody.left(kBody.indexOf("no headers")), 7, &complete);
    CHECK(parts.size() == 2);
    CHECK_FALSE(complete);

    MultipartReader reader("b0und", [](MultipartReader::Part &&) {});
    CHECK_FALSE(reader.feed("--b0undXX garbage after the boundary"));
    CHECK_FALSE(reader.error().isEmpty());
    CHECK_FALSE(reader.feed("more")); // stays refused
}

TEST_CASE("Parts share the buffers they came in: the series is not copied", "[pacs]")
{
    const QByteArray body = "--b0und\r\n\r\n" + QByteArray(100'000, 'x') + "\r\n--b0und--\r\n";
    const QByteArray first = body.left(60'000);
    const QByteArray second = body.mid(60'000);
    QList<oncoview::ui::ByteSpans> parts;
    MultipartReader reader("b0und",
                           [&](MultipartReader::Part &&part) { parts << std::move(part.body); });
    REQUIRE(reader.feed(first));
    REQUIRE(reader.feed(second));
    REQUIRE(parts.size() == 1);
    REQUIRE(parts[0].spans().size() == 2);
    CHECK(parts[0].size() == 100'000);
    // The spans point into the very buffers fed, not into copies of them.
    CHECK(parts[0].spans()[0].buffer.constData() == first.constData());
    CHECK(parts[0].spans()[1].buffer.constData() == second.constData());
    CHECK(parts[0].joined() == QByteArray(100'000, 'x'));
}

TEST_CASE("A pattern is found across any number of buffers", "[pacs]")
{
    const QByteArray stream = "aa\r\n--b0unxx\r\n--b0und tail";
    const qsizetype expected = stream.indexOf("\r\n--b0und");
    for (int piece = 1; piece <= stream.size(); ++piece) {
        CAPTURE(piece);
        oncoview::ui::SpanQueue queue;
        for (qsizetype at = 0; at < stream.size(); at += piece) {
            queue.append(stream.mid(at, piece));
        }
        CHECK(queue.indexOf("\r\n--b0und", 0) == expected);
        CHECK(queue.indexOf("\r\n--b0und", expected + 1) == -1);
        CHECK(queue.copy(expected, 9) == "\r\n--b0und");
        const oncoview::ui::ByteSpans head = queue.take(expected);
        CHECK(head.joined() == stream.left(expected));
        CHECK(queue.indexOf("\r\n--b0und", 0) == 0);
        queue.drop(9);
        CHECK(queue.copy(0, 100) == " tail");
    }
}
