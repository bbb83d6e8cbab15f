// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/dimseoperations.h"

// Qt
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>

// Local
#include "ui/pacs/cachedinstances.h"
#include "ui/pacs/dimseassociation_p.h"
#include "ui/pacs/dimsequery_p.h"
#include "ui/pacs/storagescp_p.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <chrono>
#include <memory>

namespace oncoview::ui::dimse {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oncoview::ui::dimse", text);
}

OFList<OFString> plainSyntaxes()
{
    OFList<OFString> list;
    list.push_back(UID_LittleEndianExplicitTransferSyntax);
    list.push_back(UID_LittleEndianImplicitTransferSyntax);
    return list;
}

// Sends the C-FIND `keys`; the matching data sets (owned by the caller), or an error.
std::vector<std::unique_ptr<DcmDataset>> find(const PacsServer &server, DcmDataset &keys,
                                              const std::atomic<bool> &cancel, QString *error)
{
    std::vector<std::unique_ptr<DcmDataset>> matches;
    Association association(server, &cancel);
    association.addPresentationContext(UID_FINDStudyRootQueryRetrieveInformationModel,
                                       plainSyntaxes());
    QString problem = association.open();
    const T_ASC_PresentationContextID context = problem.isEmpty()
        ? association.contextFor(UID_FINDStudyRootQueryRetrieveInformationModel, &problem)
        : 0;
    if (context != 0) {
        OFList<QRResponse *> responses;
        const OFCondition sent = association.sendFINDRequest(context, &keys, &responses);
        Uint16 finalStatus = STATUS_Success;
        for (QRResponse *response : responses) {
            if (response->m_dataset) {
                matches.emplace_back(response->m_dataset);
                response->m_dataset = nullptr; // now ours
            } else {
                finalStatus = response->m_status;
            }
            delete response;
        }
        if (sent.bad()) {
            problem = association.problem("C-FIND", sent);
        } else if (finalStatus != STATUS_Success && !cancel.load()) {
            problem = association.statusProblem("C-FIND", finalStatus);
        }
    }
    association.close();
    if (error) {
        *error = problem;
    }
    return problem.isEmpty() ? std::move(matches) : decltype(matches) {};
}

// After the final C-MOVE response the archive has sent every instance, but our SCP may still be
// writing the last one: wait for it, as long as the timeout allows.
void waitForStored(const InstanceSink &sink, int expected, int timeoutMs)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (sink.count() < expected && std::chrono::steady_clock::now() < until) {
        QThread::msleep(10);
    }
}

} // namespace

QString echo(const PacsServer &server)
{
    Association association(server);
    association.addPresentationContext(UID_VerificationSOPClass, plainSyntaxes());
    QString problem = association.open();
    const T_ASC_PresentationContextID context
        = problem.isEmpty() ? association.contextFor(UID_VerificationSOPClass, &problem) : 0;
    if (context != 0) {
        const OFCondition answered = association.sendECHORequest(context);
        if (answered.bad()) {
            problem = association.problem("C-ECHO", answered);
        }
    }
    association.close();
    return problem;
}

QList<StudyMatch> findStudies(const PacsServer &server, const StudyQuery &query,
                              const std::atomic<bool> &cancel, QString *error)
{
    DcmDataset keys;
    studyQueryKeys(query, keys);
    QList<StudyMatch> studies;
    const auto matches = find(server, keys, cancel, error);
    for (qsizetype i = query.offset; i < qsizetype(matches.size()); ++i) {
        if (query.limit > 0 && studies.size() >= query.limit) {
            break;
        }
        studies.append(studyMatchOf(*matches[size_t(i)]));
    }
    return studies;
}

QList<SeriesMatch> findSeries(const PacsServer &server, const QString &studyUid,
                              const std::atomic<bool> &cancel, QString *error)
{
    DcmDataset keys;
    seriesQueryKeys(studyUid, keys);
    QList<SeriesMatch> series;
    for (const auto &match : find(server, keys, cancel, error)) {
        series.append(seriesMatchOf(*match));
    }
    return series;
}

std::vector<mri::ListedInstance> findInstances(const PacsServer &server, const QString &studyUid,
                                               const QString &seriesUid,
                                               const std::atomic<bool> &cancel, QString *error)
{
    DcmDataset keys;
    instanceLayoutKeys(studyUid, seriesUid, keys);
    std::vector<mri::ListedInstance> instances;
    for (const auto &match : find(server, keys, cancel, error)) {
        instances.push_back(listedInstanceOf(*match));
    }
    return instances;
}

