// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace oncoview::testing {

struct CliRun
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
    double seconds = 0.0;
};

// Runs the real oncoview-cli; `environment` adds variables (feature cache, trusted keys).
CliRun runCli(const QStringList &args, int timeoutMs = 120000,
              const QProcessEnvironment &environment = {});
// stdout parsed as one JSON object (empty when it is not one).
QJsonObject jsonOf(const CliRun &run);

} // namespace oncoview::testing
