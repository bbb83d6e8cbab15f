// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QObject>
#include <QString>

// Local
#include "inference/job.h"
#include "inference/manifest.h"
#include "ui/explanationsdock.h"
#include "ui/studyloader.h"

#include <optional>

namespace oncoview::ui {

class InferenceService;

// Runs the breast-MRI model package on a loaded study through the inference engine and turns
// its outputs into an Explanation. Input preparation (resampling whole volumes) runs on a pool
// thread; the model runs on the engine thread. GUI thread only.
class MriAnalysis : public QObject
{
    Q_OBJECT
public:
    MriAnalysis(InferenceService *inference, QObject *parent = nullptr);

    // The package to use; its manifest is read now so a bad package is reported at once.
    void setModelPackage(const QString &packageDir);
    void analyze(const LoadedStudy &study);
    bool isBusy() const { return m_busy; }

    // Turns model outputs into what the user reads: scores, modality contributions, reasons.
    static Explanation explain(const inference::Manifest &manifest, const inference::JobResult &result);

Q_SIGNALS:
    void started(const QString &what);
    void explanationReady(const oncoview::ui::Explanation &explanation);
    void failed(const QString &what, const QString &message);
    void busyChanged();

private:
    void setBusy(bool busy);
    void submit(inference::NamedTensors inputs);

    InferenceService *m_inference;
    QString m_packageDir;
    std::optional<inference::Manifest> m_manifest;
    quint64 m_jobId = 0;
    bool m_busy = false;
};

} // namespace oncoview::ui
