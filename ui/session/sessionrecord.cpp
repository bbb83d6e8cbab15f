// SPDX-License-Identifier: Apache-2.0
#include "ui/session/sessionrecord.h"

// Qt
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <sys/types.h>

namespace oncoview::ui {

namespace {

// Alive and OncoView: a record of a pid since reused by another program counts as left behind.
bool isRunningOncoView(qint64 pid)
{
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)) {
        return false;
    }
    const QString exe = QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).symLinkTarget();
    return exe.isEmpty() // not readable (another user): assume it is running
        || QFileInfo(exe).fileName()
        == QFileInfo(QCoreApplication::applicationFilePath()).fileName();
}

} // namespace

SessionRecord::SessionRecord(QString directory)
    : m_directory(std::move(directory))
{
}

QString SessionRecord::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/sessions");
}

QString SessionRecord::path() const
{
    return QDir(m_directory)
        .filePath(QStringLiteral("session-%1.json").arg(QCoreApplication::applicationPid()));
}

std::optional<SessionSnapshot> SessionRecord::takeUnfinished()
{
    std::optional<SessionSnapshot> newest;
    const QDir dir(m_directory);
    const QFileInfoList records
        = dir.entryInfoList({QStringLiteral("session-*.json")}, QDir::Files);
    for (const QFileInfo &record : records) {
        const qint64 pid = record.completeBaseName().section(QLatin1Char('-'), 1).toLongLong();
        if (pid == QCoreApplication::applicationPid() || isRunningOncoView(pid)) {
            continue;
        }
        QFile file(record.filePath());
        const QJsonObject json = file.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(file.read(1 << 20)).object()
            : QJsonObject();
        file.close();
        QFile::remove(record.filePath());
        SessionSnapshot snapshot;
        snapshot.study = json.value(QLatin1String("study")).toString();
        snapshot.slide = json.value(QLatin1String("slide")).toString();
        snapshot.dceLayout = json.value(QLatin1String("layout")).toString() == QLatin1String("dce");
        snapshot.updated
            = QDateTime::fromString(json.value(QLatin1String("updated")).toString(), Qt::ISODate);
        if (!snapshot.updated.isValid()) {
            snapshot.updated = record.lastModified();
        }
        if (!newest || snapshot.updated > newest->updated) {
            newest = snapshot;
        }
    }
    return newest;
}

void SessionRecord::write(const SessionSnapshot &snapshot)
{
    QDir().mkpath(m_directory);
    const QJsonObject json {
        {QStringLiteral("study"), snapshot.study},
        {QStringLiteral("slide"), snapshot.slide},
        {QStringLiteral("layout"),
         snapshot.dceLayout ? QStringLiteral("dce") : QStringLiteral("mpr")},
        {QStringLiteral("updated"), QDateTime::currentDateTime().toString(Qt::ISODateWithMs)}};
    QSaveFile file(path());
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(json).toJson());
        file.commit(); // a record that cannot be written costs the restore offer only
    }
}

void SessionRecord::finish()
{
    QFile::remove(path());
}

QStringList reopenArguments(const SessionSnapshot &snapshot)
{
    QStringList arguments;
    if (snapshot.dceLayout) {
        arguments << QStringLiteral("--layout") << QStringLiteral("dce");
    }
    for (const QString &path : {snapshot.study, snapshot.slide}) {
        if (!path.isEmpty()) {
            arguments << path;
        }
    }
    return arguments;
}

} // namespace oncoview::ui
