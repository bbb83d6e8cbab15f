// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/mprview.h"

#include "viewers/mri/depthtestoffprop.h"
#include "viewers/mri/mprcursor.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

#include <vtkCamera.h>
#include <vtkCullerCollection.h>
#include <vtkImageData.h>
#include <vtkImageProperty.h>
#include <vtkImageResliceMapper.h>
#include <vtkImageSlice.h>
#include <vtkImageStack.h>
#include <vtkMatrix4x4.h>
#include <vtkPlane.h>
#include <vtkRenderer.h>

namespace oncoview::mri {

namespace {
using Vec3 = std::array<double, 3>;

double dot(const Vec3 &a, const Vec3 &b)
{
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
Vec3 add(const Vec3 &a, const Vec3 &b, double s = 1)
{
    return {a[0] + s * b[0], a[1] + s * b[1], a[2] + s * b[2]};
}
// Camera distance from the slice plane; only the slice is drawn, so anything beyond the
// largest scan extent works.
constexpr double cameraDistance = 2000;
} // namespace

MprView::MprView(MprOrientation orientation, MprCursor *cursor, QWidget *parent)
    : VtkGlWidget(parent)
    , m_orientation(orientation)
    , m_axes(mprAxes(orientation))
    , m_cursor(cursor)
    , m_slice(vtkSmartPointer<vtkImageSlice>::New())
    , m_mapper(vtkSmartPointer<vtkImageResliceMapper>::New())
    , m_plane(vtkSmartPointer<vtkPlane>::New())
    , m_stack(vtkSmartPointer<vtkImageStack>::New())
    , m_overlaySlice(vtkSmartPointer<vtkImageSlice>::New())
    , m_overlayMapper(vtkSmartPointer<vtkImageResliceMapper>::New())
{
    nameForAccessibility();
    m_mapper->SetSlicePlane(m_plane);
    m_mapper->SliceFacesCameraOff();
    m_mapper->SliceAtFocalPointOff();
    // Reslice at the scan's own resolution and let GL interpolate on screen: 2-3x faster for
    // sagittal/coronal planes on llvmpipe than a reslice per screen pixel (bench_mri_reslice).
    m_mapper->ResampleToScreenPixelsOff();
    m_slice->SetMapper(m_mapper);
    m_slice->GetProperty()->SetInterpolationTypeToLinear();
    m_slice->VisibilityOff();
    // The overlay shares the plane; the stack draws its layers in order without depth fighting.
    m_overlayMapper->SetSlicePlane(m_plane);
    m_overlayMapper->SliceFacesCameraOff();
    m_overlayMapper->SliceAtFocalPointOff();
    m_overlaySlice->SetMapper(m_overlayMapper);
    m_overlaySlice->GetProperty()->SetLayerNumber(1);
    m_overlaySlice->VisibilityOff();
    m_slice->GetProperty()->SetLayerNumber(0);
    m_stack->AddImage(m_slice);
    m_stack->AddImage(m_overlaySlice);
    m_stack->SetActiveLayer(0);
    renderer()->AddViewProp(vtkSmartPointer<DepthTestOffProp>::New()); // before the images
    // Nothing writes depth with the test off, so clearing it every frame would be wasted work.
    renderer()->PreserveDepthBufferOn();
    renderer()->AddViewProp(m_stack);
    renderer()->SetBackground(0, 0, 0);
    renderer()->GetActiveCamera()->ParallelProjectionOn();
    // One slice always in view: the frustum culler would only ask the image pipeline for its
    // bounds on every frame.
    renderer()->GetCullers()->RemoveAllItems();
    connect(m_cursor, &MprCursor::positionChanged, this, [this] { update(); });
    setMouseTracking(false);
}

MprView::~MprView() = default;

void MprView::setImage(const VtkVolumeImage &image, WindowLevel initial, bool keepView)
{
    keepView = keepView && hasImage();
    m_image = image;
    m_message.clear();
    findThroughAxis();
    m_mapper->SetInputData(image.image);
    m_slice->SetUserMatrix(image.indexToLps);
    m_slice->VisibilityOn();
    updateSlab();
    if (keepView) {
        update();
        return;
    }
    m_dragScale = std::max(initial.window, 1e-6);
    setWindowLevel(initial);
    resetView();
}

void MprView::findThroughAxis()
{
    if (!hasImage()) {
        return;
    }
    const auto &dir = m_image.volume->direction;
    double best = -1;
    for (int k = 0; k < 3; ++k) {
        const double along = std::abs(dir[k] * m_axes.normal[0] + dir[3 + k] * m_axes.normal[1]
                                      + dir[6 + k] * m_axes.normal[2]);
        if (along > best) {
            best = along;
            m_throughAxis = k;
        }
    }
    m_alignedWithVolume = best > 0.9999; // within about 0.8 degrees
}

void MprView::setOrientation(MprOrientation orientation)
{
    if (orientation == m_orientation) {
        return;
    }
    m_orientation = orientation;
    m_axes = mprAxes(orientation);
    nameForAccessibility();
    findThroughAxis();
    resetView(); // zoom and pan of the old plane mean nothing on the new one
}

void MprView::clearImage(const QString &message)
{
    m_slice->VisibilityOff();
    m_mapper->RemoveAllInputConnections(0);
    m_image = {};
    m_message = message;
    clearOverlay();
    update();
}

void MprView::setWindowLevel(WindowLevel windowLevel)
{
    m_windowLevel = windowLevel;
    m_windowLevel.window = std::max(windowLevel.window, 1e-9);
    m_slice->GetProperty()->SetColorWindow(m_windowLevel.window);
    m_slice->GetProperty()->SetColorLevel(m_windowLevel.level);
    update();
}

void MprView::setCrosshairMode(bool on)
{
    m_crosshairMode = on;
    setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    update();
}

void MprView::stepSlices(int steps)
{
    if (!hasImage() || steps == 0) {
        return;
    }
    // Move along the view normal by the distance that changes the through-axis index by one.
    const auto &dir = m_image.volume->direction;
    const int k = m_throughAxis;
    const Vec3 axis {dir[k], dir[3 + k], dir[6 + k]};
    const double along = dot(axis, m_axes.normal);
    const double distance = m_image.volume->spacing[k] / std::max(std::abs(along), 1e-3);
    const double sign = along >= 0 ? 1 : -1;
    m_cursor->setPosition(add(m_cursor->position(), m_axes.normal, sign * distance * steps));
}

int MprView::sliceIndex() const
{
    if (!hasImage()) {
        return -1;
    }
    const auto idx = m_image.volume->lpsToIndex(m_cursor->position());
    return std::clamp(int(std::lround(idx[m_throughAxis])), 0, sliceCount() - 1);
}

int MprView::sliceCount() const
{
    return hasImage() ? m_image.volume->size[m_throughAxis] : 0;
}

void MprView::resetView()
{
    if (hasImage()) {
        const auto &s = m_image.volume->size;
        m_panCenter
            = m_image.volume->indexToLps((s[0] - 1) / 2.0, (s[1] - 1) / 2.0, (s[2] - 1) / 2.0);
    }
    m_zoom = 1;
    update();
}

double MprView::fitHalfHeightMm() const
{
    if (!hasImage()) {
        return 100;
    }
    // Extent of the voxel box (voxel edges, not centres) along the screen axes.
    const auto &s = m_image.volume->size;
    double minR = 1e300, maxR = -1e300, minU = 1e300, maxU = -1e300;
    for (int corner = 0; corner < 8; ++corner) {
        const Vec3 p = m_image.volume->indexToLps((corner & 1) ? s[0] - 0.5 : -0.5,
                                                  (corner & 2) ? s[1] - 0.5 : -0.5,
                                                  (corner & 4) ? s[2] - 0.5 : -0.5);
        minR = std::min(minR, dot(p, m_axes.right));
        maxR = std::max(maxR, dot(p, m_axes.right));
        minU = std::min(minU, dot(p, m_axes.up));
        maxU = std::max(maxU, dot(p, m_axes.up));
    }
    const double aspect = double(std::max(1, width())) / std::max(1, height());
    return 1.04 * std::max((maxU - minU) / 2, (maxR - minR) / 2 / aspect);
}

double MprView::pixelsPerMm() const
{
    return std::max(1, height()) / (2 * fitHalfHeightMm() / m_zoom);
}

std::array<double, 3> MprView::focalPoint() const
{
    // The pan centre projected onto the slice plane shown (so that points picked in the view,
    // for the cursor or a measurement, lie on the slice the reader sees).
    const Vec3 onPlane = slicePlaneOrigin();
    const Vec3 offset = add(m_panCenter, onPlane, -1);
    return add(m_panCenter, m_axes.normal, -dot(offset, m_axes.normal));
}

QPointF MprView::lpsToWidget(const std::array<double, 3> &lps) const
{
    const Vec3 v = add(lps, focalPoint(), -1);
    const double ppm = pixelsPerMm();
    return {width() / 2.0 + dot(v, m_axes.right) * ppm, height() / 2.0 - dot(v, m_axes.up) * ppm};
}

std::array<double, 3> MprView::widgetToLps(QPointF pixel) const
{
    const double ppm = pixelsPerMm();
    const Vec3 p = add(focalPoint(), m_axes.right, (pixel.x() - width() / 2.0) / ppm);
    return add(p, m_axes.up, (height() / 2.0 - pixel.y()) / ppm);
}

void MprView::prepareRender()
{
    const Vec3 focal = focalPoint();
    vtkCamera *camera = renderer()->GetActiveCamera();
    camera->SetFocalPoint(focal.data());
    const Vec3 position = add(focal, m_axes.normal, -cameraDistance);
    camera->SetPosition(position.data());
    camera->SetViewUp(m_axes.up.data());
    camera->SetParallelScale(fitHalfHeightMm() / m_zoom);
    camera->SetClippingRange(cameraDistance / 2, cameraDistance * 1.5);
    m_plane->SetOrigin(focal.data());
    m_plane->SetNormal(m_axes.normal.data());
}

std::array<double, 3> MprView::slicePlaneOrigin() const
{
    const Vec3 cursor = m_cursor->position();
    if (!hasImage() || !m_alignedWithVolume) {
        return cursor;
    }
    // As Slicer and ITK-SNAP do: a view parallel to the scan's slices shows the acquired slice
    // nearest to the cursor, never a blend of two neighbours (which would also cost a full
    // interpolating reslice per frame instead of a copy of voxels).
    auto index = m_image.volume->lpsToIndex(cursor);
    index[m_throughAxis] = std::round(index[m_throughAxis]); // outside the scan stays outside
    return m_image.volume->indexToLps(index[0], index[1], index[2]);
}

void MprView::mousePressEvent(QMouseEvent *event)
{
    m_lastPos = event->position();
    const Qt::KeyboardModifiers modifiers = event->modifiers();
    switch (event->button()) {
    case Qt::LeftButton:
        // ITK-SNAP's emulation for one-button mice: Ctrl+left zooms, Alt+left pans.
        if (modifiers & Qt::ControlModifier) {
            m_drag = DragAction::Zoom;
        } else if (modifiers & Qt::AltModifier) {
            m_drag = DragAction::Pan;
        } else if (m_crosshairMode || (modifiers & Qt::ShiftModifier)) {
            m_drag = DragAction::MoveCursor;
        } else {
            m_drag = DragAction::WindowLevel;
        }
        break;
    case Qt::RightButton:
        m_drag = m_bindings.right;
        break;
    case Qt::MiddleButton:
        m_drag = m_bindings.middle;
        break;
    default:
        m_drag.reset();
        break;
    }
    if (m_drag == DragAction::MoveCursor && hasImage()) {
        m_cursor->setPosition(widgetToLps(event->position()));
    }
    event->accept();
}

void MprView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag && hasImage()) {
        dragTo(event->position());
    }
    m_lastPos = event->position();
    event->accept();
}

