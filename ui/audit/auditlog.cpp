// SPDX-License-Identifier: Apache-2.0
#include "ui/audit/auditlog.h"

// Qt
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>

#include <optional>

#include <pwd.h>
#include <unistd.h>

namespace oncoview::ui {

namespace {

// Where the newest entry is remembered, per log file.
QString headKey(const QString &path)
{
    return QStringLiteral("audit/head-")
        + hashIdentifier(QFileInfo(path).absoluteFilePath()).left(16);
}

// Used only inside AuditLog's members, where lupdate files the strings under the class.
QString tr(const char *text)
{
    return QCoreApplication::translate("oncoview::ui::AuditLog", text);
}

// Every field but the hash, in a fixed form (QJsonObject sorts its keys): what the hash covers.
QJsonObject body(const AuditEntry &e)
{
    return {{QStringLiteral("seq"), e.sequence},
            {QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)},
            {QStringLiteral("user"), e.user},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("inputs"), QJsonArray::fromStringList(e.inputs)},
            {QStringLiteral("package_sha256"), e.packageSha256},
            {QStringLiteral("endpoint"), e.endpoint},
            {QStringLiteral("outcome"), e.outcome},
            {QStringLiteral("detail"), e.detail},
            {QStringLiteral("prev"), e.previousHash}};
}

QString hashOf(const QJsonObject &fields)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

std::optional<AuditEntry> parse(const QByteArray &line, QJsonObject *fields)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    *fields = document.object();
    AuditEntry e;
    e.sequence = fields->value(QStringLiteral("seq")).toInteger();
    e.time = QDateTime::fromString(fields->value(QStringLiteral("time")).toString(),
                                   Qt::ISODateWithMs);
    e.user = fields->value(QStringLiteral("user")).toString();
    e.action = fields->value(QStringLiteral("action")).toString();
    for (const QJsonValue &input : fields->value(QStringLiteral("inputs")).toArray()) {
        e.inputs << input.toString();
    }
    e.packageSha256 = fields->value(QStringLiteral("package_sha256")).toString();
    e.endpoint = fields->value(QStringLiteral("endpoint")).toString();
    e.outcome = fields->value(QStringLiteral("outcome")).toString();
    e.detail = fields->value(QStringLiteral("detail")).toString();
    e.previousHash = fields->value(QStringLiteral("prev")).toString();
    e.hash = fields->value(QStringLiteral("hash")).toString();
    fields->remove(QStringLiteral("hash"));
    return e;
}

// The last complete line of the file (the tail is enough: entries are short).
QByteArray lastLine(QFile &file)
{
    const qint64 size = file.size();
    const qint64 from = std::max<qint64>(0, size - 65536);
    file.seek(from);
    const QList<QByteArray> lines = file.read(size - from).split('\n');
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
        if (!it->trimmed().isEmpty()) {
            return *it;
        }
    }
    return {};
}

QString csvField(QString text)
{
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

QString loginName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty()) {
            return name;
        }
    }
    // No login variables (a service, a container): the account's name, else its number.
    if (const passwd *account = getpwuid(getuid()); account && account->pw_name) {
        return QString::fromLocal8Bit(account->pw_name);
    }
    return QString::number(getuid());
}

QString hashIdentifier(const QString &identifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(identifier.toUtf8(), QCryptographicHash::Sha256).toHex());
}

AuditLog::AuditLog(QString path)
    : m_path(std::move(path))
{
}

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/audit/audit-log.jsonl");
}

bool AuditLog::append(AuditEntry entry, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error) {
            *error = tr("The audit log %1 cannot be written: %2").arg(m_path, why);
        }
        return false;
    };
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(5000)) {
        return fail(tr("another OncoView holds it"));
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append)) {
        return fail(file.errorString());
    }
    QJsonObject previous;
    const auto last = parse(lastLine(file), &previous);
    entry.sequence = last ? last->sequence + 1 : 1;
    entry.previousHash = last ? last->hash : QString();
    entry.time = QDateTime::currentDateTimeUtc();
    entry.user = loginName();
    QJsonObject fields = body(entry);
    entry.hash = hashOf(fields);
    fields.insert(QStringLiteral("hash"), entry.hash);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        return fail(file.errorString());
    }
    QSettings().setValue(headKey(m_path),
                         QStringLiteral("%1:%2").arg(entry.sequence).arg(entry.hash));
    return true;
}

std::vector<AuditEntry> AuditLog::entries() const
{
    std::vector<AuditEntry> all;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return all;
    }
    while (!file.atEnd()) {
        QJsonObject fields;
        if (auto entry = parse(file.readLine().trimmed(), &fields)) {
            all.push_back(std::move(*entry));
        }
    }
    return all;
}

AuditVerification AuditLog::verify() const
{
    AuditVerification result;
    QFile file(m_path);
    const QString head = QSettings().value(headKey(m_path)).toString();
    if (!file.open(QIODevice::ReadOnly)) {
        if (!head.isEmpty()) {
            result.problem = tr("The audit log is missing: it held entries up to number %1.")
                                 .arg(head.section(QLatin1Char(':'), 0, 0));
        }
        return result;
    }
    QString previousHash;
    qint64 sequence = 0;
    int line = 0;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine().trimmed();
        ++line;
        if (text.isEmpty()) {
            continue;
        }
        QJsonObject fields;
        const auto entry = parse(text, &fields);
        QString problem;
        if (!entry) {
            problem = tr("line %1 is not an audit entry").arg(line);
        } else if (entry->sequence != sequence + 1) {
            problem = tr("entry %1 follows entry %2: entries were removed or inserted")
                          .arg(entry->sequence)
                          .arg(sequence);
        } else if (entry->previousHash != previousHash) {
            problem = tr("entry %1 does not chain to the entry before it").arg(entry->sequence);
        } else if (hashOf(fields) != entry->hash) {
            problem = tr("entry %1 was changed after it was written").arg(entry->sequence);
        }
        if (!problem.isEmpty()) {
            result.firstBroken = line;
            result.problem = problem;
            return result;
        }
        ++result.entries;
        sequence = entry->sequence;
        previousHash = entry->hash;
    }
    if (!head.isEmpty() && head != QStringLiteral("%1:%2").arg(sequence).arg(previousHash)) {
        result.firstBroken = line + 1;
        result.problem = tr("the log ends at entry %1, but entries up to %2 were written")
                             .arg(sequence)
                             .arg(head.section(QLatin1Char(':'), 0, 0));
    }
    return result;
}

QString auditCsv(const std::vector<AuditEntry> &entries)
{
    QStringList lines {QStringLiteral(
        "time,user,action,outcome,detail,package_sha256,endpoint,inputs,sequence,hash")};
    for (const AuditEntry &e : entries) {
        lines << QStringList {e.time.toString(Qt::ISODateWithMs),
                              csvField(e.user),
                              e.action,
                              e.outcome,
                              csvField(e.detail),
                              e.packageSha256,
                              csvField(e.endpoint),
                              e.inputs.join(QLatin1Char(' ')),
                              QString::number(e.sequence),
                              e.hash}
                     .join(QLatin1Char(','));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

} // namespace oncoview::ui
