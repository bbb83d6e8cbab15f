// SPDX-License-Identifier: Apache-2.0
#include "clirun.h"

// Qt
#include <QElapsedTimer>
#include <QJsonDocument>

namespace oncoview::testing {

CliRun runCli(const QStringList &args, int timeoutMs, const QProcessEnvironment &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(environment);
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(ONCOVIEW_CLI), args);
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.seconds = timer.elapsed() / 1000.0;
    run.exitCode = process.exitCode();
    run.status = process.exitStatus();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonObject jsonOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace oncoview::testing
