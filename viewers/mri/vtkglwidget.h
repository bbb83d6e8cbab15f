// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <utility>
#include <vector>

#include <QImage>
#include <QOpenGLWidget>
#include <QPointer>
#include <QSurfaceFormat>

#include <vtkSmartPointer.h>

class QPainter;
class vtkGenericOpenGLRenderWindow;
class vtkObject;
class vtkRenderer;

namespace oncoview::mri {

// What VTK needs from Qt's OpenGL: 3.2 core profile, depth 24, stencil 8 and NO multisampling
// (VTK volume rendering reads the framebuffer back; multisampled buffers break it).
// main() sets it with QSurfaceFormat::setDefaultFormat() before creating the QApplication.
QSurfaceFormat vtkSurfaceFormat();

// A QOpenGLWidget that hosts one VTK renderer. VTK renders into its own framebuffer inside
// Qt's context; paintGL() blits the result into the widget's framebuffer and then lets the
// subclass paint 2D overlays (text, crosshair) with a QPainter. Debian's QVTKOpenGLNativeWidget
// is built for Qt 5, so this replaces it. Input is left to subclasses (no VTK interactor).
// All methods: GUI thread.
class VtkGlOverlay;

class VtkGlWidget : public QOpenGLWidget
{
    Q_OBJECT
public:
    explicit VtkGlWidget(QWidget *parent = nullptr);
    ~VtkGlWidget() override;

    vtkRenderer *renderer() const;
    vtkGenericOpenGLRenderWindow *renderWindow() const;

    // True once initializeGL() found a usable OpenGL context.
    bool isGlReady() const { return m_glReady; }
    // Frames drawn so far (one per paintGL that rendered the scene).
    quint64 frameCount() const { return m_frameCount; }
    // Wall time of the last VTK render plus blit, in milliseconds.
    double lastRenderMs() const { return m_lastRenderMs; }

    // The view as an image `scale` times its size on screen (device pixels), rendered anew at
    // that size: 2 gives twice the detail, not an enlarged screen copy. Without `overlays`,
    // only the image as displayed: no colour layers (setOverlayLayersVisible) and no 2D
    // annotations. A null image without OpenGL or when the size exceeds what GL can render.
    QImage renderImage(double scale, bool overlays);

    // Repaints the 2D annotations without a new VTK frame.
    void updateOverlay();
    // More 2D drawing on the same overlay, after paintOverlay() (e.g. measurements); `owner`
    // ends it when destroyed. One overlay widget per view: each more would be composited again.
    void addOverlayPainter(QObject *owner, std::function<void(QPainter &)> painter);

Q_SIGNALS:
    // Emitted at the end of every paintGL that rendered the VTK scene.
    void frameRendered();

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;
    void resizeEvent(QResizeEvent *event) override;

    // Whether the 2D annotations are repainted after every frame (default) or only on
    // updateOverlay(): a static overlay spares a second window composition per frame, which
    // costs as much as a reduced-quality 3D frame on a software renderer.
    void setOverlayRepaintedEachFrame(bool on) { m_overlayEachFrame = on; }

    // Shows or hides the colour layers drawn by VTK over the image (a segmentation, a heatmap),
    // for renderImage(); none by default.
    virtual void setOverlayLayersVisible(bool visible) { Q_UNUSED(visible); }
    // Called right before each VTK render, with the context current (camera clipping etc.).
    virtual void prepareRender() { }
    // Paints 2D annotations (text, crosshair) over the VTK image, in widget pixels. They live in
    // a child widget: grabFramebuffer() has the VTK image only, QWidget::grab() has both.
    virtual void paintOverlay(QPainter &painter);

private:
    friend class VtkGlOverlay;
    void paintOverlayNow(QPainter &painter);

    void onRenderWindowEvent(vtkObject *caller, unsigned long eventId, void *callData);
    void releaseGraphics();
    void blitToWidgetFramebuffer();

    vtkSmartPointer<vtkGenericOpenGLRenderWindow> m_renderWindow;
    vtkSmartPointer<vtkRenderer> m_renderer;
    VtkGlOverlay *m_overlay = nullptr;
    std::vector<std::pair<QPointer<QObject>, std::function<void(QPainter &)>>> m_extraPainters;
    bool m_glReady = false;
    bool m_overlayEachFrame = true;
    quint64 m_frameCount = 0;
    double m_lastRenderMs = 0;
};

} // namespace oncoview::mri