void MprView::mouseReleaseEvent(QMouseEvent *event)
{
    m_drag.reset();
    event->accept();
}

void MprView::dragTo(QPointF pos)
{
    const QPointF delta = pos - m_lastPos;
    switch (*m_drag) {
    case DragAction::MoveCursor:
        m_cursor->setPosition(widgetToLps(pos));
        break;
    case DragAction::WindowLevel: {
        // A drag across the whole view changes the window by the initial (auto) window.
        const double perPixel = m_dragScale / std::max(1, width());
        WindowLevel wl = m_windowLevel;
        wl.window = std::max(1e-9, wl.window + delta.x() * perPixel);
        wl.level += delta.y() * perPixel;
        setWindowLevel(wl);
        Q_EMIT windowLevelEdited(m_windowLevel);
        break;
    }
    case DragAction::Zoom:
        m_zoom = std::clamp(m_zoom * std::pow(1.02, -delta.y()), 0.05, 50.0);
        update();
        break;
    case DragAction::Pan: {
        const double ppm = pixelsPerMm();
        m_panCenter = add(m_panCenter, m_axes.right, -delta.x() / ppm);
        m_panCenter = add(m_panCenter, m_axes.up, delta.y() / ppm);
        update();
        break;
    }
    }
}

void MprView::wheelEvent(QWheelEvent *event)
{
    // Whole notches only; touchpads send many small deltas.
    m_wheelRemainder += event->angleDelta().y();
    const int notches = m_wheelRemainder / 120;
    m_wheelRemainder -= notches * 120;
    const bool zoom = m_bindings.wheelZooms != bool(event->modifiers() & Qt::ControlModifier);
    if (zoom) {
        m_zoom = std::clamp(m_zoom * std::pow(1.1, notches), 0.05, 50.0);
        update();
    } else {
        stepSlices(notches);
    }
    event->accept();
}

