// SPDX-License-Identifier: Apache-2.0
// A crash (a real SIGSEGV delivered to the running app) leaves a report without patient data
// or paths, and the next start finishes it and offers to reopen what was open.
#include <catch2/catch.hpp>

// Qt
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

namespace {

QProcessEnvironment isolatedEnvironment(const QString &dataHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome); // sessions and reports go here
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

// The session record the running app keeps, once it names `slide`.
QJsonObject waitForSessionRecord(const QString &sessions, const QString &slide)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000) {
        for (const QFileInfo &info :
             QDir(sessions).entryInfoList({QStringLiteral("session-*.json")}, QDir::Files)) {
            QFile file(info.filePath());
            if (file.open(QIODevice::ReadOnly)) {
                const QJsonObject record = QJsonDocument::fromJson(file.readAll()).object();
                if (record.value(QLatin1String("slide")).toString() == slide) {
                    return record;
                }
            }
        }
        QThread::msleep(100);
    }
    return {};
}

} // namespace

TEST_CASE("A crash leaves a report without paths and the next start offers to reopen the slide",
          "[app][crash]")
{
    const QString slide = QStringLiteral(ONCOVIEW_TEST_DEMO_DIR "/slide/oncoview-demo-slide.tif");
    REQUIRE(QFileInfo::exists(slide));
    QTemporaryDir dataHome;
    REQUIRE(dataHome.isValid());
    const QString appData = dataHome.filePath(QStringLiteral("OncoView/OncoView"));

    QProcess app;
    app.setProcessEnvironment(isolatedEnvironment(dataHome.path()));
    app.start(QStringLiteral(ONCOVIEW_APP), {slide});
    REQUIRE(app.waitForStarted(10000));
    const QJsonObject record = waitForSessionRecord(appData + QStringLiteral("/sessions"), slide);
    REQUIRE_FALSE(record.isEmpty());
    ::kill(pid_t(app.processId()), SIGSEGV);
    REQUIRE(app.waitForFinished(30000));
    CHECK(app.exitStatus() == QProcess::CrashExit);
    const QStringList raw = QDir(appData + QStringLiteral("/crash-reports"))
                                .entryList({QStringLiteral("crash-*.raw")}, QDir::Files);
    REQUIRE(raw.size() == 1);

    // The next start: the raw report is finished, the session record claimed.
    const QString shot = dataHome.filePath(QStringLiteral("restore.png"));
    QProcess next;
    next.setProcessEnvironment(isolatedEnvironment(dataHome.path()));
    next.start(QStringLiteral(ONCOVIEW_APP), {QStringLiteral("--screenshot"), shot});
    REQUIRE(next.waitForFinished(120000));
    INFO(next.readAllStandardError().toStdString());
    CHECK(next.exitCode() == 0);
    const QDir reports(appData + QStringLiteral("/crash-reports"));
    CHECK(reports.entryList({QStringLiteral("crash-*.raw")}, QDir::Files).isEmpty());
    const QStringList finished = reports.entryList({QStringLiteral("crash-*.txt")}, QDir::Files);
    REQUIRE(finished.size() == 1);
    QFile file(reports.filePath(finished.front()));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(file.readAll());
    INFO(report.toStdString());
    CHECK(report.contains(QStringLiteral("signal: 11 SIGSEGV")));
    CHECK(report.contains(QStringLiteral("versions: OncoView")));
    CHECK(report.contains(QStringLiteral("OpenSlide")));
    CHECK(report.contains(QStringLiteral("open slide")));
    CHECK(report.contains(QStringLiteral("QCoreApplication::exec()"))); // demangled frames
    // No patient data and no paths: neither the slide's name nor any folder.
    CHECK_FALSE(report.contains(QStringLiteral("oncoview-demo-slide")));
    CHECK_FALSE(report.contains(QRegularExpression(QStringLiteral(R"((^|[\s(\[])/\w)"))));
    // The claimed record is gone and this clean run removed its own.
    CHECK(QDir(appData + QStringLiteral("/sessions"))
              .entryList({QStringLiteral("session-*.json")}, QDir::Files)
              .isEmpty());
    CHECK(QImage(shot).width() >= 800);
}
