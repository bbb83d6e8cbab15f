// SPDX-License-Identifier: Apache-2.0
// The Analyze actions in the real window: nothing runs on a patient's data until asked, and the
// app reports the same numbers as `oncoview-cli analyze` on the same input.
#include <catch2/catch.hpp>

// Qt
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Local
#include "inference/demopackages.h"
#include "tests/ui/copytree.h"
#include "tests/viewers/mri/viewtestutil.h"
#include "ui/analysis/analysisreport.h"
#include "ui/analysis/mriexplainer.h"
#include "ui/audit/auditlog.h"
#include "ui/demoassets.h"
#include "ui/explanationsdock.h"
#include "ui/inferenceservice.h"
#include "ui/mainwindow.h"
#include "ui/mrianalysis.h"
#include "ui/slide/slideanalysis.h"
#include "ui/slide/slideanalysisdock.h"
#include "viewers/slide/slideview.h"

#include <cmath>

namespace {

const QString kDemo = QStringLiteral(ONCOVIEW_TEST_DEMO_DIR);

QJsonObject cliAnalyze(const QString &package, const QString &input, const QString &cache)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ONCOVIEW_FEATURE_CACHE"), cache);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ONCOVIEW_CLI),
                  {QStringLiteral("analyze"), QStringLiteral("--package"), package, input});
    REQUIRE(process.waitForFinished(600000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

// The window with the demo slide open and the demo slide package `package` chosen.
void showDemoSlide(oncoview::ui::MainWindow &window, const QString &package)
{
    window.slideAnalysis()->setModelPackage(kDemo + QStringLiteral("/models/") + package);
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openSlide(kDemo + QStringLiteral("/slide/oncoview-demo-slide.tif"));
    REQUIRE(QTest::qWaitFor([&] { return window.allViewsReady(); }, 120000));
}

// Equal up to float rounding: the engine thread and the CLI may split LibTorch's reductions
// over different thread counts, which changes the last bits, never more.
bool sameNumbers(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble()) {
        return std::abs(a.toDouble() - b.toDouble())
            <= 1e-6 * std::max(1.0, std::abs(a.toDouble()));
    }
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys()) {
            return false;
        }
        for (const QString &key : x.keys()) {
            if (!sameNumbers(x.value(key), y.value(key))) {
                return false;
            }
        }
        return true;
    }
    if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); ++i) {
            if (!sameNumbers(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }
    return a == b;
}

} // namespace

TEST_CASE("no model runs on a study that is not demo data until Analyze Study", "[gui][analysis]")
{
    if (!oncoview::mri::test::openGlOrSkip()) {
        return;
    }
    // The same phantom study, copied outside the demo folder: to OncoView it is a patient's.
    QTemporaryDir dir;
    REQUIRE(oncoview::test::copyTree(kDemo + QStringLiteral("/study"),
                                     dir.filePath(QStringLiteral("patient"))));
    oncoview::ui::InferenceService inference;
    QSignalSpy submitted(&inference, &oncoview::ui::InferenceService::submitted);
    oncoview::ui::MainWindow window(&inference);
    window.mriAnalysis()->setModelPackage(kDemo + QStringLiteral("/models/mome-demo"));
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openStudy(dir.filePath(QStringLiteral("patient")));
    REQUIRE(QTest::qWaitFor([&] { return window.allViewsReady(); }, 120000));
    QTest::qWait(500); // anything that would start on its own has had the chance
    CHECK(submitted.count() == 0);
    CHECK(window.explanations()->plainText().contains(QStringLiteral("No model has run")));

    window.analyzeStudy();
    REQUIRE(QTest::qWaitFor([&] { return !window.mriAnalysis()->isBusy(); }, 120000));
    CHECK(submitted.count() == 2); // the analysis, then its explanation map on the same inputs
    const QString text = window.explanations()->plainText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Malignancy")));
    CHECK(text.contains(QStringLiteral("Provenance")));
    CHECK(text.contains(QStringLiteral("Shapley")));
    CHECK(text.contains(QStringLiteral("Not a validated clinical model")));

    // The command line on the same study gives the same numbers.
    const QJsonObject gui = window.mriAnalysis()->lastResultJson();
    const QJsonObject cli = cliAnalyze(kDemo + QStringLiteral("/models/mome-demo"),
                                       dir.filePath(QStringLiteral("patient")),
                                       dir.filePath(QStringLiteral("cache")));
    CHECK(sameNumbers(gui.value(QStringLiteral("outputs")), cli.value(QStringLiteral("outputs"))));
    CHECK(sameNumbers(gui.value(QStringLiteral("contributions")),
                      cli.value(QStringLiteral("contributions"))));
    CHECK(gui.value(QStringLiteral("package")).toObject().value(QStringLiteral("sha256"))
          == cli.value(QStringLiteral("package")).toObject().value(QStringLiteral("sha256")));

    // The audit log has the analysis, with the package's model hash and the study only hashed.
    const std::vector<oncoview::ui::AuditEntry> audit = window.auditLog()->entries();
    const auto analysis = std::find_if(audit.rbegin(), audit.rend(), [](const auto &e) {
        return e.action == QLatin1String("analysis.mri");
    });
    REQUIRE(analysis != audit.rend());
    CHECK(analysis->outcome == QLatin1String("succeeded"));
    CHECK(analysis->packageSha256.size() == 64);
    CHECK(analysis->inputs.size() == 1);
    CHECK_FALSE(analysis->inputs.join(QString()).contains(QStringLiteral("patient")));
    CHECK(window.auditLog()->verify().intact());
}

