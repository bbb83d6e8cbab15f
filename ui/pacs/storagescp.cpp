// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/storagescp_p.h"

// Qt
#include <QCoreApplication>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <map>
#include <memory>
#include <mutex>

namespace oncoview::ui::dimse {

namespace {

// The one storage SCP of the process and the series it expects; the mutex also keeps a sink
// alive while an instance is written into it.
struct Listener
{
    std::mutex mutex;
    std::unique_ptr<StorageScp> scp;
    QString aeTitle;
    quint16 port = 0;
    std::map<QString, InstanceSink *> routes;
};

Listener &listener()
{
    static Listener instance;
    return instance;
}

} // namespace

StorageScp::StorageScp(const PacsServer &server)
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
            .arg(getPort())
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

QString StorageScp::expect(const PacsServer &server, const QString &seriesUid, InstanceSink *sink)
{
    Listener &l = listener();
    std::unique_ptr<StorageScp> old;
    {
        std::lock_guard lock(l.mutex);
        const bool same = l.scp && l.aeTitle == server.callingAe && l.port == server.storePort;
        if (!same) {
            old = std::move(l.scp);
        }
    }
    old.reset(); // stopped outside the lock: its thread may be routing an instance
    std::lock_guard lock(l.mutex);
    if (!l.scp) {
        auto scp = std::unique_ptr<StorageScp>(new StorageScp(server));
        if (const QString problem = scp->start(); !problem.isEmpty()) {
            return problem;
        }
        l.scp = std::move(scp);
        l.aeTitle = server.callingAe;
        l.port = server.storePort;
    }
    if (l.routes.count(seriesUid)) {
        return tr("This series is already being retrieved.");
    }
    l.routes[seriesUid] = sink;
    return {};
}

void StorageScp::unexpect(const QString &seriesUid)
{
    Listener &l = listener();
    std::lock_guard lock(l.mutex);
    l.routes.erase(seriesUid);
}

void StorageScp::shutdown()
{
    Listener &l = listener();
    std::unique_ptr<StorageScp> scp;
    {
        std::lock_guard lock(l.mutex);
        scp = std::move(l.scp);
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
    // Not what a retrieval asked for: kept out of the cache, and the archive counts it failed.
    Uint16 status = STATUS_STORE_Refused_OutOfResources;
    {
        Listener &l = listener();
        std::lock_guard lock(l.mutex);
        const auto route = l.routes.find(QString::fromLatin1(series.c_str()));
        if (route != l.routes.end()) {
            status = route->second->store(dataset);
        }
    }
    delete dataset;
    return sendSTOREResponse(presInfo.presentationContextID, request, status);
}

} // namespace oncoview::ui::dimse
