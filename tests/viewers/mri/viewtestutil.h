// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared by the MRI view tests: whether VTK can render here, and waiting on the event loop.

#include "viewers/mri/vtkglwidget.h"

// Qt
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QOffscreenSurface>
#include <QOpenGLContext>

#include <functional>

namespace oncoview::mri::test {

// True when an OpenGL context of VTK's format can be made current (xvfb-run + Mesa: yes;
// offscreen platform: no, and the view tests skip themselves).
inline bool openGlWorks()
{
    QOpenGLContext context;
    context.setFormat(vtkSurfaceFormat());
    if (!context.create()) {
        return false;
    }
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    return context.makeCurrent(&surface);
}

// Runs the event loop until `done` or the timeout; returns done().
inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

} // namespace oncoview::mri::test
