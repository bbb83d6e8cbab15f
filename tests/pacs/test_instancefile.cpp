// SPDX-License-Identifier: Apache-2.0
// Received instances are written whole or not at all, from the network's buffers.
#include <catch2/catch.hpp>

// Qt
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

// Local
#include "ui/pacs/instancefile.h"

using oncoview::ui::ByteSpans;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ByteSpans spansOf(const QList<QByteArray> &buffers)
{
    ByteSpans body;
    for (const QByteArray &buffer : buffers) {
        body.append({buffer, 1, buffer.size() - 1}); // each buffer's first byte left out
    }
    return body;
}

} // namespace

TEST_CASE("An instance is written from its spans and replaces an older file whole", "[pacs]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("00001.dcm"));
    const ByteSpans first = spansOf({"#first part, ", "#second part"});
    REQUIRE(oncoview::ui::writeWholeFile(path, first).isEmpty());
    CHECK(contents(path) == "first part, second part");

    // Many spans (more than one writev takes) and a name already there.
    QList<QByteArray> buffers;
    QByteArray expected;
    for (int i = 0; i < 3000; ++i) {
        buffers << "#" + QByteArray::number(i) + ",";
        expected += QByteArray::number(i) + ",";
    }
    REQUIRE(oncoview::ui::writeWholeFile(path, spansOf(buffers)).isEmpty());
    CHECK(contents(path) == expected);
    // Nothing is left beside it: no unnamed or aside file ever shows.
    CHECK(QDir(folder.path()).entryList(QDir::Files) == QStringList {QStringLiteral("00001.dcm")});
}

TEST_CASE("An instance that cannot be written says where and leaves no file", "[pacs]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("missing/00001.dcm"));
    const QString error = oncoview::ui::writeWholeFile(path, spansOf({"#bytes"}));
    CHECK(error.contains(path));
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}
