// SPDX-License-Identifier: Apache-2.0
#include "tests/support/catchsession.h"

// Qt
#include <QApplication>
#include <QSurfaceFormat>

// Local
#include "tests/support/isolateduserpaths.h"
#include "viewers/mri/vtkglwidget.h"

int main(int argc, char *argv[])
{
    // Same GL setup as the app: VTK needs core profile and no multisampling.
    QSurfaceFormat::setDefaultFormat(oncoview::mri::vtkSurfaceFormat());
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        // Without an X server the OpenGL tests skip themselves; the rest still runs.
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Settings, recent files, session records and the default demo folder: this process's own.
    oncoview::testing::IsolatedUserPaths userPaths;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OncoViewTests"));
    QApplication::setApplicationName(QStringLiteral("tests_ui"));
    return oncoview::testing::runCatchSession(argc, argv);
}
