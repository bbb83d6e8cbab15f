// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/vtkglwidget.h"

#include <algorithm>
#include <cmath>

#include <QElapsedTimer>
#include <QImage>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QPainter>

#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkOpenGLState.h>
#include <vtkRenderer.h>

namespace oncoview::mri {

// 2D annotations drawn by the raster engine in a transparent child widget that Qt composites
// over the GL image. A QPainter on the QOpenGLWidget itself, after VTK rendered, drew nothing.
class VtkGlOverlay : public QWidget
{
public:
    explicit VtkGlOverlay(VtkGlWidget *owner)
        : QWidget(owner)
        , m_owner(owner)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setAttribute(Qt::WA_TranslucentBackground);
        setFocusPolicy(Qt::NoFocus);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        m_owner->paintOverlayNow(painter);
    }

private:
    VtkGlWidget *m_owner;
};

QSurfaceFormat vtkSurfaceFormat()
{
    QSurfaceFormat format;
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setSwapBehavior(QSurfaceFormat::DoubleBuffer);
    format.setRedBufferSize(8);
    format.setGreenBufferSize(8);
    format.setBlueBufferSize(8);
    format.setAlphaBufferSize(8);
    format.setDepthBufferSize(24);
    format.setStencilBufferSize(8);
    format.setSamples(0);
    return format;
}

VtkGlWidget::VtkGlWidget(QWidget *parent)
    : QOpenGLWidget(parent)
    , m_renderWindow(vtkSmartPointer<vtkGenericOpenGLRenderWindow>::New())
    , m_renderer(vtkSmartPointer<vtkRenderer>::New())
{
    // The widget's own format, so a view works even if main() forgot the default format.
    setFormat(vtkSurfaceFormat());
    m_renderWindow->SetMultiSamples(0);
    // Qt owns the context and the final framebuffer: VTK renders offscreen, paintGL blits.
    m_renderWindow->SetOwnContext(false);
    m_renderWindow->SetFrameBlitModeToNoBlit();
    m_renderWindow->SetForceMaximumHardwareLineWidth(1);
    // VTK's Frame() would copy colour AND depth into its display framebuffer for us to copy the
    // colour once more; paintGL blits straight from the framebuffer VTK rendered into.
    m_renderWindow->SwapBuffersOff();
    m_renderWindow->AddRenderer(m_renderer);
    // An opaque frame: with an alpha below 1 the window compositor would blend the view with
    // what lies behind it, and mending alpha after the blit costs a masked full-view clear,
    // a whole extra pass on a CPU rasteriser.
    m_renderer->SetBackgroundAlpha(1.0);
    for (const auto event :
         {vtkCommand::WindowMakeCurrentEvent, vtkCommand::WindowIsCurrentEvent,
          vtkCommand::WindowSupportsOpenGLEvent, vtkCommand::WindowIsDirectEvent}) {
        m_renderWindow->AddObserver(event, this, &VtkGlWidget::onRenderWindowEvent);
    }
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(64, 64);
    m_overlay = new VtkGlOverlay(this);
}

VtkGlWidget::~VtkGlWidget()
{
    if (m_glReady && context()) {
        makeCurrent();
        releaseGraphics();
        doneCurrent();
    }
    // The render window may outlive this widget inside VTK's reference graph.
    m_renderWindow->RemoveAllObservers();
}

vtkRenderer *VtkGlWidget::renderer() const
{
    return m_renderer;
}

vtkGenericOpenGLRenderWindow *VtkGlWidget::renderWindow() const
{
    return m_renderWindow;
}

void VtkGlWidget::onRenderWindowEvent(vtkObject *, unsigned long eventId, void *callData)
{
    switch (eventId) {
    case vtkCommand::WindowMakeCurrentEvent:
        // QOpenGLWidget::makeCurrent() would also rebind Qt's FBO behind VTK's back (black views).
        if (auto *ctx = context()) {
            ctx->makeCurrent(ctx->surface());
        }
        break;
    case vtkCommand::WindowIsCurrentEvent:
        *static_cast<bool *>(callData) = context() && QOpenGLContext::currentContext() == context();
        break;
    case vtkCommand::WindowSupportsOpenGLEvent:
    case vtkCommand::WindowIsDirectEvent:
        *static_cast<int *>(callData) = m_glReady ? 1 : 0;
        break;
    default:
        break;
    }
}

void VtkGlWidget::initializeGL()
{
    if (!context() || !context()->isValid()) {
        qWarning("VtkGlWidget: no valid OpenGL context; the view stays empty");
        return;
    }
    const auto format = context()->format();
    if (format.majorVersion() * 10 + format.minorVersion() < 32) {
        qWarning("VtkGlWidget: OpenGL %d.%d is too old for VTK (needs 3.2)", format.majorVersion(),
                 format.minorVersion());
        return;
    }
    // Qt may recreate the context (re-parenting to another window): free VTK's GL objects first.
    connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, [this] {
        makeCurrent();
        releaseGraphics();
        doneCurrent();
    });
    m_renderWindow->SetReadyForRendering(false);
    m_renderWindow->InitializeFromCurrentContext();
    m_renderWindow->SetOwnContext(false);
    m_renderWindow->SetIsCurrent(true);
    m_renderWindow->SetReadyForRendering(true);
    m_glReady = true;
    const qreal dpr = devicePixelRatioF();
    m_renderWindow->SetSize(int(width() * dpr), int(height() * dpr));
    m_renderWindow->SetDPI(int(72 * dpr));
}

