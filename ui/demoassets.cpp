// SPDX-License-Identifier: Apache-2.0
#include "ui/demoassets.h"

#include "inference/llm/demochat.h"

// Qt
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

// Local
#include "inference/demopackages.h"
#include "ui/mriinputs.h"
#include "ui/slide/demoslidetraining.h"
#include "viewers/mri/io/breastphantom.h"
#include "viewers/mri/io/demostudywriter.h"
#include "viewers/slide/demoslidewriter.h"

#include <filesystem>
#include <stdexcept>

namespace oncoview::ui {

namespace fs = std::filesystem;

namespace {

// A part is complete when its folder holds this marker; it is written last. It holds the
// generation of the demo assets: a part from an older OncoView (e.g. a demo model without the
// feature map Grad-CAM reads, before generation 2) is rebuilt.
const char *const completeMarker = ".complete";
const char *const demoGeneration = "2";

void throwIfCancelled(const std::atomic<bool> *cancel)
{
    if (cancel && cancel->load()) {
        throw std::runtime_error("demo preparation cancelled");
    }
}

// Builds into "<target>.partial", then renames: readers never see a half-written part.
template<typename Writer> void writeAtomically(const fs::path &target, Writer &&write)
{
    const fs::path partial = target.string() + ".partial";
    fs::remove_all(partial);
    fs::create_directories(partial);
    write(partial);
    std::FILE *marker = std::fopen((partial / completeMarker).c_str(), "w");
    if (!marker || std::fputs(demoGeneration, marker) < 0) {
        if (marker) {
            std::fclose(marker);
        }
        throw std::runtime_error("cannot write " + (partial / completeMarker).string());
    }
    std::fclose(marker);
    fs::remove_all(target);
    fs::rename(partial, target);
}

bool isComplete(const QString &dir)
{
    QFile marker(dir + QLatin1Char('/') + QLatin1String(completeMarker));
    return marker.open(QIODevice::ReadOnly) && marker.readAll() == demoGeneration;
}

namespace demo = inference::demo;

// The demo model's canvas, without normalisation: the package normalises during training and
// its manifest asks the caller to normalise at run time, so samples stay raw here.
inference::Manifest demoCanvas(const demo::MomeLayout &layout)
{
    auto input = [&](const char *name, int64_t channels) {
        inference::ManifestInput in;
        in.name = name;
        in.kind = "volume";
        in.shape = {1, channels, demo::kMomeDepth, demo::kMomeHeight, layout.width};
        in.spacingMm = {demo::kMomeSpacingMm, demo::kMomeSpacingMm, demo::kMomeSpacingMm};
        return in;
    };
    inference::Manifest manifest;
    manifest.laterality = layout.laterality;
    manifest.inputs = {input("dce", demo::kMomeDcePhases), input("t2", 1),
                       input("dwi", demo::kMomeDwiChannels)};
    manifest.inputs.front().channels = layout.dceChannels;
    return manifest;
}

inference::Tensor withoutBatch(inference::Tensor tensor)
{
    tensor.shape.erase(tensor.shape.begin());
    return tensor;
}

// The malignant finding in a side's half of the body (the patient's left is +L; the phantoms
// are centred on the midline), or nothing.
const mri::PhantomFinding *malignantFinding(const mri::PhantomStudy &phantom,
                                            const std::string &side)
{
    for (const mri::PhantomFinding &finding : phantom.findings) {
        const bool onSide = side.empty() || (side == "left") == (finding.centreLps[0] > 0.0);
        if (finding.malignant && onSide) {
            return &finding;
        }
    }
    return nullptr;
}

// Phantoms go through the same input builder as a loaded study (mriModelInputsBySide): one
// sample per model run, labelled with what lies in that run's crop.
std::vector<demo::MriSample> samplesFromPhantom(const mri::PhantomStudy &phantom,
                                                const demo::MomeLayout &layout)
{
    std::string why;
    auto sides = mriModelInputsBySide(roleVolumes(phantom), demoCanvas(layout), &why, nullptr);
    if (!sides) {
        throw std::runtime_error("demo phantom does not fit the model: " + why);
    }
    std::vector<demo::MriSample> samples;
    for (SideInputs &side : *sides) {
        demo::MriSample sample;
        sample.dce = withoutBatch(std::move(side.inputs["dce"]));
        sample.t2 = withoutBatch(std::move(side.inputs["t2"]));
        sample.dwi = withoutBatch(std::move(side.inputs["dwi"]));
        const mri::PhantomFinding *cancer = malignantFinding(phantom, side.side);
        sample.malignant = cancer ? 1 : 0;
        // Only a cancer can respond: cases without one carry no pCR label.
        sample.pcr = cancer ? (cancer->radiusMm < kDemoPcrRadiusMm ? 1 : 0) : -1;
        samples.push_back(std::move(sample));
    }
    return samples;
}

} // namespace

mri::PhantomParams demoPhantomParams(int index)
{
    mri::PhantomParams params;
    params.size = {64, 64, 24};
    params.spacing = {3.0, 3.0, 4.0};
    params.malignant = index % 2 == 0;
    params.benign = true;
    params.randomFindings = true;
    return params;
}

int phantomPcr(const mri::PhantomStudy &phantom)
{
    const mri::PhantomFinding *cancer = malignantFinding(phantom, {});
    // No cancer, nothing to respond: not a pCR training case.
    return cancer ? (cancer->radiusMm < kDemoPcrRadiusMm ? 1 : 0) : -1;
}

std::vector<demo::MriSample> demoTrainingPhantoms(int count, uint32_t seed,
                                                  const std::atomic<bool> *cancel,
                                                  const demo::MomeLayout &layout)
{
    std::vector<demo::MriSample> samples;
    samples.reserve(size_t(count));
    for (int index = 0; index < count; ++index) {
        throwIfCancelled(cancel);
        const mri::PhantomParams params = demoPhantomParams(index);
        const mri::PhantomStudy phantom = mri::breastPhantom(params, seed + uint32_t(index));
        for (demo::MriSample &sample : samplesFromPhantom(phantom, layout)) {
            samples.push_back(std::move(sample));
        }
    }
    return samples;
}

demo::TrainingReport writePerBreastDemoModel(const std::filesystem::path &dir)
{
    const demo::MomeLayout layout = demo::perBreastMomeLayout();
    const auto samples
        = demoTrainingPhantoms(kDemoMomeTrainingPhantoms, kDemoMomeTrainingSeed, nullptr, layout);
    return demo::writeDemoMomePackage(dir, samples, kDemoMomeModelSeed, demo::kMomeTrainingSteps,
                                      layout);
}

QString defaultDemoRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/demo");
}

