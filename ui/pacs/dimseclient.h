// SPDX-License-Identifier: Apache-2.0
#pragma once

// Local
#include "ui/pacs/pacsclient.h"

#include <atomic>
#include <functional>
#include <memory>

namespace oncoview::ui {

// A DIMSE client (DCMTK): C-ECHO for Test, C-FIND of studies and series, retrieval by C-GET or
// by C-MOVE to our own storage SCP, and C-STORE. Each request runs on a worker thread (DIMSE
// calls block) and answers on the GUI thread; cancel() stops it at its next message and nothing
// more is signalled. The worker is never waited for, so the window never freezes on a silent
// archive: it ends within the server's timeout. GUI thread.
class DimseClient : public PacsClient
{
    Q_OBJECT
public:
    explicit DimseClient(PacsServer server, QObject *parent = nullptr);
    ~DimseClient() override;

    const PacsServer &server() const override { return m_server; }
    void testConnection() override;
    void searchStudies(const StudyQuery &query) override;
    void searchSeries(const QString &studyUid) override;
    void findInstances(const QString &studyUid, const QString &seriesUid) override;
    using PacsClient::retrieveSeries;
    void retrieveSeries(const QString &studyUid, const QString &seriesUid, const QString &folder,
                        const QStringList &first) override;
    void storeInstances(const QStringList &files) override;
    void cancel() override;
    bool isBusy() const override;

private:
    struct Job;
    // Runs `work` on a DIMSE worker; it reports through the Job, which drops what comes after
    // a cancel or after this client is gone.
    void run(std::function<void(const std::shared_ptr<Job> &)> work);

    PacsServer m_server;
    std::shared_ptr<Job> m_job;
};

} // namespace oncoview::ui
