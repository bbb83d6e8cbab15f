// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/volumeview3d.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QPainter>
#include <QToolButton>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <numbers>

#include <vtkCamera.h>
#include <vtkGPUVolumeRayCastMapper.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkImageData.h>
#include <vtkMatrix4x4.h>
#include <vtkRenderer.h>
#include <vtkVolume.h>
#include <vtkVolumeProperty.h>

namespace oncoview::mri {

namespace {
// A still frame may take as long as it needs (VTK's own time-based adjustment stays off).
constexpr double stillUpdateRate = 0.0001;
// Where a CPU rasteriser draws the 3D view, a still frame should not hold the GUI thread longer
// than this (a perceptible but short pause after the user let go).
constexpr double softwareStillBudgetMs = 300;
// Coarsest rays: beyond this the picture is a mosaic not worth its speed.
constexpr double maxInteractiveImageSampleDistance = 8;
constexpr double maxStillImageSampleDistance = 3;
// Samples along one ray through the whole volume while interacting.
constexpr double maxInteractiveSamples = 200;

// Pixels per ray rounded up to a few levels (1, 1.5, 2, 3, 4, 6, 8...), so that small swings in
// the measured frame time do not change the mapper (see adaptQuality()).
double quantized(double imageSampleDistance, double maximum)
{
    double level = 1;
    while (level < imageSampleDistance - 1e-6 && level < maximum) {
        level = level < 2 ? level + 0.5 : level * 1.5;
    }
    return std::min(level, maximum);
}
} // namespace

VolumeView3D::VolumeView3D(QWidget *parent)
    : VtkGlWidget(parent)
    , m_volume(vtkSmartPointer<vtkVolume>::New())
    , m_mapper(vtkSmartPointer<vtkGPUVolumeRayCastMapper>::New())
{
    // VTK's own adjustment (from the allocated render time) swung between 50 ms and 1.4 s per
    // frame on llvmpipe; the explicit control in prepareRender() converges in a few frames.
    setAccessibleName(QCoreApplication::translate("oncoview::mri", "3D view"));
    setAccessibleDescription(QCoreApplication::translate(
        "oncoview::mri",
        "R resets the camera and P cycles the rendering presets; drag to rotate."));
    m_mapper->AutoAdjustSampleDistancesOff();
    m_mapper->LockSampleDistanceToInputSpacingOff();
    m_volume->SetMapper(m_mapper);
    m_volume->VisibilityOff();
    renderer()->AddViewProp(m_volume);
    renderer()->SetBackground(0.08, 0.08, 0.1);
    m_overlayRenderer = vtkSmartPointer<vtkRenderer>::New();
    m_overlayRenderer->SetLayer(1);
    m_overlayRenderer->InteractiveOff();
    m_overlayRenderer->SetActiveCamera(renderer()->GetActiveCamera());
    renderWindow()->SetNumberOfLayers(2);
    renderWindow()->AddRenderer(m_overlayRenderer);
    renderWindow()->SetDesiredUpdateRate(stillUpdateRate);
    m_stillTimer.setSingleShot(true);
    m_stillTimer.setInterval(250);
    connect(&m_stillTimer, &QTimer::timeout, this, [this] {
        if (m_dragButton == Qt::NoButton) {
            setInteracting(false);
        }
    });
    connect(this, &VtkGlWidget::frameRendered, this, &VolumeView3D::adaptQuality);
    // The overlay ("3D", a message) does not follow the camera.
    setOverlayRepaintedEachFrame(false);
    m_presetButton = makePresetButton();
}

VolumeView3D::~VolumeView3D() = default;

void VolumeView3D::setImage(const VtkVolumeImage &image, const IntensityStats &stats)
{
    m_image = image;
    m_stats = stats;
    m_message.clear();
    updateOverlay();
    m_mapper->SetInputData(image.image);
    m_volume->SetUserMatrix(image.indexToLps);
    setPreset(m_preset);
    m_volume->VisibilityOn();
    resetCamera();
}

void VolumeView3D::clearImage(const QString &message)
{
    clearOverlay();
    m_volume->VisibilityOff();
    m_mapper->RemoveAllInputConnections(0);
    m_image = {};
    m_message = message;
    updateOverlay();
    update();
}

void VolumeView3D::setOverlay(const OverlayLayer &layer)
{
    // The surfaces depend on the volume, threshold and colours only: an opacity drag (the
    // surfaces are opaque) keeps them instead of contouring the map again on the GUI thread.
    if (!m_surfaces.empty() && layer.volume == m_overlay.volume
        && layer.threshold == m_overlay.threshold && layer.colormap == m_overlay.colormap
        && layer.colourRange() == m_overlay.colourRange()) {
        m_overlay = layer;
        updateOverlay();
        return;
    }
    clearOverlay();
    m_surfaces = mri::overlaySurfaces(layer);
    if (m_surfaces.empty()) {
        return;
    }
    m_overlay = layer;
    for (const OverlaySurface &surface : m_surfaces) {
        m_overlayRenderer->AddActor(surface.actor);
    }
    updateOverlay();
    update();
}

void VolumeView3D::clearOverlay()
{
    for (const OverlaySurface &surface : m_surfaces) {
        m_overlayRenderer->RemoveActor(surface.actor);
    }
    const bool had = !m_surfaces.empty();
    m_surfaces.clear();
    m_overlay = {};
    if (had) {
        updateOverlay();
        update();
    }
}

void VolumeView3D::setPreset(VolumePreset preset)
{
    const bool changed = preset != m_preset;
    m_preset = preset;
    if (hasImage()) {
        const auto &spacing = m_image.volume->spacing;
        applyVolumePreset(preset, m_stats, *std::min_element(spacing.begin(), spacing.end()),
                          m_volume->GetProperty(), m_mapper);
    }
    const auto actions = m_presetButton->menu()->actions();
    for (QAction *action : actions) {
        action->setChecked(action->data().toInt() == int(preset));
    }
    m_presetButton->setText(volumePresetName(preset));
    m_presetButton->adjustSize();
    m_presetButton->move(width() - m_presetButton->width() - 4, 4);
    update();
    if (changed) {
        Q_EMIT presetChanged(preset);
    }
}

QToolButton *VolumeView3D::makePresetButton()
{
    auto *button = new QToolButton(this);
    button->setToolTip(tr("Volume rendering preset (P cycles)"));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setFocusPolicy(Qt::NoFocus);
    button->setAutoRaise(true);
    button->setStyleSheet(
        QStringLiteral("QToolButton { color: #c8d2f0; background: rgba(0,0,0,110);"
                       " border: none; padding: 2px 6px; }"));
    auto *menu = new QMenu(button);
    auto *group = new QActionGroup(menu);
    for (const VolumePreset preset : allVolumePresets()) {
        QAction *action = menu->addAction(volumePresetName(preset));
        action->setCheckable(true);
        action->setData(int(preset));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, preset] { setPreset(preset); });
    }
    button->setMenu(menu);
    return button;
}

