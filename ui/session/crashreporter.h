// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QString>
#include <QStringList>

namespace oncoview::ui {

// What a fatal signal leaves behind: a report of the signal, the versions, the user's last
// actions and the stack, for the person who fixes it. It holds no patient data and no paths:
// actions are named by the app, never by a file, and the stack's library paths are cut to their
// file names when the report is finished at the next start.
//
// The handler runs in the dying process, so it only uses async-signal-safe calls: open, write,
// close and the glibc backtrace (warmed up at install, so it does not load libgcc then). It
// writes "<dir>/crash-<unix time>-<pid>.raw" and lets the signal take its default course.

// Installs handlers for SIGSEGV, SIGBUS, SIGFPE, SIGILL and SIGABRT (an uncaught exception
// ends in abort) on an alternate stack, so a stack overflow is reported too. Call once, early.
void installCrashHandler(const QString &reportDirectory, const QString &versions);

// Records one user action for the next report ("open slide", "analysis: ABMIL-demo"). The
// caller names the action; never pass a path or patient data. GUI thread.
void noteAction(const QString &action);

// The last actions noted, oldest first (tests, and the report's content).
QStringList lastActions();

// Finishes the raw reports a crash left in `reportDirectory`: paths cut to file names, C++
// symbols demangled, written as "crash-YYYYMMDD-HHMMSS.txt". Returns the new reports' paths,
// newest last; the raw files are removed.
QStringList finishCrashReports(const QString &reportDirectory);

// One raw stack line made shareable: "/home/u/build/bin/oncoview(_ZN3foo3barEv+0x12) [0x55]"
// becomes "oncoview(foo::bar()+0x12) [0x55]".
QString cleanStackLine(const QString &line);

} // namespace oncoview::ui
