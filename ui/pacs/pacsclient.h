// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QObject>
#include <QStringList>

// Local
#include "ui/pacs/pacstypes.h"

namespace oncoview::ui {

// What the PACS dialog and the senders ask of an archive, whatever the protocol: DICOMweb
// (DicomWebClient) or DIMSE (DimseClient). One request at a time; results come as signals on
// the GUI thread, and a cancelled request sends nothing more.
class PacsClient : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The client for `server`'s protocol.
    static PacsClient *create(const PacsServer &server, QObject *parent);

    virtual const PacsServer &server() const = 0;
    // Whether the archive answers, to these credentials or AE titles: connectionTested("") or
    // failed(why).
    virtual void testConnection() = 0;
    virtual void searchStudies(const StudyQuery &query) = 0;
    virtual void searchSeries(const QString &studyUid) = 0;
    // A series' instances with the values that tell its phases apart (mri::kPhaseLayoutTags), so
    // a retrieval can show the first phase before the rest is in: instancesFound.
    virtual void findInstances(const QString &studyUid, const QString &seriesUid) = 0;
    // Writes the series' instances into `folder` (created). What the folder holds from a
    // retrieval cut short is kept and only the instances it lacks are fetched; retrieved()
    // counts them all. `first` (SOP Instance UIDs, e.g. a DCE's first phase) is asked for
    // before the rest where the protocol lets the client choose the order: DIMSE, whose
    // archives send a series in no particular order. WADO-RS sends a series in the archive's
    // order (for Orthanc, the order it received it) and ignores it.
    virtual void retrieveSeries(const QString &studyUid, const QString &seriesUid,
                                const QString &folder, const QStringList &first)
        = 0;
    void retrieveSeries(const QString &studyUid, const QString &seriesUid, const QString &folder)
    {
        retrieveSeries(studyUid, seriesUid, folder, {});
    }
    virtual void storeInstances(const QStringList &files) = 0;
    virtual void cancel() = 0;
    virtual bool isBusy() const = 0;

Q_SIGNALS:
    void connectionTested();
    void studiesFound(const QList<oncoview::ui::StudyMatch> &studies);
    void seriesFound(const QList<oncoview::ui::SeriesMatch> &series);
    void instancesFound(const std::vector<oncoview::mri::ListedInstance> &instances);
    void instanceStored(const QString &path, int instances, qint64 bytes);
    void retrieved(const QString &folder, int instances);
    void stored(int instances);
    // A sentence for the user: what failed and what to check.
    void failed(const QString &message);
};

} // namespace oncoview::ui
