// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace oncoview::ui {

// What one OncoView process has open, as its record on disk says.
struct SessionSnapshot
{
    QString study; // folder or file; empty when none
    QString slide;
    bool dceLayout = false;
    QDateTime updated;

    bool hasContent() const { return !study.isEmpty() || !slide.isEmpty(); }
};

// The command line that reopens what the snapshot has open (a restart after a language
// change): the study, the slide and the DCE layout.
QStringList reopenArguments(const SessionSnapshot &snapshot);

// Each running OncoView keeps "<dir>/session-<pid>.json" up to date with what it has open and
// removes it when it ends normally. A record left behind by a process that is gone tells the
// next start that OncoView crashed, was killed or lost power, and what to offer to reopen.
// One file per process, so two windows open at once never overwrite each other. GUI thread.
class SessionRecord
{
public:
    explicit SessionRecord(QString directory);
    static QString defaultDirectory();

    // The newest record of a process that is no longer running, if any. Reading it claims the
    // leftovers: they are removed, so the offer is made once.
    std::optional<SessionSnapshot> takeUnfinished();

    // This process's record (written at once, atomically, and again on every change).
    void write(const SessionSnapshot &snapshot);
    // A normal end: the record goes.
    void finish();

    QString path() const;

private:
    QString m_directory;
};

} // namespace oncoview::ui
