// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/storagescp_p.h"

// Qt
#include <QCoreApplication>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcuid.h>

namespace oncoview::ui::dimse {

StorageScp::StorageScp(const PacsServer &server, QString seriesUid, InstanceSink *sink)
    : m_server(server)
    , m_seriesUid(std::move(seriesUid))
    , m_sink(sink)
{
    prepareDcmtk();
    setAETitle(server.callingAe.toStdString().c_str());
    setPort(server.storePort);
    setMaxReceivePDULength(ASC_MAXIMUMPDUSIZE);
    setHostLookupEnabled(OFFalse);
    // Non-blocking accept with a short timeout, so stop() is seen within a second.
    setConnectionBlockingMode(DUL_NOBLOCK);
    setConnectionTimeout(1);
    setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    setDIMSETimeout(Uint32(std::max(1, server.timeoutMs / 1000)));
    setACSETimeout(Uint32(std::max(1, server.timeoutMs / 1000)));
    int count = 0;
    const char *const *classes = retrievedStorageClasses(&count);
    for (int i = 0; i < count; ++i) {
        addPresentationContext(classes[i], acceptedTransferSyntaxes());
    }
    OFList<OFString> plain;
    plain.push_back(UID_LittleEndianExplicitTransferSyntax);
    plain.push_back(UID_LittleEndianImplicitTransferSyntax);
    addPresentationContext(UID_VerificationSOPClass, plain);
}

StorageScp::~StorageScp()
{
    stop();
}

QString StorageScp::start()
{
    const OFCondition opened = openListenPort();
    if (opened.bad()) {
        return tr("Cannot receive the series on port %1 (%2): choose another port for our "
                  "storage SCP, and tell the archive.")
            .arg(m_server.storePort)
            .arg(QString::fromUtf8(opened.text()));
    }
    m_thread = std::thread([this] { acceptAssociations(); });
    return {};
}

void StorageScp::stop()
{
    m_stop.store(true);
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

OFCondition StorageScp::handleIncomingCommand(T_DIMSE_Message *incomingMsg,
                                              const DcmPresentationContextInfo &presInfo)
{
    if (incomingMsg->CommandField != DIMSE_C_STORE_RQ) {
        return DcmSCP::handleIncomingCommand(incomingMsg, presInfo); // C-ECHO and refusals
    }
    T_DIMSE_C_StoreRQ &request = incomingMsg->msg.CStoreRQ;
    DcmDataset *dataset = nullptr;
    OFCondition received = receiveSTORERequest(request, presInfo.presentationContextID, dataset);
    if (received.bad()) {
        delete dataset;
        return received;
    }
    OFString series;
    dataset->findAndGetOFString(DCM_SeriesInstanceUID, series);
    Uint16 status = STATUS_STORE_Refused_OutOfResources;
    if (QString::fromLatin1(series.c_str()) == m_seriesUid) {
        status = m_sink->store(dataset);
    } else {
        ++m_refused; // not what we asked for: kept out of the cache
    }
    delete dataset;
    return sendSTOREResponse(presInfo.presentationContextID, request, status);
}

} // namespace oncoview::ui::dimse