void VolumeView3D::resizeEvent(QResizeEvent *event)
{
    VtkGlWidget::resizeEvent(event);
    m_presetButton->move(width() - m_presetButton->width() - 4, 4);
}

void VolumeView3D::resetCamera()
{
    vtkCamera *camera = renderer()->GetActiveCamera();
    camera->ParallelProjectionOff();
    camera->SetFocalPoint(0, 0, 0);
    camera->SetPosition(0, -1, 0); // anterior, looking posterior (+y in LPS)
    camera->SetViewUp(0, 0, 1);
    if (hasImage()) {
        renderer()->ResetCamera(m_volume->GetBounds());
        // ResetCamera fits the bounding sphere, which leaves a box-shaped scan small.
        camera->Dolly(1.4);
    }
    update();
}

void VolumeView3D::rotate(double dx, double dy)
{
    // Same gain as vtkInteractorStyleTrackballCamera: a full-width drag turns 200 degrees.
    vtkCamera *camera = renderer()->GetActiveCamera();
    camera->Azimuth(-dx * 200.0 / std::max(1, width()));
    camera->Elevation(dy * 200.0 / std::max(1, height()));
    camera->OrthogonalizeViewUp();
    update();
}

void VolumeView3D::pan(double dx, double dy)
{
    vtkCamera *camera = renderer()->GetActiveCamera();
    // World size of one pixel at the focal plane.
    const double perPixel = 2 * camera->GetDistance()
        * std::tan(camera->GetViewAngle() * std::numbers::pi / 360.0) / std::max(1, height());
    double up[3], normal[3], right[3];
    camera->GetViewUp(up);
    camera->GetViewPlaneNormal(normal); // points towards the camera
    right[0] = up[1] * normal[2] - up[2] * normal[1];
    right[1] = up[2] * normal[0] - up[0] * normal[2];
    right[2] = up[0] * normal[1] - up[1] * normal[0];
    double focal[3], position[3];
    camera->GetFocalPoint(focal);
    camera->GetPosition(position);
    for (int i = 0; i < 3; ++i) {
        const double shift = (-dx * right[i] + dy * up[i]) * perPixel;
        focal[i] += shift;
        position[i] += shift;
    }
    camera->SetFocalPoint(focal);
    camera->SetPosition(position);
    update();
}

