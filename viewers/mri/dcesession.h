// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/mri/dcepreparation.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <map>
#include <memory>
#include <utility>

namespace oncoview::mri {

// The series a breast DCE reading uses; any may be missing except dce.
struct DceStudy
{
    std::shared_ptr<const Series> dce, t2, dwi, adc;
};

// Picks the first series of each role ("dce" with at least two phases, "t2", "dwi", "adc").
DceStudy dceStudyFromSeries(const std::vector<std::shared_ptr<const Series>> &series);

// Runs the DCE layout's heavy work on pool threads (QtConcurrent): motion correction,
// subtractions, the kinetic map and ADC, with progress and cancel, and caches the results
// (phases per motion-correction setting, kinetic maps per setting and threshold), so switching
// back and forth is instant. Results and signals arrive on the GUI thread; stale results (an
// older study or setting) are dropped. All methods: GUI thread.
class DceSession : public QObject
{
    Q_OBJECT
public:
    explicit DceSession(QObject *parent = nullptr);
    ~DceSession() override;

    // Cancels running work, clears the caches and starts preparing the new study.
    void setStudy(const DceStudy &study);
    const DceStudy &study() const { return m_study; }

    bool motionCorrection() const { return m_motionCorrection; }
    // Starts registration unless cached; phasesReady() follows.
    void setMotionCorrection(bool on);
    double enhancementThreshold() const { return m_params.enhancementThresholdPercent; }
    void setEnhancementThreshold(double percent);
    // Cancels motion correction (falls back to uncorrected phases) and any running job.
    void cancel();

    // Null until ready for the current setting.
    const DcePhases *phases() const;
    std::shared_ptr<const KineticMap> kineticMap() const;
    std::shared_ptr<const Volume> adc() const { return m_adc; } // from the ADC series or DWI
    QString adcProblem() const { return m_adcProblem; } // why there is no ADC, if none
    const std::vector<double> &seconds() const { return m_seconds; }
    bool timesAssumed() const { return m_timesAssumed; }
    KineticParams params() const { return m_params; }
    bool isBusy() const;

Q_SIGNALS:
    void phasesReady();
    void kineticMapReady();
    void adcReady();
    void progress(int percent, const QString &what);
    void busyChanged(bool busy);
    void failed(const QString &message);
    // Motion correction was cancelled or failed: the session is back on uncorrected phases.
    void motionCorrectionDropped();

private:
    using MapKey = std::pair<bool, int>; // motion corrected, threshold in 0.1 %
    MapKey mapKey() const;
    void startPhases(bool motionCorrect);
    void startKineticMap();
    void startAdc();
    void setBusyFlags();

    DceStudy m_study;
    std::vector<double> m_seconds;
    bool m_timesAssumed = false;
    bool m_motionCorrection = false;
    KineticParams m_params;
    int m_generation = 0;
    std::map<bool, DcePhases> m_phases;
    std::map<MapKey, std::shared_ptr<const KineticMap>> m_maps;
    std::shared_ptr<const Volume> m_adc;
    QString m_adcProblem;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    int m_running = 0;
    bool m_wasBusy = false;
};

} // namespace oncoview::mri
