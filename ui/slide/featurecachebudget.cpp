// SPDX-License-Identifier: Apache-2.0
#include "ui/slide/featurecachebudget.h"

// Qt
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace oncoview::ui {

FeatureCachePrune pruneFeatureCache(const QString &directory, qint64 budgetBytes)
{
    FeatureCachePrune result;
    QFileInfoList entries
        = QDir(directory).entryInfoList({QStringLiteral("*.features")}, QDir::Files);
    for (const QFileInfo &entry : entries) {
        result.bytesBefore += entry.size();
    }
    result.bytesAfter = result.bytesBefore;
    if (budgetBytes <= 0 || result.bytesBefore <= budgetBytes) {
        return result;
    }
    // Oldest first: an entry is rewritten when its slide is analysed again with another grid
    // or package, so the write time says how long ago it was last needed.
    std::sort(entries.begin(), entries.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() < b.lastModified();
    });
    for (const QFileInfo &entry : entries) {
        if (result.bytesAfter <= budgetBytes) {
            break;
        }
        if (QFile::remove(entry.filePath())) {
            result.bytesAfter -= entry.size();
            ++result.removed;
        }
    }
    return result;
}

} // namespace oncoview::ui
