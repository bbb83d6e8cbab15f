// SPDX-License-Identifier: Apache-2.0
// Archives set up by name: kept in the settings without their secrets, the last used one
// remembered, the one archive of earlier versions carried over; a bearer token is sent as such.
#include <catch2/catch.hpp>

// Qt
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// Local
#include "ui/pacs/pacsclient.h"
#include "ui/pacs/pacsserverform.h"
#include "ui/pacs/pacsservers.h"

using namespace oncoview;

TEST_CASE("Archives are kept by name, without their secrets, the last used first", "[pacs]")
{
    QSettings().remove(QStringLiteral("pacs"));
    // What an earlier version kept becomes the first named archive.
    QSettings().setValue(QStringLiteral("pacs/dicomWebUrl"),
                         QStringLiteral("https://pacs.example.org/dicom-web"));
    QSettings().setValue(QStringLiteral("pacs/user"), QStringLiteral("alice"));
    const QList<ui::PacsServer> migrated = ui::pacsservers::load();
    REQUIRE(migrated.size() == 1);
    CHECK(migrated.front().name == QStringLiteral("pacs.example.org"));
    CHECK(migrated.front().auth == ui::PacsServer::Auth::Basic);
    CHECK(migrated.front().user == QStringLiteral("alice"));

    ui::PacsServer web;
    web.name = QStringLiteral("Cloud");
    web.baseUrl = QUrl(QStringLiteral("https://cloud.example.org/dicomweb"));
    web.auth = ui::PacsServer::Auth::Bearer;
    web.secret = QStringLiteral("token-not-for-settings");
    ui::pacsservers::remember(web);
    ui::PacsServer dimse;
    dimse.name = QStringLiteral("Radiology");
    dimse.protocol = ui::PacsServer::Protocol::Dimse;
    dimse.host = QStringLiteral("pacs.hospital");
    dimse.port = 11112;
    dimse.calledAe = QStringLiteral("RADPACS");
    dimse.retrieve = ui::PacsServer::Retrieve::Move;
    dimse.storePort = 4006;
    ui::pacsservers::remember(dimse);

    const QList<ui::PacsServer> servers = ui::pacsservers::load();
    REQUIRE(servers.size() == 3);
    CHECK(ui::pacsservers::lastUsed().name == QStringLiteral("Radiology"));
    CHECK(ui::pacsservers::lastUsed().storePort == 4006);
    CHECK(servers[1].auth == ui::PacsServer::Auth::Bearer);
    CHECK(servers[1].secret.isEmpty());
    QSettings settings;
    settings.sync();
    for (const QString &key : settings.allKeys()) {
        CHECK_FALSE(settings.value(key).toString().contains(QStringLiteral("token-not")));
    }

    // Remembering a name again replaces it; forgetting removes it.
    dimse.port = 104;
    ui::pacsservers::remember(dimse);
    CHECK(ui::pacsservers::load().size() == 3);
    CHECK(ui::pacsservers::lastUsed().port == 104);
    ui::pacsservers::forget(QStringLiteral("Radiology"));
    CHECK(ui::pacsservers::load().size() == 2);
    CHECK(ui::pacsservers::lastUsed().name == QStringLiteral("pacs.example.org"));

    // The form lists them and shows the one chosen.
    ui::PacsServerForm form;
    CHECK(form.serverNames()
          == QStringList {QStringLiteral("pacs.example.org"), QStringLiteral("Cloud")});
    QSettings().remove(QStringLiteral("pacs"));
}

TEST_CASE("A bearer token goes in the Authorization header, and nothing else", "[pacs]")
{
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    QByteArray request;
    QObject::connect(&server, &QTcpServer::newConnection, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [&request, socket] {
            request += socket->readAll();
            if (request.contains("\r\n\r\n")) {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/dicom+json\r\n"
                              "Content-Length: 2\r\n\r\n[]");
                socket->disconnectFromHost();
            }
        });
    });
    ui::PacsServer web;
    web.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(server.serverPort()));
    web.auth = ui::PacsServer::Auth::Bearer;
    web.secret = QStringLiteral("abc.def.ghi");
    QScopedPointer<ui::PacsClient> client(ui::PacsClient::create(web, nullptr));
    QSignalSpy tested(client.data(), &ui::PacsClient::connectionTested);
    client->testConnection();
    REQUIRE(tested.wait(10000));
    CHECK(request.contains("Authorization: Bearer abc.def.ghi\r\n"));
    CHECK_FALSE(request.contains("Basic"));
}
