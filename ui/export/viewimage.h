// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QImage>
#include <QString>

class QWidget;

namespace oncoview::ui {

// How a single view is saved or copied (File > Save View Image, Copy View Image).
struct ViewImageOptions
{
    double scale = 1.0; // 1: the view's pixels on screen; 2: twice as many each way
    bool overlays = true; // colour layers, annotations, measurements, crosshair, labels

    // The last choice, kept in QSettings ("export/viewScale", "export/viewOverlays").
    static ViewImageOptions remembered();
    void remember() const;
};

// The view as an image: MRI slice and 3D views are rendered anew at the scale, the slide is
// read anew at that resolution, any other widget (kinetic curves) is painted at the scale.
// GUI thread. A null image and `error` when it cannot be made (no OpenGL, too large).
QImage renderViewImage(QWidget *view, const ViewImageOptions &options, QString *error);

// Writes a PNG (a .tif name gives a TIFF) atomically; "" or a message naming the file and why.
QString saveViewImage(const QImage &image, const QString &path);

} // namespace oncoview::ui
