// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QSet>
#include <QString>

namespace oncoview::ui {

// What a series folder of the PACS cache holds from an earlier retrieval (cut short, or the
// application ended): the SOP Instance UIDs of its whole instances, read from their headers
// (DCMTK, values over 256 bytes skipped). Half-written files (.partial) are removed. Any thread.
QSet<QString> cachedInstances(const QString &folder);

// One file's SOP Instance UID, read from its header; empty when it has none or is unreadable.
// Any thread.
QString sopInstanceUidOf(const QString &file);

// The largest n of the folder's <n>.dcm files (0 when none): new files are numbered after it.
int lastInstanceNumber(const QString &folder);

} // namespace oncoview::ui
