// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/annotations/annotationautosave.h"

#include "viewers/slide/annotations/annotationmodel.h"
#include "viewers/slide/annotations/geojsonio.h"

// Qt
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace oncoview::slide {

namespace {

// fsync() of the folder holding `path` (POSIX: makes a rename in it durable).
bool syncDirectoryOf(const QString &path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
    return true; // NTFS renames are journaled; there is no folder handle to flush
#else
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#endif
}

const QString kGenerationKey = QStringLiteral("oncoviewGeneration");
const QString kJournalMagic = QStringLiteral("oncoview-annotations-journal");

bool syncToDisk(QFile &file)
{
    if (!file.flush()) {
        return false;
    }
    // flush() only reaches the kernel; fsync makes the line survive a power cut, too.
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Applies one journal entry; false when it is not a valid entry.
bool replay(const QJsonObject &entry, QList<Annotation> &annotations)
{
    const QString op = entry.value(QStringLiteral("op")).toString();
    if (op == QLatin1String("del")) {
        const QString id = entry.value(QStringLiteral("id")).toString();
        annotations.removeIf([&](const Annotation &a) { return a.id == id; });
        return true;
    }
    Annotation a;
    if (op != QLatin1String("put")
        || !GeoJsonIo::fromFeature(entry.value(QStringLiteral("feature")).toObject(), &a,
                                   nullptr)) {
        return false;
    }
    for (Annotation &existing : annotations) {
        if (existing.id == a.id) {
            existing = a;
            return true;
        }
    }
    const int index = entry.value(QStringLiteral("index")).toInt(int(annotations.size()));
    annotations.insert(std::clamp<qsizetype>(index, 0, annotations.size()), a);
    return true;
}

void replayJournal(const QString &path, const QString &generation, AnnotationReadResult &result)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return; // no journal: the snapshot is the whole story
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    const QJsonObject header = QJsonDocument::fromJson(lines.value(0)).object();
    if (header.value(QStringLiteral("journal")).toString() != kJournalMagic
        || header.value(QStringLiteral("generation")).toString() != generation) {
        if (!lines.value(0).isEmpty()) {
            result.warnings << QStringLiteral("journal belongs to another snapshot: ignored");
        }
        return;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty()) {
            continue;
        }
        const QJsonObject entry = QJsonDocument::fromJson(lines.at(i)).object();
        if (!replay(entry, result.annotations)) {
            // The last line has no newline when the process died while writing it.
            result.warnings
                << (i == lines.size() - 1
                        ? QStringLiteral("last journal entry was cut off: skipped")
                        : QStringLiteral("journal line %1 unreadable: skipped").arg(i + 1));
        }
    }
}

} // namespace

AnnotationAutosave::AnnotationAutosave(AnnotationModel *model, const QString &basePath,
                                       int snapshotIntervalSeconds, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_basePath(basePath)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::max(1, snapshotIntervalSeconds) * 1000);
    connect(&m_timer, &QTimer::timeout, this, &AnnotationAutosave::writeSnapshot);
    m_syncTimer.setSingleShot(true);
    m_syncTimer.setInterval(1000);
    connect(&m_syncTimer, &QTimer::timeout, this, &AnnotationAutosave::syncJournal);
    connect(model, &AnnotationModel::annotationInserted, this, &AnnotationAutosave::onInserted);
    connect(model, &AnnotationModel::annotationChanged, this, &AnnotationAutosave::onChanged);
    connect(model, &AnnotationModel::annotationRemoved, this, &AnnotationAutosave::onRemoved);
    // A reset (another document loaded) must not be journalled on top of the old snapshot.
    connect(model, &AnnotationModel::modelReset, this, [this] { m_needsSnapshot = true; });
}

AnnotationAutosave::~AnnotationAutosave()
{
    if (m_syncTimer.isActive()) {
        syncJournal();
    }
    // Compact on a clean exit; the journal already holds every edit either way.
    if (m_timer.isActive() && m_model) {
        writeSnapshot();
    }
}

QString AnnotationAutosave::snapshotPathFor(const QString &basePath)
{
    return basePath + QStringLiteral(".autosave.geojson");
}

QString AnnotationAutosave::journalPathFor(const QString &basePath)
{
    return basePath + QStringLiteral(".autosave.journal");
}

