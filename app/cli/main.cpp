// SPDX-License-Identifier: Apache-2.0
// oncoview-cli: the workstation's code paths for scripts, bug reports, tests and benchmarks.
// Contract: shared CLI.md. Unreadable input -> exit 2 and one line "error: <file>: <reason>".

// Qt
#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>

// Local
#include "app/cli/analyze.h"
#include "app/cli/annotationsconvert.h"
#include "app/cli/probe.h"
#include "app/cli/signing.h"
#include "ui/demoassets.h"

#include <atomic>
#include <cstdio>
#include <exception>
#include <stdexcept>

#include <fcntl.h>
#include <unistd.h>

namespace {

constexpr int exitUsage = 64;
constexpr int exitUnreadable = 2;

int usage()
{
    std::fputs("usage: oncoview-cli probe PATH\n"
               "       oncoview-cli make-demo DIR\n"
               "       oncoview-cli make-demo-models DIR\n"
               "       oncoview-cli make-demo-models --per-breast DIR\n"
               "       oncoview-cli make-phantoms DIR COUNT SEED\n"
               "       oncoview-cli make-signing-key PRIVATE.pem PUBLIC.pem\n"
               "       oncoview-cli sign-package --key PRIVATE.pem PACKAGE_DIR\n"
               "       oncoview-cli analyze --package DIR [--mpp UM] [--no-cache] PATH\n"
               "       oncoview-cli analyze --package DIR --batch LIST --out DIR\n"
               "       oncoview-cli annotations IN --out OUT [--slide SLIDE]\n",
               stderr);
    return exitUsage;
}

int printError(const QString &file, const QString &reason)
{
    // One line, always: callers parse it.
    QString line = QStringLiteral("error: %1: %2").arg(file, reason);
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::fprintf(stderr, "%s\n", qPrintable(line));
    return exitUnreadable;
}

// Libraries print their own diagnostics on stderr (libtiff warnings, GDCM codec messages,
// OpenSlide's GLib warnings). The probe contract is exactly one error line, so their output
// goes to /dev/null while probing; ONCOVIEW_VERBOSE=1 keeps it for bug reports.
class QuietStderr
{
public:
    QuietStderr()
    {
        if (qEnvironmentVariableIntValue("ONCOVIEW_VERBOSE") != 0) {
            return;
        }
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        const int devNull = ::open("/dev/null", O_WRONLY);
        if (m_saved >= 0 && devNull >= 0) {
            ::dup2(devNull, STDERR_FILENO);
        }
        if (devNull >= 0) {
            ::close(devNull);
        }
    }
    ~QuietStderr()
    {
        if (m_saved >= 0) {
            std::fflush(stderr);
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
        }
    }
    QuietStderr(const QuietStderr &) = delete;
    QuietStderr &operator=(const QuietStderr &) = delete;

private:
    int m_saved = -1;
};

int probe(const QString &path)
{
    oncoview::app::ProbeResult result;
    {
        const QuietStderr quiet;
        result = oncoview::app::probePath(path);
    }
    if (!result.ok) {
        return printError(result.errorFile, result.errorReason);
    }
    std::printf("%s\n", QJsonDocument(result.json).toJson(QJsonDocument::Compact).constData());
    return 0;
}

oncoview::ui::DemoProgress stderrProgress()
{
    // One line per stage and per 10 %: enough to see it move, not a flood in CI logs.
    return [lastStage = QString(), lastDecile = -1](const QString &stage, int percent) mutable {
        const int decile = percent / 10;
        if (stage != lastStage || decile > lastDecile) {
            std::fprintf(stderr, "%s: %d%%\n", qPrintable(stage), percent);
            lastStage = stage;
            lastDecile = decile;
        }
    };
}

int makeDemo(const QString &dir)
{
    const oncoview::ui::DemoPaths paths {dir};
    const std::atomic<bool> cancel {false};
    oncoview::ui::ensureDemoStudy(paths, stderrProgress(), &cancel);
    oncoview::ui::ensureDemoSlide(paths, stderrProgress(), &cancel);
    std::printf("{\"study\":\"%s\",\"slide\":\"%s\"}\n", qPrintable(paths.study()),
                qPrintable(paths.slide()));
    return 0;
}

int makeDemoModels(const QString &dir)
{
    const std::atomic<bool> cancel {false};
    // MRI, slide and local chat demo models, each trained here in C++.
    oncoview::ui::ensureDemoModels(dir, stderrProgress(), &cancel);
    std::printf("{\"packages\":\"%s\"}\n", qPrintable(dir));
    return 0;
}

// The per-breast variant of the demo MRI model, on request only (it is not part of the demo).
int makePerBreastDemoModel(const QString &dir)
{
    const QString package = dir + QStringLiteral("/mome-per-breast-demo");
    const auto report = oncoview::ui::writePerBreastDemoModel(package.toStdString());
    if (!report.ok()) {
        return printError(package, QString::fromStdString(report.error));
    }
    std::printf("{\"package\":\"%s\",\"seconds\":%.1f}\n", qPrintable(package), report.seconds);
    return 0;
}

int makePhantoms(const QStringList &args)
{
    bool countOk = false, seedOk = false;
    const int count = args.value(1).toInt(&countOk);
    const uint seed = args.value(2).toUInt(&seedOk);
    if (args.size() != 3 || !countOk || !seedOk || count < 1 || count > 1000) {
        return usage();
    }
    oncoview::ui::writeLabelledPhantoms(args[0], count, seed);
    std::printf("{\"labels\":\"%s/labels.json\"}\n", qPrintable(args[0]));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OncoView"));
    QCoreApplication::setApplicationName(QStringLiteral("OncoView"));
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (!args.isEmpty() && args[0] == QLatin1String("analyze")) {
        try {
            return oncoview::app::analyzeCommand(args.mid(1));
        } catch (const std::exception &error) {
            return printError(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(error.what()));
        }
    }
    if (!args.isEmpty() && args[0] == QLatin1String("make-signing-key")) {
        return oncoview::app::makeSigningKeyCommand(args.mid(1));
    }
    if (!args.isEmpty() && args[0] == QLatin1String("annotations")) {
        try {
            return oncoview::app::convertAnnotationsCommand(args.mid(1));
        } catch (const std::exception &error) {
            return printError(args.value(1), QString::fromLocal8Bit(error.what()));
        }
    }
    if (!args.isEmpty() && args[0] == QLatin1String("sign-package")) {
        return oncoview::app::signPackageCommand(args.mid(1));
    }
    if (args.size() == 3 && args[0] == QLatin1String("make-demo-models")
        && args[1] == QLatin1String("--per-breast")) {
        try {
            return makePerBreastDemoModel(args[2]);
        } catch (const std::exception &error) {
            return printError(args[2], QString::fromLocal8Bit(error.what()));
        }
    }
    if (!args.isEmpty() && args[0] == QLatin1String("make-phantoms")) {
        try {
            return makePhantoms(args.mid(1));
        } catch (const std::exception &error) {
            return printError(args.value(1), QString::fromLocal8Bit(error.what()));
        }
    }
    if (args.size() != 2) {
        return usage();
    }
    const QString &command = args[0];
    try {
        if (command == QLatin1String("probe")) {
            return probe(args[1]);
        }
        if (command == QLatin1String("make-demo")) {
            return makeDemo(args[1]);
        }
        if (command == QLatin1String("make-demo-models")) {
            return makeDemoModels(args[1]);
        }
    } catch (const std::exception &error) {
        // Whatever a library throws becomes the documented one-line error, never a crash.
        return printError(args[1], QString::fromLocal8Bit(error.what()));
    }
    return usage();
}
