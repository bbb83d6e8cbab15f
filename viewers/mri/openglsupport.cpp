// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/openglsupport.h"

#include "viewers/mri/vtkglwidget.h"

// Qt
#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>

#include <optional>

namespace oncoview::mri {

namespace {
QString probe()
{
    const QString platform = QGuiApplication::platformName();
    QString missing;
    QOpenGLContext context;
    context.setFormat(vtkSurfaceFormat());
    // These platforms lack the RHI composition QOpenGLWidget needs, even where they can make a
    // context (offscreen under an X display does, through GLX) — and the widget then crashes.
    static const QStringList kNoOpenGlWidgets {QStringLiteral("offscreen"),
                                               QStringLiteral("minimal"), QStringLiteral("linuxfb"),
                                               QStringLiteral("vnc")};
    if (kNoOpenGlWidgets.contains(platform)) {
        missing = QCoreApplication::translate("oncoview::mri",
                                              "this Qt platform cannot show OpenGL widgets");
    } else if (!context.create()) {
        missing = QCoreApplication::translate("oncoview::mri", "no OpenGL context can be created");
    } else {
        QOffscreenSurface surface;
        surface.setFormat(context.format());
        surface.create();
        const QSurfaceFormat got = context.format();
        if (!surface.isValid() || !context.makeCurrent(&surface)) {
            missing = QCoreApplication::translate("oncoview::mri",
                                                  "an OpenGL context cannot be made current");
        } else if (got.majorVersion() * 10 + got.minorVersion() < 32) {
            missing = QCoreApplication::translate("oncoview::mri",
                                                  "OpenGL %1.%2 is too old (3.2 is needed)")
                          .arg(got.majorVersion())
                          .arg(got.minorVersion());
        }
        context.doneCurrent();
    }
    if (missing.isEmpty()) {
        return {};
    }
    return QCoreApplication::translate(
               "oncoview::mri",
               "The MRI views need OpenGL 3.2, and this display (Qt platform “%1”) has none: %2. "
               "Run OncoView in a desktop session with a graphics driver (Mesa works), or under "
               "“xvfb-run” on a server; check with “glxinfo -B”. Slides, annotations, the chat, "
               "MRI analysis and the command line work without it.")
        .arg(platform, missing);
}
} // namespace

QString openGlProblem()
{
    static std::optional<QString> cached;
    if (!cached) {
        cached = probe();
    }
    return *cached;
}

} // namespace oncoview::mri
