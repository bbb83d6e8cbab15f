// SPDX-License-Identifier: Apache-2.0
#include "ui/export/viewimage.h"

// Qt
#include <QCoreApplication>
#include <QSettings>
#include <QWidget>

// Local
#include "viewers/mri/vtkglwidget.h"
#include "viewers/slide/export/regionwriter.h"
#include "viewers/slide/slideview.h"

namespace oncoview::ui {

namespace {

const QString scaleKey = QStringLiteral("export/viewScale");
const QString overlaysKey = QStringLiteral("export/viewOverlays");

QString tr(const char *text)
{
    return QCoreApplication::translate("oncoview::ui", text);
}

} // namespace

ViewImageOptions ViewImageOptions::remembered()
{
    const QSettings settings;
    ViewImageOptions options;
    options.scale = settings.value(scaleKey, 1.0).toDouble() >= 2.0 ? 2.0 : 1.0;
    options.overlays = settings.value(overlaysKey, true).toBool();
    return options;
}

void ViewImageOptions::remember() const
{
    QSettings settings;
    settings.setValue(scaleKey, scale);
    settings.setValue(overlaysKey, overlays);
}

QImage renderViewImage(QWidget *view, const ViewImageOptions &options, QString *error)
{
    if (!view || !view->isVisible()) {
        *error = tr("The view is not on screen.");
        return {};
    }
    if (auto *gl = qobject_cast<mri::VtkGlWidget *>(view)) {
        QImage image = gl->renderImage(options.scale, options.overlays);
        if (image.isNull()) {
            *error = gl->isGlReady()
                ? tr("The view is too large to render at %1×.").arg(options.scale)
                : tr("The MRI views need OpenGL, which is not available.");
        }
        return image;
    }
    if (auto *slideView = qobject_cast<slide::SlideView *>(view)) {
        return slideView->renderImage(options.scale, options.overlays, error);
    }
    const double ratio = view->devicePixelRatioF() * options.scale;
    QImage image((QSizeF(view->size()) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    view->render(&image);
    image.setDevicePixelRatio(1.0);
    return image;
}

QString saveViewImage(const QImage &image, const QString &path)
{
    // The same atomic writer as a region export: an interrupted save never leaves half a PNG.
    return slide::writeRegionImage(image, {}, path);
}

} // namespace oncoview::ui
