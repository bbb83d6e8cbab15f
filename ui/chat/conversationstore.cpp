// SPDX-License-Identifier: Apache-2.0
#include "ui/chat/conversationstore.h"

// Qt
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace oncoview::chat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oncoview::chat::ConversationStore", text);
}

const char *kSchema[] = {
    "CREATE TABLE IF NOT EXISTS conversations (key TEXT PRIMARY KEY, title TEXT NOT NULL, "
    "created TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY AUTOINCREMENT, "
    "conversation TEXT NOT NULL REFERENCES conversations(key) ON DELETE CASCADE, "
    "role TEXT NOT NULL, text TEXT NOT NULL, image BLOB, image_caption TEXT, "
    "created TEXT NOT NULL, model TEXT, tokens_per_second REAL, error TEXT)",
    "CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages(conversation, id)",
};

} // namespace

ConversationStore::~ConversationStore()
{
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString ConversationStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/chat/conversations.sqlite");
}

bool ConversationStore::open(const QString &path, QString *error)
{
    auto fail = [&](const QString &message) {
        m_lastError = message;
        if (error) {
            *error = message;
        }
        return false;
    };
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return fail(tr("Qt's SQLite driver (QSQLITE) is not installed, so chat history cannot be "
                       "kept (Debian package libqt6sql6-sqlite)."));
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString connection
        = QStringLiteral("oncoview-chat-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString message
                = tr("Cannot open the chat history %1: %2").arg(path, db.lastError().text());
            db = {};
            QSqlDatabase::removeDatabase(connection);
            return fail(message);
        }
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        // Write-ahead log: an answer saved while it streams costs an append, not a rewrite of
        // the page, and a crash mid-write leaves the last committed state readable.
        query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        for (const char *statement : kSchema) {
            if (!query.exec(QString::fromLatin1(statement))) {
                const QString message = tr("Cannot prepare the chat history %1: %2")
                                            .arg(path, query.lastError().text());
                query = QSqlQuery();
                db.close();
                db = {};
                QSqlDatabase::removeDatabase(connection);
                return fail(message);
            }
        }
    }
    m_connection = connection;
    return true;
}

std::vector<StoredMessage> ConversationStore::messages(const QString &key) const
{
    std::vector<StoredMessage> result;
    if (!isOpen()) {
        return result;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT id, role, text, image, image_caption, created, model, "
                                 "tokens_per_second, error FROM messages WHERE conversation = ? "
                                 "ORDER BY id"));
    query.addBindValue(key);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return result;
    }
    while (query.next()) {
        StoredMessage message;
        message.id = query.value(0).toLongLong();
        message.role = query.value(1).toString() == QLatin1String("assistant") ? ChatRole::Assistant
                                                                               : ChatRole::User;
        message.text = query.value(2).toString();
        message.imagePng = query.value(3).toByteArray();
        message.imageCaption = query.value(4).toString();
        message.created = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        message.model = query.value(6).toString();
        message.tokensPerSecond = query.value(7).toDouble();
        message.error = query.value(8).toString();
        result.push_back(std::move(message));
    }
    return result;
}

