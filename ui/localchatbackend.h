// SPDX-License-Identifier: Apache-2.0
#pragma once

// Local
#include "inference/llm/generation.h"
#include "ui/chat/chatbackend.h"

#include <cstdint>

namespace oncoview::ui {

class InferenceService;

// The chat backend that runs a causal LM package (inference/llm) on the engine thread of this
// computer: nothing leaves the machine, so there is no endpoint to confirm. Its text comes
// through InferenceService's chat signals, on the GUI thread. The packages this build can make
// (tinylm-demo) read text only.
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
    void onDelta(quint64 jobId, const QString &text);
    void onDone(quint64 jobId, const inference::llm::GenerationResult &result);

    InferenceService *m_service;
    QString m_packageDir;
    uint64_t m_jobId = 0; // the running chat, 0 when idle
    int m_deltaCount = 0;
};

} // namespace oncoview::ui
