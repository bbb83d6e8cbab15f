// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/dcesession.h"

#include "viewers/mri/dce/volumemath.h"

#include <QPointer>
#include <QtConcurrent>

#include <cmath>
#include <exception>

namespace oncoview::mri {

namespace {
// A job's answer: the value, or why there is none.
template<typename T> struct Outcome
{
    std::shared_ptr<T> value;
    QString error;
    bool cancelled = false;
};

// Runs work on the pool; progress (done, total) and the outcome reach `receiver` on the GUI
// thread unless it is gone. Exceptions become the outcome's error.
template<typename T, typename Work, typename OnProgress, typename OnDone>
void runJob(QObject *receiver, Work work, OnProgress onProgress, OnDone onDone)
{
    QPointer<QObject> guard(receiver);
    QtConcurrent::run([work, guard, onProgress]() {
        Outcome<T> out;
        const ProgressFn progress = [guard, onProgress](int done, int total) {
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, onProgress, done, total] {
                    if (guard) {
                        onProgress(done, total);
                    }
                },
                Qt::QueuedConnection);
        };
        try {
            out.value = std::make_shared<T>(work(progress));
        } catch (const AnalysisCancelled &) {
            out.cancelled = true;
        } catch (const std::exception &e) {
            out.error = QString::fromStdString(e.what());
        }
        return out;
    }).then(receiver, [guard, onDone](Outcome<T> out) {
        if (guard) {
            onDone(std::move(out));
        }
    });
}
} // namespace

DceStudy dceStudyFromSeries(const std::vector<std::shared_ptr<const Series>> &series)
{
    DceStudy study;
    for (const auto &s : series) {
        if (!s || s->phases.empty()) {
            continue;
        }
        const std::string &role = s->info.role;
        if (role == "dce" && s->phases.size() > 1 && !study.dce) {
            study.dce = s;
        } else if (role == "t2" && !study.t2) {
            study.t2 = s;
        } else if (role == "dwi" && !study.dwi) {
            study.dwi = s;
        } else if (role == "adc" && !study.adc) {
            study.adc = s;
        }
    }
    return study;
}

DceSession::DceSession(QObject *parent)
    : QObject(parent)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
}

DceSession::~DceSession()
{
    // Running jobs see the flag and stop early; their results are then dropped (guarded).
    m_cancel->store(true);
}

void DceSession::setStudy(const DceStudy &study)
{
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    ++m_generation;
    m_running = 0;
    m_study = study;
    m_phases.clear();
    m_maps.clear();
    m_adc.reset();
    m_adcProblem.clear();
    m_seconds.clear();
    if (m_study.dce) {
        m_seconds = dcePhaseSeconds(m_study.dce->info, 60.0, &m_timesAssumed);
        startPhases(m_motionCorrection);
    }
    startAdc();
    setBusyFlags();
}

void DceSession::setMotionCorrection(bool on)
{
    if (on == m_motionCorrection) {
        return;
    }
    m_motionCorrection = on;
    if (!m_study.dce) {
        return;
    }
    if (m_phases.count(on)) {
        Q_EMIT phasesReady();
        startKineticMap();
    } else {
        startPhases(on);
    }
}

void DceSession::setEnhancementThreshold(double percent)
{
    if (std::abs(percent - m_params.enhancementThresholdPercent) < 1e-9) {
        return;
    }
    m_params.enhancementThresholdPercent = percent;
    if (phases()) {
        startKineticMap();
    }
}

void DceSession::cancel()
{
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    ++m_generation; // drops whatever is still running
    m_running = 0;
    if (m_motionCorrection && !m_phases.count(true)) {
        m_motionCorrection = false;
        Q_EMIT motionCorrectionDropped();
        if (m_phases.count(false)) {
            Q_EMIT phasesReady();
            startKineticMap();
        } else if (m_study.dce) {
            startPhases(false);
        }
    }
    setBusyFlags();
}

const DcePhases *DceSession::phases() const
{
    const auto it = m_phases.find(m_motionCorrection);
    return it == m_phases.end() ? nullptr : &it->second;
}

