// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

// Qt
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

// Local
#include "inference/manifest.h"
#include "ui/inferenceservice.h"
#include "ui/mrianalysis.h"

#include <thread>

using namespace oncoview;

namespace {

inference::Tensor zeros(const std::vector<int64_t> &shape)
{
    inference::Tensor tensor;
    tensor.shape = shape;
    tensor.data.assign(size_t(tensor.elementCount()), 0.0f);
    return tensor;
}

} // namespace

TEST_CASE("InferenceService delivers engine results on the GUI thread", "[inference-service]")
{
    ui::InferenceService service;
    QThread *guiThread = QThread::currentThread();
    QThread *deliveredOn = nullptr;
    std::thread::id workerThread;
    QObject::connect(&service, &ui::InferenceService::finished,
                     [&](const inference::JobResult &) { deliveredOn = QThread::currentThread(); });
    QSignalSpy finished(&service, &ui::InferenceService::finished);
    QSignalSpy progress(&service, &ui::InferenceService::progress);

    inference::JobRequest request;
    request.job = [&](inference::JobContext &context) {
        workerThread = std::this_thread::get_id();
        for (int batch = 1; batch <= 4; ++batch) {
            context.throwIfCancelled();
            context.setProgress(batch / 4.0);
        }
        return inference::NamedTensors {{"answer", zeros({1, 2})}};
    };
    const quint64 id = service.submit(std::move(request));
    REQUIRE(id > 0);
    REQUIRE(finished.wait(10000));
    CHECK(deliveredOn == guiThread);
    CHECK(workerThread != std::this_thread::get_id()); // the job itself ran on the engine thread
    const auto result = finished.front().front().value<inference::JobResult>();
    CHECK(result.id == id);
    CHECK(result.outputs.count("answer") == 1);
    CHECK(progress.size() >= 1);
}

TEST_CASE("InferenceService cancels a long job between batches", "[inference-service]")
{
    ui::InferenceService service;
    QSignalSpy failed(&service, &ui::InferenceService::failed);
    std::atomic<int> batchesRun {0};
    inference::JobRequest request;
    request.job = [&](inference::JobContext &context) {
        for (int batch = 0; batch < 10000; ++batch) {
            context.throwIfCancelled();
            ++batchesRun;
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        return inference::NamedTensors {};
    };
    const quint64 id = service.submit(std::move(request));
    QTest::qWait(50);
    CHECK(service.cancel(id));
    REQUIRE(failed.wait(5000));
    const auto error = failed.front().front().value<inference::JobError>();
    CHECK(error.id == id);
    CHECK(error.cancelled);
    CHECK(batchesRun.load() < 10000);
}

TEST_CASE("state text follows the engine", "[inference-service]")
{
    inference::EngineStatus status;
    CHECK(ui::InferenceService::describe(status).contains(QStringLiteral("idle")));
    status.state = inference::EngineState::Running;
    status.jobId = 7;
    status.queued = 2;
    CHECK(ui::InferenceService::describe(status).contains(QStringLiteral("7")));
    status.state = inference::EngineState::Error;
    status.message = "hash mismatch";
    CHECK(ui::InferenceService::describe(status).contains(QStringLiteral("hash mismatch")));
}

TEST_CASE("an explanation of an unvalidated model says so and names the leading modality",
          "[explanation]")
{
    inference::Manifest manifest;
    manifest.name = "demo";
    manifest.version = std::string("1"); // not = "1": GCC 12 -Wrestrict false positive (PR 105651)
    manifest.validated = false;
    manifest.modalities = {"dce", "t2", "dwi"};
    manifest.outputs = {{"malignancy", {1, 2}, {"benign", "malignant"}, ""},
                        {"gate_weights", {1, 3}, {}, "gate_weights"}};
    inference::JobResult result;
    result.outputs["malignancy"] = {{1, 2}, {0.0f, 2.0f}};
    result.outputs["gate_weights"] = {{1, 3}, {0.2f, 0.7f, 0.1f}};
    const ui::Explanation e = ui::MriAnalysis::explain(manifest, result);
    CHECK_FALSE(e.validated);
    REQUIRE(e.scores.size() == 1);
    REQUIRE(e.scores[0].second.size() == 2);
    CHECK(e.scores[0].second[1].first == QStringLiteral("malignant"));
    CHECK(e.scores[0].second[1].second == Approx(0.8808).epsilon(0.001)); // softmax of (0, 2)
    REQUIRE(e.contributions.size() == 3);
    CHECK(e.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("T2")));
}

TEST_CASE("a package that only claims validation keeps the label and the panel says why",
          "[explanation]")
{
    inference::Manifest manifest;
    manifest.name = "claims";
    manifest.version = std::string("1");
    manifest.validated = true; // a claim in the manifest, no signature behind it
    manifest.outputs = {{"malignancy", {1, 2}, {"benign", "malignant"}, ""}};
    ui::MriRun run;
    run.sides.push_back({{}, {{"malignancy", {{1, 2}, {0.0f, 1.0f}}}}, std::nullopt});
    ui::AnalysisProvenance provenance;
    provenance.manifestClaimsValidated = true;
    provenance.signature.status = inference::SignatureStatus::Absent;
    provenance.signature.message = "the manifest carries no signature";
    const ui::Explanation claimed = ui::MriAnalysis::explain(manifest, run, provenance);
    CHECK_FALSE(claimed.validated);
    CHECK(claimed.validationNote.contains(QStringLiteral("no signature")));

    provenance.signature.status = inference::SignatureStatus::Verified;
    const ui::Explanation verified = ui::MriAnalysis::explain(manifest, run, provenance);
    CHECK(verified.validated);
    CHECK(verified.validationNote.isEmpty());
}