void VolumeView3D::setInteractiveUpdateRate(double framesPerSecond)
{
    m_interactiveRate = std::max(1.0, framesPerSecond);
    if (m_interacting) {
        renderWindow()->SetDesiredUpdateRate(m_interactiveRate);
    }
}

void VolumeView3D::setStillFrameBudgetMs(double ms)
{
    m_stillBudgetMs = std::max(0.0, ms);
    m_budgetSetByUser = true;
    if (m_stillBudgetMs == 0) {
        m_stillImageSampleDistance = 1;
    }
}

void VolumeView3D::initializeGL()
{
    VtkGlWidget::initializeGL();
    if (!isGlReady()) {
        return;
    }
    const auto *name
        = reinterpret_cast<const char *>(context()->functions()->glGetString(GL_RENDERER));
    const QByteArray renderer = QByteArray(name ? name : "").toLower();
    m_softwareRenderer = renderer.contains("llvmpipe") || renderer.contains("softpipe")
        || renderer.contains("swr") || renderer.contains("software");
    if (!m_budgetSetByUser) {
        m_stillBudgetMs = m_softwareRenderer ? softwareStillBudgetMs : 0;
        // Until a frame was measured: a guess that keeps the first still frame short.
        m_stillImageSampleDistance = m_softwareRenderer ? 2 : 1;
    }
}

void VolumeView3D::setInteracting(bool on)
{
    if (on == m_interacting) {
        return;
    }
    m_interacting = on;
    renderWindow()->SetDesiredUpdateRate(on ? m_interactiveRate : stillUpdateRate);
    if (m_lastMs > 0) {
        // Cost ~ rays x samples: predict the one-ray-per-pixel, every-voxel cost from the last
        // frame and size the rays of the next one from it.
        const double fullMs
            = m_lastMs * m_lastImageSampleDistance * m_lastImageSampleDistance * m_lastSampleFactor;
        if (on) {
            const double targetMs = 1000.0 / m_interactiveRate;
            m_imageSampleDistance
                = quantized(std::sqrt(fullMs / 2 / targetMs), maxInteractiveImageSampleDistance);
        } else {
            planStillFrame();
        }
    }
    update();
}

void VolumeView3D::planStillFrame()
{
    if (m_stillBudgetMs <= 0 || m_lastMs <= 0) {
        m_stillImageSampleDistance = m_stillBudgetMs <= 0 ? 1 : m_stillImageSampleDistance;
        return;
    }
    const double fullMs
        = m_lastMs * m_lastImageSampleDistance * m_lastImageSampleDistance * m_lastSampleFactor;
    m_stillImageSampleDistance
        = quantized(std::sqrt(fullMs / m_stillBudgetMs), maxStillImageSampleDistance);
}

void VolumeView3D::prepareRender()
{
    renderer()->ResetCameraClippingRange();
    if (!hasImage()) {
        return;
    }
    const auto &spacing = m_image.volume->spacing;
    const double step = *std::min_element(spacing.begin(), spacing.end());
    // Still: one sample per voxel step. Interactive: every second voxel, or coarser still on a
    // fine grid so that a ray takes at most ~200 samples across the volume (a 512 x 512 x 200
    // breast scan would take 800), and fewer rays across.
    double diagonal = 0;
    for (int i = 0; i < 3; ++i) {
        diagonal += std::pow(m_image.volume->size[size_t(i)] * spacing[size_t(i)], 2);
    }
    m_lastSampleFactor
        = m_interacting ? std::max(2.0, std::sqrt(diagonal) / maxInteractiveSamples / step) : 1;
    m_lastImageSampleDistance = m_interacting ? m_imageSampleDistance : m_stillImageSampleDistance;
    m_mapper->SetSampleDistance(float(m_lastSampleFactor * step));
    m_mapper->SetImageSampleDistance(float(m_lastImageSampleDistance));
}

