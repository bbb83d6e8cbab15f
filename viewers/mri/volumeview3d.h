// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/mri/intensitystats.h"
#include "viewers/mri/overlaysurface.h"
#include "viewers/mri/volumepresets.h"
#include "viewers/mri/vtkglwidget.h"
#include "viewers/mri/vtkvolumeconvert.h"

#include <QElapsedTimer>
#include <QTimer>

class QToolButton;
class vtkGPUVolumeRayCastMapper;
class vtkRenderer;
class vtkVolume;

namespace oncoview::mri {

// Volume rendering of the whole scan (VTK's GPU ray caster, which also runs on Mesa's llvmpipe)
// with a choice of presets (toolbutton in the corner, or P to cycle). Mouse: left-drag rotates
// (trackball), right-drag and wheel zoom, middle-drag pans.
//
// Quality: the GUI thread renders, so no frame may take long. While the user drags, rays sample
// every second voxel and are cast for every n-th pixel, n adapted frame by frame to reach
// interactiveUpdateRate(). A still (full-quality) frame follows once the view was idle for
// stillDelayMs(); it samples every voxel along one ray per pixel, except where the renderer is
// too slow for that (Mesa's llvmpipe: 1.5-2 s for a 500 px view), where the rays are spread just
// enough for the still frame to fit stillFrameBudgetMs(). GUI thread.
class VolumeView3D : public VtkGlWidget
{
    Q_OBJECT
public:
    explicit VolumeView3D(QWidget *parent = nullptr);
    ~VolumeView3D() override;

    // Shows the image (shares its voxels) with the camera reset to an anterior view.
    void setImage(const VtkVolumeImage &image, const IntensityStats &stats);
    // Drops the image (and any overlay) and shows message instead.
    void clearImage(const QString &message);
    bool hasImage() const { return m_image.image != nullptr; }

    // A heatmap overlay (an explanation map) drawn as the surface of its shown region inside
    // the volume rendering, with the slice views' legend; replaces any previous overlay.
    // Label maps are not drawn here.
    void setOverlay(const OverlayLayer &layer);
    void clearOverlay();
    const std::vector<OverlaySurface> &overlaySurfaces() const { return m_surfaces; }

    VolumePreset preset() const { return m_preset; }
    void setPreset(VolumePreset preset);

    // Anterior view (patient facing the viewer, head up), whole volume in sight.
    void resetCamera();
    // Turns the camera as a left-drag of (dx, dy) widget pixels would.
    void rotate(double dx, double dy);

    double interactiveUpdateRate() const { return m_interactiveRate; }
    void setInteractiveUpdateRate(double framesPerSecond);
    // Interactive (fast, coarse) rendering on or off; off re-renders at full quality.
    void setInteracting(bool on);
    bool isInteracting() const { return m_interacting; }

    // Idle time after the last mouse or wheel event before the still frame is drawn.
    int stillDelayMs() const { return m_stillTimer.interval(); }
    void setStillDelayMs(int ms) { m_stillTimer.setInterval(ms); }
    // Longest a still frame may take; 0 = no limit (one ray per pixel always). Defaults to 300 ms
    // on a software renderer and to no limit on a GPU.
    double stillFrameBudgetMs() const { return m_stillBudgetMs; }
    void setStillFrameBudgetMs(double ms);
    // Pixels per ray: of the next still frame, and of interactive frames.
    double stillImageSampleDistance() const { return m_stillImageSampleDistance; }
    double interactiveImageSampleDistance() const { return m_imageSampleDistance; }
    // True when OpenGL is a CPU rasteriser (llvmpipe, softpipe, SWR); valid after the first show.
    bool isSoftwareRenderer() const { return m_softwareRenderer; }

Q_SIGNALS:
    void presetChanged(oncoview::mri::VolumePreset preset);

protected:
    void initializeGL() override;
    void prepareRender() override;
    void paintOverlay(QPainter &painter) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void pan(double dx, double dy);
    void adaptQuality();
    void planStillFrame();
    QToolButton *makePresetButton();

    VtkVolumeImage m_image;
    IntensityStats m_stats;
    QString m_message;
    VolumePreset m_preset = VolumePreset::MrDefault;
    vtkSmartPointer<vtkVolume> m_volume;
    vtkSmartPointer<vtkGPUVolumeRayCastMapper> m_mapper;
    QToolButton *m_presetButton = nullptr;
    OverlayLayer m_overlay; // for the legend
    std::vector<OverlaySurface> m_surfaces;
    // Layer 1, sharing the camera: the overlay drawn over the volume rendering.
    vtkSmartPointer<vtkRenderer> m_overlayRenderer;
    double m_interactiveRate = 25;
    double m_imageSampleDistance = 2; // while interacting; adapted to m_interactiveRate
    double m_stillImageSampleDistance = 1;
    double m_stillBudgetMs = 0;
    bool m_budgetSetByUser = false;
    bool m_softwareRenderer = false;
    bool m_interacting = false;
    // The last frame's cost and settings: the model (time ~ rays x samples per ray) that
    // predicts the next frame's.
    double m_lastMs = 0, m_lastImageSampleDistance = 1, m_lastSampleFactor = 1;
    QTimer m_stillTimer; // ends an interaction once the mouse and wheel are idle
    QElapsedTimer m_frameClock; // since the last frame
    double m_frameOverheadMs = 0; // of an interactive frame, besides its render
    Qt::MouseButton m_dragButton = Qt::NoButton;
    QPointF m_lastPos;
    int m_wheelRemainder = 0;
};

} // namespace oncoview::mri
