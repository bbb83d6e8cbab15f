// SPDX-License-Identifier: Apache-2.0
// The app on a display without OpenGL (Qt's offscreen platform, as a remote X session or a VM
// without a driver): it used to crash inside Qt as soon as the window showed its VTK views.
#include <catch2/catch.hpp>

// Qt
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

TEST_CASE("Without OpenGL the app opens the demo study and slide and says what the MRI views need",
          "[app][opengl]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString shot = dir.filePath(QStringLiteral("no-opengl.png"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    // --screenshot waits until the study, the slide, the demo analysis and its map are done,
    // then saves the window and quits.
    process.start(QStringLiteral(ONCOVIEW_APP),
                  {QStringLiteral("--demo"), QStringLiteral("--demo-dir"),
                   QStringLiteral(ONCOVIEW_TEST_DEMO_DIR), QStringLiteral("--screenshot"), shot});
    REQUIRE(process.waitForFinished(240000));
    const QByteArray err = process.readAllStandardError();
    INFO(err.toStdString());
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
    CHECK(err.contains("The MRI views need OpenGL 3.2"));
    const QImage image(shot);
    CHECK(image.width() >= 800);
    CHECK(image.height() >= 600);
}

TEST_CASE("oncoview --help and --version work without any display", "[app]")
{
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("--version")}) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ONCOVIEW_APP), {option});
        REQUIRE(process.waitForFinished(30000));
        const QByteArray out = process.readAllStandardOutput();
        INFO(option.toStdString() << ": " << out.toStdString()
                                  << process.readAllStandardError().toStdString());
        CHECK(process.exitStatus() == QProcess::NormalExit);
        CHECK(process.exitCode() == 0);
        CHECK(out.contains(option == QLatin1String("--help") ? "--demo" : "OncoView"));
    }
}
