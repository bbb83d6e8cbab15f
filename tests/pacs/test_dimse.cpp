// SPDX-License-Identifier: Apache-2.0
// DIMSE against a real Orthanc holding the shared breast study: C-ECHO, C-FIND of studies and
// series, the DCE series retrieved by C-GET and by C-MOVE to our storage SCP with the pixels
// compared to the files, C-STORE of a key image, cancel; and the ways an archive says no.
#include <catch2/catch.hpp>

// Qt
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// Local
#include "orthancserver.h"
#include "samepixels.h"
#include "tests/support/prerequisite.h"
#include "ui/pacs/cachedinstances.h"
#include "ui/pacs/dimseclient.h"
#include "ui/studyloader.h"
#include "viewers/mri/io/secondarycapture.h"

using namespace oncoview;
using oncoview::testing::OrthancServer;

namespace {

const QString kStudy = QStringLiteral(ONCOVIEW_SHARED_DATA "/dicom/breast_dce_ucsf_br06");

ui::PacsServer dimseAt(quint16 port, const QString &ourAe = QStringLiteral("ONCOVIEW"))
{
    ui::PacsServer server;
    server.protocol = ui::PacsServer::Protocol::Dimse;
    server.host = QStringLiteral("127.0.0.1");
    server.port = port;
    server.calledAe = QStringLiteral("ORTHANC");
    server.callingAe = ourAe;
    server.timeoutMs = 15000;
    return server;
}

// Waits for the request's answer: "" when `done` came, else the failure.
template<typename Signal>
QString waitFor(ui::PacsClient &client, Signal done, QList<QVariant> *arguments = nullptr,
                int timeoutMs = 60000)
{
    QSignalSpy succeeded(&client, done);
    QSignalSpy failed(&client, &ui::PacsClient::failed);
    const bool answered
        = QTest::qWaitFor([&] { return succeeded.count() + failed.count() > 0; }, timeoutMs);
    if (!answered) {
        return QStringLiteral("no answer");
    }
    if (!failed.isEmpty()) {
        return failed.front().front().toString();
    }
    if (arguments) {
        *arguments = succeeded.front();
    }
    return {};
}

int filesIn(const QString &folder, const QString &pattern)
{
    return int(QDir(folder).entryList({pattern}, QDir::Files).size());
}

} // namespace

