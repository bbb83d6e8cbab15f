// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QObject>
#include <QString>

// Local
#include "inference/job.h"
#include "inference/manifest.h"
#include "ui/analysis/analysisprovenance.h"
#include "ui/analysis/analysisreport.h"
#include "ui/analysis/analysisruns.h"
#include "ui/analysis/studyinputmapping.h"
#include "ui/explanationsdock.h"
#include "ui/studyloader.h"

#include <memory>
#include <optional>

namespace oncoview::ui {

class InferenceService;

// Runs the breast-MRI model package on a loaded study when asked (Analyze Study; the demo study
// with a demo package is the one case run on opening) and turns its outputs into an
// Explanation with provenance. Input preparation (resampling in patient space) runs on a pool
// thread; the model, its Shapley passes and the provenance (hashes) on the engine thread.
// GUI thread only.
class MriAnalysis : public QObject
{
    Q_OBJECT
public:
    MriAnalysis(InferenceService *inference, QObject *parent = nullptr);

    // The package to use; its manifest is read now so a bad package is reported at once.
    void setModelPackage(const QString &packageDir);
    QString modelPackage() const { return m_packageDir; }
    // The manifest of the chosen package, when it could be read.
    const std::optional<inference::Manifest> &manifest() const { return m_manifest; }
    // True for the demonstration packages OncoView trains itself.
    bool isDemoPackage() const;
    // Runs on `study` with each input's series as `mapping` says (default: the remembered or
    // guessed mapping, guessInputMapping).
    void analyze(const LoadedStudy &study, std::optional<StudyInputMapping> mapping = {});
    bool isBusy() const { return m_busy; }
    // The JSON of the last result (the CLI's shape), for exports and tests; empty before one.
    const QJsonObject &lastResultJson() const { return m_lastJson; }

    // Turns model outputs into what the user reads: scores, modality contributions, reasons.
    static Explanation explain(const inference::Manifest &manifest, const inference::JobResult &result);
    static Explanation explain(const inference::Manifest &manifest, const MriRun &run,
                               const AnalysisProvenance &provenance);

Q_SIGNALS:
    void started(const QString &what);
    void explanationReady(const oncoview::ui::Explanation &explanation);
    // With explanationReady: the package and the exact inputs the result came from, so its
    // explanation map is computed on the same inputs.
    void inputsAnalyzed(const QString &packageDir,
                        std::shared_ptr<const oncoview::ui::MriPrepared> prepared);
    void failed(const QString &what, const QString &message);
    void busyChanged();

private:
    void setBusy(bool busy);
    struct Outcome;
    void submit(std::shared_ptr<Outcome> outcome);

    InferenceService *m_inference;
    QString m_packageDir;
    std::optional<inference::Manifest> m_manifest;
    quint64 m_jobId = 0;
    std::shared_ptr<Outcome> m_pending;
    QJsonObject m_lastJson;
    bool m_busy = false;
};

} // namespace oncoview::ui
