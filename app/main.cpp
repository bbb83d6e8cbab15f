// SPDX-License-Identifier: Apache-2.0
// OncoView: breast MRI and whole-slide pathology with AI assistance. Composition root.

// Qt
#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QSurfaceFormat>

// Local
#include "app/commandline.h"
#include "app/screenshot.h"
#include "app/startuptrace.h"
#include "ui/demoassets.h"
#include "ui/i18n/language.h"
#include "ui/inferenceservice.h"
#include "ui/mainwindow.h"
#include "ui/preferences/preferences.h"
#include "ui/session/componentversions.h"
#include "ui/session/crashreporter.h"
#include "ui/session/sessionrecord.h"
#include "ui/theme.h"
#include "viewers/mri/openglsupport.h"
#include "viewers/mri/vtkglwidget.h"

#include <cstdio>
#include <optional>

namespace {

// The user's language (View > Language), else the system's.
void translate(QCoreApplication &app)
{
    const QLocale ui
        = oncoview::ui::uiLocaleFor(oncoview::ui::languageSetting(), QLocale::system());
    oncoview::ui::installTranslations(app, ui, QStringLiteral(":/i18n"));
}

// --help and --version need no display: answered before a QApplication looks for one.
bool onlyHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v"
            || arg == "--version") {
            return true;
        }
    }
    return false;
}

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OncoView"));
    QCoreApplication::setApplicationName(QStringLiteral("OncoView"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONCOVIEW_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyHelpOrVersion(argc, argv)) {
        QCoreApplication core(argc, argv);
        nameApplication();
        translate(core);
        oncoview::app::parseCommandLine(core); // prints and exits
        return 0;
    }
    // VTK needs a core-profile context without multisampling (volume rendering reads the
    // framebuffer); the default format must be set before the application object exists.
    QSurfaceFormat::setDefaultFormat(oncoview::mri::vtkSurfaceFormat());
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setDesktopFileName(QStringLiteral("oncoview"));
    translate(app);
    const oncoview::ui::Preferences preferences = oncoview::ui::Preferences::load();
    oncoview::ui::applyTheme(app, preferences.theme, preferences.fontPointSize);

    const oncoview::app::CommandLine options = oncoview::app::parseCommandLine(app);
    // A fatal signal leaves a report; a record of what is open outlives a crash or a kill, and
    // the next start offers to reopen it.
    const QString crashReports
        = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/crash-reports");
    oncoview::ui::installCrashHandler(crashReports, oncoview::ui::componentVersions());
    oncoview::ui::SessionRecord session(oncoview::ui::SessionRecord::defaultDirectory());
    const std::optional<oncoview::ui::SessionSnapshot> unfinished = session.takeUnfinished();
    const QStringList newReports = oncoview::ui::finishCrashReports(crashReports);
    if (const QString problem = oncoview::mri::openGlProblem(); !problem.isEmpty()) {
        // Said on the terminal too: a remote session may not show the window at all.
        std::fprintf(stderr, "oncoview: %s\n", problem.toLocal8Bit().constData());
    }

    oncoview::inference::EngineOptions engineOptions;
    // Edit > Preferences; "auto": CUDA when LibTorch sees one.
    engineOptions.device = preferences.device == QLatin1String("cpu")
        ? oncoview::inference::DevicePreference::Cpu
        : preferences.device == QLatin1String("cuda") ? oncoview::inference::DevicePreference::Cuda
                                                      : oncoview::inference::DevicePreference::Auto;
    engineOptions.intraOpThreads = preferences.threads;
    oncoview::ui::InferenceService inference(nullptr, engineOptions);
    oncoview::ui::MainWindow window(&inference);
    window.resize(1680, 1020);
    // A screenshot is taken in the built-in layout, and leaves the user's layout alone.
    const bool keepLayout = options.screenshotFile.isEmpty();
    if (keepLayout) {
        window.restoreLayout();
    }
    oncoview::app::traceStartup(window); // ONCOVIEW_STARTUP_TRACE: for bench_startup
    window.show();
    if (unfinished || !newReports.isEmpty()) {
        window.offerSessionRestore(unfinished.value_or(oncoview::ui::SessionSnapshot()),
                                   newReports);
    }
    session.write(window.sessionSnapshot());
    QObject::connect(&window, &oncoview::ui::MainWindow::sessionChanged, &window,
                     [&] { session.write(window.sessionSnapshot()); });
    if (options.layout == QLatin1String("dce")) {
        window.setMriLayout(oncoview::ui::MainWindow::MriLayout::Dce);
    }

    if (options.demo) {
        window.openDemo(options.demoDir.isEmpty() ? oncoview::ui::defaultDemoRoot()
                                                  : options.demoDir);
    }
    for (const QString &path : options.paths) {
        window.openPath(path);
    }
    if (!options.screenshotFile.isEmpty()) {
        oncoview::app::saveScreenshotWhenReady(window, options.screenshotFile,
                                               options.screenshotTimeoutSeconds);
    }
    // A language change needs a restart: it happens after this process has saved everything.
    QStringList restartArguments;
    bool restart = false;
    QObject::connect(&window, &oncoview::ui::MainWindow::restartRequested, &window, [&] {
        restartArguments = oncoview::ui::reopenArguments(window.sessionSnapshot());
        QApplication::closeAllWindows();
        restart = !window.isVisible();
        if (restart) {
            QCoreApplication::quit();
        }
    });
    const int exitCode = app.exec();
    if (keepLayout) {
        window.saveLayout();
    }
    session.finish(); // a normal end: nothing to offer next time
    if (restart) {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), restartArguments);
    }
    return exitCode;
}
