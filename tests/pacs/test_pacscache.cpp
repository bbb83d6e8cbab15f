// SPDX-License-Identifier: Apache-2.0
// The PACS cache: whole series kept to a budget, least recently opened first; never the series
// being opened, nor one still arriving.
#include <catch2/catch.hpp>

// Qt
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

// Local
#include "ui/pacs/pacscache.h"

using namespace oncoview::ui;

namespace {

QString addSeries(const QString &root, const QString &name, bool complete, int hoursAgo)
{
    const QString folder = root + QStringLiteral("/1.2.3/") + name;
    QDir().mkpath(folder);
    QFile file(folder + QStringLiteral("/00001.dcm"));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(1 << 20, 'x'));
    file.close();
    if (complete) {
        pacscache::markComplete(folder, 1);
        QFile marker(folder + QStringLiteral("/.complete"));
        REQUIRE(marker.open(QIODevice::ReadWrite));
        REQUIRE(marker.setFileTime(QDateTime::currentDateTime().addSecs(-3600 * hoursAgo),
                                   QFileDevice::FileModificationTime));
    }
    return folder;
}

} // namespace

TEST_CASE("The PACS cache keeps to its budget, least recently opened first", "[pacs]")
{
    QTemporaryDir root;
    const QString oldest = addSeries(root.path(), QStringLiteral("oldest"), true, 30);
    const QString older = addSeries(root.path(), QStringLiteral("older"), true, 20);
    const QString kept = addSeries(root.path(), QStringLiteral("opened-now"), true, 40);
    const QString arriving = addSeries(root.path(), QStringLiteral("arriving"), false, 0);
    const QString recent = addSeries(root.path(), QStringLiteral("recent"), true, 1);

    CHECK(pacscache::prune(root.path(), 0).seriesRemoved == 0); // no limit
    // Opening a series from the cache makes it the most recently used.
    CHECK(pacscache::takeComplete(older));
    CHECK_FALSE(pacscache::takeComplete(arriving));

    const pacscache::Pruned pruned = pacscache::prune(root.path(), (qint64(3) << 20) + 1024, kept);
    CHECK(pruned.bytesBefore > qint64(5) << 20);
    CHECK(pruned.seriesRemoved == 2);
    CHECK_FALSE(QDir(oldest).exists());
    CHECK_FALSE(QDir(recent).exists()); // opened 1 h ago; "older" was opened just now
    CHECK(QDir(older).exists());
    CHECK(QDir(kept).exists()); // the oldest, but the one being opened
    CHECK(QDir(arriving).exists()); // still being written
    CHECK(pruned.bytesAfter <= (qint64(3) << 20) + 1024); // the markers count too
}
