// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/dimseassociation_p.h"
#include "ui/pacs/storagescp_p.h"

// Qt
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QRegularExpression>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/diutil.h>
#include <dcmtk/oflog/oflog.h>

#include <csignal>
#include <mutex>

namespace oncoview::ui::dimse {

namespace {

// What the viewers open, and what OncoView itself writes back.
const char *const kStorageClasses[] = {
    UID_MRImageStorage,
    UID_EnhancedMRImageStorage,
    UID_EnhancedMRColorImageStorage,
    UID_CTImageStorage,
    UID_EnhancedCTImageStorage,
    UID_PositronEmissionTomographyImageStorage,
    UID_EnhancedPETImageStorage,
    UID_UltrasoundImageStorage,
    UID_UltrasoundMultiframeImageStorage,
    UID_DigitalMammographyXRayImageStorageForPresentation,
    UID_BreastTomosynthesisImageStorage,
    UID_SecondaryCaptureImageStorage,
    UID_MultiframeGrayscaleByteSecondaryCaptureImageStorage,
    UID_MultiframeGrayscaleWordSecondaryCaptureImageStorage,
    UID_MultiframeTrueColorSecondaryCaptureImageStorage,
    UID_SegmentationStorage,
    UID_ParametricMapStorage,
    UID_VLWholeSlideMicroscopyImageStorage,
    UID_RawDataStorage,
    UID_GrayscaleSoftcopyPresentationStateStorage,
};

} // namespace

void prepareDcmtk()
{
    static std::once_flag once;
    std::call_once(once, [] {
        std::signal(SIGPIPE, SIG_IGN);
        // Debian's DCMTK leaves Nagle's algorithm on unless this is set: each small C-STORE
        // response then waits for the peer's delayed ACK, 40 ms an instance (a 640-image
        // series took 26 s by C-GET instead of 0.3 s).
        if (qEnvironmentVariableIsEmpty("TCP_NODELAY")) {
            qputenv("TCP_NODELAY", "1");
        }
        // Every association would log each message at INFO on stderr; the user sees our
        // sentences, and DCMTK's warnings and errors stay.
        OFLog::configure(OFLogger::WARN_LOG_LEVEL);
        // Our storage SCP, once a C-MOVE started it, listens until the application quits.
        if (QCoreApplication::instance()) {
            qAddPostRoutine(&StorageScp::shutdown);
        }
    });
}

const OFList<OFString> &acceptedTransferSyntaxes()
{
    // Uncompressed first; then what archives commonly keep MRI and slides in. GDCM decodes all.
    static const OFList<OFString> syntaxes = [] {
        OFList<OFString> list;
        for (const char *uid :
             {UID_LittleEndianExplicitTransferSyntax, UID_LittleEndianImplicitTransferSyntax,
              UID_JPEGProcess14SV1TransferSyntax, UID_JPEGLSLosslessTransferSyntax,
              UID_JPEG2000LosslessOnlyTransferSyntax, UID_RLELosslessTransferSyntax,
              UID_DeflatedExplicitVRLittleEndianTransferSyntax, UID_JPEGProcess1TransferSyntax,
              UID_JPEG2000TransferSyntax}) {
            list.push_back(uid);
        }
        return list;
    }();
    return syntaxes;
}

const char *const *retrievedStorageClasses(int *count)
{
    *count = int(std::size(kStorageClasses));
    return kStorageClasses;
}

InstanceSink::InstanceSink(QString folder, InstanceWritten written, int already)
    : m_folder(std::move(folder))
    , m_written(std::move(written))
    , m_count(already)
{
    QDir().mkpath(m_folder);
}

Uint16 InstanceSink::store(DcmDataset *dataset)
{
    const int number = m_count.load() + 1;
    OFString uid;
    dataset->findAndGetOFString(DCM_SOPInstanceUID, uid);
    // A UID is digits and dots; anything else (a broken sender) never becomes a path.
    QString stem = QString::fromLatin1(uid.c_str());
    static const QRegularExpression uidForm(QStringLiteral("^[0-9]+(\\.[0-9]+)*$"));
    if (stem.size() > 64 || !uidForm.match(stem).hasMatch()) {
        stem = QStringLiteral("instance-%1").arg(number);
    }
    const QString name = QDir(m_folder).filePath(stem + QStringLiteral(".dcm"));
    const QString aside = name + QStringLiteral(".partial");
    // The file keeps the transfer syntax it came in (compressed stays compressed).
    const OFCondition saved = dataset->saveFile(QFile::encodeName(aside).constData());
    if (saved.bad() || !QFile::rename(aside, name)) {
        QFile::remove(aside);
        QMutexLocker lock(&m_mutex);
        m_error = tr("Cannot write a received instance into %1 (%2): check the free space.")
                      .arg(QDir::toNativeSeparators(m_folder), QString::fromUtf8(saved.text()));
        return STATUS_STORE_Refused_OutOfResources;
    }
    m_count.store(number);
    if (m_written) {
        m_written(name, number, QFileInfo(name).size());
    }
    return STATUS_Success;
}

QString InstanceSink::error() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

Association::Association(const PacsServer &server, const std::atomic<bool> *cancel)
    : m_server(server)
    , m_cancel(cancel)
{
    prepareDcmtk();
    const Uint32 seconds = Uint32(std::max(1, server.timeoutMs / 1000));
    setAETitle(server.callingAe.toStdString().c_str());
    setPeerAETitle(server.calledAe.toStdString().c_str());
    setPeerHostName(server.host.toStdString().c_str());
    setPeerPort(server.port);
    setMaxReceivePDULength(ASC_MAXIMUMPDUSIZE);
    setACSETimeout(seconds);
    setConnectionTimeout(Sint32(seconds));
    // Blocking mode ignores the timeout: a silent archive would hang the worker for ever.
    setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    setDIMSETimeout(seconds);
}

QString Association::open()
{
    OFCondition condition = initNetwork();
    if (condition.good()) {
        condition = negotiateAssociation();
    }
    return condition.good() ? QString() : problem("association", condition);
}

T_ASC_PresentationContextID Association::contextFor(const char *sopClass, QString *error)
{
    const T_ASC_PresentationContextID id = findAnyPresentationContextID(sopClass, "");
    if (id == 0 && error) {
        *error = tr("%1 does not offer %2.")
                     .arg(m_server.displayName(),
                          QString::fromUtf8(dcmFindNameOfUID(sopClass, sopClass)));
    }
    return id;
}

void Association::close()
{
    if (!isConnected()) {
        return;
    }
    if (m_broken) {
        closeAssociation(DCMSCU_PEER_ABORTED_ASSOCIATION); // frees it, sends nothing
    } else if (m_aborting || cancelled()) {
        abortAssociation();
    } else {
        releaseAssociation();
    }
}

QString Association::problem(const char *operation, const OFCondition &condition)
{
    const QString server = m_server.displayName();
    const QString detail = QString::fromUtf8(condition.text());
    m_broken = m_broken || condition == DUL_PEERABORTEDASSOCIATION;
    if (condition == DUL_ASSOCIATIONREJECTED) {
        return tr("%1 refused the association: check that it knows our AE title %2 and that its "
                  "own AE title is %3.")
            .arg(server, m_server.callingAe, m_server.calledAe);
    }
    if (detail.contains(QLatin1String("refused"), Qt::CaseInsensitive)) {
        return tr("%1 refused the connection: check the host and port, and that the archive "
                  "is running.")
            .arg(server);
    }
    if (detail.contains(QLatin1String("unknown host"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("lookup"), Qt::CaseInsensitive)) {
        return tr("Cannot find the host of %1: check its name.").arg(server);
    }
    const bool notDicom = condition.module() == OFM_dcmnet
        && condition.code() == DULC_UNRECOGNIZEDPDUTYPE; // DCMTK has no constant for it
    if (notDicom || condition == DUL_ILLEGALPDU || condition == DUL_ILLEGALPDULENGTH) {
        return tr("%1 does not answer in DICOM: check the port (is it the archive's web port?).")
            .arg(server);
    }
    if (condition == DIMSE_NODATAAVAILABLE || condition == DUL_READTIMEOUT
        || detail.contains(QLatin1String("timeout"), Qt::CaseInsensitive)) {
        return tr("%1 did not answer within %2 s.").arg(server).arg(m_server.timeoutMs / 1000);
    }
    if (condition == DUL_PEERABORTEDASSOCIATION) {
        // Orthanc, dcm4chee and others abort rather than answer an AE title they do not know.
        return tr("%1 broke off the %2: check that the archive lets our AE title %3 do this "
                  "(its list of known modalities).")
            .arg(server, QString::fromLatin1(operation), m_server.callingAe);
    }
    return tr("The %1 with %2 failed: %3.").arg(QString::fromLatin1(operation), server, detail);
}

QString Association::statusProblem(const char *operation, Uint16 status) const
{
    return tr("%1 refused the %2 (DICOM status 0x%3): check that it lets our AE title %4 do "
              "this.")
        .arg(m_server.displayName(), QString::fromLatin1(operation))
        .arg(status, 4, 16, QLatin1Char('0'))
        .arg(m_server.callingAe);
}

OFCondition Association::handleSTORERequest(const T_ASC_PresentationContextID,
                                            DcmDataset *incomingObject, OFBool &continueCGETSession,
                                            Uint16 &cStoreReturnStatus)
{
    if (cancelled() || !m_sink || !incomingObject) {
        // Refusing the sub-operation and leaving the session: close() then aborts.
        cStoreReturnStatus = STATUS_STORE_Refused_OutOfResources;
        continueCGETSession = OFFalse;
        m_aborting = true;
        return EC_Normal;
    }
    cStoreReturnStatus = m_sink->store(incomingObject);
    if (cStoreReturnStatus != STATUS_Success) {
        continueCGETSession = OFFalse;
        m_aborting = true;
    }
    return EC_Normal;
}

OFCondition Association::stopIfCancelled(const OFCondition &handled, OFBool &more)
{
    if (cancelled()) {
        more = OFFalse;
        m_aborting = true;
    }
    return handled;
}

OFCondition Association::handleCGETResponse(const T_ASC_PresentationContextID presID,
                                            RetrieveResponse *response, OFBool &continueCGETSession)
{
    return stopIfCancelled(DcmSCU::handleCGETResponse(presID, response, continueCGETSession),
                           continueCGETSession);
}

OFCondition Association::handleMOVEResponse(const T_ASC_PresentationContextID presID,
                                            RetrieveResponse *response, OFBool &waitForNextResponse)
{
    return stopIfCancelled(DcmSCU::handleMOVEResponse(presID, response, waitForNextResponse),
                           waitForNextResponse);
}

OFCondition Association::handleFINDResponse(const T_ASC_PresentationContextID presID,
                                            QRResponse *response, OFBool &waitForNextResponse)
{
    return stopIfCancelled(DcmSCU::handleFINDResponse(presID, response, waitForNextResponse),
                           waitForNextResponse);
}

} // namespace oncoview::ui::dimse
