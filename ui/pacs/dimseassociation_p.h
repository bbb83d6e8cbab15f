// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to the DIMSE operations: one association with an archive (DCMTK's DcmSCU), the
// presentation contexts each operation needs, the messages a failure gives, and the sink that
// writes received instances into a series folder.

// Qt
#include <QCoreApplication>
#include <QMutex>
#include <QString>

// Local
#include "ui/pacs/dimseoperations.h"

#include <dcmtk/config/osconfig.h> // first, as DCMTK requires
#include <dcmtk/dcmnet/scu.h>

#include <atomic>

namespace oncoview::ui::dimse {

// The storage SOP classes we take in a C-GET (at most 127 presentation contexts fit with the
// C-GET one) and from a C-MOVE: images the viewers read, and derived objects.
const OFList<OFString> &acceptedTransferSyntaxes();
const char *const *retrievedStorageClasses(int *count);

// Writes received instances into a folder as <SOP Instance UID>.dcm (an instance received again
// replaces itself), each written aside and renamed. Thread safe: the storage SCP and the
// waiting C-MOVE read the count from different threads.
class InstanceSink
{
    Q_DECLARE_TR_FUNCTIONS(oncoview::ui::dimse::InstanceSink)
public:
    // `already`: instances the folder holds from before (a retrieval resumed); the count and
    // the progress go on from there.
    InstanceSink(QString folder, InstanceWritten written, int already = 0);
    // The C-STORE status to answer (0 success); takes nothing from `dataset`.
    Uint16 store(DcmDataset *dataset);
    int count() const { return m_count.load(); }
    QString error() const;

private:
    QString m_folder;
    InstanceWritten m_written;
    std::atomic<int> m_count {0};
    mutable QMutex m_mutex;
    QString m_error;
};

class Association : public DcmSCU
{
    Q_DECLARE_TR_FUNCTIONS(oncoview::ui::dimse::Association)
public:
    Association(const PacsServer &server, const std::atomic<bool> *cancel = nullptr);
    // Negotiates; "" or a sentence naming the archive and what to check.
    QString open();
    // The first accepted presentation context for `sopClass` (0: none), or a sentence.
    T_ASC_PresentationContextID contextFor(const char *sopClass, QString *error);
    // Releases (or aborts, after a cancel) the association.
    void close();
    // A sentence for a failed DIMSE exchange or status.
    QString problem(const char *operation, const OFCondition &condition);
    QString statusProblem(const char *operation, Uint16 status) const;

    // C-GET: where received instances go.
    void setSink(InstanceSink *sink) { m_sink = sink; }

protected:
    OFCondition handleSTORERequest(const T_ASC_PresentationContextID presID,
                                   DcmDataset *incomingObject, OFBool &continueCGETSession,
                                   Uint16 &cStoreReturnStatus) override;
    OFCondition handleCGETResponse(const T_ASC_PresentationContextID presID,
                                   RetrieveResponse *response,
                                   OFBool &continueCGETSession) override;
    OFCondition handleMOVEResponse(const T_ASC_PresentationContextID presID,
                                   RetrieveResponse *response,
                                   OFBool &waitForNextResponse) override;
    OFCondition handleFINDResponse(const T_ASC_PresentationContextID presID, QRResponse *response,
                                   OFBool &waitForNextResponse) override;

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    // After a cancel: no more responses are awaited, and close() aborts.
    OFCondition stopIfCancelled(const OFCondition &handled, OFBool &more);

    PacsServer m_server;
    const std::atomic<bool> *m_cancel;
    InstanceSink *m_sink = nullptr;
    bool m_aborting = false;
    bool m_broken = false; // the archive aborted: nothing more may be sent
};

// Once per process, first on the GUI thread (it sets an environment variable): a peer closing
// a socket must not kill us with SIGPIPE, Nagle's algorithm is off, and DCMTK logs warnings and
// errors only.
void prepareDcmtk();

} // namespace oncoview::ui::dimse
