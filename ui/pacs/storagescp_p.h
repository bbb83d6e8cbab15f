// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to the DIMSE operations: our storage SCP, listening while a C-MOVE runs so the
// archive can send the series to us. It takes only the series it was told to expect (an archive
// or a modality pushing anything else is refused), and answers C-ECHO.

// Qt
#include <QCoreApplication>
#include <QString>

// Local
#include "ui/pacs/dimseassociation_p.h"

#include <dcmtk/dcmnet/scp.h>

#include <atomic>
#include <thread>

namespace oncoview::ui::dimse {

class StorageScp : public DcmSCP
{
    Q_DECLARE_TR_FUNCTIONS(oncoview::ui::dimse::StorageScp)
public:
    // Takes instances of `seriesUid` into `sink`.
    StorageScp(const PacsServer &server, QString seriesUid, InstanceSink *sink);
    ~StorageScp() override;

    // Opens the port and listens on a thread of its own; "" or why not (port in use…).
    QString start();
    // Stops listening once the association in progress (if any) ends.
    void stop();
    // Associations that ended since start (a C-MOVE's sub-operations come in one or more).
    int associationsEnded() const { return m_ended.load(); }
    int refused() const { return m_refused.load(); }

protected:
    OFCondition handleIncomingCommand(T_DIMSE_Message *incomingMsg,
                                      const DcmPresentationContextInfo &presInfo) override;
    OFBool stopAfterConnectionTimeout() override { return m_stop.load(); }
    void notifyAssociationTermination() override { ++m_ended; }

private:
    PacsServer m_server;
    QString m_seriesUid;
    InstanceSink *m_sink;
    std::thread m_thread;
    std::atomic<bool> m_stop {false};
    std::atomic<int> m_ended {0};
    std::atomic<int> m_refused {0};
};

} // namespace oncoview::ui::dimse
