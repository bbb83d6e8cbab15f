// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QLocale>
#include <QMetaObject>
#include <QObject>
#include <QPointer>

// Local
#include "ui/chat/chattypes.h"
#include "ui/report/casereport.h"

namespace oncoview::chat {
class ChatBackend;
}

namespace oncoview::ui {

// The case's structured data as the model reads it: study description, measurements, kinetic
// readings, AI results with their validation status, and the explanations' lines. Never the
// patient's name, ID, birth date or accession, and no image.
QString findingsFacts(const CaseReport &report);

// The request that asks the assistant (MedDr) for a findings draft of the case, in `language`.
chat::ChatRequest findingsDraftRequest(const CaseReport &report, const QLocale &language);

// Drafts the findings through a chat backend (the chat panel's, lent for the purpose): streams
// the answer, then drafted() or failed(). The caller marks the text AI-drafted. GUI thread.
class FindingsDrafter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~FindingsDrafter() override;

    // False (and nothing sent) when already drafting or without a backend.
    bool start(chat::ChatBackend *backend, const chat::ChatRequest &request);
    void cancel();
    bool isBusy() const { return !m_backend.isNull(); }

Q_SIGNALS:
    void progressed(const QString &textSoFar);
    // model: the backend's description, for the "AI-drafted by" note.
    void drafted(const QString &text, const QString &model);
    void failed(const QString &message);

private:
    void finish();

    QPointer<chat::ChatBackend> m_backend;
    QList<QMetaObject::Connection> m_connections;
    QString m_text;
    bool m_cancelled = false;
};

} // namespace oncoview::ui