TEST_CASE("The breast study is found and retrieved over DIMSE by C-GET and C-MOVE",
          "[pacs][dimse][shared]")
{
    if (!OrthancServer::installed() || !QDir(kStudy).exists()) {
        ONCOVIEW_SKIP_OR_FAIL("Orthanc or the shared study is missing");
        return;
    }
    const quint16 storePort = testing::freeLocalPort();
    OrthancServer orthanc;
    orthanc.addModality(QStringLiteral("ONCOVIEW"), storePort);
    const QString started = orthanc.start();
    INFO(started.toStdString());
    REQUIRE(started.isEmpty());
    REQUIRE(orthanc.upload(kStudy) == 301);

    ui::PacsServer server = dimseAt(orthanc.dicomPort());
    server.storePort = storePort;
    ui::DimseClient client(server);
    client.testConnection();
    CHECK(waitFor(client, &ui::PacsClient::connectionTested).isEmpty());

    ui::StudyQuery query;
    query.patientName = QStringLiteral("06"); // a prefix: DIMSE matches "06*"
    QList<QVariant> answer;
    client.searchStudies(query);
    REQUIRE(waitFor(client, &ui::PacsClient::studiesFound, &answer).isEmpty());
    const auto studies = answer.front().value<QList<ui::StudyMatch>>();
    REQUIRE(studies.size() == 1);
    const ui::StudyMatch study = studies.front();
    CHECK(study.patientId == QStringLiteral("UCSF-BR-06"));
    CHECK(study.patientName == QStringLiteral("06^Breast-MRI-NACT-Pilot"));
    CHECK(study.studyDate == QStringLiteral("19910808"));
    CHECK(study.seriesCount == 4);
    CHECK(study.instanceCount == 301);
    query.offset = 1; // the next page: nothing more
    client.searchStudies(query);
    REQUIRE(waitFor(client, &ui::PacsClient::studiesFound, &answer).isEmpty());
    CHECK(answer.front().value<QList<ui::StudyMatch>>().isEmpty());

    client.searchSeries(study.studyUid);
    REQUIRE(waitFor(client, &ui::PacsClient::seriesFound, &answer).isEmpty());
    const auto series = answer.front().value<QList<ui::SeriesMatch>>();
    REQUIRE(series.size() == 4);
    const auto dce = std::find_if(series.begin(), series.end(),
                                  [](const ui::SeriesMatch &s) { return s.instanceCount == 180; });
    REQUIRE(dce != series.end());
    CHECK(dce->modality == QStringLiteral("MR"));

    QTemporaryDir cache;
    const QString original = kStudy + QStringLiteral("/image_dce_3dfgre_orig");
    for (const auto how : {ui::PacsServer::Retrieve::Get, ui::PacsServer::Retrieve::Move}) {
        const bool byMove = how == ui::PacsServer::Retrieve::Move;
        {
            INFO((byMove ? "C-MOVE to our storage SCP" : "C-GET"));
            server.retrieve = how;
            ui::DimseClient retriever(server);
            const QString folder
                = cache.filePath(byMove ? QStringLiteral("move") : QStringLiteral("get"));
            QSignalSpy stored(&retriever, &ui::PacsClient::instanceStored);
            retriever.retrieveSeries(study.studyUid, dce->seriesUid, folder);
            const QString problem = waitFor(retriever, &ui::PacsClient::retrieved, &answer);
            INFO(problem.toStdString());
            REQUIRE(problem.isEmpty());
            CHECK(answer.at(1).toInt() == 180);
            CHECK(stored.count() == 180);
            CHECK(filesIn(folder, QStringLiteral("*.dcm")) == 180);
            CHECK(filesIn(folder, QStringLiteral("*.partial")) == 0);
            testing::checkSamePixels(folder, original);
        }
    }

    {
        INFO("A retrieval cut short is completed: only the missing instances are fetched");
        const QString folder = cache.filePath(QStringLiteral("get"));
        QStringList files = QDir(folder).entryList({QStringLiteral("*.dcm")}, QDir::Files);
        REQUIRE(files.size() == 180);
        for (int i = 0; i < 30; ++i) { // as if the transfer had ended early
            QFile::remove(QDir(folder).filePath(files[i * 6]));
        }
        QFile half(QDir(folder).filePath(QStringLiteral("x.dcm.partial")));
        REQUIRE(half.open(QIODevice::WriteOnly));
        half.write("DICM half");
        half.close();
        for (const auto how : {ui::PacsServer::Retrieve::Get, ui::PacsServer::Retrieve::Move}) {
            server.retrieve = how;
            ui::DimseClient resumer(server);
            QSignalSpy stored(&resumer, &ui::PacsClient::instanceStored);
            resumer.retrieveSeries(study.studyUid, dce->seriesUid, folder);
            const QString problem = waitFor(resumer, &ui::PacsClient::retrieved, &answer);
            INFO(problem.toStdString());
            REQUIRE(problem.isEmpty());
            CHECK(answer.at(1).toInt() == 180); // all of them are in the folder
            // The first time the 30 missing ones came, and only they; the second, nothing.
            CHECK(stored.count() == (how == ui::PacsServer::Retrieve::Get ? 30 : 0));
            CHECK(filesIn(folder, QStringLiteral("*.dcm")) == 180);
            CHECK(filesIn(folder, QStringLiteral("*.partial")) == 0);
        }
        testing::checkSamePixels(folder, original);
    }

    {
        INFO("Instances asked for first arrive before the rest (a DCE's first phase)");
        server.retrieve = ui::PacsServer::Retrieve::Get;
        ui::DimseClient retriever(server);
        const QString folder = cache.filePath(QStringLiteral("first"));
        // The last 20 files by name: Orthanc would send them anywhere in the series.
        QStringList names = QDir(original).entryList(QDir::Files, QDir::Name);
        REQUIRE(names.size() == 180);
        QSet<QString> first;
        for (const QString &name : names.mid(160)) {
            first.insert(ui::sopInstanceUidOf(QDir(original).filePath(name)));
        }
        QStringList order;
        QObject::connect(&retriever, &ui::PacsClient::instanceStored,
                         [&](const QString &path) { order << QFileInfo(path).completeBaseName(); });
        retriever.retrieveSeries(study.studyUid, dce->seriesUid, folder, first.values());
        const QString problem = waitFor(retriever, &ui::PacsClient::retrieved, &answer);
        INFO(problem.toStdString());
        REQUIRE(problem.isEmpty());
        CHECK(answer.at(1).toInt() == 180);
        REQUIRE(order.size() == 180);
        CHECK(QSet<QString>(order.begin(), order.begin() + 20) == first);
        CHECK(QSet<QString>(order.begin(), order.end()).size() == 180); // none twice
        testing::checkSamePixels(folder, original);
    }

    {
        INFO("Cancel stops a retrieval: nothing more is said, no half file is left");
        ui::DimseClient retriever(server);
        const QString folder = cache.filePath(QStringLiteral("cancelled"));
        QSignalSpy stored(&retriever, &ui::PacsClient::instanceStored);
        QSignalSpy retrieved(&retriever, &ui::PacsClient::retrieved);
        QSignalSpy failed(&retriever, &ui::PacsClient::failed);
        retriever.retrieveSeries(study.studyUid, dce->seriesUid, folder);
        REQUIRE(QTest::qWaitFor([&] { return stored.count() > 0; }, 30000));
        retriever.cancel();
        CHECK_FALSE(retriever.isBusy());
        QTest::qWait(1500);
        CHECK(retrieved.isEmpty());
        CHECK(failed.isEmpty());
        CHECK(filesIn(folder, QStringLiteral("*.partial")) == 0);
        // How many arrived before the cancel depends on the machine (all of them, on a fast
        // one): only that nothing is announced after it is checked.
    }

    {
        INFO("A key image is stored by C-STORE and listed in its study");
        mri::KeyImage key;
        key.width = 64;
        key.height = 48;
        key.rgb.assign(size_t(key.width * key.height * 3), 200);
        key.studyUid = study.studyUid.toStdString();
        key.identity.patientId = "UCSF-BR-06";
        key.identity.patientName = "06^Breast-MRI-NACT-Pilot";
        key.derivation = "test";
        const QString file = cache.filePath(QStringLiteral("key.dcm"));
        mri::writeSecondaryCapture(key, file.toStdString());
        client.storeInstances({file});
        REQUIRE(waitFor(client, &ui::PacsClient::stored, &answer).isEmpty());
        CHECK(answer.front().toInt() == 1);
        client.searchSeries(study.studyUid);
        REQUIRE(waitFor(client, &ui::PacsClient::seriesFound, &answer).isEmpty());
        const auto after = answer.front().value<QList<ui::SeriesMatch>>();
        CHECK(after.size() == 5);
        CHECK(std::any_of(after.begin(), after.end(), [](const ui::SeriesMatch &s) {
            return s.modality == QStringLiteral("OT");
        }));
    }
}

