// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace oncoview::test {

// Copies a folder tree: the demo study outside the demo folder is, to OncoView, a patient's.
inline bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &entry :
         QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = to + QLatin1Char('/') + entry.fileName();
        if (entry.isDir() ? !copyTree(entry.filePath(), target)
                          : !QFile::copy(entry.filePath(), target)) {
            return false;
        }
    }
    return true;
}

} // namespace oncoview::test
