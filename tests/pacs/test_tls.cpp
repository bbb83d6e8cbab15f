// SPDX-License-Identifier: Apache-2.0
// DICOMweb over HTTPS (a real Orthanc behind a TLS front end, certificates made by openssl for
// the test): an archive whose certificate the system does not trust, or whose certificate names
// another host, is refused with a message that says so and what to do; with the hospital's own
// certificate authority given, the same archive is searched and a series retrieved.
#include <catch2/catch.hpp>

// Qt
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Local
#include "orthancserver.h"
#include "tests/support/prerequisite.h"
#include "throttledrelay.h"
#include "ui/pacs/dicomwebclient.h"
#include "ui/pacs/pacsserverform.h"

using namespace oncoview;
using oncoview::testing::OrthancServer;

namespace {

// openssl with `arguments` in `dir`; "" or what it said.
QString openssl(const QString &dir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return QString::fromLocal8Bit(process.readAllStandardError());
    }
    return {};
}

// A certificate authority (ca.pem) and two server certificates it signs: one for 127.0.0.1
// (right.pem/right.key) and one for another host (wrong.pem/wrong.key).
QString makeCertificates(const QString &dir)
{
    QString problem
        = openssl(dir,
                  {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out",
                   "ca.pem", "-days", "2", "-subj", "/CN=OncoView Test Hospital CA"});
    for (const auto &[name, altName] :
         {std::pair {QStringLiteral("right"), QStringLiteral("subjectAltName=IP:127.0.0.1")},
          std::pair {QStringLiteral("wrong"),
                     QStringLiteral("subjectAltName=DNS:archive."
                                    "example")}}) {
        QFile extension(QDir(dir).filePath(name + QStringLiteral(".ext")));
        if (!extension.open(QIODevice::WriteOnly)) {
            return QStringLiteral("cannot write %1").arg(extension.fileName());
        }
        extension.write(altName.toLatin1() + '\n');
        extension.close();
        if (problem.isEmpty()) {
            problem = openssl(dir,
                              {"req", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key",
                               "-out", name + ".csr", "-subj", "/CN=" + name});
        }
        if (problem.isEmpty()) {
            problem = openssl(dir,
                              {"x509", "-req", "-in", name + ".csr", "-CA", "ca.pem", "-CAkey",
                               "ca.key", "-CAcreateserial", "-out", name + ".pem", "-days", "2",
                               "-extfile", name + ".ext"});
        }
    }
    return problem;
}

QSslConfiguration serverTls(const QString &dir, const QString &name)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(
        QSslCertificate::fromPath(QDir(dir).filePath(name + QStringLiteral(".pem"))).value(0));
    QFile key(QDir(dir).filePath(name + QStringLiteral(".key")));
    REQUIRE(key.open(QIODevice::ReadOnly));
    tls.setPrivateKey(QSslKey(&key, QSsl::Rsa));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for ours
    return tls;
}

// A study search: "" when studies came back, else the failure.
QString search(const ui::PacsServer &server, int *studies = nullptr)
{
    ui::DicomWebClient client(server);
    QSignalSpy found(&client, &ui::PacsClient::studiesFound);
    QSignalSpy failed(&client, &ui::PacsClient::failed);
    client.searchStudies({});
    REQUIRE(QTest::qWaitFor([&] { return found.count() + failed.count() > 0; }, 30000));
    if (studies && !found.isEmpty()) {
        *studies = int(found.front().front().value<QList<ui::StudyMatch>>().size());
    }
    return failed.isEmpty() ? QString() : failed.front().front().toString();
}

} // namespace

TEST_CASE("HTTPS archives: untrusted or misnamed certificates are refused, the hospital's CA "
          "is trusted when given",
          "[pacs][tls][shared]")
{
    const QString series
        = QStringLiteral(ONCOVIEW_SHARED_DATA "/dicom/breast_dce_ucsf_br06/image_dce_pe1");
    if (!OrthancServer::installed() || !QDir(series).exists()
        || QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        ONCOVIEW_SKIP_OR_FAIL("Orthanc, openssl or the shared study is missing");
        return;
    }
    QTemporaryDir certificates;
    const QString made = makeCertificates(certificates.path());
    INFO(made.toStdString());
    REQUIRE(made.isEmpty());
    OrthancServer orthanc;
    REQUIRE(orthanc.start().isEmpty());
    REQUIRE(orthanc.upload(series) == 60);
    const quint16 http = quint16(QUrl(orthanc.restRoot()).port());
    testing::ThrottledRelay right(http, qint64(1) << 40, serverTls(certificates.path(), "right"));
    testing::ThrottledRelay wrong(http, qint64(1) << 40, serverTls(certificates.path(), "wrong"));

    ui::PacsServer server;
    server.name = QStringLiteral("hospital");
    server.timeoutMs = 15000;
    server.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/dicom-web").arg(right.port()));

    // Signed by an authority the system does not know: refused, and the message says why.
    QString problem = search(server);
    INFO(problem.toStdString());
    CHECK(problem.contains(QStringLiteral("cannot be trusted")));
    CHECK(problem.contains(QStringLiteral("certificate authority")));

    // The hospital's authority given: the archive answers, and a series comes over HTTPS.
    server.caCertificates = QDir(certificates.path()).filePath(QStringLiteral("ca.pem"));
    int studies = 0;
    problem = search(server, &studies);
    CHECK(problem.isEmpty());
    CHECK(studies == 1);
    {
        ui::DicomWebClient client(server);
        QSignalSpy found(&client, &ui::PacsClient::studiesFound);
        client.searchStudies({});
        REQUIRE(QTest::qWaitFor([&] { return found.count() == 1; }, 30000));
        const QString study = found.front().front().value<QList<ui::StudyMatch>>()[0].studyUid;
        QSignalSpy listed(&client, &ui::PacsClient::seriesFound);
        client.searchSeries(study);
        REQUIRE(QTest::qWaitFor([&] { return listed.count() == 1; }, 30000));
        const auto seriesFound = listed.front().front().value<QList<ui::SeriesMatch>>();
        REQUIRE(seriesFound.size() == 1);
        QTemporaryDir cache;
        QSignalSpy retrieved(&client, &ui::PacsClient::retrieved);
        client.retrieveSeries(study, seriesFound.front().seriesUid, cache.path());
        REQUIRE(QTest::qWaitFor([&] { return retrieved.count() == 1; }, 60000));
        CHECK(retrieved.front().at(1).toInt() == 60);
    }

    // Trusted authority, but the certificate names another host: refused all the same.
    server.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/dicom-web").arg(wrong.port()));
    problem = search(server);
    CHECK(problem.contains(QStringLiteral("cannot be trusted")));
    CHECK(problem.contains(QStringLiteral("host name"), Qt::CaseInsensitive));

    // The form refuses a file that holds no certificate before anything is asked.
    ui::PacsServerForm form;
    server.caCertificates = QDir(certificates.path()).filePath(QStringLiteral("right.ext"));
    form.setServer(server);
    CHECK(form.problem().contains(QStringLiteral("no PEM certificate")));
    server.caCertificates = QDir(certificates.path()).filePath(QStringLiteral("ca.pem"));
    form.setServer(server);
    CHECK(form.problem().isEmpty());
    CHECK(form.server().caCertificates == server.caCertificates);
    CHECK(form.server().timeoutMs == 15000);
}