bool AnnotationAutosave::writeSnapshot()
{
    if (!m_model) {
        return fail(QStringLiteral("autosave has no model"));
    }
    m_timer.stop();
    const QString generation = Annotation::newId();
    QJsonObject document = GeoJsonIo::toFeatureCollection(m_model->annotations());
    document.insert(kGenerationKey, generation);
    QSaveFile snapshot(snapshotPath());
    if (!snapshot.open(QIODevice::WriteOnly) || snapshot.write(compact(document)) < 0
        || !snapshot.commit()) {
        return fail(
            QStringLiteral("cannot write %1: %2").arg(snapshotPath(), snapshot.errorString()));
    }
    // QSaveFile synced the snapshot's bytes, but its rename lives in the directory: sync that
    // too before the journal is emptied, or a power cut could keep the old snapshot beside an
    // already emptied journal.
    if (!syncDirectoryOf(snapshotPath())) {
        return fail(QStringLiteral("cannot sync the folder of %1").arg(snapshotPath()));
    }
    // The snapshot is on disk: a crash from here on replays nothing stale, because the old
    // journal's generation no longer matches.
    m_journal.close();
    m_journal.setFileName(journalPath());
    if (!m_journal.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return fail(
            QStringLiteral("cannot open %1: %2").arg(journalPath(), m_journal.errorString()));
    }
    m_needsSnapshot = false;
    const QJsonObject header {{QStringLiteral("journal"), kJournalMagic},
                              {QStringLiteral("version"), 1},
                              {QStringLiteral("generation"), generation}};
    return appendLine(compact(header));
}

void AnnotationAutosave::discard()
{
    m_timer.stop();
    m_syncTimer.stop();
    m_journal.close();
    QFile::remove(snapshotPath());
    QFile::remove(journalPath());
    m_needsSnapshot = true;
}

void AnnotationAutosave::onInserted(int index, const QString &id)
{
    appendPut(index, id);
}

void AnnotationAutosave::onChanged(int index, const QString &id)
{
    appendPut(index, id);
}

void AnnotationAutosave::onRemoved(int, const QString &id)
{
    if (m_needsSnapshot) {
        writeSnapshot();
        return;
    }
    appendLine(
        compact({{QStringLiteral("op"), QStringLiteral("del")}, {QStringLiteral("id"), id}}));
}

void AnnotationAutosave::appendPut(int index, const QString &id)
{
    if (m_needsSnapshot) {
        writeSnapshot(); // the first edit: the snapshot already contains it
        return;
    }
    const Annotation &a = m_model->annotations().at(index);
    Q_ASSERT(a.id == id);
    appendLine(compact({{QStringLiteral("op"), QStringLiteral("put")},
                        {QStringLiteral("index"), index},
                        {QStringLiteral("feature"), GeoJsonIo::toFeature(a)}}));
}

bool AnnotationAutosave::appendLine(const QByteArray &line)
{
    // Handed to the kernel at once, so killing the process loses nothing; fsync'ed within a
    // second (syncJournal), so a power cut loses at most that. An fsync per line took ~4 ms
    // here, too much for every step of a drag.
    if (!m_journal.isOpen() || m_journal.write(line + '\n') < 0 || !m_journal.flush()) {
        return fail(
            QStringLiteral("cannot append to %1: %2").arg(journalPath(), m_journal.errorString()));
    }
    if (!m_syncTimer.isActive()) {
        m_syncTimer.start();
    }
    if (!m_timer.isActive() && line.contains("\"op\"")) {
        m_timer.start(); // the next snapshot compacts the journal
    }
    return true;
}

void AnnotationAutosave::syncJournal()
{
    m_syncTimer.stop();
    if (m_journal.isOpen() && !syncToDisk(m_journal)) {
        fail(QStringLiteral("cannot sync %1: %2").arg(journalPath(), m_journal.errorString()));
    }
}

bool AnnotationAutosave::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT failed(message);
    return false;
}

AnnotationReadResult AnnotationAutosave::recover(const QString &basePath)
{
    QFile file(snapshotPathFor(basePath));
    if (!file.open(QIODevice::ReadOnly)) {
        AnnotationReadResult result;
        result.error = QStringLiteral("no recovery snapshot at %1").arg(file.fileName());
        return result;
    }
    const QByteArray bytes = file.readAll();
    AnnotationReadResult result = GeoJsonIo::read(bytes);
    if (!result.ok()) {
        result.error = QStringLiteral("recovery snapshot unreadable: %1").arg(result.error);
        return result;
    }
    const QString generation
        = QJsonDocument::fromJson(bytes).object().value(kGenerationKey).toString();
    replayJournal(journalPathFor(basePath), generation, result);
    return result;
}

bool AnnotationAutosave::hasNewerRecovery(const QString &documentPath, const QString &basePath)
{
    const QFileInfo snapshot(snapshotPathFor(basePath));
    if (!snapshot.exists()) {
        return false;
    }
    const QFileInfo journal(journalPathFor(basePath));
    QDateTime newest = snapshot.lastModified();
    if (journal.exists()) {
        newest = std::max(newest, journal.lastModified());
    }
    const QFileInfo document(documentPath);
    return !document.exists() || newest > document.lastModified();
}

} // namespace oncoview::slide
