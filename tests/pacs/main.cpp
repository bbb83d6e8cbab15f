// SPDX-License-Identifier: Apache-2.0
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

// Qt
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // The PACS dialog needs no OpenGL: without an X server it runs offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM",
                qEnvironmentVariableIsEmpty("DISPLAY") ? "offscreen" : "xcb;offscreen");
    }
    QStandardPaths::setTestModeEnabled(true); // settings and the cache go to throw-away places
    // CTest runs test cases side by side: each process keeps its own settings (the archive
    // last used), so one test's choice of protocol never reaches another.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OncoViewTests"));
    QApplication::setApplicationName(QStringLiteral("tests_pacs"));
    return Catch::Session().run(argc, argv);
}
