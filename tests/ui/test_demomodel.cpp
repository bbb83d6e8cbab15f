// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

// Qt
#include <QTemporaryDir>

// Local
#include "inference/demopackages.h"
#include "inference/metrics.h"
#include "inference/modelpackage.h"
#include "ui/demoassets.h"
#include "ui/mriinputs.h"
#include "viewers/mri/io/seriesloader.h"
#include "viewers/mri/io/studyscanner.h"

using namespace oncoview;

// The demo MRI model is trained on phantoms from the demo study generator, through the same
// input builder the app uses on a loaded study; it must separate held-out phantoms.
TEST_CASE("the demo MRI model separates held-out phantoms and flags the demo study",
          "[demo-model][long]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::filesystem::path package = dir.filePath(QStringLiteral("mome")).toStdString();
    const auto train
        = ui::demoTrainingPhantoms(ui::kDemoMomeTrainingPhantoms, ui::kDemoMomeTrainingSeed);
    const auto report
        = inference::demo::writeDemoMomePackage(package, train, ui::kDemoMomeModelSeed);
    INFO(report.error);
    REQUIRE(report.ok());
    WARN("demo MRI model trained in " << report.seconds << " s, final loss " << report.finalLoss);

    const auto heldOut = ui::demoTrainingPhantoms(48, 50000);
    const auto evaluation = inference::demo::evaluateMome(package, heldOut);
    INFO(evaluation.error);
    REQUIRE(evaluation.error.empty());
    CHECK(evaluation.malignancyAuc >= 0.95);
    // pCR is learnt from the phantoms' labels (small malignant lesions respond), not left as an
    // untrained head; benign held-out cases carry no pCR label and do not count.
    CHECK(evaluation.pcrAuc >= 0.8);
    WARN("held-out AUC: malignancy " << evaluation.malignancyAuc << ", pCR " << evaluation.pcrAuc);

    // The generated demo study (DICOM, read back through the scanner and loader) has a
    // wash-out lesion: the model must call it malignant.
    const auto scan = mri::scanStudy(ONCOVIEW_TEST_DEMO_DIR "/study");
    REQUIRE(scan.series.size() >= 3);
    std::vector<std::shared_ptr<const mri::Series>> series;
    for (const auto &info : scan.series) {
        series.push_back(std::make_shared<const mri::Series>(mri::loadSeries(info)));
    }
    const auto loaded = inference::loadPackage(package);
    REQUIRE(loaded);
    std::string why;
    const auto inputs
        = ui::mriModelInputs(ui::roleVolumes(series), loaded.package->manifest(), &why);
    INFO(why);
    REQUIRE(inputs);
    const auto outputs = loaded.package->run(*inputs);
    const auto &logits = outputs.at("malignancy").data;
    CHECK(inference::metrics::softmaxProbability(logits, 1) > 0.5);
}