namespace {

// One C-GET or C-MOVE into `folder` of the series (`only` empty) or of the instances in `only`;
// `present` instances are in the folder already and count in the outcome.
Outcome retrieveInstances(const PacsServer &server, const QString &studyUid,
                          const QString &seriesUid, const QString &folder,
                          const std::atomic<bool> &cancel, const InstanceWritten &written,
                          const QStringList &only, int present)
{
    Outcome outcome;
    InstanceSink sink(folder, written, present);
    const bool byMove = server.retrieve == PacsServer::Retrieve::Move;
    // However this ends, our storage SCP stops routing to this sink before it goes.
    struct Expectation
    {
        QString series;
        ~Expectation()
        {
            if (!series.isEmpty()) {
                StorageScp::unexpect(series);
            }
        }
    } expectation;
    if (byMove) {
        outcome.error = StorageScp::expect(server, seriesUid, &sink);
        if (!outcome.error.isEmpty()) {
            return outcome;
        }
        expectation.series = seriesUid;
    }
    const char *model = byMove ? UID_MOVEStudyRootQueryRetrieveInformationModel
                               : UID_GETStudyRootQueryRetrieveInformationModel;
    Association association(server, &cancel);
    association.addPresentationContext(model, plainSyntaxes());
    if (!byMove) {
        // C-GET: the archive sends the instances back on this association, to us as SCP.
        int count = 0;
        const char *const *classes = retrievedStorageClasses(&count);
        for (int i = 0; i < count; ++i) {
            association.addPresentationContext(classes[i], acceptedTransferSyntaxes(),
                                               ASC_SC_ROLE_SCP);
        }
        association.setSink(&sink);
    }
    QString problem = association.open();
    const T_ASC_PresentationContextID context
        = problem.isEmpty() ? association.contextFor(model, &problem) : 0;
    DcmDataset keys;
    retrieveKeys(studyUid, seriesUid, keys, only);
    OFList<RetrieveResponse *> responses;
    OFCondition sent = EC_Normal;
    if (context != 0) {
        sent = byMove ? association.sendMOVERequest(context, server.callingAe.toStdString().c_str(),
                                                    &keys, &responses)
                      : association.sendCGETRequest(context, &keys, &responses);
    }
    Uint16 finalStatus = STATUS_Success;
    int completed = 0;
    for (RetrieveResponse *response : responses) {
        finalStatus = response->m_status;
        completed = std::max(completed, int(response->m_numberOfCompletedSubops));
        outcome.failed = std::max(outcome.failed, int(response->m_numberOfFailedSubops));
        delete response;
    }
    association.close();
    if (byMove) {
        waitForStored(sink, present + completed, server.timeoutMs);
    }
    outcome.instances = sink.count();
    if (!problem.isEmpty() || cancel.load()) {
        outcome.error = problem;
    } else if (!sink.error().isEmpty()) {
        outcome.error = sink.error();
    } else if (sent.bad()) {
        outcome.error = association.problem(byMove ? "C-MOVE" : "C-GET", sent);
    } else if (finalStatus == STATUS_MOVE_Failed_MoveDestinationUnknown) {
        outcome.error = tr("%1 does not know our AE title %2 as a destination: add it to the "
                           "archive's modalities with this computer's address and port %3, or "
                           "retrieve with C-GET.")
                            .arg(server.displayName(), server.callingAe)
                            .arg(server.storePort);
    } else if ((finalStatus & 0xF000) == 0xC000) {
        outcome.error = tr("%1 could not send this series (DICOM status 0x%2): it may have been "
                           "deleted or moved.")
                            .arg(server.displayName())
                            .arg(finalStatus, 4, 16, QLatin1Char('0'));
    } else if (finalStatus != STATUS_Success
               && finalStatus != STATUS_MOVE_Warning_SubOperationsCompleteOneOrMoreFailures) {
        outcome.error = association.statusProblem(byMove ? "C-MOVE" : "C-GET", finalStatus);
    } else if (outcome.failed > 0) {
        outcome.error = tr("%1 of the series' instances did not arrive from %2.")
                            .arg(outcome.failed)
                            .arg(server.displayName());
    } else if (outcome.instances == 0) {
        outcome.error = tr("%1 sent no instance of this series: it may have been deleted.")
                            .arg(server.displayName());
    } else if (outcome.instances < present + completed) {
        outcome.error = tr("Only %1 of the %2 instances %3 sent arrived.")
                            .arg(outcome.instances - present)
                            .arg(completed)
                            .arg(server.displayName());
    }
    return outcome;
}

// retrieveInstances of the series (`only` empty) or of `only` in chunks: a list of UIDs is one
// value of the request, and a value's length must fit in 16 bits in explicit VR (500 UIDs of
// at most 64 characters do).
Outcome retrieveInChunks(const PacsServer &server, const QString &studyUid,
                         const QString &seriesUid, const QString &folder,
                         const std::atomic<bool> &cancel, const InstanceWritten &written,
                         const QStringList &only, int present)
{
    constexpr qsizetype kChunk = 500;
    Outcome outcome;
    qsizetype next = 0;
    do {
        outcome = retrieveInstances(server, studyUid, seriesUid, folder, cancel, written,
                                    only.mid(next, kChunk), present);
        present = outcome.instances;
        next += kChunk;
    } while (next < only.size() && outcome.error.isEmpty() && !cancel.load());
    return outcome;
}

} // namespace

