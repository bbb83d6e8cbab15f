// SPDX-License-Identifier: Apache-2.0
// MRI measurements outlive the session: kept per study in the user's data folder, back when
// the study is opened again (in a new window, as after a restart), exported as CSV; a damaged
// sidecar is moved aside, never overwritten.
#include <catch2/catch.hpp>

// Qt
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Local
#include "ui/demoassets.h"
#include "ui/inferenceservice.h"
#include "ui/mainwindow.h"
#include "ui/mri/measurementsidecar.h"
#include "viewers/mri/measuretool.h"
#include "viewers/mri/mriviewer.h"

using namespace oncoview;

namespace {

std::vector<mri::Measurement> twoMeasurements()
{
    mri::Measurement distance;
    distance.orientation = mri::MprOrientation::Axial;
    distance.a = {-20, 10, 0};
    distance.b = {20, 10, 0};
    mri::Measurement ellipse;
    ellipse.kind = mri::MeasureKind::Ellipse;
    ellipse.orientation = mri::MprOrientation::Sagittal;
    ellipse.a = {0, 0, 0};
    ellipse.b = {0, 5, 5};
    return {distance, ellipse};
}

bool openDemoStudy(ui::MainWindow &window)
{
    window.openStudy(ui::DemoPaths {QStringLiteral(ONCOVIEW_TEST_DEMO_DIR)}.study());
    return QTest::qWaitFor([&] { return !window.study().series.empty(); }, 120000);
}

} // namespace

TEST_CASE("MRI measurements come back with their study and export as CSV", "[gui][demo][measure]")
{
    ui::InferenceService inference;
    QString sidecar;
    {
        ui::MainWindow window(&inference);
        REQUIRE(openDemoStudy(window));
        ui::MeasurementSidecar *keeper = window.measurementSidecar();
        CHECK(keeper->studyKey().startsWith(QStringLiteral("dicom:")));
        sidecar = keeper->sidecarPath();
        QFile::remove(sidecar); // a previous run's
        keeper->setStudy(keeper->studyKey());
        CHECK(keeper->measurements().empty());
        const auto measurements = twoMeasurements();
        window.mriViewer()
            ->measureTool(mri::MprOrientation::Axial)
            ->setMeasurements({measurements[0]}, true);
        window.mriViewer()
            ->measureTool(mri::MprOrientation::Sagittal)
            ->setMeasurements({measurements[1]}, true);
        CHECK(QFile::exists(sidecar));

        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("m.csv"));
        REQUIRE(window.exportMeasurementsCsv(csvPath).isEmpty());
        QFile csv(csvPath);
        REQUIRE(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        REQUIRE(lines.size() == 3);
        CHECK(lines[1].startsWith("1,distance,axial,40.00,"));
        CHECK(lines[2].startsWith("2,ellipse,sagittal,"));
    }
    {
        // A new window (a restart): opening the same study brings them back.
        ui::MainWindow window(&inference);
        REQUIRE(openDemoStudy(window));
        const std::vector<mri::Measurement> back = window.measurementSidecar()->measurements();
        REQUIRE(back.size() == 2);
        CHECK(back[0].orientation == mri::MprOrientation::Axial);
        CHECK(mri::measurementLengthMm(back[0]) == Approx(40.0));
        CHECK(back[1].kind == mri::MeasureKind::Ellipse);
        // Removing the last one leaves nothing kept.
        window.mriViewer()->measureTool(mri::MprOrientation::Axial)->clear();
        window.mriViewer()->measureTool(mri::MprOrientation::Sagittal)->clear();
        CHECK_FALSE(QFile::exists(sidecar));
    }
    {
        // A damaged sidecar: the user is told, it is kept aside, and new work saves anew.
        QFile damaged(sidecar);
        REQUIRE(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"format\": \"oncoview-measurements\", \"measurements\": [");
        damaged.close();
        ui::MainWindow window(&inference);
        QSignalSpy problems(window.measurementSidecar(), &ui::MeasurementSidecar::problem);
        REQUIRE(openDemoStudy(window));
        REQUIRE(problems.size() == 1);
        CHECK(window.measurementSidecar()->measurements().empty());
        const QStringList aside = QFileInfo(sidecar).dir().entryList(
            {QFileInfo(sidecar).fileName() + QStringLiteral(".unreadable-*")});
        CHECK(aside.size() >= 1);
        for (const QString &name : aside) {
            QFile::remove(QFileInfo(sidecar).dir().filePath(name));
        }
    }
}
