// SPDX-License-Identifier: Apache-2.0
#pragma once

// DIMSE (DICOM's own network protocol, PS3.7) with DCMTK, for archives without DICOMweb:
// C-ECHO, C-FIND (study root, study and series levels), C-GET, C-MOVE to our own storage SCP,
// and C-STORE. Each call opens one association, blocks until done and closes it: run them on a
// worker thread (DimseClient does). A failure comes back as a sentence for the user naming the
// archive and what to check. DCMTK stays inside the .cpp files.

// Qt
#include <QList>
#include <QString>
#include <QStringList>

// Local
#include "ui/pacs/pacstypes.h"

#include <atomic>
#include <functional>

namespace oncoview::ui::dimse {

// What a retrieval or store did; `error` empty when it went well.
struct Outcome
{
    int instances = 0; // stored by us (retrieve) or by the archive (store)
    int failed = 0; // sub-operations the archive reported failed or refused
    QString error;
};

// Called on the worker thread for each instance written whole: its path, the count so far and
// the bytes written.
using InstanceWritten = std::function<void(const QString &path, int instances, qint64 bytes)>;

QString echo(const PacsServer &server);
QList<StudyMatch> findStudies(const PacsServer &server, const StudyQuery &query,
                              const std::atomic<bool> &cancel, QString *error);
QList<SeriesMatch> findSeries(const PacsServer &server, const QString &studyUid,
                              const std::atomic<bool> &cancel, QString *error);
// IMAGE level: the series' instances and the values that tell its phases apart.
std::vector<mri::ListedInstance> findInstances(const PacsServer &server, const QString &studyUid,
                                               const QString &seriesUid,
                                               const std::atomic<bool> &cancel, QString *error);
// C-GET or C-MOVE (as the server says) of one series into `folder`, each instance written aside
// and renamed to <SOP Instance UID>.dcm, so a half-received file is never seen whole. A folder
// holding instances from a retrieval cut short is completed: only the instances it lacks (a
// C-FIND at image level tells which) are retrieved. `instances` in the outcome counts them all.
// `first` (SOP Instance UIDs) are retrieved on their own before the rest: an archive sends a
// series in its own order, so a DCE's first phase would otherwise be whole only near the end.
Outcome retrieveSeries(const PacsServer &server, const QString &studyUid, const QString &seriesUid,
                       const QString &folder, const std::atomic<bool> &cancel,
                       const InstanceWritten &written, const QStringList &first = {});
// C-STORE of DICOM files, each in its own transfer syntax (explicit little endian offered too).
Outcome storeFiles(const PacsServer &server, const QStringList &files);

} // namespace oncoview::ui::dimse
