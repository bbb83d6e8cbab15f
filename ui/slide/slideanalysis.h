// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QObject>
#include <QString>
#include <QTimer>

// Local
#include "inference/analysis/slidepipeline.h"
#include "inference/manifest.h"
#include "ui/analysis/analysisprovenance.h"
#include "ui/explanationsdock.h"
#include "viewers/slide/slidesource.h"

#include <memory>
#include <optional>

namespace oncoview::ui {

class InferenceService;

// A finished slide analysis as the window shows it.
struct SlideAnalysisOutcome
{
    inference::analysis::SlideAnalysisResult result;
    AnalysisProvenance provenance;
    QString slidePath;
};

// Runs a slide (MIL) package on a slide when the user asks: the whole pipeline (tissue, patch
// grid, reader threads, encoder batches, feature cache, aggregator) is one engine job, so it
// queues with the other AI work and is cancelled like it. Progress (patches/s, ETA) is polled
// from the job's counters, never pushed through the event loop per patch. GUI thread only.
class SlideAnalysis : public QObject
{
    Q_OBJECT
public:
    explicit SlideAnalysis(InferenceService *inference, QObject *parent = nullptr);
    ~SlideAnalysis() override;

    // The package to use; its manifest is read now so a bad package is reported at once.
    void setModelPackage(const QString &packageDir);
    QString modelPackage() const { return m_packageDir; }
    const std::optional<inference::Manifest> &manifest() const { return m_manifest; }
    bool isDemoPackage() const;

    // Starts on `source`; `userMpp` is the µm/px the user entered for a slide without one.
    void analyze(std::shared_ptr<slide::SlideSource> source, std::optional<double> userMpp = {});
    void cancel();
    bool isBusy() const { return m_jobId != 0; }
    const std::shared_ptr<const SlideAnalysisOutcome> &lastOutcome() const { return m_last; }

    static Explanation explain(const inference::Manifest &manifest,
                               const SlideAnalysisOutcome &outcome);
    // The Explanations line on attention rollout: where it agrees with MIL attention.
    static QString rolloutReason(const inference::Manifest &manifest,
                                 const inference::analysis::SlideAnalysisResult &result,
                                 const std::vector<inference::analysis::RankedPatch> &top);

Q_SIGNALS:
    void started(const QString &what);
    // done/total patches, patches per second and seconds left; stage "tissue", "patches", ...
    void progressed(const QString &stage, qint64 done, qint64 total, double perSecond, double eta);
    void finished(std::shared_ptr<const oncoview::ui::SlideAnalysisOutcome> outcome);
    // `needsMpp`: the slide has no µm/px; asking the user for it and analysing again can work.
    void failed(const QString &what, const QString &message, bool needsMpp);
    void busyChanged();

private:
    struct Shared;
    void pollProgress();

    InferenceService *m_inference;
    QString m_packageDir;
    std::optional<inference::Manifest> m_manifest;
    quint64 m_jobId = 0;
    std::shared_ptr<Shared> m_shared;
    std::shared_ptr<const SlideAnalysisOutcome> m_last;
    QTimer m_poll;
};

} // namespace oncoview::ui

Q_DECLARE_METATYPE(std::shared_ptr<const oncoview::ui::SlideAnalysisOutcome>)
