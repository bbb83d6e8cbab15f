// SPDX-License-Identifier: Apache-2.0
#include "ui/annotations/annotationsession.h"

#include "ui/i18n/lowerlayertext.h"
#include "viewers/slide/annotations/annotationautosave.h"
#include "viewers/slide/annotations/annotationmodel.h"
#include "viewers/slide/annotations/geojsonio.h"

// Qt
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace oncoview::ui {

using slide::AnnotationAutosave;

namespace {

void removeRecoveryFiles(const QString &base)
{
    QFile::remove(AnnotationAutosave::snapshotPathFor(base));
    QFile::remove(AnnotationAutosave::journalPathFor(base));
}

// Renames `from` to `to`, replacing `to`; a missing `from` is fine.
bool moveFile(const QString &from, const QString &to)
{
    if (!QFile::exists(from)) {
        return true;
    }
    QFile::remove(to);
    return QFile::rename(from, to);
}

QDateTime lastModified(const QString &base)
{
    const QFileInfo snapshot(AnnotationAutosave::snapshotPathFor(base));
    const QFileInfo journal(AnnotationAutosave::journalPathFor(base));
    return journal.exists() ? std::max(snapshot.lastModified(), journal.lastModified())
                            : snapshot.lastModified();
}

} // namespace

AnnotationSession::AnnotationSession(const QString &storageDir, QObject *parent)
    : QObject(parent)
    , m_storageDir(storageDir.isEmpty() ? defaultStorageDir() : storageDir)
    , m_model(new slide::AnnotationModel(this))
{
    // A clean quit saves; a crash leaves the journal, which the next open offers back.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] { save(); });
}

AnnotationSession::~AnnotationSession()
{
    // No save here: a window torn down without quitting keeps its journal, as a crash would.
    m_autosave.reset();
}

QString AnnotationSession::defaultStorageDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("annotations"));
}

