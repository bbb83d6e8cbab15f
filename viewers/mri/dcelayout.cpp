// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/dcelayout.h"

#include "viewers/mri/intensitystats.h"
#include "viewers/mri/kineticcurvewidget.h"
#include "viewers/mri/mprcursor.h"
#include "viewers/mri/overlaylayer.h"
#include "viewers/mri/vtkvolumeconvert.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace oncoview::mri {

namespace {
const char *const kPanelNames[DceLayout::kPanelCount]
    = {"Pre-contrast", "Post-contrast", "Subtraction", "T2", "DWI", "ADC"};

// Shows volume in view with an auto window (or keeps the view's state), or a message.
void showIn(MprView *view, std::shared_ptr<const Volume> volume, const QString &caption,
            const QString &missing, bool keepView = false)
{
    view->setCaption(caption);
    if (!volume) {
        view->clearImage(missing);
        return;
    }
    if (const QString problem = volumeProblem(*volume); !problem.isEmpty()) {
        view->clearImage(QObject::tr("Cannot display: %1").arg(problem));
        return;
    }
    const WindowLevel initial
        = keepView ? view->windowLevel() : IntensityStats(*volume).preset(WindowPreset::Auto);
    view->setImage(makeVtkImage(std::move(volume)), initial, keepView);
}

QString phaseLabel(const SeriesInfo &info, int phase)
{
    const bool has
        = size_t(phase) < info.phaseLabels.size() && !info.phaseLabels[size_t(phase)].empty();
    return has ? QString::fromStdString(info.phaseLabels[size_t(phase)]) : QString::number(phase);
}
} // namespace

DceLayout::DceLayout(QWidget *parent)
    : QWidget(parent)
    , m_session(new DceSession(this))
    , m_cursor(new MprCursor(this))
    , m_cine(new QTimer(this))
{
    auto *grid = new QWidget;
    grid->setStyleSheet(QStringLiteral("background:#3c3c42;"));
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(1, 1, 1, 1);
    gridLayout->setSpacing(1);
    for (int i = 0; i < kPanelCount; ++i) {
        m_panels[size_t(i)] = new MprView(MprOrientation::Axial, m_cursor);
        m_panels[size_t(i)]->setObjectName(QString::fromLatin1(kPanelNames[i]));
        gridLayout->addWidget(m_panels[size_t(i)], i / 3, i % 3);
        VtkGlWidget *view = m_panels[size_t(i)];
        connect(view, &VtkGlWidget::frameRendered, this, [this, view] { onPanelRendered(view); });
    }
    m_curve = new KineticCurveWidget;
    QWidget *toolbar = makeToolbar(); // creates controls the kinetics panel lays out
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(grid, 1);
    body->addWidget(makeKineticsPanel());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addLayout(body, 1);

    connect(m_cursor, &MprCursor::positionChanged, this, &DceLayout::updateCurve);
    connect(m_session, &DceSession::phasesReady, this, [this] { showDcePanels(true); });
    connect(m_session, &DceSession::kineticMapReady, this, &DceLayout::showKineticMap);
    connect(m_session, &DceSession::adcReady, this, &DceLayout::showAdc);
    connect(m_session, &DceSession::progress, this, &DceLayout::updateProgress);
    connect(m_session, &DceSession::busyChanged, this, &DceLayout::onBusyChanged);
    connect(m_session, &DceSession::failed, m_status, &QLabel::setText);
    connect(m_session, &DceSession::motionCorrectionDropped, this, [this] {
        const QSignalBlocker block(m_motionBox);
        m_motionBox->setChecked(false);
    });
    connect(m_cine, &QTimer::timeout, this, [this] {
        const int phases = m_session->study().dce ? int(m_session->study().dce->phases.size()) : 0;
        if (phases > 1) {
            setPostPhase(m_postPhase % (phases - 1) + 1); // cycles 1..phases-1
        }
    });
    setCrosshairMode(true); // kinetics follow the cursor: a click is the main interaction
    setStudy({});
}

DceLayout::~DceLayout() = default;

void DceLayout::setStudy(const DceStudy &study)
{
    setCinePlaying(false);
    m_status->clear();
    if (study.dce) {
        m_cursor->setGeometry(study.dce->phases.front());
    } else if (study.t2) {
        m_cursor->setGeometry(study.t2->phases.front());
    }
    const Volume *centreOf = study.dce ? &study.dce->phases.front()
        : study.t2                     ? &study.t2->phases.front()
                                       : nullptr;
    if (centreOf) {
        const auto &s = centreOf->size;
        m_cursor->setPosition(
            centreOf->indexToLps((s[0] - 1) / 2.0, (s[1] - 1) / 2.0, (s[2] - 1) / 2.0));
    }
    m_phaseBox->clear();
    const int phases = study.dce ? int(study.dce->phases.size()) : 0;
    for (int p = 1; p < phases; ++p) {
        m_phaseBox->addItem(tr("Post %1 (%2)").arg(p).arg(phaseLabel(study.dce->info, p)), p);
    }
    m_postPhase = std::min(1, std::max(0, phases - 1));
    m_session->setStudy(study); // may emit adcReady at once
    m_curve->setParams(m_session->params());
    m_curve->setTimesAssumed(m_session->timesAssumed());
    showSeriesPanels();
    showDcePanels(false);
    showAdc();
    updateCurve();
    expectFrames();
}

