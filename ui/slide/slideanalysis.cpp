// SPDX-License-Identifier: Apache-2.0
#include "ui/slide/slideanalysis.h"

// Local
#include "inference/analysis/analysiserror.h"
#include "inference/demopackages.h"
#include "inference/modelpackage.h"
#include "ui/analysis/analysisruns.h"
#include "ui/i18n/lowerlayertext.h"
#include "ui/inferenceservice.h"
#include "ui/slide/slideanalysisaccess.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <numeric>

namespace oncoview::ui {

namespace analysis = inference::analysis;

namespace {

const char *const viewKey = "slide-analysis";

QString title()
{
    return QObject::tr("Slide classifier");
}

} // namespace

// Written by the engine thread, read by the GUI thread's poll and after `finished`.
struct SlideAnalysis::Shared
{
    std::mutex mutex;
    analysis::SlideProgress progress;
    bool progressChanged = false;
    std::atomic<bool> needsMpp {false};
    std::shared_ptr<SlideAnalysisOutcome> outcome;
};

SlideAnalysis::SlideAnalysis(InferenceService *inference, QObject *parent)
    : QObject(parent)
    , m_inference(inference)
{
    m_poll.setInterval(200);
    connect(&m_poll, &QTimer::timeout, this, &SlideAnalysis::pollProgress);
    connect(m_inference, &InferenceService::finished, this,
            [this](const inference::JobResult &result) {
                if (result.id != m_jobId || !m_shared) {
                    return; // another job, or an older analysis that a newer one replaced
                }
                m_poll.stop();
                m_jobId = 0;
                m_last = std::exchange(m_shared, nullptr)->outcome;
                Q_EMIT busyChanged();
                Q_EMIT finished(m_last);
            });
    connect(m_inference, &InferenceService::failed, this, [this](const inference::JobError &error) {
        if (error.id != m_jobId || !m_shared) {
            return;
        }
        m_poll.stop();
        m_jobId = 0;
        const bool needsMpp = std::exchange(m_shared, nullptr)->needsMpp.load();
        Q_EMIT busyChanged();
        if (error.cancelled) {
            Q_EMIT failed(title(), tr("Cancelled; nothing was kept."), false);
        } else {
            Q_EMIT failed(title(), lowerLayerText(error.message), needsMpp);
        }
    });
}

SlideAnalysis::~SlideAnalysis() = default;

void SlideAnalysis::setModelPackage(const QString &packageDir)
{
    m_packageDir = packageDir;
    const inference::ManifestParse parsed = inference::readManifest(packageDir.toStdString());
    m_manifest = parsed.manifest;
    if (!m_manifest) {
        Q_EMIT failed(title(), lowerLayerText(parsed.error), false);
    }
}

bool SlideAnalysis::isDemoPackage() const
{
    return m_manifest
        && inference::demo::isDemoManifest(m_manifest->intendedUse, m_manifest->validated);
}

void SlideAnalysis::analyze(std::shared_ptr<slide::SlideSource> source,
                            std::optional<double> userMpp)
{
    if (!m_manifest || !source) {
        Q_EMIT failed(title(), tr("No slide model package is chosen (AI menu)."), false);
        return;
    }
    auto shared = std::make_shared<Shared>();
    auto access = std::make_shared<SlideAnalysisAccess>(source);
    const analysis::SlideAnalysisOptions options = slideAnalysisOptions(userMpp);
    inference::JobRequest request;
    request.packageDir = m_packageDir.toStdString();
    request.priority = inference::Priority::High;
    request.viewKey = viewKey; // a newer slide analysis replaces this one
    request.label = title().toStdString();
    request.job = [shared, access, options, packageDir = m_packageDir,
                   path = source->path()](inference::JobContext &context) {
        const inference::ModelPackage &package = *context.package();
        auto outcome = std::make_shared<SlideAnalysisOutcome>();
        // The provenance's package sha256 also keys the feature cache: hashed once.
        outcome->provenance
            = makeProvenance(package.manifest(), packageDir,
                             QString::fromStdString(package.device()), slideInputJson(*access));
        try {
            outcome->result = analysis::analyzeSlide(
                package, outcome->provenance.packageSha256.toStdString(), *access, options,
                [&](const analysis::SlideProgress &progress) {
                    const std::lock_guard lock(shared->mutex);
                    shared->progress = progress;
                    shared->progressChanged = true;
                    if (progress.total > 0) {
                        context.setProgress(double(progress.done) / double(progress.total));
                    }
                },
                [&context] { return context.isCancelled(); });
        } catch (const analysis::AnalysisError &error) {
            shared->needsMpp = error.kind() == analysis::AnalysisError::Kind::MissingInput
                && !access->micronsPerPixel() && !options.micronsPerPixel;
            throw;
        }
        outcome->provenance.time = QDateTime::currentDateTimeUtc(); // when it finished
        outcome->slidePath = path;
        const std::lock_guard lock(shared->mutex);
        shared->outcome = std::move(outcome);
        return inference::NamedTensors {};
    };
    if (m_jobId != 0) {
        m_inference->cancel(m_jobId);
    }
    m_shared = shared;
    m_jobId = m_inference->submit(std::move(request));
    m_poll.start();
    Q_EMIT busyChanged();
    Q_EMIT started(title());
}

void SlideAnalysis::cancel()
{
    if (m_jobId != 0) {
        m_inference->cancel(m_jobId);
    }
}

void SlideAnalysis::pollProgress()
{
    if (!m_shared) {
        return;
    }
    analysis::SlideProgress progress;
    {
        const std::lock_guard lock(m_shared->mutex);
        if (!std::exchange(m_shared->progressChanged, false)) {
            return;
        }
        progress = m_shared->progress;
    }
    Q_EMIT progressed(QString::fromStdString(progress.stage), progress.done, progress.total,
                      progress.patchesPerSecond, progress.etaSeconds);
}

QString SlideAnalysis::rolloutReason(const inference::Manifest &manifest,
                                     const analysis::SlideAnalysisResult &r,
                                     const std::vector<analysis::RankedPatch> &top)
{
    // Agreement of the two maps on the most attended patches: rollout follows the evidence
    // through every layer, MIL attention reads the last one.
    std::vector<size_t> order(r.rollout.size());
    std::iota(order.begin(), order.end(), 0);
    const size_t n = std::min(top.size(), order.size());
    std::partial_sort(order.begin(), order.begin() + long(n), order.end(),
                      [&](size_t a, size_t b) { return r.rollout[a] > r.rollout[b]; });
    size_t shared = 0;
    for (size_t i = 0; i < n; ++i) {
        shared += size_t(std::any_of(top.begin(), top.end(), [&](const analysis::RankedPatch &p) {
            return p.index == order[i];
        }));
    }
    const auto &strongest = r.grid.patches[order.front()];
    const double um = r.micronsPerPixel;
    const double half = r.grid.patchSideLevel0 * um / 2.0;
    const QString layer
        = manifest.rollout ? QString::fromStdString(manifest.rollout->layer) : QString();
    return tr("Attention rollout through the aggregator's layers%1 shares %2 of its %3 "
              "strongest patches with the attention map; its strongest patch is centred at "
              "(%4, %5) µm.")
        .arg(layer.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(layer))
        .arg(shared)
        .arg(n)
        .arg(double(strongest.x0) * um + half, 0, 'f', 0)
        .arg(double(strongest.y0) * um + half, 0, 'f', 0);
}

Explanation SlideAnalysis::explain(const inference::Manifest &manifest,
                                   const SlideAnalysisOutcome &outcome)
{
    const analysis::SlideAnalysisResult &r = outcome.result;
    Explanation e;
    e.title = title();
    e.modelName = QStringLiteral("%1 %2").arg(QString::fromStdString(manifest.name),
                                              QString::fromStdString(manifest.version));
    e.validated = outcome.provenance.isValidated();
    e.validationNote = outcome.provenance.validationNote();
    e.intendedUse = QString::fromStdString(manifest.intendedUse);
    e.seconds = r.totalSeconds;
    e.device = outcome.provenance.device;
    e.provenance = provenanceLines(outcome.provenance);
    QList<QPair<QString, double>> scores;
    for (const auto &[label, p] : r.probabilities) {
        scores.append({QString::fromStdString(label), p});
    }
    e.scores.append({tr("Slide (probability)"), scores});
    e.reasons << tr("%n tissue patch(es) at %1 µm/px were read and weighed by attention.", nullptr,
                    int(r.grid.patches.size()))
                     .arg(manifest.inputs.front().umPerPx.value_or(0.0), 0, 'g', 3);
    const auto top = r.topPatches(20);
    if (!top.empty()) {
        double share = 0.0;
        for (const auto &patch : top) {
            share += patch.attention;
        }
        e.reasons << tr("The %1 most attended patches carry %2% of the attention; they are "
                        "outlined in the heatmap and listed in the Slide analysis panel.")
                         .arg(top.size())
                         .arg(share * 100.0, 0, 'f', 0);
        // Where the strongest evidence lies, in µm from the slide's top-left corner, so it
        // can be found again in any viewer.
        const double um = r.micronsPerPixel;
        const double side = r.grid.patchSideLevel0 * um;
        QStringList places;
        for (size_t i = 0; i < top.size() && i < 3; ++i) {
            places << tr("(%1, %2) µm")
                          .arg((double(top[i].location.x0) * um) + side / 2.0, 0, 'f', 0)
                          .arg((double(top[i].location.y0) * um) + side / 2.0, 0, 'f', 0);
        }
        e.reasons << tr("The most attended patches (%1 µm squares) are centred at %2, from the "
                        "slide's top-left corner; attention is relative weight, not probability.")
                         .arg(side, 0, 'f', 0)
                         .arg(places.join(QStringLiteral(", ")));
    }
    if (!r.rollout.empty() && !top.empty()) {
        e.reasons << rolloutReason(manifest, r, top);
    } else if (!r.rolloutError.empty()) {
        e.reasons << tr("No attention rollout: %1").arg(QString::fromStdString(r.rolloutError));
    }
    if (r.cacheHit) {
        e.reasons << tr("Patch features came from the cache (same slide file and package).");
    } else if (r.resumedPatches > 0) {
        e.reasons << tr("The analysis resumed where an earlier run stopped: %1 of %2 patches "
                        "were encoded then; the rest at %3 patches/s.")
                         .arg(r.resumedPatches)
                         .arg(r.grid.patches.size())
                         .arg(r.patchesPerSecond, 0, 'f', 0);
    } else {
        e.reasons << tr("Patch features were computed at %1 patches/s and cached.")
                         .arg(r.patchesPerSecond, 0, 'f', 0);
    }
    if (r.micronsPerPixelFromUser) {
        e.reasons << tr("The slide's µm/px (%1) was entered by the user, not read from the file.")
                         .arg(r.micronsPerPixel);
    }
    if (!manifest.validated) {
        e.reasons << tr(
            "This model was trained on synthetic tissue; its scores say nothing about a patient.");
    }
    return e;
}

} // namespace oncoview::ui
