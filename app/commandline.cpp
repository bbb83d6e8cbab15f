// SPDX-License-Identifier: Apache-2.0
#include "app/commandline.h"

// Qt
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace oncoview::app {

CommandLine parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "OncoView diagnostic workstation (research use)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the built-in demo study and slide."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Save a PNG of the window once every view has rendered, then exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption demoDir(
        QStringLiteral("demo-dir"),
        QCoreApplication::translate("main", "Where the demo data lives (generated on first use)."),
        QStringLiteral("DIR"));
    const QCommandLineOption timeout(
        QStringLiteral("screenshot-timeout"),
        QCoreApplication::translate("main", "Seconds to wait for rendering before giving up."),
        QStringLiteral("SECONDS"), QStringLiteral("600"));
    const QCommandLineOption layout(
        QStringLiteral("layout"),
        QCoreApplication::translate(
            "main", "MRI layout at start: mpr (linked MPR + 3D) or dce (breast DCE reading)."),
        QStringLiteral("NAME"), QStringLiteral("mpr"));
    parser.addOptions({demo, screenshot, demoDir, timeout, layout});
    parser.addPositionalArgument(
        QStringLiteral("paths"),
        QCoreApplication::translate("main", "DICOM folders, NIfTI files or slides."),
        QStringLiteral("[PATH...]"));
    parser.process(app);

    CommandLine result;
    result.demo = parser.isSet(demo);
    result.screenshotFile = parser.value(screenshot);
    result.demoDir = parser.value(demoDir);
    result.paths = parser.positionalArguments();
    result.screenshotTimeoutSeconds = qMax(1, parser.value(timeout).toInt());
    result.layout = parser.value(layout).toLower();
    if (result.layout != QLatin1String("mpr") && result.layout != QLatin1String("dce")) {
        std::fprintf(stderr, "error: --layout must be mpr or dce, not '%s'\n",
                     qPrintable(result.layout));
        std::exit(2);
    }
    return result;
}

} // namespace oncoview::app
