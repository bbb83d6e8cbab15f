// SPDX-License-Identifier: Apache-2.0
#include "tests/support/catchsession.h"

// Qt
#include <QApplication>

// Local
#include "tests/support/isolateduserpaths.h"

int main(int argc, char *argv[])
{
    // The PACS dialog needs no OpenGL: without an X server it runs offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM",
                qEnvironmentVariableIsEmpty("DISPLAY") ? "offscreen" : "xcb;offscreen");
    }
    // Settings (the archive last used) and the PACS cache: this process's own.
    oncoview::testing::IsolatedUserPaths userPaths;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OncoViewTests"));
    QApplication::setApplicationName(QStringLiteral("tests_pacs"));
    return oncoview::testing::runCatchSession(argc, argv);
}