// A per-breast package (one crop per breast, the right one mirrored; DCE as subtraction images)
// learns from the phantoms' per-side labels through the app's input path, and the app reports
// one result per side, the same as the command line.
TEST_CASE("a per-breast package gives one result per breast, in the app and the CLI",
          "[gui][analysis][demo-model][long]")
{
    if (!oncoview::mri::test::openGlOrSkip()) {
        return;
    }
    namespace demo = oncoview::inference::demo;
    namespace ui = oncoview::ui;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString package = dir.filePath(QStringLiteral("mome-per-breast"));
    const auto report = ui::writePerBreastDemoModel(package.toStdString());
    INFO(report.error);
    REQUIRE(report.ok());
    const auto heldOut = ui::demoTrainingPhantoms(48, 50000, nullptr, demo::perBreastMomeLayout());
    REQUIRE(heldOut.size() == 96); // one sample per breast
    const auto evaluation = demo::evaluateMome(package.toStdString(), heldOut);
    INFO(evaluation.error);
    REQUIRE(evaluation.error.empty());
    CHECK(evaluation.malignancyAuc >= 0.9); // per breast: which side holds the cancer
    CHECK(evaluation.pcrAuc >= 0.8);
    WARN("per-breast held-out AUC: malignancy " << evaluation.malignancyAuc << ", pCR "
                                                << evaluation.pcrAuc << "; trained in "
                                                << report.seconds << " s");

    ui::InferenceService inference;
    ui::MainWindow window(&inference);
    window.mriAnalysis()->setModelPackage(package);
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openStudy(kDemo + QStringLiteral("/study"));
    REQUIRE(QTest::qWaitFor([&] { return window.allViewsReady(); }, 120000));
    REQUIRE(QTest::qWaitFor([&] { return !window.mriAnalysis()->isBusy(); }, 120000));
    window.analyzeStudy();
    REQUIRE(QTest::qWaitFor([&] { return !window.mriAnalysis()->isBusy(); }, 120000));
    const QString text = window.explanations()->plainText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Left breast: Malignancy")));
    CHECK(text.contains(QStringLiteral("Right breast: Malignancy")));
    // The benign right breast gets no pCR bar: response is a question about a cancer.
    CHECK(text.contains(QStringLiteral("Left breast: Response")));
    CHECK_FALSE(text.contains(QStringLiteral("Right breast: Response")));
    CHECK(text.contains(QStringLiteral("Right breast: no pCR estimate")));
    window.grab().save(QStringLiteral(ONCOVIEW_TEST_OUTPUT_DIR "/mri-per-breast.png"));

    // Its explanation map covers both crops, the right one flipped back to where it lies.
    REQUIRE(QTest::qWaitFor(
        [&] { return !window.mriExplainer()->isBusy() && window.mriExplainer()->last(); }, 300000));
    const auto map = window.mriExplainer()->last();
    REQUIRE(map->sides.size() == 2);
    CHECK(map->sides[1].mirrored);
    REQUIRE(map->volume);
    // One grid spanning both breasts: wider than either crop.
    CHECK(map->volume->size[0] > map->sides[0].grid->dhw[2]);
    const QString mapText = window.explanations()->plainText();
    CHECK(mapText.contains(QStringLiteral("Left breast: The model gives")));
    CHECK(mapText.contains(QStringLiteral("Right breast: The model gives")));

    // The demo study's wash-out cancer is in the left breast, the benign finding in the right.
    const QJsonObject gui = window.mriAnalysis()->lastResultJson();
    CHECK(gui.value(QStringLiteral("laterality")).toString()
          == QStringLiteral("per_breast_mirrored"));
    const QJsonObject sides = gui.value(QStringLiteral("sides")).toObject();
    const auto malignant = [&](const char *side) {
        return sides.value(QLatin1String(side))
            .toObject()
            .value(QStringLiteral("outputs"))
            .toObject()
            .value(QStringLiteral("malignancy"))
            .toObject()
            .value(QStringLiteral("malignant"))
            .toDouble(-1.0);
    };
    CHECK(malignant("left") > 0.5);
    CHECK(malignant("right") >= 0.0);
    CHECK(malignant("right") < 0.5);
    const QJsonObject cli = cliAnalyze(package, kDemo + QStringLiteral("/study"),
                                       dir.filePath(QStringLiteral("cache")));
    CHECK(sameNumbers(gui.value(QStringLiteral("sides")), cli.value(QStringLiteral("sides"))));
}

