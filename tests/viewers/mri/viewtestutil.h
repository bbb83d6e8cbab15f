// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared by the MRI view and main-window GUI tests: whether VTK can render here, a click, and
// waiting on the event loop.

#include "viewers/mri/openglsupport.h"
#include "viewers/mri/vtkglwidget.h"

#include <catch2/catch.hpp>

// Qt
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QOffscreenSurface>
#include <QOpenGLContext>

#include "tests/support/prerequisite.h"
#include <functional>

namespace oncoview::mri::test {

// True when an OpenGL context of VTK's format can be made current (xvfb-run + Mesa: yes;
// offscreen platform: no, and the view tests skip themselves). The app's own check comes first:
// Qt's offscreen platform can make a context under an X display (GLX), yet QOpenGLWidget
// crashes there, as a test that fell back from a refused X connection once showed.
inline bool openGlWorks()
{
    if (!openGlAvailable()) {
        return false;
    }
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

// openGlWorks(), and when it does not, a Catch2 warning that the calling GUI test is skipped.
inline bool openGlOrSkip()
{
    if (openGlWorks()) {
        return true;
    }
    ONCOVIEW_SKIP_OR_FAIL(
        "no OpenGL context on this platform (run under xvfb-run): GUI test skipped");
    return false;
}

// A left click (press and release) at pos, in widget coordinates.
inline void click(QWidget *widget, QPointF pos)
{
    const QPointF global = widget->mapToGlobal(pos);
    QMouseEvent press(QEvent::MouseButtonPress, pos, global, Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, pos, global, Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &release);
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
