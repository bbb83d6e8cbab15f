// SPDX-License-Identifier: Apache-2.0
// DceLayout's controls: the toolbar (phase, cine, crosshair, progress) and the kinetics side
// panel (curve, ROI radius, motion correction, subtraction/MIP mode, threshold, map).
#include "viewers/mri/dcelayout.h"

#include "viewers/mri/kineticcurvewidget.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace oncoview::mri {

QWidget *DceLayout::makeToolbar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(6, 2, 6, 2);
    row->setSpacing(6);
    row->addWidget(new QLabel(tr("Phase")));
    m_phaseBox = new QComboBox;
    m_phaseBox->setAccessibleName(tr("Post-contrast phase"));
    m_phaseBox->setSizeAdjustPolicy(QComboBox::AdjustToContents); // labels can be long
    connect(m_phaseBox, &QComboBox::activated, this,
            [this](int index) { setPostPhase(m_phaseBox->itemData(index).toInt()); });
    row->addWidget(m_phaseBox);
    // ] and [ step through the post-contrast phases from any panel, as the cine does.
    for (const auto &[key, step] :
         {std::pair {Qt::Key_BracketRight, 1}, {Qt::Key_BracketLeft, -1}}) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this,
                [this, step = step] { setPostPhase(m_postPhase + step); });
    }
    m_phaseBox->setToolTip(tr("Post-contrast phase shown in the post and subtraction panels "
                              "(] next, [ previous)"));
    m_playButton = new QToolButton;
    m_playButton->setText(tr("Play"));
    m_playButton->setCheckable(true);
    m_playButton->setToolTip(tr("Cine through the post-contrast phases"));
    connect(m_playButton, &QToolButton::toggled, this, &DceLayout::setCinePlaying);
    row->addWidget(m_playButton);
    m_fpsBox = new QDoubleSpinBox;
    m_fpsBox->setAccessibleName(tr("Cine speed in frames per second"));
    m_fpsBox->setRange(0.5, 20);
    m_fpsBox->setValue(2);
    m_fpsBox->setSuffix(tr(" fps"));
    connect(m_fpsBox, &QDoubleSpinBox::valueChanged, this,
            [this](double fps) { m_cine->setInterval(int(1000 / fps)); });
    m_cine->setInterval(500);
    row->addWidget(m_fpsBox);
    m_motionBox = new QCheckBox(tr("Motion correction"));
    m_motionBox->setToolTip(tr("Rigidly register every phase to the pre-contrast one (ITK, "
                               "mutual information) before subtraction and kinetics; runs in "
                               "the background and is cached"));
    connect(m_motionBox, &QCheckBox::toggled, m_session, &DceSession::setMotionCorrection);
    m_mipBox = new QComboBox;
    m_mipBox->addItems(
        {tr("Subtraction"), tr("Subtraction MIP (full)"), tr("Subtraction MIP (slab)")});
    m_slabBox = new QDoubleSpinBox;
    m_slabBox->setRange(1, 200);
    m_slabBox->setValue(20);
    m_slabBox->setSuffix(tr(" mm"));
    m_slabBox->setToolTip(tr("Thin-slab MIP thickness, centred on the cursor"));
    m_slabBox->setEnabled(false);
    const auto applyMip = [this] {
        const int mode = m_mipBox->currentIndex();
        m_slabBox->setEnabled(mode == 2);
        setSubtractionMip(mode == 0 ? 0 : mode == 1 ? kFullMip : m_slabBox->value());
    };
    connect(m_mipBox, &QComboBox::currentIndexChanged, this, applyMip);
    connect(m_slabBox, &QDoubleSpinBox::valueChanged, this, applyMip);
    m_orientationBox = new QComboBox;
    for (const MprOrientation o :
         {MprOrientation::Axial, MprOrientation::Sagittal, MprOrientation::Coronal}) {
        m_orientationBox->addItem(mprOrientationName(o), int(o));
    }
    m_orientationBox->setToolTip(tr("Plane of all six panels"));
    connect(m_orientationBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        setOrientation(MprOrientation(m_orientationBox->itemData(index).toInt()));
    });
    row->addWidget(m_orientationBox);
    m_crosshairButton = new QToolButton;
    auto *crosshair = new QAction(tr("Crosshair"), this);
    crosshair->setCheckable(true);
    crosshair->setShortcut(QKeySequence(Qt::Key_C));
    crosshair->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    crosshair->setToolTip(tr("Crosshair mode (C): left-click places the cursor in every panel; "
                             "off: left-drag changes window/level"));
    connect(crosshair, &QAction::toggled, this, &DceLayout::setCrosshairMode);
    addAction(crosshair);
    m_crosshairButton->setDefaultAction(crosshair);
    row->addWidget(m_crosshairButton);
    row->addStretch(1);
    m_status = new QLabel;
    m_status->setTextFormat(Qt::PlainText);
    row->addWidget(m_status);
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    row->addWidget(m_progress);
    m_cancelButton = new QToolButton;
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setVisible(false);
    connect(m_cancelButton, &QToolButton::clicked, m_session, &DceSession::cancel);
    row->addWidget(m_cancelButton);
    return bar;
}

