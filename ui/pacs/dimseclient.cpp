// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/dimseclient.h"

// Qt
#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

// Local
#include "ui/pacs/dicomwebclient.h"
#include "ui/pacs/dimseassociation_p.h"
#include "ui/pacs/dimseoperations.h"

namespace oncoview::ui {

namespace {

// DIMSE work gets threads of its own (a C-MOVE may run for minutes), and the application waits
// for them when it quits, while DCMTK is still there.
QThreadPool *dimseThreads()
{
    static QThreadPool *pool = [] {
        auto *threads = new QThreadPool(QCoreApplication::instance());
        threads->setMaxThreadCount(4);
        return threads;
    }();
    return pool;
}

} // namespace

struct DimseClient::Job
{
    std::atomic<bool> cancel {false};
    std::atomic<bool> done {false};
    QPointer<DimseClient> owner; // read on the GUI thread only

    // Runs `report` on the GUI thread unless the job was cancelled or its client is gone.
    template<typename Report> static void post(const std::shared_ptr<Job> &job, Report report)
    {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [job, report = std::move(report)] {
                if (!job->cancel.load() && job->owner) {
                    report(job->owner.data());
                }
            },
            Qt::QueuedConnection);
    }
};

PacsClient *PacsClient::create(const PacsServer &server, QObject *parent)
{
    if (server.protocol == PacsServer::Protocol::Dimse) {
        return new DimseClient(server, parent);
    }
    return new DicomWebClient(server, parent);
}

DimseClient::DimseClient(PacsServer server, QObject *parent)
    : PacsClient(parent)
    , m_server(std::move(server))
{
    dimse::prepareDcmtk(); // here, on the GUI thread, before any worker reads the environment
}

DimseClient::~DimseClient()
{
    cancel();
}

void DimseClient::cancel()
{
    if (m_job) {
        m_job->cancel.store(true);
        m_job.reset();
    }
}

bool DimseClient::isBusy() const
{
    return m_job && !m_job->done.load();
}

void DimseClient::run(std::function<void(const std::shared_ptr<Job> &)> work)
{
    cancel(); // one request at a time, as DICOMweb
    auto job = std::make_shared<Job>();
    job->owner = this;
    m_job = job;
    dimseThreads()->start([job, work = std::move(work)] {
        work(job);
        job->done.store(true);
    });
}

void DimseClient::testConnection()
{
    run([server = m_server](const std::shared_ptr<Job> &job) {
        const QString problem = dimse::echo(server);
        Job::post(job, [problem](DimseClient *client) {
            if (problem.isEmpty()) {
                Q_EMIT client->connectionTested();
            } else {
                Q_EMIT client->failed(problem);
            }
        });
    });
}

void DimseClient::searchStudies(const StudyQuery &query)
{
    run([server = m_server, query](const std::shared_ptr<Job> &job) {
        QString problem;
        const QList<StudyMatch> studies = dimse::findStudies(server, query, job->cancel, &problem);
        Job::post(job, [problem, studies](DimseClient *client) {
            if (problem.isEmpty()) {
                Q_EMIT client->studiesFound(studies);
            } else {
                Q_EMIT client->failed(problem);
            }
        });
    });
}

void DimseClient::searchSeries(const QString &studyUid)
{
    run([server = m_server, studyUid](const std::shared_ptr<Job> &job) {
        QString problem;
        const QList<SeriesMatch> series
            = dimse::findSeries(server, studyUid, job->cancel, &problem);
        Job::post(job, [problem, series](DimseClient *client) {
            if (problem.isEmpty()) {
                Q_EMIT client->seriesFound(series);
            } else {
                Q_EMIT client->failed(problem);
            }
        });
    });
}

void DimseClient::findInstances(const QString &studyUid, const QString &seriesUid)
{
    run([server = m_server, studyUid, seriesUid](const std::shared_ptr<Job> &job) {
        QString problem;
        const std::vector<mri::ListedInstance> instances
            = dimse::findInstances(server, studyUid, seriesUid, job->cancel, &problem);
        Job::post(job, [problem, instances](DimseClient *client) {
            if (problem.isEmpty()) {
                Q_EMIT client->instancesFound(instances);
            } else {
                Q_EMIT client->failed(problem);
            }
        });
    });
}

void DimseClient::retrieveSeries(const QString &studyUid, const QString &seriesUid,
                                 const QString &folder, const QStringList &first)
{
    run([server = m_server, studyUid, seriesUid, folder, first](const std::shared_ptr<Job> &job) {
        qint64 total = 0;
        const auto written = [&job, &total](const QString &path, int instances, qint64 bytes) {
            total += bytes;
            Job::post(job, [path, instances, total](DimseClient *client) {
                Q_EMIT client->instanceStored(path, instances, total);
            });
        };
        const dimse::Outcome outcome = dimse::retrieveSeries(server, studyUid, seriesUid, folder,
                                                             job->cancel, written, first);
        Job::post(job, [outcome, folder](DimseClient *client) {
            if (outcome.error.isEmpty()) {
                Q_EMIT client->retrieved(folder, outcome.instances);
            } else {
                Q_EMIT client->failed(outcome.error);
            }
        });
    });
}

void DimseClient::storeInstances(const QStringList &files)
{
    run([server = m_server, files](const std::shared_ptr<Job> &job) {
        const dimse::Outcome outcome = dimse::storeFiles(server, files);
        Job::post(job, [outcome](DimseClient *client) {
            if (outcome.error.isEmpty()) {
                Q_EMIT client->stored(outcome.instances);
            } else {
                Q_EMIT client->failed(outcome.error);
            }
        });
    });
}

} // namespace oncoview::ui