TEST_CASE("Analyze Slide shows the attention heatmap and gallery, with the CLI's numbers",
          "[gui][analysis][slide]")
{
    if (!oncoview::mri::test::openGlOrSkip()) {
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    qputenv("ONCOVIEW_FEATURE_CACHE", dir.filePath(QStringLiteral("cache")).toUtf8());
    oncoview::ui::InferenceService inference;
    oncoview::ui::MainWindow window(&inference);
    showDemoSlide(window, QStringLiteral("abmil-demo"));
    CHECK_FALSE(window.slideAnalysis()->isBusy()); // not demo data of this session: not run

    // The analysis runs on the engine thread; the window only polls its progress. (How long the
    // GUI thread may stall meanwhile is measured by bench_analysis, not asserted here: a
    // timed check is not reliable among parallel tests on two cores.)
    window.analyzeSlide();
    CHECK(window.slideAnalysis()->isBusy());
    REQUIRE(QTest::qWaitFor([&] { return !window.slideAnalysis()->isBusy(); }, 600000));
    const auto outcome = window.slideAnalysis()->lastOutcome();
    REQUIRE(outcome);
    CHECK_FALSE(window.slideAnalysisDock()->heatmap().isEmpty());
    CHECK(window.slideAnalysisDock()->galleryCount() == 12);
    QTest::qWait(300);
    window.grab().save(QStringLiteral(ONCOVIEW_TEST_OUTPUT_DIR "/slide-analysis.png"));

    const QJsonObject gui = oncoview::ui::slideAnalysisJson(outcome->result, outcome->provenance);
    const QJsonObject cli = cliAnalyze(kDemo + QStringLiteral("/models/abmil-demo"),
                                       kDemo + QStringLiteral("/slide/oncoview-demo-slide.tif"),
                                       dir.filePath(QStringLiteral("cache")));
    CHECK(cli.value(QStringLiteral("cache")).toString() == QStringLiteral("hit"));
    CHECK(sameNumbers(gui.value(QStringLiteral("outputs")), cli.value(QStringLiteral("outputs"))));
    CHECK(sameNumbers(gui.value(QStringLiteral("top_patches")),
                      cli.value(QStringLiteral("top_patches"))));
    qunsetenv("ONCOVIEW_FEATURE_CACHE");
    const std::vector<oncoview::ui::AuditEntry> audit = window.auditLog()->entries();
    CHECK(std::any_of(audit.begin(), audit.end(), [](const auto &e) {
        return e.action == QLatin1String("analysis.slide")
            && e.outcome == QLatin1String("succeeded") && e.packageSha256.size() == 64;
    }));
}

TEST_CASE("The demo TransMIL package's attention rollout is offered, drawn and explained",
          "[gui][analysis][slide][rollout]")
{
    if (!oncoview::mri::test::openGlOrSkip()) {
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    qputenv("ONCOVIEW_FEATURE_CACHE", dir.filePath(QStringLiteral("cache")).toUtf8());
    oncoview::ui::InferenceService inference;
    oncoview::ui::MainWindow window(&inference);
    showDemoSlide(window, QStringLiteral("TransMIL-demo"));
    window.analyzeSlide();
    REQUIRE(QTest::qWaitFor([&] { return !window.slideAnalysis()->isBusy(); }, 600000));
    const auto outcome = window.slideAnalysis()->lastOutcome();
    REQUIRE(outcome);
    INFO(outcome->result.rolloutError);
    REQUIRE(outcome->result.rollout.size() == outcome->result.grid.patches.size());
    auto *dock = window.slideAnalysisDock();
    CHECK(dock->offersRollout());
    dock->setMap(oncoview::ui::SlideMap::Rollout);
    CHECK_FALSE(dock->heatmap().isEmpty());
    const QString text = window.explanations()->plainText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Attention rollout through the aggregator's layers")));
    QTest::qWait(300);
    window.grab().save(QStringLiteral(ONCOVIEW_TEST_OUTPUT_DIR "/slide-rollout.png"));
    // The CLI's JSON carries the same rollout.
    const QJsonObject cli = cliAnalyze(kDemo + QStringLiteral("/models/TransMIL-demo"),
                                       kDemo + QStringLiteral("/slide/oncoview-demo-slide.tif"),
                                       dir.filePath(QStringLiteral("cache")));
    const QJsonObject gui = oncoview::ui::slideAnalysisJson(outcome->result, outcome->provenance);
    CHECK(gui.value(QStringLiteral("rollout")).toArray().size()
          == qsizetype(outcome->result.grid.patches.size()));
    CHECK(sameNumbers(gui.value(QStringLiteral("rollout")), cli.value(QStringLiteral("rollout"))));
    qunsetenv("ONCOVIEW_FEATURE_CACHE");
}
