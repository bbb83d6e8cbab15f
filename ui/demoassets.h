// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QMetaType>
#include <QString>

// Local
#include "inference/demopackages.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <vector>

namespace oncoview::mri {
struct PhantomParams;
struct PhantomStudy;
} // namespace oncoview::mri

namespace oncoview::ui {

// Where the generated demo study, slide and model packages live under one root folder.
struct DemoPaths
{
    QString root;
    QString study() const { return root + QStringLiteral("/study"); }
    QString slide() const { return root + QStringLiteral("/slide/oncoview-demo-slide.tif"); }
    QString models() const { return root + QStringLiteral("/models"); }
    QString momePackage() const { return models() + QStringLiteral("/mome-demo"); }
    QString milPackage() const { return models() + QStringLiteral("/abmil-demo"); }
    // The transformer aggregator over the same encoder, with attention rollout.
    QString transMilPackage() const { return models() + QStringLiteral("/TransMIL-demo"); }
};

// The per-user demo folder (generated on first use, never shipped or committed).
QString defaultDemoRoot();

// stage: what is being made; percent: 0..100 within that stage.
using DemoProgress = std::function<void(const QString &stage, int percent)>;

// Any thread. Each writer makes what is missing in a temporary sibling and renames it into
// place when complete, so an interrupted run never leaves a half-made part that looks whole.
// They throw std::runtime_error with a readable message on failure or cancel.
void ensureDemoStudy(const DemoPaths &paths, const DemoProgress &progress,
                     const std::atomic<bool> *cancel);
void ensureDemoSlide(const DemoPaths &paths, const DemoProgress &progress,
                     const std::atomic<bool> *cancel);
// Writes the demo model packages into `packagesDir` (<dir>/mome-demo, <dir>/abmil-demo,
// <dir>/TransMIL-demo).
void ensureDemoModels(const QString &packagesDir, const DemoProgress &progress,
                      const std::atomic<bool> *cancel);
bool demoStudyExists(const DemoPaths &paths);

// Labelled phantoms from the demo study generator on the demo MRI model's canvas: even
// indices have a wash-out lesion (malignant), all have a persistent benign structure. They go
// through the same input builder as a loaded study. Seeded; any thread.
// The training set of the shipped demo MRI model (ensureDemoModels); the demo-model test
// trains on exactly this, so what it checks is what the app ships.
inline constexpr int kDemoMomeTrainingPhantoms = 64;
inline constexpr uint32_t kDemoMomeTrainingSeed = 1000;
inline constexpr uint64_t kDemoMomeModelSeed = 7;
// The phantoms' pCR ground truth: a malignant lesion under this radius responds completely to
// neoadjuvant chemotherapy (small tumours respond more often; here it is a rule, so the demo
// model has something learnable). Cases without a malignant lesion carry no pCR label.
inline constexpr double kDemoPcrRadiusMm = 9.25;
int phantomPcr(const mri::PhantomStudy &phantom);
// The phantom of training index `index` (even: with a malignant lesion), seeded separately.
mri::PhantomParams demoPhantomParams(int index);
// Writes `count` labelled phantoms as DICOM studies <dir>/phantom-NNN (seeds seed..seed+count-1)
// and <dir>/labels.json [{"study", "malignant", "pcr"}]: held-out cases for the CLI.
void writeLabelledPhantoms(const QString &dir, int count, uint32_t seed);
// The per-breast variant of the demo MRI model (demo::perBreastMomeLayout: one result per
// breast, DCE as subtraction images), trained on the shipped model's phantoms. Not part of the
// demo; made on request (oncoview-cli make-demo-models --per-breast DIR). Blocking.
inference::demo::TrainingReport writePerBreastDemoModel(const std::filesystem::path &dir);
// One sample per phantom for the shipped (bilateral) layout; one per breast for a per-breast one,
// labelled with the malignant lesion in that breast.
std::vector<inference::demo::MriSample>
demoTrainingPhantoms(int count, uint32_t seed, const std::atomic<bool> *cancel = nullptr,
                     const inference::demo::MomeLayout &layout = {});
// The demo slide model learns from bags cut from synthetic tissue of another seed than the demo
// slide's (demoSlideTrainingBags), so the slide it is shown on is held out.
inline constexpr int kDemoMilTrainingBags = 60;
inline constexpr uint64_t kDemoMilTrainingSeed = 424242;
inline constexpr uint64_t kDemoMilModelSeed = 11;
bool demoSlideExists(const DemoPaths &paths);
bool demoModelsExist(const QString &packagesDir);

} // namespace oncoview::ui

Q_DECLARE_METATYPE(oncoview::ui::DemoPaths)
