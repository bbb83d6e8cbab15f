// SPDX-License-Identifier: Apache-2.0
// The in-process chat backend: a causal LM package (inference/llm) on the engine thread, seen
// through the same ChatBackend contract as the HTTP client. The package is the demo model with
// untrained weights (quick to make); greedy decoding still makes its output deterministic.
#include <catch2/catch.hpp>

// Qt
#include <QComboBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Local
#include "chattesthelpers.h"
#include "inference/llm/demochat.h"
#include "ui/chat/chatsession.h"
#include "ui/chatdock.h"
#include "ui/inferenceservice.h"
#include "ui/localchatbackend.h"

using namespace oncoview;
using oncoview::testing::waitUntil;

namespace {

// One untrained demo package for the whole run.
QString demoPackage()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(QStringLiteral("tinylm-untrained"));
        const auto report = inference::llm::demo::writeDemoChatPackage(p.toStdString());
        REQUIRE(report.ok());
        return p;
    }();
    return path;
}

chat::ChatRequest question(int maxTokens)
{
    chat::ChatRequest request;
    request.turns.push_back({chat::ChatRole::User, QStringLiteral("What does this show?"), {}});
    request.maxTokens = maxTokens;
    return request;
}

struct Answer
{
    QString text;
    int deltas = 0;
    std::vector<chat::ChatFinish> finishes;
    std::vector<chat::ChatError> errors;
};

void record(ui::LocalChatBackend &backend, Answer &answer)
{
    QObject::connect(&backend, &chat::ChatBackend::delta, [&answer](const QString &text) {
        answer.text += text;
        ++answer.deltas;
    });
    QObject::connect(&backend, &chat::ChatBackend::finished,
                     [&answer](const chat::ChatFinish &f) { answer.finishes.push_back(f); });
    QObject::connect(&backend, &chat::ChatBackend::failed,
                     [&answer](const chat::ChatError &e) { answer.errors.push_back(e); });
}

} // namespace

TEST_CASE("LocalChatBackend streams a local model's answer and reports once", "[chat][local]")
{
    ui::InferenceService service;
    ui::LocalChatBackend backend(&service);
    backend.setPackageDir(demoPackage());
    CHECK_FALSE(backend.leavesThisComputer());
    CHECK(backend.imageSupport() == chat::ChatBackend::ImageSupport::No);

    Answer first;
    record(backend, first);
    backend.start(question(12));
    CHECK(backend.isBusy());
    CHECK(first.deltas == 0); // never emits from inside start()
    REQUIRE(waitUntil([&] { return !first.finishes.empty() || !first.errors.empty(); }, 60000));
    REQUIRE(first.errors.empty());
    REQUIRE(first.finishes.size() == 1);
    const chat::ChatFinish &finish = first.finishes.front();
    CHECK((finish.reason == QLatin1String("length") || finish.reason == QLatin1String("stop")));
    CHECK(finish.usage.promptTokens > 0);
    CHECK(finish.usage.completionTokens <= 12);
    CHECK(finish.deltaCount == first.deltas);
    CHECK_FALSE(backend.isBusy());

    // Greedy decoding through the engine: the same question gives the same answer.
    Answer second;
    ui::LocalChatBackend again(&service);
    again.setPackageDir(demoPackage());
    record(again, second);
    again.start(question(12));
    REQUIRE(waitUntil([&] { return !second.finishes.empty() || !second.errors.empty(); }, 60000));
    CHECK(second.text == first.text);
}

TEST_CASE("LocalChatBackend abort ends with 'aborted' and nothing after it", "[chat][local]")
{
    ui::InferenceService service;
    ui::LocalChatBackend backend(&service);
    backend.setPackageDir(demoPackage());
    Answer answer;
    record(backend, answer);
    backend.start(question(200));
    REQUIRE(waitUntil([&] { return answer.deltas > 0 || !answer.finishes.empty(); }, 60000));
    backend.abort();
    REQUIRE(answer.finishes.size() == 1);
    CHECK(answer.finishes.front().reason == QLatin1String("aborted"));
    const int deltasAtAbort = answer.deltas;
    // Let any engine callbacks already in flight arrive: they must be ignored.
    QTest::qWait(300);
    CHECK(answer.deltas == deltasAtAbort);
    CHECK(answer.finishes.size() == 1);
    CHECK(answer.errors.empty());
}

TEST_CASE("LocalChatBackend says clearly when the package is missing or not a chat model",
          "[chat][local]")
{
    ui::InferenceService service;
    ui::LocalChatBackend backend(&service);
    Answer none;
    record(backend, none);
    backend.start(question(4)); // no package chosen
    REQUIRE(waitUntil([&] { return !none.errors.empty(); }, 5000));
    CHECK(none.errors.front().message.contains(QLatin1String("No local chat model")));

    QTemporaryDir empty;
    ui::LocalChatBackend wrong(&service);
    wrong.setPackageDir(empty.path());
    Answer failed;
    record(wrong, failed);
    wrong.start(question(4));
    REQUIRE(waitUntil([&] { return !failed.errors.empty() || !failed.finishes.empty(); }, 30000));
    REQUIRE(failed.errors.size() == 1);
    CHECK(failed.errors.front().message.contains(QLatin1String("manifest")));
}

TEST_CASE("ChatDock answers with the local model when no server is set", "[chat][local][gui]")
{
    ui::InferenceService service;
    ui::ChatDock dock;
    dock.resize(480, 700);
    dock.show();
    dock.setCaptureProvider([](ui::ChatViewSource, bool) {
        ui::ChatViewCapture capture;
        capture.conversationKey = QStringLiteral("study:test-local");
        capture.conversationTitle = QStringLiteral("local test study");
        return capture;
    });
    dock.applySettings(chat::ChatSettings {}, {}); // nothing configured
    dock.setLocalBackend(new ui::LocalChatBackend(&service, &dock));
    dock.offerLocalPackage(demoPackage());
    REQUIRE(dock.activeBackend() != nullptr);
    CHECK_FALSE(dock.activeBackend()->leavesThisComputer());
    // A text-only model: the dock asks without an image instead of having it refused.
    auto *attach = dock.findChild<QComboBox *>(QStringLiteral("chatAttach"));
    REQUIRE(attach);
    CHECK(ui::ChatViewSource(attach->currentData().toInt()) == ui::ChatViewSource::None);
    dock.session()->clearConversation();

    auto *input = dock.findChild<QPlainTextEdit *>(QStringLiteral("chatInput"));
    REQUIRE(input);
    QTest::keyClicks(input, QStringLiteral("Hello?"));
    QTest::keyClick(input, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return dock.session()->isBusy(); }, 3000));
    REQUIRE(waitUntil([&] { return !dock.session()->isBusy(); }, 60000));
    const auto &messages = dock.session()->messages();
    REQUIRE(messages.size() == 2);
    CHECK(messages[1].role == chat::ChatRole::Assistant);
    CHECK(messages[1].error.isEmpty()); // no "not sent" refusal, no model failure
}
