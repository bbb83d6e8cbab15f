// SPDX-License-Identifier: Apache-2.0
// tests_mri entry point: the views' tests need a QApplication (offscreen platform in CTest).
#include "tests/support/catchsession.h"

#include <QApplication>

int main(int argc, char **argv)
{
    // Test discovery runs the binary at build time without the CTest ENVIRONMENT, often with
    // no display: fall back to the offscreen platform instead of aborting in QApplication.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    } else if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        // Most of these tests need no display at all: an X server that refuses one connection
        // (seen once under xvfb-run in CI) must not abort them all. The view tests then skip
        // themselves, as they do without OpenGL.
        qputenv("QT_QPA_PLATFORM", "xcb;offscreen");
    }
    QApplication app(argc, argv);
    return oncoview::testing::runCatchSession(argc, argv);
}