bool demoStudyExists(const DemoPaths &paths)
{
    return isComplete(paths.study());
}

bool demoSlideExists(const DemoPaths &paths)
{
    return QFileInfo::exists(paths.slide());
}

bool demoModelsExist(const QString &packagesDir)
{
    return isComplete(packagesDir + QStringLiteral("/mome-demo"))
        && isComplete(packagesDir + QStringLiteral("/abmil-demo"))
        && isComplete(packagesDir + QStringLiteral("/TransMIL-demo"));
}

void ensureDemoStudy(const DemoPaths &paths, const DemoProgress &progress,
                     const std::atomic<bool> *cancel)
{
    if (demoStudyExists(paths)) {
        return;
    }
    throwIfCancelled(cancel);
    progress(QObject::tr("Writing the demo MRI study (DICOM)"), 0);
    writeAtomically(fs::path(paths.study().toStdString()),
                    [](const fs::path &dir) { mri::writeDemoStudy(dir, 1); });
    progress(QObject::tr("Writing the demo MRI study (DICOM)"), 100);
}

void ensureDemoSlide(const DemoPaths &paths, const DemoProgress &progress,
                     const std::atomic<bool> *cancel)
{
    if (demoSlideExists(paths)) {
        return;
    }
    const QString stage = QObject::tr("Writing the demo slide (40000 × 30000 pyramidal TIFF)");
    progress(stage, 0);
    const fs::path target(paths.slide().toStdString());
    fs::create_directories(target.parent_path());
    const fs::path partial = target.string() + ".partial";
    slide::DemoSlideOptions options;
    options.progress = [&](double fraction) { progress(stage, int(fraction * 100.0)); };
    options.cancel = cancel;
    std::string error;
    if (!slide::writeDemoSlide(partial.string(), &error, options)) {
        fs::remove(partial);
        throw std::runtime_error(error);
    }
    fs::rename(partial, target);
    progress(stage, 100);
}

