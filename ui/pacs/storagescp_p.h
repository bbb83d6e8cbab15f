// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to the DIMSE operations: our storage SCP, which C-MOVE has the archive send the
// series to. Started by the first C-MOVE and kept listening until the application quits (as
// the storage services of Horos or Weasis are), so a retrieval neither waits for it to start
// nor to stop. It takes only instances of the series retrievals are expecting (an archive or a
// modality pushing anything else is refused), and answers C-ECHO.

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
    // Routes instances of `seriesUid` into `sink` until unexpect(); starts listening (again,
    // on another AE title or port) when needed. "" or why not (the port in use…). Any thread.
    static QString expect(const PacsServer &server, const QString &seriesUid, InstanceSink *sink);
    // Once this returns no instance goes to that series' sink any more.
    static void unexpect(const QString &seriesUid);
    // Stops listening (at quit; a later C-MOVE starts it again).
    static void shutdown();

    ~StorageScp() override;

protected:
    OFCondition handleIncomingCommand(T_DIMSE_Message *incomingMsg,
                                      const DcmPresentationContextInfo &presInfo) override;
    OFBool stopAfterConnectionTimeout() override { return m_stop.load(); }

private:
    explicit StorageScp(const PacsServer &server);
    QString start();
    void stop();

    std::thread m_thread;
    std::atomic<bool> m_stop {false};
};

} // namespace oncoview::ui::dimse