QString ConversationStore::title(const QString &key) const
{
    if (!isOpen()) {
        return {};
    }
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT title FROM conversations WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

qint64 ConversationStore::append(const QString &key, const QString &title,
                                 const StoredMessage &message)
{
    if (!isOpen()) {
        return 0;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // The conversation row and its message land together or not at all.
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO conversations (key, title, created) VALUES (?, ?, ?)"));
    query.addBindValue(key);
    query.addBindValue(title);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        db.rollback();
        return 0;
    }
    query.prepare(QStringLiteral(
        "INSERT INTO messages (conversation, role, text, image, image_caption, "
        "created, model, tokens_per_second, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(key);
    query.addBindValue(message.role == ChatRole::Assistant ? QStringLiteral("assistant")
                                                           : QStringLiteral("user"));
    query.addBindValue(message.text.isNull() ? QStringLiteral("") : message.text); // NOT NULL
    query.addBindValue(message.imagePng.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                  : QVariant(message.imagePng));
    query.addBindValue(message.imageCaption);
    query.addBindValue(
        (message.created.isValid() ? message.created : QDateTime::currentDateTimeUtc())
            .toString(Qt::ISODateWithMs));
    query.addBindValue(message.model);
    query.addBindValue(message.tokensPerSecond);
    query.addBindValue(message.error);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        db.rollback();
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        return 0;
    }
    return id;
}

bool ConversationStore::update(qint64 id, const QString &text, double tokensPerSecond,
                               const QString &error, const QString &model)
{
    if (!isOpen()) {
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral(
        "UPDATE messages SET text = ?, tokens_per_second = ?, error = ?, model = ? WHERE id = ?"));
    query.addBindValue(text.isNull() ? QStringLiteral("") : text);
    query.addBindValue(tokensPerSecond);
    query.addBindValue(error);
    query.addBindValue(model);
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool ConversationStore::truncateFrom(const QString &key, qint64 id)
{
    if (!isOpen()) {
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("DELETE FROM messages WHERE conversation = ? AND id >= ?"));
    query.addBindValue(key);
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool ConversationStore::clear(const QString &key)
{
    return truncateFrom(key, 0);
}

QString ConversationStore::markdown(const QString &key, const QStringList &imageNames) const
{
    const QString conversationTitle = title(key);
    QString out = QStringLiteral("# MedDr chat — %1\n\n")
                      .arg(conversationTitle.isEmpty() ? key : conversationTitle);
    out += tr("> Answers come from a language model that is not a validated clinical model. "
              "No answer is a diagnosis.\n\n");
    int imageIndex = 0;
    for (const StoredMessage &message : messages(key)) {
        const QString when
            = message.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        if (message.role == ChatRole::User) {
            out += QStringLiteral("## %1 (%2)\n\n").arg(tr("Question"), when);
            if (!message.imagePng.isEmpty()) {
                const QString name
                    = imageIndex < imageNames.size() ? imageNames[imageIndex] : QString();
                ++imageIndex;
                const QString caption
                    = message.imageCaption.isEmpty() ? tr("attached view") : message.imageCaption;
                out += name.isEmpty() ? QStringLiteral("*[%1]*\n\n").arg(caption)
                                      : QStringLiteral("![%1](%2)\n\n").arg(caption, name);
            }
            out += message.text + QStringLiteral("\n\n");
        } else {
            out += QStringLiteral("## %1 (%2%3)\n\n")
                       .arg(tr("Answer"),
                            message.model.isEmpty() ? QString()
                                                    : message.model + QStringLiteral(", "),
                            when);
            out += message.text + QStringLiteral("\n\n");
            if (!message.error.isEmpty()) {
                out += QStringLiteral("*%1*\n\n").arg(message.error);
            }
        }
    }
    return out;
}

bool ConversationStore::exportMarkdown(const QString &key, const QString &markdownPath,
                                       QString *error) const
{
    const QFileInfo target(markdownPath);
    QStringList imageNames;
    int index = 0;
    for (const StoredMessage &message : messages(key)) {
        if (message.imagePng.isEmpty()) {
            continue;
        }
        const QString name
            = QStringLiteral("%1-image-%2.png").arg(target.completeBaseName()).arg(++index);
        QSaveFile file(target.absoluteDir().filePath(name));
        if (!file.open(QIODevice::WriteOnly)
            || file.write(message.imagePng) != message.imagePng.size() || !file.commit()) {
            if (error) {
                *error = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
            }
            return false;
        }
        imageNames << name;
    }
    QSaveFile file(markdownPath);
    const QByteArray text = markdown(key, imageNames).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        if (error) {
            *error = tr("Cannot write %1: %2").arg(markdownPath, file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace oncoview::chat
