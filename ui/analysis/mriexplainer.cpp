// SPDX-License-Identifier: Apache-2.0
#include "ui/analysis/mriexplainer.h"

// Local
#include "inference/modelpackage.h"
#include "ui/i18n/lowerlayertext.h"
#include "ui/inferenceservice.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace oncoview::ui {

namespace xai = inference::xai;

std::shared_ptr<mri::Volume> mapInPatientSpace(const std::vector<MriSideMap> &sides)
{
    // Bounds of every crop, in LPS mm of voxel centres; all crops share one spacing.
    std::array<double, 3> low, high, spacing {0, 0, 0};
    low.fill(std::numeric_limits<double>::max());
    high.fill(std::numeric_limits<double>::lowest());
    for (const MriSideMap &side : sides) {
        if (!side.grid || side.map.values.empty()) {
            continue;
        }
        const auto &g = *side.grid;
        const std::array<int64_t, 3> whd {g.dhw[2], g.dhw[1], g.dhw[0]};
        for (size_t a = 0; a < 3; ++a) {
            const double half = 0.5 * double(whd[a] - 1) * g.spacingMm[a];
            low[a] = std::min(low[a], g.centreLps[a] - half);
            high[a] = std::max(high[a], g.centreLps[a] + half);
            spacing[a] = g.spacingMm[a];
        }
    }
    if (spacing[0] <= 0) {
        return nullptr;
    }
    auto volume = std::make_shared<mri::Volume>();
    volume->spacing = spacing;
    volume->origin = low;
    for (size_t a = 0; a < 3; ++a) {
        volume->size[a] = int(std::lround((high[a] - low[a]) / spacing[a])) + 1;
    }
    volume->voxels.assign(volume->voxelCount(), 0.0f);
    std::vector<bool> written(volume->voxelCount(), false);
    for (const MriSideMap &side : sides) {
        if (!side.grid || side.map.values.empty()) {
            continue;
        }
        const auto &g = *side.grid;
        const int64_t d = g.dhw[0], h = g.dhw[1], w = g.dhw[2];
        // Index of the crop's voxel 0 in the volume.
        std::array<int, 3> offset {};
        for (size_t a = 0; a < 3; ++a) {
            const int64_t count = a == 0 ? w : (a == 1 ? h : d);
            const double first = g.centreLps[a] - 0.5 * double(count - 1) * g.spacingMm[a];
            offset[a] = int(std::lround((first - low[a]) / spacing[a]));
        }
        for (int64_t k = 0; k < d; ++k) {
            for (int64_t j = 0; j < h; ++j) {
                for (int64_t i = 0; i < w; ++i) {
                    const int64_t source = side.mirrored ? w - 1 - i : i;
                    const float value = side.map.values[size_t((k * h + j) * w + source)];
                    const int x = offset[0] + int(i), y = offset[1] + int(j),
                              z = offset[2] + int(k);
                    if (!volume->contains(x, y, z)) {
                        continue;
                    }
                    const size_t at = volume->offset(x, y, z);
                    volume->voxels[at] = written[at] ? std::max(volume->voxels[at], value) : value;
                    written[at] = true;
                }
            }
        }
    }
    return volume;
}

MriExplainer::MriExplainer(InferenceService *inference, QObject *parent)
    : QObject(parent)
    , m_inference(inference)
{
    connect(m_inference, &InferenceService::finished, this,
            [this](const inference::JobResult &result) {
                if (result.id != m_jobId || !m_pending) {
                    return;
                }
                m_jobId = 0;
                m_pending->seconds = result.seconds;
                m_pending->device = QString::fromStdString(result.device);
                m_pending->volume = mapInPatientSpace(m_pending->sides);
                m_last = std::exchange(m_pending, nullptr);
                Q_EMIT ready(m_last);
            });
    connect(m_inference, &InferenceService::failed, this, [this](const inference::JobError &error) {
        if (error.id != m_jobId) {
            return;
        }
        m_jobId = 0;
        m_pending.reset();
        if (!error.cancelled) {
            Q_EMIT failed(title(), lowerLayerText(error.message));
        }
    });
}

QString MriExplainer::title()
{
    return tr("Explanation map");
}

void MriExplainer::setAnalysis(const QString &packageDir,
                               std::shared_ptr<const MriPrepared> prepared,
                               const QString &modelName, const QStringList &provenance)
{
    m_packageDir = packageDir;
    m_prepared = std::move(prepared);
    m_modelName = modelName;
    m_provenance = provenance;
}

void MriExplainer::setAnalysisFrom(const MriExplainer &other)
{
    setAnalysis(other.m_packageDir, other.m_prepared, other.m_modelName, other.m_provenance);
}

void MriExplainer::clear()
{
    m_prepared.reset();
    m_last.reset();
}

void MriExplainer::explain(xai::Method method, const xai::Target &target, bool checkFaithfulness)
{
    if (!m_prepared) {
        Q_EMIT failed(title(), tr("Analyze the study first: the map explains a result."));
        return;
    }
    auto pending = std::make_shared<MriMapResult>();
    pending->method = method;
    pending->modelName = m_modelName;
    pending->provenance = m_provenance;
    inference::JobRequest request;
    request.packageDir = m_packageDir.toStdString();
    request.priority = inference::Priority::High;
    request.viewKey = "mri-explanation"; // a newer request (another method) supersedes this one
    request.label = title().toStdString();
    request.job = [pending, prepared = m_prepared, method, target,
                   checkFaithfulness](inference::JobContext &context) {
        const inference::ModelPackage &package = *context.package();
        const auto cancelled = [&context] { return context.isCancelled(); };
        const double parts = double(prepared->sides.size()) * (checkFaithfulness ? 2.0 : 1.0);
        double done = 0.0;
        const auto progress
            = [&](double fraction) { context.setProgress((done + fraction) / parts); };
        for (const SideInputs &side : prepared->sides) {
            xai::AttributionOptions options;
            options.method = method;
            options.target = target;
            MriSideMap result {side.side, side.grid, side.mirrored, {}, std::nullopt};
            result.map = xai::attribute(package, side.inputs, options, cancelled, progress);
            done += 1.0;
            if (checkFaithfulness) {
                result.faithfulness = xai::checkFaithfulness(package, side.inputs, result.map,
                                                             options, {}, cancelled, progress);
                done += 1.0;
            }
            pending->sides.push_back(std::move(result));
        }
        return inference::NamedTensors {};
    };
    m_pending = pending;
    Q_EMIT started(title());
    m_jobId = m_inference->submit(std::move(request));
}

} // namespace oncoview::ui
