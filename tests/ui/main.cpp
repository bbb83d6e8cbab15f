// SPDX-License-Identifier: Apache-2.0
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

// Qt
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QSurfaceFormat>
#include <QTemporaryDir>

// Local
#include "viewers/mri/vtkglwidget.h"

int main(int argc, char *argv[])
{
    // Same GL setup as the app: VTK needs core profile and no multisampling.
    QSurfaceFormat::setDefaultFormat(oncoview::mri::vtkSurfaceFormat());
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        // Without an X server the OpenGL tests skip themselves; the rest still runs.
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Settings, recent files and the default demo folder go to throw-away test locations.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OncoViewTests"));
    QApplication::setApplicationName(QStringLiteral("tests_ui"));
    // Each test process its own settings: CTest runs test cases side by side, and one that
    // chooses a layout or a preference must not change what another one reads meanwhile.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    return Catch::Session().run(argc, argv);
}