QString AnnotationSession::documentPath() const
{
    if (m_slidePath.isEmpty()) {
        return {};
    }
    const QFileInfo slide(m_slidePath);
    // The name for people browsing the folder, the hash so equal names in two folders differ.
    const QByteArray hash
        = QCryptographicHash::hash(slide.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
              .toHex()
              .left(12);
    return QDir(m_storageDir)
        .filePath(QStringLiteral("%1-%2.geojson")
                      .arg(slide.completeBaseName(), QString::fromLatin1(hash)));
}

QString AnnotationSession::basePath() const
{
    QString path = documentPath();
    path.chop(int(QStringLiteral(".geojson").size()));
    return path;
}

QString AnnotationSession::pendingBasePath() const
{
    return basePath() + QStringLiteral(".crashed");
}

void AnnotationSession::openSlide(const QString &slidePath)
{
    if (!m_slidePath.isEmpty()) {
        save();
    }
    m_autosave.reset();
    m_pending.reset();
    m_slidePath = slidePath;
    QList<slide::Annotation> saved;
    if (!slidePath.isEmpty()) {
        QDir().mkpath(m_storageDir);
        const QString document = documentPath();
        if (QFile::exists(document)) {
            slide::AnnotationReadResult read = slide::GeoJsonIo::readFile(document);
            if (read.ok()) {
                saved = read.annotations;
            } else {
                // Keep the unreadable file for a person to look at; never overwrite it.
                const QString aside = document + QStringLiteral(".unreadable");
                moveFile(document, aside);
                Q_EMIT problem(tr("The saved annotations of this slide could not be read (%1); "
                                  "the file was kept as %2.")
                                   .arg(read.error, aside));
            }
        }
    }
    m_model->resetAnnotations(saved);
    if (slidePath.isEmpty()) {
        return;
    }
    checkRecovery();
    m_autosave = std::make_unique<AnnotationAutosave>(m_model, basePath(), 10);
    connect(m_autosave.get(), &AnnotationAutosave::failed, this, &AnnotationSession::problem);
}

// A journal newer than the document means the last session did not end cleanly. It is moved
// aside first, so the new session's autosave cannot overwrite it before the user decides.
void AnnotationSession::checkRecovery()
{
    const QString base = basePath();
    const QString pending = pendingBasePath();
    // Recovery files exist only when the last session ended without a clean save (a save
    // removes them), whatever the files' times say: a document copied or touched later must
    // not make unsaved edits vanish. Whether they hold anything new is decided by content below.
    if (QFile::exists(AnnotationAutosave::snapshotPathFor(base))) {
        if (QFile::exists(AnnotationAutosave::snapshotPathFor(pending))) {
            // A recovery the user never decided on, then another crash: keep the older one
            // under a dated name rather than lose it.
            const QString kept = pending
                + QDateTime::currentDateTime().toString(QStringLiteral("'-'yyyyMMdd-HHmmss"));
            moveFile(AnnotationAutosave::snapshotPathFor(pending),
                     AnnotationAutosave::snapshotPathFor(kept));
            moveFile(AnnotationAutosave::journalPathFor(pending),
                     AnnotationAutosave::journalPathFor(kept));
            Q_EMIT problem(tr("An older annotation recovery that was never restored or "
                              "discarded was kept as %1.")
                               .arg(AnnotationAutosave::snapshotPathFor(kept)));
        }
        if (!moveFile(AnnotationAutosave::snapshotPathFor(base),
                      AnnotationAutosave::snapshotPathFor(pending))
            || !moveFile(AnnotationAutosave::journalPathFor(base),
                         AnnotationAutosave::journalPathFor(pending))) {
            Q_EMIT problem(
                tr("Cannot move the annotation recovery files in %1 aside.").arg(m_storageDir));
            return;
        }
    }
    if (!QFile::exists(AnnotationAutosave::snapshotPathFor(pending))) {
        return;
    }
    slide::AnnotationReadResult recovered = AnnotationAutosave::recover(pending);
    if (!recovered.ok()) {
        Q_EMIT problem(tr("Annotation recovery files are unreadable: %1")
                           .arg(lowerLayerText(recovered.error)));
        return;
    }
    if (recovered.annotations == m_model->annotations()) {
        removePending(); // nothing that is not already saved
        return;
    }
    m_pendingTime = lastModified(pending);
    m_pending = std::move(recovered);
    Q_EMIT recoveryAvailable(int(m_pending->annotations.size()), m_pendingTime);
}

int AnnotationSession::pendingRecoveryCount() const
{
    return m_pending ? int(m_pending->annotations.size()) : 0;
}

void AnnotationSession::acceptRecovery()
{
    if (!m_pending) {
        return;
    }
    m_model->resetAnnotations(m_pending->annotations);
    m_pending.reset();
    // Journal the recovered state before dropping the moved-aside copy.
    if (m_autosave && m_autosave->writeSnapshot()) {
        removePending();
    }
    Q_EMIT recoveryResolved();
}

void AnnotationSession::discardRecovery()
{
    if (!m_pending) {
        return;
    }
    m_pending.reset();
    removePending();
    Q_EMIT recoveryResolved();
}

void AnnotationSession::removePending()
{
    removeRecoveryFiles(pendingBasePath());
}

bool AnnotationSession::save()
{
    if (m_slidePath.isEmpty()) {
        return true;
    }
    const QString document = documentPath();
    if (m_model->count() == 0 && !QFile::exists(document)) {
        if (m_autosave) {
            m_autosave->discard();
        }
        return true; // nothing to keep: no empty files for every slide ever opened
    }
    QString error;
    if (!slide::GeoJsonIo::writeFile(document, m_model->annotations(), &error)) {
        m_lastError = tr("Cannot save annotations to %1: %2").arg(document, error);
        Q_EMIT problem(m_lastError);
        return false; // the journal stays, so the edits are still recoverable
    }
    if (m_autosave) {
        m_autosave->discard();
    }
    return true;
}

} // namespace oncoview::ui
