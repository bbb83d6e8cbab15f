// SPDX-License-Identifier: Apache-2.0
// The audit log: entries chained by hash, so an edited, inserted, removed or cut-off entry
// shows; identifiers only as hashes; exported as CSV.
#include <catch2/catch.hpp>

// Qt
#include <QFile>
#include <QTemporaryDir>

// Local
#include "ui/audit/auditlog.h"

using namespace oncoview::ui;

namespace {

AuditEntry exportEntry(const QString &detail)
{
    AuditEntry entry;
    entry.action = QStringLiteral("export.view-image");
    entry.inputs = {hashIdentifier(QStringLiteral("dicom:1.2.840.1"))};
    entry.outcome = QStringLiteral("succeeded");
    entry.detail = detail;
    return entry;
}

QList<QByteArray> lines(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll().trimmed().split('\n');
}

void rewrite(const QString &path, const QList<QByteArray> &content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content.join('\n') + '\n');
}

} // namespace

TEST_CASE("Audit entries chain and verify; identifiers are hashed", "[audit]")
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    CHECK(log.verify().intact());
    for (int i = 0; i < 5; ++i) {
        QString error;
        REQUIRE(log.append(exportEntry(QStringLiteral("PNG %1x").arg(i)), &error));
    }
    const std::vector<AuditEntry> entries = log.entries();
    REQUIRE(entries.size() == 5);
    CHECK(entries[0].sequence == 1);
    CHECK(entries[0].previousHash.isEmpty());
    CHECK(entries[4].previousHash == entries[3].hash);
    CHECK_FALSE(entries[2].user.isEmpty());
    CHECK(entries[2].time.timeSpec() == Qt::UTC);
    const AuditVerification ok = log.verify();
    CHECK(ok.intact());
    CHECK(ok.entries == 5);
    // The study UID is nowhere in clear.
    QFile raw(log.path());
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK_FALSE(raw.readAll().contains("1.2.840.1"));

    const QString csv = auditCsv(entries);
    CHECK(csv.count(QStringLiteral("\r\n")) == 6);
    CHECK(csv.contains(QStringLiteral("export.view-image,succeeded,\"PNG 3x\"")));
}

TEST_CASE("Tampering with the audit log shows", "[audit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
    AuditLog log(path);
    for (int i = 0; i < 4; ++i) {
        REQUIRE(log.append(exportEntry(QStringLiteral("entry %1").arg(i))));
    }
    const QList<QByteArray> original = lines(path);

    SECTION("an edited detail")
    {
        QList<QByteArray> edited = original;
        edited[1].replace("entry 1", "entry X");
        rewrite(path, edited);
        const AuditVerification v = log.verify();
        CHECK(v.firstBroken == 2);
        CHECK(v.problem.contains(QStringLiteral("changed")));
    }
    SECTION("a removed entry in the middle")
    {
        QList<QByteArray> removed = original;
        removed.removeAt(2);
        rewrite(path, removed);
        CHECK(log.verify().firstBroken == 3);
    }
    SECTION("entries cut off the end")
    {
        rewrite(path, original.mid(0, 2));
        const AuditVerification v = log.verify();
        CHECK_FALSE(v.intact());
        CHECK(v.problem.contains(QStringLiteral("4")));
    }
    SECTION("a line that is not an entry")
    {
        QList<QByteArray> garbage = original;
        garbage.insert(1, "not json");
        rewrite(path, garbage);
        CHECK(log.verify().firstBroken == 2);
    }
    SECTION("appending after a reopen continues the chain")
    {
        AuditLog again(path);
        REQUIRE(again.append(exportEntry(QStringLiteral("later"))));
        CHECK(again.verify().intact());
        CHECK(again.entries().back().sequence == 5);
    }
}

TEST_CASE("An audit log that cannot be written says so", "[audit]")
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AuditLog log(dir.filePath(QStringLiteral("file/audit.jsonl"))); // a file where a folder must be
    QString error;
    CHECK_FALSE(log.append(exportEntry(QString()), &error));
    CHECK(error.contains(QStringLiteral("audit")));
}
