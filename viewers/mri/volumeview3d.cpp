#include "viewers/mri/volumeview3d.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <numbers>

#include <vtkCamera.h>
#include <vtkColorTransferFunction.h>
#include <vtkGPUVolumeRayCastMapper.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkImageData.h>
#include <vtkMatrix4x4.h>
#include <vtkPiecewiseFunction.h>
#include <vtkRenderer.h>
#include <vtkVolume.h>
#include <vtkVolumeProperty.h>

namespace oncoview::mri {

namespace {
// A still frame may take as long as it needs.
constexpr double stillUpdateRate = 0.0001;

struct TransferPoint
{
    double fraction; // of the 99.5th percentile intensity
    double opacity;
    double r, g, b;
};
// Slicer's "MR-Default" preset, rescaled from its 0..220 tissue range to the scan's own
// 0..p99.5 range (MR intensities have no fixed unit).
constexpr TransferPoint mrDefault[] = {
    {0.00, 0.00, 0.00, 0.00, 0.00}, {0.09, 0.00, 0.17, 0.00, 0.00},  {0.18, 0.15, 0.40, 0.15, 0.08},
    {0.55, 0.30, 0.78, 0.61, 0.38}, {1.00, 0.375, 0.85, 0.84, 0.79}, {4.65, 0.50, 1.00, 1.00, 1.00},
};
} // namespace

VolumeView3D::VolumeView3D(QWidget *parent)
    : VtkGlWidget(parent)
    , m_volume(vtkSmartPointer<vtkVolume>::New())
    , m_mapper(vtkSmartPointer<vtkGPUVolumeRayCastMapper>::New())
{
    // VTK's own adjustment (from the allocated render time) swung between 50 ms and 1.4 s per
    // frame on llvmpipe; the explicit control in prepareRender() converges in a few frames.
    m_mapper->AutoAdjustSampleDistancesOff();
    m_mapper->LockSampleDistanceToInputSpacingOff();
    m_volume->SetMapper(m_mapper);
    m_volume->VisibilityOff();
    renderer()->AddViewProp(m_volume);
    renderer()->SetBackground(0.08, 0.08, 0.1);
    renderWindow()->SetDesiredUpdateRate(stillUpdateRate);
    m_stillTimer.setSingleShot(true);
    m_stillTimer.setInterval(300);
    connect(&m_stillTimer, &QTimer::timeout, this, [this] { setInteracting(false); });
    connect(this, &VtkGlWidget::frameRendered, this, &VolumeView3D::adaptInteractiveQuality);
}

VolumeView3D::~VolumeView3D() = default;

void VolumeView3D::setImage(const VtkVolumeImage &image, const IntensityStats &stats)
{
    m_image = image;
    m_message.clear();
    m_mapper->SetInputData(image.image);
    m_volume->SetUserMatrix(image.indexToLps);
    applyTransferFunction(stats);
    m_volume->VisibilityOn();
    resetCamera();
}

void VolumeView3D::clearImage(const QString &message)
{
    m_volume->VisibilityOff();
    m_mapper->RemoveAllInputConnections(0);
    m_image = {};
    m_message = message;
    update();
}

void VolumeView3D::applyTransferFunction(const IntensityStats &stats)
{
    const double top = std::max(stats.percentile(0.995), 1e-6);
    auto opacity = vtkSmartPointer<vtkPiecewiseFunction>::New();
    auto colour = vtkSmartPointer<vtkColorTransferFunction>::New();
    for (const auto &p : mrDefault) {
        opacity->AddPoint(p.fraction * top, p.opacity);
        colour->AddRGBPoint(p.fraction * top, p.r, p.g, p.b);
    }
    auto *property = m_volume->GetProperty();
    property->SetScalarOpacity(opacity);
    property->SetColor(colour);
    property->SetInterpolationTypeToLinear();
    property->ShadeOn();
    property->SetAmbient(0.2);
    property->SetDiffuse(0.9);
    property->SetSpecular(0.1);
    const auto &spacing = m_image.volume->spacing;
    // Opacities are per voxel step, so thin and thick slices look alike.
    property->SetScalarOpacityUnitDistance(*std::min_element(spacing.begin(), spacing.end()));
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

void VolumeView3D::setInteracting(bool on)
{
    if (on == m_interacting) {
        return;
    }
    m_interacting = on;
    renderWindow()->SetDesiredUpdateRate(on ? m_interactiveRate : stillUpdateRate);
    update();
}

void VolumeView3D::prepareRender()
{
    renderer()->ResetCameraClippingRange();
    if (!hasImage()) {
        return;
    }
    const auto &spacing = m_image.volume->spacing;
    const double step = *std::min_element(spacing.begin(), spacing.end());
    // Still: one ray per pixel, one sample per voxel. Interactive: coarser rays along, fewer rays
    // across (imageSampleDistance pixels per ray, adapted to the measured frame time).
    m_mapper->SetSampleDistance(float(m_interacting ? 2 * step : step));
    m_mapper->SetImageSampleDistance(float(m_interacting ? m_imageSampleDistance : 1.0));
}

void VolumeView3D::adaptInteractiveQuality()
{
    if (!m_interacting || !hasImage() || lastRenderMs() <= 0) {
        return;
    }
    // Cost grows with the number of rays, i.e. with 1 / imageSampleDistance^2.
    const double targetMs = 1000.0 / m_interactiveRate;
    const double factor = std::sqrt(lastRenderMs() / targetMs);
    m_imageSampleDistance
        = std::clamp(m_imageSampleDistance * std::clamp(factor, 0.7, 1.5), 1.0, 8.0);
}

void VolumeView3D::paintOverlay(QPainter &painter)
{
    QFont font = painter.font();
    font.setPixelSize(12);
    painter.setFont(font);
    painter.setPen(QColor(150, 170, 230));
    painter.drawText(QPointF(6, 16), QStringLiteral("3D"));
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
    setInteracting(false);
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
    VtkGlWidget::keyPressEvent(event);
}

} // namespace oncoview::mri
