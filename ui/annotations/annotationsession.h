// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/slide/annotations/annotationreadresult.h"

// Qt
#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace oncoview::slide {
class AnnotationAutosave;
class AnnotationModel;
} // namespace oncoview::slide

namespace oncoview::ui {

// The annotations of the open slide and where they live on disk. Each slide has its own
// document under `storageDir` (default: <AppDataLocation>/annotations), named after the
// slide's file and a hash of its absolute path. Every edit is journalled at once
// (AnnotationAutosave: atomic snapshot + fsync'ed journal), so a killed process loses no
// finished edit; a clean save (switching slides, quitting) writes the document and removes
// the journal. Opening a slide whose journal outlived its document (the last session died)
// moves the journal aside and offers it through recoveryAvailable(): acceptRecovery() or
// discardRecovery(); until then it stays on disk, also across another crash. GUI thread.
class AnnotationSession : public QObject
{
    Q_OBJECT

public:
    explicit AnnotationSession(const QString &storageDir = {}, QObject *parent = nullptr);
    ~AnnotationSession() override;

    static QString defaultStorageDir();
    slide::AnnotationModel *model() const { return m_model; }

    // Saves the previous slide's annotations, then loads `slidePath`'s document and checks
    // for a recovery. An empty path closes the slide.
    void openSlide(const QString &slidePath);
    QString slidePath() const { return m_slidePath; }
    // <storageDir>/<slide name>-<hash>.geojson; the autosave files sit beside it.
    QString documentPath() const;
    // Writes the document (atomically) and drops the journal. False with lastError().
    bool save();
    QString lastError() const { return m_lastError; }

    bool hasPendingRecovery() const { return m_pending.has_value(); }
    int pendingRecoveryCount() const;
    QDateTime pendingRecoveryTime() const { return m_pendingTime; }
    // Replaces the annotations with the recovered ones and journals them at once.
    void acceptRecovery();
    void discardRecovery();

Q_SIGNALS:
    // The last session of this slide ended without saving; `count` annotations can be restored.
    void recoveryAvailable(int count, const QDateTime &lastEdit);
    void recoveryResolved();
    // A file could not be read or written (shown to the user; nothing is lost on disk).
    void problem(const QString &message);

private:
    QString basePath() const;
    QString pendingBasePath() const;
    void checkRecovery();
    void removePending();

    QString m_storageDir;
    QString m_slidePath;
    slide::AnnotationModel *m_model;
    std::unique_ptr<slide::AnnotationAutosave> m_autosave;
    std::optional<slide::AnnotationReadResult> m_pending;
    QDateTime m_pendingTime;
    QString m_lastError;
};

} // namespace oncoview::ui
