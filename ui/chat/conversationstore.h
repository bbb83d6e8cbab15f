// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QByteArray>
#include <QDateTime>
#include <QString>

// Local
#include "ui/chat/chattypes.h"

#include <vector>

namespace oncoview::chat {

struct StoredMessage
{
    qint64 id = 0;
    ChatRole role = ChatRole::User;
    QString text;
    QByteArray imagePng; // user turns: the exact image that was sent, if any
    QString imageCaption; // what the image was ("MRI axial view, slice 42")
    QDateTime created;
    QString model; // assistant turns: which backend answered
    double tokensPerSecond = 0.0;
    QString error; // assistant turns that failed or were stopped
};

// Chat history in SQLite (Qt Sql, QSQLITE), one conversation per study or slide key, so a
// study reopened next week shows what was asked about it. GUI thread; each store owns its
// own connection name, so several stores (and tests) can coexist.
class ConversationStore
{
public:
    ConversationStore() = default;
    ~ConversationStore();
    ConversationStore(const ConversationStore &) = delete;
    ConversationStore &operator=(const ConversationStore &) = delete;

    // Opens (creating) the database file; false and *error on failure.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const { return !m_connection.isEmpty(); }
    // <app data>/chat/conversations.sqlite
    static QString defaultPath();

    std::vector<StoredMessage> messages(const QString &key) const;
    QString title(const QString &key) const;
    // Adds a message at the end of `key`'s conversation (created with `title` if new);
    // returns its id, or 0 on failure.
    qint64 append(const QString &key, const QString &title, const StoredMessage &message);
    bool update(qint64 id, const QString &text, double tokensPerSecond, const QString &error,
                const QString &model);
    // Deletes message `id` and everything after it in its conversation (edit-and-resend and
    // regenerate replace the tail).
    bool truncateFrom(const QString &key, qint64 id);
    bool clear(const QString &key);
    QString lastError() const { return m_lastError; }

    // The conversation as Markdown, for a report. Images are written next to `markdownPath` as
    // <stem>-image-N.png and linked; returns false and *error when a file cannot be written.
    bool exportMarkdown(const QString &key, const QString &markdownPath,
                        QString *error = nullptr) const;
    // The Markdown text alone; image links point to imageNames[i] when given.
    QString markdown(const QString &key, const QStringList &imageNames = {}) const;

private:
    QString m_connection;
    mutable QString m_lastError;
};

} // namespace oncoview::chat
