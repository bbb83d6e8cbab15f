// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared set-up of the MRI view benchmarks: a synthetic breast DCE volume of a chosen size
// (the demo phantom's anatomy at that grid) shown in a visible MriViewer. Needs OpenGL: run
// under xvfb-run -a -s "-screen 0 1920x1080x24" (Mesa llvmpipe) or on a real display.

#include "viewers/mri/io/breastphantom.h"
#include "viewers/mri/mriviewer.h"
#include "viewers/mri/vtkglwidget.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMouseEvent>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QStringList>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

namespace oncoview::bench {

struct ViewBenchOptions
{
    std::array<int, 3> size {512, 512, 200};
    int width = 1600, height = 1000; // the viewer's 2x2 grid: each view about 800 x 500
    int steps = 200;
};

inline ViewBenchOptions parseViewBenchOptions(const QStringList &args, const char *program)
{
    ViewBenchOptions o;
    for (int i = 1; i < args.size(); ++i) {
        const auto need = [&](int n) {
            if (i + n >= args.size()) {
                std::fprintf(stderr,
                             "error: %s needs %d value(s)\nusage: %s [--size X Y Z] "
                             "[--viewer W H] [--steps N]\n",
                             qPrintable(args[i]), n, program);
                std::exit(2);
            }
        };
        if (args[i] == QLatin1String("--size")) {
            need(3);
            for (int k = 0; k < 3; ++k) {
                o.size[size_t(k)] = std::max(8, args[++i].toInt());
            }
        } else if (args[i] == QLatin1String("--viewer")) {
            need(2);
            o.width = std::max(200, args[++i].toInt());
            o.height = std::max(200, args[++i].toInt());
        } else if (args[i] == QLatin1String("--steps")) {
            need(1);
            o.steps = std::max(10, args[++i].toInt());
        } else {
            std::fprintf(stderr, "error: unknown option %s\n", qPrintable(args[i]));
            std::exit(2);
        }
    }
    return o;
}

// The post-contrast phase of the breast phantom on a size[0] x size[1] x size[2] grid over the
// demo's field of view (so more voxels = finer spacing, as on a real high-resolution scan).
inline std::shared_ptr<const mri::Volume> syntheticBreastVolume(const std::array<int, 3> &size)
{
    mri::PhantomParams p;
    p.spacing = {p.spacing[0] * p.size[0] / size[0], p.spacing[1] * p.size[1] / size[1],
                 p.spacing[2] * p.size[2] / size[2]};
    p.size = size;
    p.dcePhases = 2;
    mri::PhantomStudy study = mri::breastPhantom(p, 1);
    return std::make_shared<const mri::Volume>(std::move(study.dce.back()));
}

inline std::string glRenderer()
{
    QOpenGLContext context;
    context.setFormat(mri::vtkSurfaceFormat());
    if (!context.create()) {
        return {};
    }
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!context.makeCurrent(&surface)) {
        return {};
    }
    const auto *name
        = reinterpret_cast<const char *>(context.functions()->glGetString(GL_RENDERER));
    return name ? name : "";
}

// The GL renderer's name; prints an error and exits 1 when there is no OpenGL context.
inline std::string requireGlRenderer()
{
    const std::string renderer = glRenderer();
    if (renderer.empty()) {
        std::fprintf(stderr, "error: no OpenGL context (run under xvfb-run)\n");
        std::exit(1);
    }
    return renderer;
}

// A synthetic left-button mouse event (press, move with buttons held, release).
inline void sendMouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(w, &e);
}

// Shows the viewer with the volume and waits until every view drew it; exits 1 without OpenGL.
inline void showViewer(mri::MriViewer &viewer, std::shared_ptr<const mri::Volume> volume,
                       const ViewBenchOptions &o)
{
    viewer.resize(o.width, o.height);
    viewer.show();
    viewer.setVolume(std::move(volume), QStringLiteral("synthetic"));
    QElapsedTimer timer;
    timer.start();
    while (!viewer.hasRendered()) {
        if (timer.elapsed() > 120000) {
            std::fprintf(stderr, "error: the views did not render within 120 s\n");
            std::exit(1);
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

} // namespace oncoview::bench
