// SPDX-License-Identifier: Apache-2.0
#include "ui/analysis/analysisruns.h"

// Qt
#include <QDateTime>
#include <QJsonArray>
#include <QStandardPaths>

// Local
#include "inference/analysis/analysiserror.h"
#include "inference/analysis/sequenceshapley.h"
#include "inference/modelpackage.h"
#include "ui/mriinputs.h"

#include <chrono>
#include <thread>

namespace oncoview::ui {

namespace analysis = inference::analysis;

MriPrepared prepareMriInputs(const LoadedStudy &study, const inference::Manifest &manifest)
{
    return prepareMriInputs(study, manifest, guessInputMapping(study, manifest));
}

MriPrepared prepareMriInputs(const LoadedStudy &study, const inference::Manifest &manifest,
                             const StudyInputMapping &mapping)
{
    MriPrepared prepared;
    std::string why;
    std::optional<std::vector<SideInputs>> sides
        = mriModelInputsBySide(mappedVolumes(study, mapping), manifest, &why, &prepared.missing);
    if (!sides) {
        throw analysis::AnalysisError(analysis::AnalysisError::Kind::MissingInput, why);
    }
    prepared.sides = std::move(*sides);
    // Exactly the series each input was given: the provenance of the result.
    QJsonArray series;
    for (const auto &[input, index] : mapping) {
        if (index < 0 || size_t(index) >= study.series.size()) {
            continue;
        }
        const mri::SeriesInfo &info = study.series[size_t(index)]->info;
        series.append(QJsonObject {
            {QStringLiteral("role"), QString::fromStdString(input)},
            {QStringLiteral("uid"), QString::fromStdString(info.uid)},
            {QStringLiteral("description"), QString::fromStdString(info.description)},
            {QStringLiteral("phases"), int(study.series[size_t(index)]->phases.size())}});
    }
    prepared.inputJson
        = QJsonObject {{QStringLiteral("study"), study.path}, {QStringLiteral("series"), series}};
    return prepared;
}

MriRun runMriModel(const inference::ModelPackage &package, MriPrepared prepared,
                   const std::function<bool()> &isCancelled)
{
    const auto start = std::chrono::steady_clock::now();
    MriRun run;
    run.missingInputs = prepared.missing;
    for (SideInputs &side : prepared.sides) {
        MriSideRun one;
        one.side = side.side;
        if (package.manifest().masking == "zeros") {
            // The subset with every input present is the ordinary pass: no second run for it.
            one.shapley = analysis::sequenceShapley(package, side.inputs, isCancelled);
            one.outputs = std::move(one.shapley->allPresent);
        } else {
            one.outputs = package.run(std::move(side.inputs));
        }
        run.sides.push_back(std::move(one));
    }
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return run;
}

QString featureCacheDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("ONCOVIEW_FEATURE_CACHE");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/feature-cache");
}

analysis::SlideAnalysisOptions slideAnalysisOptions(std::optional<double> userMpp)
{
    analysis::SlideAnalysisOptions options;
    options.micronsPerPixel = userMpp;
    options.cacheDirectory = featureCacheDirectory().toStdString();
    // At least two readers, so one decodes while the other waits on the file; more than the
    // core count only competes with LibTorch's own threads (bench_analysis).
    options.readerThreads = std::clamp(int(std::thread::hardware_concurrency()), 2, 4);
    return options;
}

QJsonObject slideInputJson(const analysis::SlideAccess &slide)
{
    const analysis::SlideIdentity id = slide.identity();
    return QJsonObject {
        {QStringLiteral("slide"), QString::fromStdString(id.path)},
        {QStringLiteral("size_bytes"), qint64(id.fileSize)},
        {QStringLiteral("modified"),
         QDateTime::fromMSecsSinceEpoch(id.modifiedNs / 1000000, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("width"), qint64(id.width)},
        {QStringLiteral("height"), qint64(id.height)},
    };
}

} // namespace oncoview::ui
