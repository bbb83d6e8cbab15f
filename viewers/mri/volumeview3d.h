#pragma once

#include "viewers/mri/intensitystats.h"
#include "viewers/mri/vtkglwidget.h"
#include "viewers/mri/vtkvolumeconvert.h"
#include "viewers/mri/windowlevel.h"

#include <QTimer>

class vtkGPUVolumeRayCastMapper;
class vtkVolume;

namespace oncoview::mri {

// Volume rendering of the whole scan (VTK's GPU ray caster, which also runs on Mesa's llvmpipe)
// with an MR transfer function scaled to the scan's intensities. Mouse: left-drag rotates
// (trackball), right-drag and wheel zoom, middle-drag pans. While the user drags, rays are
// sampled twice as coarsely and cast for every n-th pixel, n adapted frame by frame to reach
// interactiveUpdateRate() frames per second; one full-quality frame follows on release.
// GUI thread.
class VolumeView3D : public VtkGlWidget
{
    Q_OBJECT
public:
    explicit VolumeView3D(QWidget *parent = nullptr);
    ~VolumeView3D() override;

    // Shows the image (shares its voxels) with the camera reset to an anterior view.
    void setImage(const VtkVolumeImage &image, const IntensityStats &stats);
    // Drops the image and shows message instead.
    void clearImage(const QString &message);
    bool hasImage() const { return m_image.image != nullptr; }

    // Anterior view (patient facing the viewer, head up), whole volume in sight.
    void resetCamera();
    // Turns the camera as a left-drag of (dx, dy) widget pixels would.
    void rotate(double dx, double dy);

    double interactiveUpdateRate() const { return m_interactiveRate; }
    void setInteractiveUpdateRate(double framesPerSecond);
    // Interactive (fast, coarse) rendering on or off; off re-renders at full quality.
    void setInteracting(bool on);
    bool isInteracting() const { return m_interacting; }

protected:
    void prepareRender() override;
    void paintOverlay(QPainter &painter) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyTransferFunction(const IntensityStats &stats);
    void pan(double dx, double dy);
    void adaptInteractiveQuality();

    VtkVolumeImage m_image;
    QString m_message;
    vtkSmartPointer<vtkVolume> m_volume;
    vtkSmartPointer<vtkGPUVolumeRayCastMapper> m_mapper;
    double m_interactiveRate = 10;
    double m_imageSampleDistance = 2; // while interacting; adapted to m_interactiveRate
    bool m_interacting = false;
    QTimer m_stillTimer; // ends wheel interaction
    Qt::MouseButton m_dragButton = Qt::NoButton;
    QPointF m_lastPos;
    int m_wheelRemainder = 0;
};

} // namespace oncoview::mri