void MprView::nameForAccessibility()
{
    setAccessibleName(QCoreApplication::translate("oncoview::mri", "%1 slice view")
                          .arg(mprOrientationName(m_orientation)));
    setAccessibleDescription(QCoreApplication::translate(
        "oncoview::mri",
        "Up and Down (or Page Up and Page Down) move through the slices, "
        "Shift and an arrow key moves the cursor, R resets the view. D measures a "
        "distance and E an ellipse: Enter marks each end at the cursor."));
}

void MprView::moveCursorInPlane(int right, int up)
{
    const auto volume = this->volume();
    if (!volume) {
        return;
    }
    // One step is the finest in-plane voxel size, so every voxel can be reached.
    const double step = std::min({volume->spacing[0], volume->spacing[1], volume->spacing[2]});
    std::array<double, 3> position = m_cursor->position();
    for (size_t k = 0; k < 3; ++k) {
        position[k] += step * (right * m_axes.right[k] + up * m_axes.up[k]);
    }
    m_cursor->setPosition(position);
}

void MprView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        const std::pair<int, int> moves[] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        const int keys[] = {Qt::Key_Right, Qt::Key_Left, Qt::Key_Up, Qt::Key_Down};
        for (int i = 0; i < 4; ++i) {
            if (event->key() == keys[i]) {
                moveCursorInPlane(moves[i].first, moves[i].second);
                event->accept();
                return;
            }
        }
    }
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Right:
        stepSlices(1);
        break;
    case Qt::Key_Down:
    case Qt::Key_Left:
        stepSlices(-1);
        break;
    case Qt::Key_PageUp:
        stepSlices(5);
        break;
    case Qt::Key_PageDown:
        stepSlices(-5);
        break;
    case Qt::Key_R:
        resetView();
        break;
    default:
        VtkGlWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace oncoview::mri