std::shared_ptr<const KineticMap> DceSession::kineticMap() const
{
    const auto it = m_maps.find(mapKey());
    return it == m_maps.end() ? nullptr : it->second;
}

bool DceSession::isBusy() const
{
    return m_running > 0;
}

DceSession::MapKey DceSession::mapKey() const
{
    return {m_motionCorrection, int(std::lround(m_params.enhancementThresholdPercent * 10))};
}

void DceSession::startPhases(bool motionCorrect)
{
    const int generation = m_generation;
    const auto cancelFlag = m_cancel;
    const auto dce = m_study.dce;
    const QString what
        = motionCorrect ? tr("Motion correction and subtraction") : tr("Subtraction");
    ++m_running;
    setBusyFlags();
    runJob<DcePhases>(
        this,
        [dce, motionCorrect, cancelFlag](const ProgressFn &progress) {
            return prepareDcePhases(dce, motionCorrect, 0, progress, cancelFlag.get());
        },
        [this, generation, what](int done, int total) {
            if (generation == m_generation) {
                Q_EMIT progress(total > 0 ? 100 * done / total : 0, what);
            }
        },
        [this, generation, motionCorrect](Outcome<DcePhases> out) {
            if (generation != m_generation) {
                return;
            }
            --m_running;
            if (out.value) {
                m_phases[motionCorrect] = std::move(*out.value);
                if (motionCorrect == m_motionCorrection) {
                    Q_EMIT phasesReady();
                    startKineticMap();
                }
            } else if (!out.cancelled) {
                Q_EMIT failed(tr("DCE preparation failed: %1").arg(out.error));
                if (motionCorrect) {
                    this->cancel(); // back to uncorrected phases
                }
            }
            setBusyFlags();
        });
}

void DceSession::startKineticMap()
{
    const MapKey key = mapKey();
    if (m_maps.count(key)) {
        Q_EMIT kineticMapReady();
        return;
    }
    const DcePhases *current = phases();
    if (!current) {
        return;
    }
    const int generation = m_generation;
    const auto cancel = m_cancel;
    const auto phaseVolumes = current->phases;
    const auto seconds = m_seconds;
    const KineticParams params = m_params;
    ++m_running;
    setBusyFlags();
    runJob<KineticMap>(
        this,
        [phaseVolumes, seconds, params, cancel](const ProgressFn &) {
            return computeKineticMap(*phaseVolumes, seconds, params, cancel.get());
        },
        [](int, int) {},
        [this, generation, key](Outcome<KineticMap> out) {
            if (generation != m_generation) {
                return;
            }
            --m_running;
            if (out.value) {
                m_maps[key] = std::move(out.value);
                if (key == mapKey()) {
                    Q_EMIT kineticMapReady();
                }
            } else if (!out.cancelled) {
                Q_EMIT failed(tr("Kinetic map failed: %1").arg(out.error));
            }
            setBusyFlags();
        });
}

void DceSession::startAdc()
{
    if (m_study.adc) {
        m_adc = std::shared_ptr<const Volume>(m_study.adc, &m_study.adc->phases.front());
        Q_EMIT adcReady();
        return;
    }
    if (!m_study.dwi) {
        m_adcProblem = tr("No DWI series");
        Q_EMIT adcReady();
        return;
    }
    const int generation = m_generation;
    const auto dwi = m_study.dwi;
    ++m_running;
    runJob<Volume>(
        this, [dwi](const ProgressFn &) { return adcFromDwi(*dwi); }, [](int, int) {},
        [this, generation](Outcome<Volume> out) {
            if (generation != m_generation) {
                return;
            }
            --m_running;
            m_adc = out.value;
            m_adcProblem = out.error;
            Q_EMIT adcReady();
            setBusyFlags();
        });
}

void DceSession::setBusyFlags()
{
    const bool busy = isBusy();
    if (busy != m_wasBusy) {
        m_wasBusy = busy;
        Q_EMIT busyChanged(busy);
    }
}

} // namespace oncoview::mri