void VolumeView3D::adaptQuality()
{
    if (!hasImage() || lastRenderMs() <= 0) {
        return;
    }
    m_lastMs = lastRenderMs();
    // What a frame costs besides the render (window composition, events): measured between
    // consecutive interactive frames, smoothed. A pause of the mouse is not a frame interval.
    const double sinceLastFrame = m_frameClock.isValid() ? m_frameClock.nsecsElapsed() / 1e6 : 0;
    m_frameClock.start();
    const double frameTargetMs = 1000.0 / m_interactiveRate;
    if (m_interacting && sinceLastFrame > m_lastMs && sinceLastFrame < 2 * frameTargetMs) {
        m_frameOverheadMs = 0.7 * m_frameOverheadMs + 0.3 * (sinceLastFrame - m_lastMs);
    }
    if (m_interacting) {
        // Cost grows with the number of rays, i.e. with 1 / imageSampleDistance^2. The render
        // gets what the overhead leaves of the frame (at least a third of it).
        const double targetMs = std::max(frameTargetMs / 3, frameTargetMs - m_frameOverheadMs);
        // Only a clear miss changes the rays: any new mapper setting makes VTK rebuild its
        // shader, which costs a few hundred ms on llvmpipe (more than the frame itself).
        if (m_lastMs > 1.3 * targetMs || m_lastMs < 0.5 * targetMs) {
            const double wanted = m_imageSampleDistance * std::sqrt(m_lastMs / targetMs);
            m_imageSampleDistance = quantized(wanted, maxInteractiveImageSampleDistance);
        }
    } else {
        // Corrects the next still frame when this one missed the budget (or left much unused).
        planStillFrame();
    }
}

void VolumeView3D::paintOverlay(QPainter &painter)
{
    QFont font = painter.font();
    font.setPixelSize(12);
    painter.setFont(font);
    painter.setPen(QColor(150, 170, 230));
    painter.drawText(QPointF(6, 16), QStringLiteral("3D"));
    if (!m_surfaces.empty()) {
        paintOverlayLegend(painter, m_overlay, QRectF(rect()).adjusted(6, 4, -6, -6));
    }
    if (!hasImage()) {
        painter.setPen(QColor(160, 160, 160));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                         m_message);
    }
}

void VolumeView3D::mousePressEvent(QMouseEvent *event)
{
    m_dragButton = event->button();
    if (m_dragButton == Qt::LeftButton && (event->modifiers() & Qt::ControlModifier)) {
        m_dragButton = Qt::RightButton;
    } else if (m_dragButton == Qt::LeftButton && (event->modifiers() & Qt::AltModifier)) {
        m_dragButton = Qt::MiddleButton;
    }
    m_lastPos = event->position();
    m_stillTimer.stop();
    setInteracting(true);
    event->accept();
}

void VolumeView3D::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF delta = event->position() - m_lastPos;
    m_lastPos = event->position();
    if (m_dragButton == Qt::LeftButton) {
        rotate(delta.x(), delta.y());
    } else if (m_dragButton == Qt::RightButton) {
        renderer()->GetActiveCamera()->Dolly(std::pow(1.02, -delta.y()));
        update();
    } else if (m_dragButton == Qt::MiddleButton) {
        pan(delta.x(), delta.y());
    }
    event->accept();
}

void VolumeView3D::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragButton = Qt::NoButton;
    // The still frame comes once the view stays idle (a new drag may follow at once).
    m_stillTimer.start();
    event->accept();
}

void VolumeView3D::wheelEvent(QWheelEvent *event)
{
    m_wheelRemainder += event->angleDelta().y();
    const int notches = m_wheelRemainder / 120;
    m_wheelRemainder -= notches * 120;
    if (notches != 0) {
        setInteracting(true);
        renderer()->GetActiveCamera()->Dolly(std::pow(1.1, notches));
        m_stillTimer.start();
        update();
    }
    event->accept();
}

void VolumeView3D::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_R) {
        resetCamera();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_P) {
        const auto &all = allVolumePresets();
        const auto it = std::find(all.begin(), all.end(), m_preset);
        setPreset(it == all.end() || it + 1 == all.end() ? all.front() : *(it + 1));
        event->accept();
        return;
    }
    VtkGlWidget::keyPressEvent(event);
}

} // namespace oncoview::mri
