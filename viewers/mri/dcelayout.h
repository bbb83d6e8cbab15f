// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/mri/dcesession.h"
#include "viewers/mri/mprview.h"

#include <QSet>
#include <QWidget>

#include <array>
#include <limits>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace oncoview::mri {

class KineticCurveWidget;
class MprCursor;
class VtkGlWidget;

// The breast DCE reading layout: six panels in one plane, axial unless the reader turns them
// (pre-contrast, a chosen post-contrast phase,
// subtraction post - pre or its MIP, T2, DWI at the highest b, ADC) through ONE cursor in
// patient space, so every panel shows the same patient point and slice position in mm whatever
// each series' grid; a phase selector and cine; optional motion correction; the kinetic curve
// at the cursor (or a sphere ROI around it) with its BI-RADS reading, and a colour-coded
// kinetic map over the subtraction. Heavy work runs in DceSession on pool threads. GUI thread.
class DceLayout : public QWidget
{
    Q_OBJECT
public:
    enum class Panel { Pre, Post, Subtraction, T2, Dwi, Adc };
    static constexpr int kPanelCount = 6;
    static constexpr double kFullMip = std::numeric_limits<double>::infinity();

    explicit DceLayout(QWidget *parent = nullptr);
    ~DceLayout() override;

    // study.dce may be null: the panels then say there is no DCE series.
    void setStudy(const DceStudy &study);

    MprView *panel(Panel panel) const { return m_panels[size_t(panel)]; }
    MprCursor *cursor() const { return m_cursor; }
    KineticCurveWidget *curveWidget() const { return m_curve; }
    DceSession *session() const { return m_session; }

    // Post-contrast phase shown in the post and subtraction panels (1..phases-1).
    int postPhase() const { return m_postPhase; }
    void setPostPhase(int phase);
    bool isCinePlaying() const;
    void setCinePlaying(bool playing);
    // Subtraction panel as MIP: 0 plain subtraction, kFullMip whole volume, else slab in mm.
    void setSubtractionMip(double slabMm);
    void setKineticMapVisible(bool visible);
    void setRoiRadiusMm(double radiusMm);
    void setCrosshairMode(bool on);
    // Turns all six panels to this plane (breast MRI is read axially, often also sagittally).
    void setOrientation(MprOrientation orientation);
    MprOrientation orientation() const { return panel(Panel::Pre)->orientation(); }

    // Moves the cursor to the kinetic map's strongest enhancement; false (cursor unchanged)
    // until the map is ready or when nothing enhances.
    bool goToStrongestEnhancement();

    // All panels have drawn what they were last given and no background job is running
    // (the screenshot waits for this).
    bool isReady() const;

Q_SIGNALS:
    void readyChanged();

private:
    QWidget *makeToolbar();
    QWidget *makeKineticsPanel();
    void showSeriesPanels();
    void showDcePanels(bool keepView);
    void showAdc();
    void showKineticMap();
    void updateCurve();
    void updateProgress(int percent, const QString &what);
    void expectFrames();
    void onPanelRendered(VtkGlWidget *view);
    void onBusyChanged();

    DceSession *m_session;
    MprCursor *m_cursor;
    std::array<MprView *, kPanelCount> m_panels {};
    KineticCurveWidget *m_curve = nullptr;
    QComboBox *m_phaseBox = nullptr;
    QComboBox *m_orientationBox = nullptr;
    QToolButton *m_playButton = nullptr;
    QDoubleSpinBox *m_fpsBox = nullptr;
    QCheckBox *m_motionBox = nullptr;
    QComboBox *m_mipBox = nullptr;
    QDoubleSpinBox *m_slabBox = nullptr;
    QCheckBox *m_mapBox = nullptr;
    QToolButton *m_hotspotButton = nullptr;
    QComboBox *m_thresholdBox = nullptr;
    QDoubleSpinBox *m_roiBox = nullptr;
    QToolButton *m_crosshairButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_cine = nullptr;
    int m_postPhase = 1;
    QSet<VtkGlWidget *> m_waitingFor;
};

} // namespace oncoview::mri
