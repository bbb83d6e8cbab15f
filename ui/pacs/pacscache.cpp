// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/pacscache.h"

// Qt
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <vector>

namespace oncoview::ui::pacscache {

namespace {

const QString kMarker = QStringLiteral(".complete");

qint64 folderBytes(const QString &folder)
{
    qint64 bytes = 0;
    QDirIterator files(folder, QDir::Files | QDir::Hidden);
    while (files.hasNext()) {
        files.next();
        bytes += files.fileInfo().size();
    }
    return bytes;
}

} // namespace

QString defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/pacs-cache");
}

void markComplete(const QString &seriesFolder, int instances)
{
    QFile marker(seriesFolder + QLatin1Char('/') + kMarker);
    if (marker.open(QIODevice::WriteOnly)) {
        marker.write(QByteArray::number(instances));
    }
}

bool takeComplete(const QString &seriesFolder)
{
    QFile marker(seriesFolder + QLatin1Char('/') + kMarker);
    if (!marker.exists()) {
        return false;
    }
    if (marker.open(QIODevice::ReadWrite)) {
        marker.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime);
    }
    return true;
}

Pruned prune(const QString &root, qint64 budgetBytes, const QString &keep)
{
    struct Series
    {
        QString folder;
        QDateTime used;
        qint64 bytes = 0;
        bool removable = false;
    };
    std::vector<Series> all;
    Pruned result;
    const QDateTime anHourAgo = QDateTime::currentDateTime().addSecs(-3600);
    for (const QFileInfo &study : QDir(root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QFileInfo &series :
             QDir(study.filePath()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QFileInfo marker(series.filePath() + QLatin1Char('/') + kMarker);
            Series s {series.filePath(),
                      marker.exists() ? marker.lastModified() : series.lastModified(),
                      folderBytes(series.filePath()), false};
            // A series without its marker is being retrieved, unless it was left long ago.
            s.removable = QFileInfo(s.folder) != QFileInfo(keep)
                && (marker.exists() || series.lastModified() < anHourAgo);
            result.bytesBefore += s.bytes;
            all.push_back(s);
        }
    }
    result.bytesAfter = result.bytesBefore;
    if (budgetBytes <= 0 || result.bytesBefore <= budgetBytes) {
        return result;
    }
    std::sort(all.begin(), all.end(),
              [](const Series &a, const Series &b) { return a.used < b.used; });
    for (const Series &s : all) {
        if (result.bytesAfter <= budgetBytes) {
            break;
        }
        if (s.removable && QDir(s.folder).removeRecursively()) {
            result.bytesAfter -= s.bytes;
            ++result.seriesRemoved;
            QDir().rmdir(QFileInfo(s.folder).path()); // the study folder, when now empty
        }
    }
    return result;
}

} // namespace oncoview::ui::pacscache
