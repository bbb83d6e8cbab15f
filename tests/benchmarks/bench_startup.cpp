// SPDX-License-Identifier: Apache-2.0
// bench_startup: how long a user waits for OncoView. Launches the real `oncoview` binary (next
// to this program) and times, from the moment the process is started: the first paint of its
// window, and the demo study and slide fully drawn (every view rendered, the tiles in). The
// baseline is the same binary's `oncoview --version` in the same run: process start, loading
// every shared library (LibTorch, VTK, ITK, Qt) and their static initialisers, then exit, so
// the ratio shows what OncoView itself adds. Needs a display (run it under xvfb-run; the
// server's own start-up is not counted). Prints JSON lines (../shared/CLI.md).
//   bench_startup [--runs N] [--demo-dir DIR]
#include "benchjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

namespace {

constexpr const char *kBench = "startup";

struct Run
{
    std::optional<double> firstPaintMs;
    std::optional<double> viewsReadyMs;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? NAN : values[values.size() / 2];
}

QProcessEnvironment isolatedEnvironment(const QTemporaryDir &home)
{
    // Settings, recovery files and the audit log of these runs stay out of the user's.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("ONCOVIEW_STARTUP_TRACE"), QStringLiteral("1"));
    return environment;
}

double timeVersion(const QString &app)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(app, {QStringLiteral("--version")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        std::fprintf(stderr, "error: %s --version failed\n", qPrintable(app));
        std::exit(1);
    }
    return timer.nsecsElapsed() / 1e6;
}

// Starts the app on the demo and notes when each step's line arrives on its stderr.
Run timeDemo(const QString &app, const QString &demoDir, const QProcessEnvironment &environment,
             int timeoutMs)
{
    Run run;
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(app, {QStringLiteral("--demo"), QStringLiteral("--demo-dir"), demoDir});
    QByteArray pending;
    while (!run.viewsReadyMs && timer.elapsed() < timeoutMs
           && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(50);
        pending += process.readAllStandardError();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline).trimmed();
            pending.remove(0, newline + 1);
            const double now = timer.nsecsElapsed() / 1e6;
            if (line == "oncoview-startup first-paint") {
                run.firstPaintMs = now;
            } else if (line == "oncoview-startup views-ready") {
                run.viewsReadyMs = now;
            }
        }
    }
    process.kill();
    process.waitForFinished(10000);
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    QString demoDir;
    const QStringList arguments = app.arguments();
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--runs")) {
            runs = std::max(1, arguments[++i].toInt());
        } else if (arguments[i] == QLatin1String("--demo-dir")) {
            demoDir = arguments[++i];
        }
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fprintf(stderr, "error: bench_startup needs a display: run it under xvfb-run\n");
        return 2;
    }
    const QString oncoview
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("oncoview"));
    QTemporaryDir home;
    if (demoDir.isEmpty()) {
        demoDir = home.filePath(QStringLiteral("demo"));
    }
    const QProcessEnvironment environment = isolatedEnvironment(home);

    // Warm-up, not counted: the file cache holds the libraries, and the demo data exists (it is
    // generated on the very first start).
    timeVersion(oncoview);
    if (!timeDemo(oncoview, demoDir, environment, 300000).viewsReadyMs) {
        std::fprintf(stderr, "error: the demo did not draw within 300 s\n");
        return 1;
    }
    std::vector<double> version, firstPaint, viewsReady;
    for (int i = 0; i < runs; ++i) {
        version.push_back(timeVersion(oncoview));
        const Run run = timeDemo(oncoview, demoDir, environment, 120000);
        if (!run.firstPaintMs || !run.viewsReadyMs) {
            std::fprintf(stderr, "error: run %d did not report its start-up steps\n", i + 1);
            return 1;
        }
        firstPaint.push_back(*run.firstPaintMs);
        viewsReady.push_back(*run.viewsReadyMs);
    }
    using oncoview::bench::Baseline;
    using oncoview::bench::printMetric;
    const double versionMs = median(version);
    printMetric(kBench, "version_ms", versionMs, "ms");
    printMetric(kBench, "first_window_ms", median(firstPaint), "ms",
                Baseline {versionMs, "value<=1000"});
    printMetric(kBench, "demo_drawn_ms", median(viewsReady), "ms", Baseline {versionMs, ""});
    printMetric(kBench, "runs", runs, "count");
    return 0;
}
