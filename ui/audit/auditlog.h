// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace oncoview::ui {

// One thing OncoView did with a user's data: an analysis, an export, a chat question.
// Identifiers (study UIDs, slide and file paths) are recorded only as SHA-256 hashes: the log
// shows that the same study was analysed twice without naming it.
struct AuditEntry
{
    qint64 sequence = 0; // 1, 2, 3… in the file
    QDateTime time; // UTC, set by append()
    QString user; // the login name, set by append()
    QString action; // "analysis.mri", "analysis.slide", "export.view-image", "chat.send", …
    QStringList inputs; // hashIdentifier() of each input
    QString packageSha256; // the model file of the package that ran, if any
    QString endpoint; // the chat server (scheme://host:port), if any
    QString outcome; // "succeeded", "failed" or "cancelled"
    QString detail; // what kind (e.g. "PNG 2x, overlays"), or why it failed; no names or paths
    QString previousHash; // the hash of the entry before it ("" for the first)
    QString hash; // SHA-256 of this entry's other fields and previousHash
};

QString hashIdentifier(const QString &identifier);

// What verify() found.
struct AuditVerification
{
    int entries = 0;
    int firstBroken = 0; // 1-based line of the first entry that does not chain; 0: intact
    QString problem; // a sentence for the user; empty when intact
    bool intact() const { return problem.isEmpty(); }
};

// An append-only log, one JSON object per line, each entry chained to the previous one by its
// hash so that an edited, inserted or deleted line shows: verify() recomputes the chain. The
// newest sequence and hash are also kept in the settings, so cutting entries off the end
// shows too. Each append is flushed and synced to disk before it returns; a lock file keeps
// two OncoView processes from forking the chain. Any thread (one append at a time per file).
class AuditLog
{
public:
    explicit AuditLog(QString path);
    static QString defaultPath();
    QString path() const { return m_path; }

    // Fills sequence, time, user, previousHash and hash, and appends. False (and `error`)
    // when the log cannot be written: the caller tells the user, the work itself goes on.
    bool append(AuditEntry entry, QString *error = nullptr);

    // Every entry in the file, oldest first (lines that do not parse are skipped; verify()
    // reports them).
    std::vector<AuditEntry> entries() const;
    AuditVerification verify() const;

private:
    QString m_path;
};

// Who is at the computer: the login name (USER, LOGNAME, USERNAME), else the account's
// name, else its uid.
QString loginName();

// The entries as CSV (for an auditor's spreadsheet): time, user, action, outcome, detail,
// package, endpoint, inputs, sequence, hash.
QString auditCsv(const std::vector<AuditEntry> &entries);

} // namespace oncoview::ui