QWidget *DceLayout::makeKineticsPanel()
{
    auto *panel = new QWidget;
    panel->setFixedWidth(310);
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(4, 4, 4, 4);
    column->addWidget(m_curve, 1);
    auto *form = new QFormLayout;
    m_roiBox = new QDoubleSpinBox;
    m_roiBox->setRange(0, 40);
    m_roiBox->setValue(4);
    m_roiBox->setSuffix(tr(" mm"));
    m_roiBox->setToolTip(tr("Radius of the sphere ROI around the cursor (0: the voxel alone)"));
    connect(m_roiBox, &QDoubleSpinBox::valueChanged, this, &DceLayout::setRoiRadiusMm);
    form->addRow(tr("ROI radius"), m_roiBox);
    form->addRow(m_motionBox);
    // One row each: side by side in this narrow panel, the mode names were cut off.
    form->addRow(tr("Panel 3"), m_mipBox);
    form->addRow(tr("MIP slab"), m_slabBox);
    m_thresholdBox = new QComboBox;
    for (int percent : {50, 80, 100}) {
        m_thresholdBox->addItem(QStringLiteral("%1 %").arg(percent), percent);
    }
    m_thresholdBox->setToolTip(tr("Initial enhancement a voxel needs to be coloured in the "
                                  "kinetic map (breast CAD's 50/80/100 % settings)"));
    connect(m_thresholdBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_session->setEnhancementThreshold(m_thresholdBox->itemData(index).toDouble());
        m_curve->setParams(m_session->params());
    });
    form->addRow(tr("Enhancement threshold"), m_thresholdBox);
    m_mapBox = new QCheckBox(tr("Kinetic map on subtraction"));
    m_mapBox->setChecked(true);
    m_mapBox->setToolTip(tr("Colours enhancing voxels by curve type: blue persistent, yellow "
                            "plateau, red wash-out"));
    connect(m_mapBox, &QCheckBox::toggled, this, &DceLayout::setKineticMapVisible);
    form->addRow(m_mapBox);
    m_hotspotButton = new QToolButton;
    m_hotspotButton->setText(tr("Go to strongest enhancement"));
    m_hotspotButton->setShortcut(QKeySequence(Qt::Key_H));
    m_hotspotButton->setToolTip(
        tr("Moves the cursor to where the mean initial enhancement over 3×3×3 voxels is highest "
           "(H). It can be a vessel or the heart: look before reading its curve."));
    m_hotspotButton->setEnabled(false);
    connect(m_hotspotButton, &QToolButton::clicked, this, &DceLayout::goToStrongestEnhancement);
    form->addRow(m_hotspotButton);
    column->addLayout(form);
    return panel;
}

} // namespace oncoview::mri
