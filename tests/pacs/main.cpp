// SPDX-License-Identifier: Apache-2.0
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

// Qt
#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    // The PACS dialog needs no OpenGL: without an X server it runs offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM",
                qEnvironmentVariableIsEmpty("DISPLAY") ? "offscreen" : "xcb;offscreen");
    }
    QStandardPaths::setTestModeEnabled(true); // settings and the cache go to throw-away places
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OncoViewTests"));
    QApplication::setApplicationName(QStringLiteral("tests_pacs"));
    return Catch::Session().run(argc, argv);
}
