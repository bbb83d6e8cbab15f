// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace oncoview::app {

// What `oncoview [--demo] [--screenshot FILE] [PATH...]` asked for (see shared CLI.md).
struct CommandLine
{
    bool demo = false;
    QString screenshotFile;
    QString demoDir;
    QStringList paths;
    QString layout; // "mpr" (default) or "dce": the MRI layout shown at start
    int screenshotTimeoutSeconds = 600;
};

CommandLine parseCommandLine(const QCoreApplication &app);

} // namespace oncoview::app