void DceLayout::showSeriesPanels()
{
    const DceStudy &study = m_session->study();
    const auto first = [](const std::shared_ptr<const Series> &s) {
        return s ? std::shared_ptr<const Volume>(s, &s->phases.front()) : nullptr;
    };
    showIn(panel(Panel::T2), first(study.t2),
           study.t2 ? QString::fromStdString(study.t2->info.description) : tr("T2"),
           tr("No T2 series"));
    std::shared_ptr<const Volume> dwi;
    QString dwiCaption = tr("DWI");
    if (study.dwi) {
        // Breast reading looks at the highest b-value: restricted diffusion stays bright.
        const auto &b = study.dwi->info.bValues;
        size_t best = 0;
        for (size_t p = 1; p < b.size() && p < study.dwi->phases.size(); ++p) {
            best = b[p] > b[best] ? p : best;
        }
        dwi = std::shared_ptr<const Volume>(study.dwi, &study.dwi->phases[best]);
        dwiCaption = tr("DWI %1").arg(phaseLabel(study.dwi->info, int(best)));
    }
    showIn(panel(Panel::Dwi), dwi, dwiCaption, tr("No DWI series"));
}

void DceLayout::showDcePanels(bool keepView)
{
    const DceStudy &study = m_session->study();
    if (!study.dce) {
        for (Panel p : {Panel::Pre, Panel::Post, Panel::Subtraction}) {
            showIn(panel(p), nullptr, QString::fromLatin1(kPanelNames[int(p)]),
                   tr("No DCE series in this study"));
        }
        return;
    }
    const DcePhases *prepared = m_session->phases();
    const auto phase = [&](int p) -> std::shared_ptr<const Volume> {
        if (prepared) {
            return std::shared_ptr<const Volume>(prepared->phases, &(*prepared->phases)[size_t(p)]);
        }
        return std::shared_ptr<const Volume>(study.dce, &study.dce->phases[size_t(p)]);
    };
    const QString mc
        = prepared && prepared->motionCorrected ? tr(" (motion corrected)") : QString();
    showIn(panel(Panel::Pre), phase(0), tr("Pre-contrast%1").arg(mc), {}, keepView);
    const QString label = phaseLabel(study.dce->info, m_postPhase);
    showIn(panel(Panel::Post), phase(m_postPhase),
           tr("Post %1 (%2)%3").arg(m_postPhase).arg(label, mc), {}, keepView);
    const auto subtraction = prepared ? prepared->subtractions[size_t(m_postPhase)] : nullptr;
    showIn(panel(Panel::Subtraction), subtraction,
           tr("Subtraction %1 − pre%2").arg(m_postPhase).arg(mc), tr("Computing subtraction…"),
           keepView && panel(Panel::Subtraction)->hasImage());
    m_curve->setCurrentPhase(m_postPhase);
    showKineticMap();
    updateCurve();
    expectFrames();
}

void DceLayout::showAdc()
{
    const auto adc = m_session->adc();
    const QString missing = m_session->adcProblem().isEmpty()
        ? tr("Computing ADC…")
        : tr("No ADC: %1").arg(m_session->adcProblem());
    showIn(panel(Panel::Adc), adc, tr("ADC (mm²/s)"), missing);
    expectFrames();
}

void DceLayout::showKineticMap()
{
    MprView *view = panel(Panel::Subtraction);
    const auto map = m_session->kineticMap();
    const bool hotspot = map && map->hotspot;
    m_hotspotButton->setEnabled(hotspot);
    m_hotspotButton->setText(
        hotspot ? tr("Go to strongest enhancement (%1 %)").arg(map->hotspot->meanPercent, 0, 'f', 0)
                : tr("Go to strongest enhancement"));
    if (!m_mapBox->isChecked() || !map || !view->hasImage()) {
        view->clearOverlay();
    } else {
        view->setOverlay(kineticMapLayer(std::shared_ptr<const Volume>(map, &map->labels)));
    }
    updateCurve();
}