TEST_CASE("An archive that is down, does not know us or cannot reach us is said so",
          "[pacs][dimse]")
{
    // Nothing listens there.
    ui::DimseClient down(dimseAt(testing::freeLocalPort()));
    down.testConnection();
    CHECK(waitFor(down, &ui::PacsClient::connectionTested).contains(QStringLiteral("refused")));

    // Something that is not a DICOM archive answers the association request with garbage.
    QTcpServer garbage;
    REQUIRE(garbage.listen(QHostAddress::LocalHost, 0));
    QObject::connect(&garbage, &QTcpServer::newConnection, [&garbage] {
        QTcpSocket *socket = garbage.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
        });
    });
    ui::DimseClient confused(dimseAt(garbage.serverPort()));
    confused.searchStudies({});
    const QString nonsense = waitFor(confused, &ui::PacsClient::studiesFound);
    INFO(nonsense.toStdString());
    CHECK(nonsense.contains(QStringLiteral("does not answer in DICOM")));

    if (!OrthancServer::installed()) {
        ONCOVIEW_SKIP_OR_FAIL("Orthanc is not installed: the refusals are not checked");
        return;
    }
    const quint16 storePort = testing::freeLocalPort();
    OrthancServer orthanc;
    orthanc.addModality(QStringLiteral("ONCOVIEW"), storePort);
    REQUIRE(orthanc.start().isEmpty());

    // An AE title the archive does not know may not search it.
    ui::DimseClient stranger(dimseAt(orthanc.dicomPort(), QStringLiteral("STRANGER")));
    stranger.searchStudies({});
    const QString refused = waitFor(stranger, &ui::PacsClient::studiesFound);
    INFO(refused.toStdString());
    CHECK(refused.contains(QStringLiteral("STRANGER")));

    // Our storage port is taken: C-MOVE cannot start, and says which port.
    QTcpServer squatter;
    REQUIRE(squatter.listen(QHostAddress::Any, storePort));
    ui::PacsServer server = dimseAt(orthanc.dicomPort());
    server.retrieve = ui::PacsServer::Retrieve::Move;
    server.storePort = storePort;
    ui::DimseClient mover(server);
    QTemporaryDir cache;
    mover.retrieveSeries(QStringLiteral("1.2.3"), QStringLiteral("1.2.3.4"), cache.path());
    const QString busyPort = waitFor(mover, &ui::PacsClient::retrieved);
    INFO(busyPort.toStdString());
    CHECK(busyPort.contains(QString::number(storePort)));
    squatter.close();

    // A series the archive does not hold: nothing arrives, and the user is told.
    mover.retrieveSeries(QStringLiteral("1.2.3"), QStringLiteral("1.2.3.4"), cache.path());
    const QString nothing = waitFor(mover, &ui::PacsClient::retrieved);
    INFO(nothing.toStdString());
    CHECK(nothing.contains(QStringLiteral("could not send this series")));
    CHECK(filesIn(cache.path(), QStringLiteral("*.dcm")) == 0);
}

TEST_CASE("An archive that accepts the connection and then says nothing times out, both ways",
          "[pacs][dimse]")
{
    // Takes the connection, reads what comes and never answers.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    QObject::connect(&silent, &QTcpServer::newConnection, [&] {
        QTcpSocket *socket = silent.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        held << socket;
    });

    ui::PacsServer dimse = dimseAt(silent.serverPort());
    dimse.timeoutMs = 1500;
    ui::DimseClient mute(dimse);
    mute.testConnection();
    const QString dimseProblem = waitFor(mute, &ui::PacsClient::connectionTested, nullptr, 20000);
    INFO(dimseProblem.toStdString());
    CHECK(dimseProblem.contains(QStringLiteral("did not answer within 1 s")));

    ui::PacsServer web;
    web.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(silent.serverPort()));
    web.timeoutMs = 1500;
    QScopedPointer<ui::PacsClient> quiet(ui::PacsClient::create(web, nullptr));
    quiet->testConnection();
    const QString webProblem = waitFor(*quiet, &ui::PacsClient::connectionTested, nullptr, 20000);
    INFO(webProblem.toStdString());
    CHECK(webProblem.contains(QStringLiteral("did not answer")));
}
