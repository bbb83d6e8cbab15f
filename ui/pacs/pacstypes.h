// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

// Local
#include "viewers/mri/io/phaselayout.h"

#include <vector>

namespace oncoview::ui {

// An archive (Orthanc, dcm4chee, a cloud PACS, a modality's own store), reached by DICOMweb or
// by DIMSE. The secret (password or token) is never written to the settings: the caller keeps it
// in the keychain.
struct PacsServer
{
    enum class Protocol { DicomWeb, Dimse };
    enum class Auth { None, Basic, Bearer };
    // How DIMSE retrieves: C-GET brings the instances back on the same association (no port to
    // open, but not every archive offers it); C-MOVE has the archive connect to our storage SCP,
    // which it must know by our AE title, host and port.
    enum class Retrieve { Get, Move };
    QString name;
    Protocol protocol = Protocol::DicomWeb;
    QUrl baseUrl; // DICOMweb: the root, e.g. https://pacs.example/dicom-web
    Auth auth = Auth::None;
    QString user;
    QString secret;
    int timeoutMs = 30000; // no byte for this long: the request fails
    // DICOMweb over HTTPS: a PEM file of certificate authorities trusted besides the system's
    // (a hospital's own CA). Certificates are verified either way; never switched off.
    QString caCertificates;
    // DIMSE
    QString host;
    quint16 port = 104;
    QString calledAe; // the archive's AE title
    QString callingAe = QStringLiteral("ONCOVIEW"); // ours
    Retrieve retrieve = Retrieve::Get;
    quint16 storePort = 11112; // our storage SCP's port, for C-MOVE

    // "https://pacs/dicom-web" or "ORTHANC@pacs:4242": the server in messages and the audit log.
    QString displayName() const;
};

// A QIDO-RS study search; empty fields do not filter. Names match with wildcards (DOE*) and,
// where the server supports it, fuzzily.
struct StudyQuery
{
    QString patientName;
    QString patientId;
    QString accessionNumber;
    QString studyDescription;
    QString modality; // ModalitiesInStudy, e.g. "MR"
    QDate from;
    QDate to;
    int limit = 50;
    int offset = 0; // paging: the next page starts at offset + limit
    bool fuzzy = true;
};

struct StudyMatch
{
    QString studyUid;
    QString patientName; // "FAMILY^GIVEN" as DICOM writes it
    QString patientId;
    QString studyDate; // YYYYMMDD
    QString accessionNumber;
    QString description;
    QString modalities;
    int seriesCount = -1; // -1: the server did not say
    int instanceCount = -1;
};

struct SeriesMatch
{
    QString seriesUid;
    QString modality;
    QString description;
    QString number;
    int instanceCount = -1;
};

} // namespace oncoview::ui

Q_DECLARE_METATYPE(oncoview::ui::StudyMatch)
Q_DECLARE_METATYPE(oncoview::ui::SeriesMatch)
Q_DECLARE_METATYPE(std::vector<oncoview::mri::ListedInstance>)
