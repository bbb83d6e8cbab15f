// SPDX-License-Identifier: Apache-2.0
#include "ui/inferenceservice.h"
#include "ui/i18n/lowerlayertext.h"

// Qt
#include <QMetaObject>
#include <QPointer>

namespace oncoview::ui {

InferenceService::InferenceService(QObject *parent, inference::EngineOptions options)
    : QObject(parent)
    , m_stateText(tr("AI engine: idle"))
{
    // The callbacks run on the engine thread: each posts a copy of its value to this object's
    // thread. Posted calls die with this object, and the engine is joined before that.
    inference::EngineCallbacks callbacks;
    callbacks.progress = [this](uint64_t id, double fraction) {
        QMetaObject::invokeMethod(
            this, [this, id, fraction] { Q_EMIT progress(id, fraction); }, Qt::QueuedConnection);
    };
    callbacks.finished = [this](const inference::JobResult &result) {
        QMetaObject::invokeMethod(
            this, [this, result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
    };
    callbacks.failed = [this](const inference::JobError &error) {
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
    };
    callbacks.state = [this](const inference::EngineStatus &status) {
        const QString text = describe(status);
        QMetaObject::invokeMethod(
            this,
            [this, text] {
                m_stateText = text;
                Q_EMIT stateChanged(text);
            },
            Qt::QueuedConnection);
    };
    m_engine = std::make_unique<inference::Engine>(std::move(callbacks), options);
}

InferenceService::~InferenceService()
{
    m_engine.reset(); // cancel all, stop, join: no callback runs after this line
}

quint64 InferenceService::submit(inference::JobRequest request)
{
    const QString label = QString::fromStdString(request.label);
    const quint64 id = m_engine->submit(std::move(request));
    Q_EMIT submitted(id, label);
    return id;
}

quint64 InferenceService::submitChat(inference::llm::ChatRequest request)
{
    const QString label
        = tr("Chat with %1").arg(QString::fromStdString(request.packageDir.filename().string()));
    // Engine-thread callbacks, posted to this object's thread like the engine's own.
    const quint64 id = inference::llm::submitChat(
        *m_engine, std::move(request),
        [this](uint64_t chat, const std::string &delta) {
            const QString text = QString::fromStdString(delta);
            QMetaObject::invokeMethod(
                this, [this, chat, text] { Q_EMIT chatDelta(chat, text); }, Qt::QueuedConnection);
        },
        [this](uint64_t chat, const inference::llm::GenerationResult &result) {
            QMetaObject::invokeMethod(
                this, [this, chat, result] { Q_EMIT chatFinished(chat, result); },
                Qt::QueuedConnection);
        });
    Q_EMIT submitted(id, label);
    return id;
}

bool InferenceService::cancel(quint64 id)
{
    return m_engine->cancel(id);
}

QString InferenceService::device() const
{
    return QString::fromStdString(m_engine->device());
}

QString InferenceService::describe(const inference::EngineStatus &status)
{
    switch (status.state) {
    case inference::EngineState::Idle:
        return tr("AI engine: idle");
    case inference::EngineState::LoadingModel:
        return tr("AI engine: loading %1").arg(QString::fromStdString(status.message));
    case inference::EngineState::Running:
        return status.queued > 0
            ? tr("AI engine: running job %1 (%2 queued)").arg(status.jobId).arg(status.queued)
            : tr("AI engine: running job %1").arg(status.jobId);
    case inference::EngineState::Error:
        return tr("AI engine: error — %1").arg(lowerLayerText(status.message));
    }
    return {};
}

} // namespace oncoview::ui