void VtkGlWidget::releaseGraphics()
{
    if (!m_glReady) {
        return;
    }
    m_renderWindow->Finalize();
    m_renderWindow->SetReadyForRendering(false);
    m_glReady = false;
}

void VtkGlWidget::resizeEvent(QResizeEvent *event)
{
    m_overlay->setGeometry(rect());
    QOpenGLWidget::resizeEvent(event);
}

void VtkGlWidget::paintOverlayNow(QPainter &painter)
{
    painter.setRenderHint(QPainter::Antialiasing);
    paintOverlay(painter);
    for (const auto &[owner, paint] : m_extraPainters) {
        if (owner) {
            painter.save();
            paint(painter);
            painter.restore();
        }
    }
}

void VtkGlWidget::addOverlayPainter(QObject *owner, std::function<void(QPainter &)> painter)
{
    m_extraPainters.emplace_back(owner, std::move(painter));
    updateOverlay();
}

void VtkGlWidget::resizeGL(int w, int h)
{
    const qreal dpr = devicePixelRatioF();
    m_renderWindow->SetSize(std::max(1, int(w * dpr)), std::max(1, int(h * dpr)));
    m_renderWindow->SetDPI(int(72 * dpr));
}

void VtkGlWidget::paintGL()
{
    auto *f = context()->functions();
    if (!m_glReady) {
        f->glClearColor(0.f, 0.f, 0.f, 1.f);
        f->glClear(GL_COLOR_BUFFER_BIT);
        return;
    }
    QElapsedTimer timer;
    timer.start();
    prepareRender();
    // VTK caches GL state; Qt changed it since the last frame, so re-read it and restore after.
    vtkOpenGLState *state = m_renderWindow->GetState();
    state->Reset();
    state->Push();
    m_renderWindow->Render();
    state->Pop();
    blitToWidgetFramebuffer();
    m_lastRenderMs = timer.nsecsElapsed() / 1e6;
    ++m_frameCount;
    if (m_overlayEachFrame) {
        m_overlay->update();
    }
    Q_EMIT frameRendered();
}

void VtkGlWidget::blitToWidgetFramebuffer()
{
    auto *f = context()->extraFunctions();
    const int *size = m_renderWindow->GetSize();
    f->glBindFramebuffer(GL_READ_FRAMEBUFFER,
                         m_renderWindow->GetRenderFramebuffer()->GetFBOIndex());
    f->glReadBuffer(GL_COLOR_ATTACHMENT0);
    f->glBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
    const GLenum buffer = GL_COLOR_ATTACHMENT0;
    f->glDrawBuffers(1, &buffer);
    const bool scissor = f->glIsEnabled(GL_SCISSOR_TEST);
    f->glDisable(GL_SCISSOR_TEST);
    f->glBlitFramebuffer(0, 0, size[0], size[1], 0, 0, size[0], size[1], GL_COLOR_BUFFER_BIT,
                         GL_NEAREST);
    if (scissor) {
        f->glEnable(GL_SCISSOR_TEST);
    }
    f->glBindFramebuffer(GL_FRAMEBUFFER, defaultFramebufferObject());
}

void VtkGlWidget::paintOverlay(QPainter &) { }

QImage VtkGlWidget::renderImage(double scale, bool overlays)
{
    if (!m_glReady || !context() || scale <= 0) {
        return {};
    }
    const qreal dpr = devicePixelRatioF();
    const QSize screen(std::max(1, int(width() * dpr)), std::max(1, int(height() * dpr)));
    const QSize size(std::max(1, int(std::lround(screen.width() * scale))),
                     std::max(1, int(std::lround(screen.height() * scale))));
    makeCurrent();
    auto *f = context()->extraFunctions();
    GLint maxSize = 0;
    f->glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxSize);
    if (size.width() > maxSize || size.height() > maxSize) {
        doneCurrent();
        return {};
    }
    // Rendered at the new size into VTK's own framebuffer and read back before the screen's
    // size is restored: the camera's field of view is kept, so the pixels get finer.
    if (!overlays) {
        setOverlayLayersVisible(false);
    }
    m_renderWindow->SetSize(size.width(), size.height());
    m_renderWindow->SetDPI(int(72 * dpr * scale));
    prepareRender();
    vtkOpenGLState *state = m_renderWindow->GetState();
    state->Reset();
    state->Push();
    m_renderWindow->Render();
    QImage image(size, QImage::Format_RGBA8888);
    f->glBindFramebuffer(GL_READ_FRAMEBUFFER,
                         m_renderWindow->GetRenderFramebuffer()->GetFBOIndex());
    f->glReadBuffer(GL_COLOR_ATTACHMENT0);
    f->glPixelStorei(GL_PACK_ALIGNMENT, 4);
    f->glReadPixels(0, 0, size.width(), size.height(), GL_RGBA, GL_UNSIGNED_BYTE, image.bits());
    state->Pop();
    f->glBindFramebuffer(GL_FRAMEBUFFER, defaultFramebufferObject());
    if (!overlays) {
        setOverlayLayersVisible(true);
    }
    m_renderWindow->SetSize(screen.width(), screen.height());
    m_renderWindow->SetDPI(int(72 * dpr));
    doneCurrent();
    update(); // the next frame is the screen's again
    image = std::move(image).mirrored().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    if (overlays) {
        // The 2D annotations painted at the same logical size, so text stays sharp, not scaled.
        image.setDevicePixelRatio(dpr * scale);
        QPainter painter(&image);
        paintOverlayNow(painter);
        painter.end();
        image.setDevicePixelRatio(1.0);
    }
    return image;
}

void VtkGlWidget::updateOverlay()
{
    m_overlay->update();
}

} // namespace oncoview::mri