void DceLayout::updateCurve()
{
    const DcePhases *prepared = m_session->phases();
    if (!m_session->study().dce) {
        m_curve->clearCurve(tr("No DCE series in this study"));
        return;
    }
    if (!prepared) {
        m_curve->clearCurve(tr("Preparing the DCE phases…"));
        return;
    }
    const auto position = m_cursor->position();
    const double radius = m_roiBox->value();
    try {
        const TimeIntensityCurve curve
            = curveInSphere(*prepared->phases, m_session->seconds(), position, radius);
        KineticParams params = m_session->params();
        const auto map = m_session->kineticMap();
        if (map) {
            params.minPreSignal = map->minPreSignal; // same air/noise mask as the map
        }
        const CurveAnalysis analysis = analyseCurve(curve, params);
        const auto &spacing = prepared->phases->front().spacing;
        const double voxelMm3 = spacing[0] * spacing[1] * spacing[2];
        const QString where = radius > 0 ? tr("ROI sphere r=%1 mm (%2 voxels, %3 mm³)")
                                               .arg(radius)
                                               .arg(curve.voxelCount)
                                               .arg(curve.voxelCount * voxelMm3, 0, 'f', 0)
                                         : tr("Voxel at cursor");
        m_curve->setCurve(curve, analysis,
                          where
                              + QStringLiteral(" @ %1, %2, %3 mm")
                                    .arg(position[0], 0, 'f', 1)
                                    .arg(position[1], 0, 'f', 1)
                                    .arg(position[2], 0, 'f', 1));
        m_curve->setShares(map && radius > 0
                               ? std::optional(kineticSharesInSphere(*map, position, radius))
                               : std::nullopt);
    } catch (const std::exception &e) {
        m_curve->clearCurve(QString::fromStdString(e.what()));
    }
}

void DceLayout::setPostPhase(int phase)
{
    const int phases = m_session->study().dce ? int(m_session->study().dce->phases.size()) : 0;
    if (phase < 1 || phase >= phases || phase == m_postPhase) {
        return;
    }
    m_postPhase = phase;
    m_phaseBox->setCurrentIndex(m_phaseBox->findData(phase));
    showDcePanels(true);
}

bool DceLayout::isCinePlaying() const
{
    return m_cine->isActive();
}

void DceLayout::setCinePlaying(bool playing)
{
    playing ? m_cine->start() : m_cine->stop();
    const QSignalBlocker block(m_playButton);
    m_playButton->setChecked(playing);
    m_playButton->setText(playing ? tr("Stop") : tr("Play"));
}

void DceLayout::setSubtractionMip(double slabMm)
{
    panel(Panel::Subtraction)->setMipSlab(slabMm);
    const int mode = slabMm <= 0 ? 0 : std::isinf(slabMm) ? 1 : 2;
    if (m_mipBox->currentIndex() != mode) {
        const QSignalBlocker block(m_mipBox);
        m_mipBox->setCurrentIndex(mode);
        m_slabBox->setEnabled(mode == 2);
    }
    if (mode == 2 && std::abs(m_slabBox->value() - slabMm) > 1e-9) {
        const QSignalBlocker block(m_slabBox);
        m_slabBox->setValue(slabMm);
    }
}

void DceLayout::setKineticMapVisible(bool visible)
{
    if (m_mapBox->isChecked() != visible) {
        m_mapBox->setChecked(visible); // re-enters through toggled
        return;
    }
    showKineticMap();
}

void DceLayout::setRoiRadiusMm(double radiusMm)
{
    if (std::abs(m_roiBox->value() - radiusMm) > 1e-9) {
        m_roiBox->setValue(radiusMm); // re-enters through valueChanged
        return;
    }
    updateCurve();
}

void DceLayout::setCrosshairMode(bool on)
{
    if (m_crosshairButton->defaultAction()->isChecked() != on) {
        m_crosshairButton->defaultAction()->setChecked(on);
    }
    for (MprView *view : m_panels) {
        view->setCrosshairMode(on);
    }
}

void DceLayout::setOrientation(MprOrientation orientation)
{
    const int index = m_orientationBox->findData(int(orientation));
    if (m_orientationBox->currentIndex() != index) {
        m_orientationBox->setCurrentIndex(index); // re-enters through currentIndexChanged
        return;
    }
    for (MprView *view : m_panels) {
        view->setOrientation(orientation);
    }
    expectFrames();
}

bool DceLayout::goToStrongestEnhancement()
{
    const auto map = m_session->kineticMap();
    if (!map || !map->hotspot) {
        return false;
    }
    const auto &v = map->hotspot->voxel;
    m_cursor->setPosition(map->labels.indexToLps(v[0], v[1], v[2]));
    return true;
}

bool DceLayout::isReady() const
{
    return m_waitingFor.isEmpty() && !m_session->isBusy();
}

void DceLayout::updateProgress(int percent, const QString &what)
{
    m_progress->setValue(percent);
    m_progress->setFormat(what + QStringLiteral(" %p%"));
}

void DceLayout::expectFrames()
{
    for (MprView *view : m_panels) {
        m_waitingFor.insert(view);
        view->update();
    }
    Q_EMIT readyChanged();
}

void DceLayout::onPanelRendered(VtkGlWidget *view)
{
    if (m_waitingFor.remove(view) && m_waitingFor.isEmpty()) {
        Q_EMIT readyChanged();
    }
}

void DceLayout::onBusyChanged()
{
    const bool busy = m_session->isBusy();
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    if (busy) {
        m_progress->setValue(0);
    }
    Q_EMIT readyChanged();
}

} // namespace oncoview::mri
