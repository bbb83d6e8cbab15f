// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/slide/annotations/annotationreadresult.h"

// Qt
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace oncoview::slide {

class AnnotationModel;

// Crash-safe autosave of an AnnotationModel into two recovery files beside `basePath`:
//  - a snapshot (basePath + ".autosave.geojson"): the whole document as QuPath GeoJSON,
//    written atomically (QSaveFile) at most once per interval;
//  - a journal (basePath + ".autosave.journal"): one JSON line per edit (the changed
//    annotation with its index, or the removed id), appended and flushed to the kernel at
//    once, fsync'ed within a second.
// Killing the process therefore loses no finished edit; a power cut at most the last second. A
// snapshot starts a new journal; both carry a generation id, so a journal older than its snapshot
// is never replayed. Lives on and is called from the GUI thread (it listens to the model's
// signals).
class AnnotationAutosave : public QObject
{
    Q_OBJECT

public:
    // Nothing is written until the first edit; an existing recovery stays until then, so it
    // survives a second crash right after reopening.
    AnnotationAutosave(AnnotationModel *model, const QString &basePath,
                       int snapshotIntervalSeconds = 30, QObject *parent = nullptr);
    ~AnnotationAutosave() override;

    static QString snapshotPathFor(const QString &basePath);
    static QString journalPathFor(const QString &basePath);
    QString snapshotPath() const { return snapshotPathFor(m_basePath); }
    QString journalPath() const { return journalPathFor(m_basePath); }

    // Writes a snapshot now and starts an empty journal. False (and failed()) on an IO error.
    bool writeSnapshot();
    // The document was saved (or the user discarded the changes): removes both files. The
    // next edit starts afresh.
    void discard();
    QString lastError() const { return m_lastError; }

    // Any thread. Rebuilds the document: snapshot, then the journal lines of the same
    // generation. A torn last line (the process died while writing it) is skipped with a
    // warning. error when there is no snapshot or it is unreadable.
    static AnnotationReadResult recover(const QString &basePath);
    // Any thread. True when recovery files exist and are newer than `documentPath` (or the
    // document does not exist): the UI should offer recovery when opening it.
    static bool hasNewerRecovery(const QString &documentPath, const QString &basePath);

Q_SIGNALS:
    void failed(const QString &message);

private:
    void onInserted(int index, const QString &id);
    void onChanged(int index, const QString &id);
    void onRemoved(int index, const QString &id);
    void appendPut(int index, const QString &id);
    bool appendLine(const QByteArray &line);
    void syncJournal();
    bool fail(const QString &message);

    QPointer<AnnotationModel> m_model;
    QString m_basePath;
    QFile m_journal;
    QTimer m_timer;
    QTimer m_syncTimer; // fsync at most once a second: a drag must not wait for the disk
    bool m_needsSnapshot = true;
    QString m_lastError;
};

} // namespace oncoview::slide