Outcome retrieveSeries(const PacsServer &server, const QString &studyUid, const QString &seriesUid,
                       const QString &folder, const std::atomic<bool> &cancel,
                       const InstanceWritten &written, const QStringList &first)
{
    QSet<QString> present = cachedInstances(folder);
    QStringList wanted;
    for (const QString &uid : first) {
        if (!present.contains(uid)) {
            wanted << uid;
        }
    }
    if (!wanted.isEmpty()) {
        const Outcome early = retrieveInChunks(server, studyUid, seriesUid, folder, cancel, written,
                                               wanted, int(present.size()));
        if (!early.error.isEmpty() || cancel.load()) {
            return early;
        }
        // Every one asked for is in (named by its UID): no header needs reading again, unless
        // the archive sent fewer than asked.
        if (early.instances == int(present.size() + wanted.size())) {
            present.unite(QSet<QString>(wanted.begin(), wanted.end()));
        } else {
            present = cachedInstances(folder);
        }
    }
    // A folder left by a retrieval cut short, or holding the instances asked for first: only
    // the instances it lacks are asked for.
    Outcome outcome;
    QStringList missing;
    if (!present.isEmpty()) {
        DcmDataset query;
        instanceQueryKeys(studyUid, seriesUid, query);
        for (const auto &match : find(server, query, cancel, &outcome.error)) {
            OFString uid;
            match->findAndGetOFString(DCM_SOPInstanceUID, uid);
            if (!present.contains(QString::fromLatin1(uid.c_str()))) {
                missing << QString::fromLatin1(uid.c_str());
            }
        }
        if (!outcome.error.isEmpty() || missing.isEmpty()) {
            outcome.instances = int(present.size());
            return outcome; // the archive cannot be asked, or nothing is missing
        }
    }
    return retrieveInChunks(server, studyUid, seriesUid, folder, cancel, written, missing,
                            int(present.size()));
}

Outcome storeFiles(const PacsServer &server, const QStringList &files)
{
    Outcome outcome;
    std::vector<std::unique_ptr<DcmFileFormat>> loaded;
    Association association(server);
    for (const QString &file : files) {
        auto dicom = std::make_unique<DcmFileFormat>();
        const OFCondition read = dicom->loadFile(QFile::encodeName(file).constData());
        OFString sopClass;
        if (read.bad()
            || dicom->getMetaInfo()
                   ->findAndGetOFString(DCM_MediaStorageSOPClassUID, sopClass)
                   .bad()) {
            outcome.error = tr("%1 is not a DICOM file that can be sent (%2).")
                                .arg(file, QString::fromUtf8(read.text()));
            return outcome;
        }
        OFList<OFString> syntaxes = plainSyntaxes();
        const DcmXfer own(dicom->getDataset()->getOriginalXfer());
        syntaxes.push_front(own.getXferID());
        association.addPresentationContext(sopClass, syntaxes);
        loaded.push_back(std::move(dicom));
    }
    QString problem = association.open();
    for (size_t i = 0; i < loaded.size() && problem.isEmpty(); ++i) {
        DcmDataset *dataset = loaded[i]->getDataset();
        OFString sopClass;
        loaded[i]->getMetaInfo()->findAndGetOFString(DCM_MediaStorageSOPClassUID, sopClass);
        const DcmXfer own(dataset->getOriginalXfer());
        T_ASC_PresentationContextID context
            = association.findPresentationContextID(sopClass, own.getXferID());
        if (context == 0) {
            context = association.contextFor(sopClass.c_str(), &problem);
        }
        if (context == 0) {
            break;
        }
        Uint16 status = 0;
        const OFCondition sent = association.sendSTORERequest(context, "", dataset, status);
        if (sent.bad()) {
            problem = association.problem("C-STORE", sent);
        } else if (status != STATUS_Success && (status & 0xF000) != 0xB000) {
            problem = association.statusProblem("C-STORE", status);
        } else {
            ++outcome.instances;
        }
    }
    association.close();
    outcome.error = problem;
    return outcome;
}

} // namespace oncoview::ui::dimse
