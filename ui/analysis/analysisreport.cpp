// SPDX-License-Identifier: Apache-2.0
#include "ui/analysis/analysisreport.h"

// Qt
#include <QJsonArray>

// Local
#include "inference/metrics.h"

namespace oncoview::ui {

namespace {

QJsonObject probabilitiesJson(const std::vector<std::pair<std::string, double>> &probabilities)
{
    QJsonObject json;
    for (const auto &[label, p] : probabilities) {
        json.insert(QString::fromStdString(label), p);
    }
    return json;
}

QJsonObject common(const AnalysisProvenance &provenance)
{
    return QJsonObject {
        {QStringLiteral("package"), provenance.packageJson()},
        {QStringLiteral("input"), provenance.inputs},
        {QStringLiteral("device"), provenance.device},
        {QStringLiteral("time"), provenance.time.toString(Qt::ISODateWithMs)},
        {QStringLiteral("not_a_diagnosis"), true},
    };
}

} // namespace

QJsonObject slideAnalysisJson(const inference::analysis::SlideAnalysisResult &result,
                              const AnalysisProvenance &provenance, int topPatches)
{
    QJsonObject json = common(provenance);
    json.insert(QStringLiteral("outputs"),
                QJsonObject {{QString::fromStdString(result.outputName),
                              probabilitiesJson(result.probabilities)}});
    json.insert(QStringLiteral("contributions"),
                QJsonObject {{QStringLiteral("attention"),
                              QStringLiteral("per patch; the top patches are listed")}});
    json.insert(QStringLiteral("seconds"), result.totalSeconds);
    json.insert(QStringLiteral("timings"),
                QJsonObject {{QStringLiteral("tissue"), result.tissueSeconds},
                             {QStringLiteral("encode"), result.encodeSeconds},
                             {QStringLiteral("aggregate"), result.aggregateSeconds},
                             {QStringLiteral("total"), result.totalSeconds}});
    json.insert(QStringLiteral("patches"), qint64(result.grid.patches.size()));
    json.insert(QStringLiteral("patches_per_second"), result.patchesPerSecond);
    json.insert(QStringLiteral("cache"),
                result.cacheHit                 ? QStringLiteral("hit")
                    : result.resumedPatches > 0 ? QStringLiteral("resumed")
                                                : QStringLiteral("miss"));
    json.insert(QStringLiteral("resumed_patches"), qint64(result.resumedPatches));
    json.insert(QStringLiteral("um_per_px"), result.micronsPerPixel);
    json.insert(QStringLiteral("um_per_px_source"),
                result.micronsPerPixelFromUser ? QStringLiteral("user") : QStringLiteral("file"));
    json.insert(QStringLiteral("tissue_fraction"), result.mask.tissueFraction());
    json.insert(QStringLiteral("patch_side_level0"), result.grid.patchSideLevel0);
    QJsonArray top;
    for (const inference::analysis::RankedPatch &patch : result.topPatches(size_t(topPatches))) {
        top.append(QJsonObject {{QStringLiteral("x"), qint64(patch.location.x0)},
                                {QStringLiteral("y"), qint64(patch.location.y0)},
                                {QStringLiteral("level"), patch.location.level},
                                {QStringLiteral("size"), result.grid.patchSideLevel0},
                                {QStringLiteral("attention"), double(patch.attention)}});
    }
    json.insert(QStringLiteral("top_patches"), top);
    if (!result.rollout.empty()) {
        // Attention rollout of every patch, in grid order (as "attention" is in the export).
        QJsonArray rollout;
        for (const float weight : result.rollout) {
            rollout.append(double(weight));
        }
        json.insert(QStringLiteral("rollout"), rollout);
    }
    if (!result.rolloutError.empty()) {
        json.insert(QStringLiteral("rollout_error"), QString::fromStdString(result.rolloutError));
    }
    return json;
}

namespace {

// Outputs and contributions of one model pass, under "outputs" and "contributions".
void insertSideRun(QJsonObject &json, const inference::Manifest &manifest, const MriSideRun &run)
{
    QJsonObject outputs, contributions;
    for (const inference::ManifestOutput &output : manifest.outputs) {
        const auto found = run.outputs.find(output.name);
        if (found == run.outputs.end()) {
            continue;
        }
        if (output.explains == "gate_weights") {
            QJsonObject gate;
            for (size_t k = 0; k < found->second.data.size(); ++k) {
                const QString name = k < manifest.inputs.size()
                    ? QString::fromStdString(manifest.inputs[k].name)
                    : QString::number(k);
                gate.insert(name, double(found->second.data[k]));
            }
            contributions.insert(QStringLiteral("gate_weights"), gate);
        } else if (!output.labels.empty()) {
            outputs.insert(QString::fromStdString(output.name),
                           probabilitiesJson(inference::metrics::labelledSoftmax(found->second.data,
                                                                                 output.labels)));
        }
    }
    if (run.shapley) {
        QJsonObject shapley;
        for (const auto &[name, values] : run.shapley->values) {
            QJsonObject perInput;
            for (size_t i = 0; i < values.size() && i < run.shapley->inputs.size(); ++i) {
                perInput.insert(QString::fromStdString(run.shapley->inputs[i]), values[i]);
            }
            perInput.insert(QStringLiteral("(all masked)"), run.shapley->withNone.at(name));
            shapley.insert(QString::fromStdString(name), perInput);
        }
        contributions.insert(QStringLiteral("shapley"), shapley);
    }
    json.insert(QStringLiteral("outputs"), outputs);
    json.insert(QStringLiteral("contributions"), contributions);
}

} // namespace

QJsonObject mriAnalysisJson(const inference::Manifest &manifest, const MriRun &run,
                            const AnalysisProvenance &provenance)
{
    QJsonObject json = common(provenance);
    if (manifest.isPerBreast()) {
        // One result per breast; the top level says how the package reads the study.
        QJsonObject sides;
        for (const MriSideRun &side : run.sides) {
            QJsonObject one;
            insertSideRun(one, manifest, side);
            sides.insert(QString::fromStdString(side.side), one);
        }
        json.insert(QStringLiteral("sides"), sides);
    } else if (!run.sides.empty()) {
        insertSideRun(json, manifest, run.sides.front());
    }
    json.insert(QStringLiteral("laterality"), QString::fromStdString(manifest.laterality));
    QJsonArray missing;
    for (const std::string &name : run.missingInputs) {
        missing.append(QString::fromStdString(name));
    }
    json.insert(QStringLiteral("missing_inputs"), missing);
    json.insert(QStringLiteral("seconds"), run.seconds);
    return json;
}

} // namespace oncoview::ui
