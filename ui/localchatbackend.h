// SPDX-License-Identifier: Apache-2.0
#pragma once

// Local
#include "ui/chat/chatbackend.h"

#include <cstdint>
#include <memory>

namespace oncoview::ui {

class InferenceService;

// The chat backend that runs a causal LM package (inference/llm) on the engine thread of this
// computer: nothing leaves the machine, so there is no endpoint to confirm. The engine reports
// deltas on its own thread; they come back to the GUI thread as queued calls through a relay
// that the destructor disconnects, so a chat still running when the dock goes away cannot call
// into a dead object. The packages this build can make (tinylm-demo) read text only.
class LocalChatBackend : public chat::ChatBackend
{
    Q_OBJECT
public:
    explicit LocalChatBackend(InferenceService *service, QObject *parent = nullptr);
    ~LocalChatBackend() override;

    void setPackageDir(const QString &directory);
    QString packageDir() const { return m_packageDir; }

    void start(const chat::ChatRequest &request) override;
    void abort() override;
    bool isBusy() const override { return m_jobId != 0; }
    QString description() const override;
    QString endpointId() const override;
    bool leavesThisComputer() const override { return false; }
    QByteArray requestPreview(const chat::ChatRequest &request) const override;
    ImageSupport imageSupport() const override { return ImageSupport::No; }

private:
    struct Relay;
    void onDelta(uint64_t jobId, const QString &text);
    void onDone(uint64_t jobId, int finishReason, const QString &error, int promptTokens,
                int completionTokens, double firstTokenSeconds, double seconds);

    InferenceService *m_service;
    QString m_packageDir;
    std::shared_ptr<Relay> m_relay;
    uint64_t m_jobId = 0; // the running chat, 0 when idle
    int m_deltaCount = 0;
};

} // namespace oncoview::ui
