// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/mri/intensitystats.h"
#include "viewers/mri/io/volume.h"
#include "viewers/mri/mprview.h"
#include "viewers/mri/windowlevel.h"

#include <QSet>
#include <QWidget>

#include <array>
#include <memory>

class QLabel;
class QToolButton;

namespace oncoview::mri {

class MeasureTool;
class MprCursor;
struct OverlayLayer;
class VolumeView3D;
class VtkGlWidget;

// The MRI viewing area: axial, coronal and sagittal slices through a shared cursor plus a 3D
// volume rendering in a 2x2 grid, and a small toolbar (crosshair mode, window/level presets,
// reset). Window/level and the cursor are linked across the three slice views. GUI thread.
class MriViewer : public QWidget
{
    Q_OBJECT
public:
    explicit MriViewer(QWidget *parent = nullptr);
    ~MriViewer() override;

    // Shows volume in all four views. The cursor goes to the volume centre, unless the previous
    // volume had the same geometry (another phase of the same series): then it stays. A volume
    // that cannot be shown (empty, bad spacing...) leaves the views showing why and emits
    // volumeRejected(). nullptr clears the views.
    void setVolume(std::shared_ptr<const Volume> volume, const QString &title);
    std::shared_ptr<const Volume> volume() const { return m_volume; }
    QString title() const { return m_title; }

    // True once all four views have drawn the current volume (or message) at least once.
    bool hasRendered() const { return m_hasRendered; }

    std::array<double, 3> cursorLps() const;
    // Clamped to the volume's voxel box.
    void setCursorLps(const std::array<double, 3> &lps);

    WindowLevel windowLevel() const;
    void setWindowLevel(WindowLevel windowLevel);
    void applyWindowPreset(WindowPreset preset);

    bool crosshairMode() const { return m_crosshairMode; }
    // On: left-click places the cursor. Off: left-drag changes window/level.
    void setCrosshairMode(bool on);

    // A label map or heatmap over the three slice views (a DICOM SEG, an explanation), in
    // patient space: it need not share the volume's grid. Set or clear it after setVolume()
    // (a volume of the same grid keeps the views' overlay).
    void setOverlay(const OverlayLayer &layer);
    void clearOverlay();

    MprView *mprView(MprOrientation orientation) const;
    // The distance and ellipse tool of each slice view (keys D and E in the view).
    MeasureTool *measureTool(MprOrientation orientation) const;
    VolumeView3D *volumeView() const { return m_view3d; }
    MprCursor *cursor() const { return m_cursor; }

Q_SIGNALS:
    // Once per setVolume(), when all four views have drawn it.
    void rendered();
    void cursorChanged(const std::array<double, 3> &lps);
    void volumeRejected(const QString &reason);

private:
    QWidget *makeToolbar();
    void showMessage(const QString &message);
    void expectFrames();
    void onViewRendered(VtkGlWidget *view);

    MprCursor *m_cursor;
    std::array<MprView *, 3> m_mpr {};
    std::array<MeasureTool *, 3> m_measure {};
    VolumeView3D *m_view3d;
    QLabel *m_titleLabel = nullptr;
    QToolButton *m_crosshairButton = nullptr;
    std::shared_ptr<const Volume> m_volume;
    IntensityStats m_stats;
    QString m_title;
    bool m_crosshairMode = false;
    bool m_hasRendered = false;
    QSet<VtkGlWidget *> m_waitingFor;
};

} // namespace oncoview::mri
