// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QString>

namespace oncoview::ui {

// The local copy of what was retrieved from archives: <root>/<study UID>/<series UID>/, a
// series marked whole by its ".complete" file, whose time says when the series was last opened.
namespace pacscache {

QString defaultRoot();
// Marks a series folder whole (with its instance count) and just used.
void markComplete(const QString &seriesFolder, int instances);
// True for a series retrieved whole; then it is marked as just used.
bool takeComplete(const QString &seriesFolder);

struct Pruned
{
    qint64 bytesBefore = 0;
    qint64 bytesAfter = 0;
    int seriesRemoved = 0;
};

// Removes whole series, least recently used first, until the cache holds at most
// `budgetBytes` (0 or less: no limit); `keep` (a series folder) is never removed, nor is a
// series still being retrieved (no marker yet, changed in the last hour). Any thread.
Pruned prune(const QString &root, qint64 budgetBytes, const QString &keep = {});

} // namespace pacscache

} // namespace oncoview::ui