void ensureDemoModels(const QString &packagesDir, const DemoProgress &progress,
                      const std::atomic<bool> *cancel)
{
    const fs::path root(packagesDir.toStdString());
    if (!isComplete(packagesDir + QStringLiteral("/mome-demo"))) {
        const QString stage = QObject::tr("Training the demo MRI model on synthetic phantoms");
        progress(stage, 0);
        const auto samples
            = demoTrainingPhantoms(kDemoMomeTrainingPhantoms, kDemoMomeTrainingSeed, cancel);
        progress(stage, 30);
        writeAtomically(root / "mome-demo", [&](const fs::path &dir) {
            const demo::TrainingReport report
                = demo::writeDemoMomePackage(dir, samples, kDemoMomeModelSeed);
            if (!report.ok()) {
                throw std::runtime_error("demo MRI model: " + report.error);
            }
        });
        progress(stage, 100);
    }
    throwIfCancelled(cancel);
    const bool needAbmil = !isComplete(packagesDir + QStringLiteral("/abmil-demo"));
    const bool needTransMil = !isComplete(packagesDir + QStringLiteral("/TransMIL-demo"));
    if (needAbmil || needTransMil) {
        const QString stage = QObject::tr("Training the demo slide models on synthetic tissue");
        progress(stage, 0);
        const auto bags = demoSlideTrainingBags(kDemoMilTrainingBags, kDemoMilTrainingSeed, cancel);
        if (needAbmil) {
            writeAtomically(root / "abmil-demo", [&](const fs::path &dir) {
                const demo::TrainingReport report
                    = demo::writeDemoMilPackage(dir, bags, kDemoMilModelSeed);
                if (!report.ok()) {
                    throw std::runtime_error("demo slide model: " + report.error);
                }
            });
        }
        progress(stage, 60);
        throwIfCancelled(cancel);
        // The transformer aggregator shares the ABMIL package's encoder (and feature cost).
        // Its folder sorts before "abmil-demo", so ABMIL stays the library's default slide
        // model (the last valid one); the user picks TransMIL in the AI menu for rollout.
        writeAtomically(root / "TransMIL-demo", [&](const fs::path &dir) {
            const demo::TrainingReport report = demo::writeDemoTransMilPackage(
                dir, root / "abmil-demo", bags, kDemoMilModelSeed + 1);
            if (!report.ok()) {
                throw std::runtime_error("demo transformer slide model: " + report.error);
            }
        });
        progress(stage, 100);
    }
    throwIfCancelled(cancel);
    if (!isComplete(packagesDir + QStringLiteral("/tinylm-demo"))) {
        // The chat dock's offline answerer; builds in a .partial folder and renames itself.
        const QString stage = QObject::tr("Training the demo chat model (a toy, not MedDr)");
        progress(stage, 0);
        const std::string error = inference::llm::demo::ensureDemoChatPackage(root / "tinylm-demo");
        if (!error.empty()) {
            throw std::runtime_error("demo chat model: " + error);
        }
        progress(stage, 100);
    }
}

void writeLabelledPhantoms(const QString &dir, int count, uint32_t seed)
{
    QJsonArray labels;
    for (int index = 0; index < count; ++index) {
        const mri::PhantomParams params = demoPhantomParams(index);
        const QString name = QStringLiteral("phantom-%1").arg(index, 3, 10, QLatin1Char('0'));
        const fs::path study = fs::path(dir.toStdString()) / name.toStdString();
        mri::writePhantomStudy(study, params, seed + uint32_t(index));
        // The label comes from the same phantom the writer drew (same parameters and seed).
        const int pcr = phantomPcr(mri::breastPhantom(params, seed + uint32_t(index)));
        labels.append(
            QJsonObject {{QStringLiteral("study"), QString::fromStdString(study.string())},
                         {QStringLiteral("malignant"), params.malignant ? 1 : 0},
                         {QStringLiteral("pcr"), pcr}});
    }
    QSaveFile file(dir + QStringLiteral("/labels.json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(labels).toJson()) < 0
        || !file.commit()) {
        throw std::runtime_error("cannot write "
                                 + (dir + QStringLiteral("/labels.json")).toStdString());
    }
}

} // namespace oncoview::ui
