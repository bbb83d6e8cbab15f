// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QMetaType>
#include <QObject>
#include <QString>

// Local
#include "inference/engine.h"
#include "inference/llm/localchat.h"

#include <memory>

namespace oncoview::ui {

// The Qt face of the inference engine: lives on the GUI thread, owns the engine (and so its
// thread), and re-emits the engine's callbacks as signals on the GUI thread. Results cross the
// thread as values only.
class InferenceService : public QObject
{
    Q_OBJECT
public:
    explicit InferenceService(QObject *parent = nullptr, inference::EngineOptions options = {});
    // Cancels everything, stops and joins the engine thread.
    ~InferenceService() override;

    // GUI thread (any thread is safe, but signals are meant for GUI-thread receivers).
    quint64 submit(inference::JobRequest request);
    bool cancel(quint64 id);
    // Queues a chat with a local causal LM package (inference/llm); the queue panel lists it.
    // Its text arrives as chatDelta(), its end as exactly one chatFinished().
    quint64 submitChat(inference::llm::ChatRequest request);
    QString stateText() const { return m_stateText; }
    QString device() const;

    static QString describe(const inference::EngineStatus &status);

Q_SIGNALS:
    // Emitted by submit(), so queue displays learn about every job.
    void submitted(quint64 id, const QString &label);
    void progress(quint64 id, double fraction);
    void finished(const oncoview::inference::JobResult &result);
    void failed(const oncoview::inference::JobError &error);
    void stateChanged(const QString &text);
    // A local chat's streamed text and its end (see submitChat).
    void chatDelta(quint64 id, const QString &text);
    void chatFinished(quint64 id, const oncoview::inference::llm::GenerationResult &result);

private:
    std::unique_ptr<inference::Engine> m_engine;
    QString m_stateText;
};

} // namespace oncoview::ui

Q_DECLARE_METATYPE(oncoview::inference::JobResult)
Q_DECLARE_METATYPE(oncoview::inference::JobError)
Q_DECLARE_METATYPE(oncoview::inference::llm::GenerationResult)
