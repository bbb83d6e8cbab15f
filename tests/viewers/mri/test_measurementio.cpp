// SPDX-License-Identifier: Apache-2.0
// Measurements kept with a study (JSON sidecar) and handed on (CSV): what is written reads
// back the same, damaged or foreign documents are refused whole, and the CSV's statistics are
// those of the series asked for.
#include <catch2/catch.hpp>

#include "tests/viewers/mri/rampvolume.h"
#include "viewers/mri/measurementio.h"

#include <QStringList>

#include <memory>

using namespace oncoview::mri;
using oncoview::mri::test::rampVolume;

namespace {

std::vector<Measurement> sample()
{
    Measurement distance;
    distance.kind = MeasureKind::Distance;
    distance.orientation = MprOrientation::Coronal;
    distance.a = {-10, 0, 0};
    distance.b = {-10, 0, 20.5};
    Measurement ellipse;
    ellipse.kind = MeasureKind::Ellipse;
    ellipse.orientation = MprOrientation::Axial;
    ellipse.a = {0, 0, 0}; // voxel column 40
    ellipse.b = {3, 4, 0};
    return {distance, ellipse};
}

} // namespace

TEST_CASE("Measurements read back as they were written", "[measure]")
{
    const std::vector<Measurement> written = sample();
    const MeasurementRead read
        = measurementsFromJson(measurementsToJson(QStringLiteral("dicom:1.2.3"), written));
    REQUIRE(read.error.isEmpty());
    CHECK(read.studyKey == QLatin1String("dicom:1.2.3"));
    REQUIRE(read.measurements.size() == 2);
    for (size_t i = 0; i < written.size(); ++i) {
        CHECK(read.measurements[i].kind == written[i].kind);
        CHECK(read.measurements[i].orientation == written[i].orientation);
        CHECK(read.measurements[i].a == written[i].a);
        CHECK(read.measurements[i].b == written[i].b);
    }
    CHECK(measurementLengthMm(read.measurements[0]) == Approx(20.5));
}

TEST_CASE("A damaged or foreign measurements document is refused whole", "[measure]")
{
    const QByteArray good = measurementsToJson(QStringLiteral("k"), sample());
    CHECK_FALSE(measurementsFromJson(good.left(good.size() / 2)).error.isEmpty());
    CHECK_FALSE(measurementsFromJson(QByteArray("[]")).error.isEmpty());
    CHECK_FALSE(measurementsFromJson(R"({"format":"other","measurements":[]})").error.isEmpty());
    CHECK(measurementsFromJson(R"({"format":"oncoview-measurements","version":9})")
              .error.contains(QStringLiteral("newer")));
    for (const char *bad : {
             R"({"kind":"distance","plane":"axial","a":[0,0],"b":[1,1,1]})",
             R"({"kind":"distance","plane":"axial","a":[0,0,"x"],"b":[1,1,1]})",
             R"({"kind":"distance","plane":"axial","a":[0,0,1e300],"b":[1,1,1]})",
             R"({"kind":"circle","plane":"axial","a":[0,0,0],"b":[1,1,1]})",
             R"({"kind":"ellipse","plane":"oblique","a":[0,0,0],"b":[1,1,1]})",
         }) {
        CAPTURE(bad);
        const QByteArray json = QByteArray(R"({"format":"oncoview-measurements","version":1,)"
                                           R"("study":"k","measurements":[)")
            + R"({"kind":"distance","plane":"axial","a":[0,0,0],"b":[1,1,1]},)" + bad + "]}";
        const MeasurementRead read = measurementsFromJson(json);
        CHECK(read.error == QLatin1String("measurement 2 is malformed"));
        CHECK(read.measurements.empty()); // not the first one alone
    }
}

TEST_CASE("The CSV has one row per measurement with the shown series' statistics", "[measure]")
{
    const auto volume = rampVolume();
    const QString csv = measurementsCsv(sample(), volume.get(), QStringLiteral("DCE, phase \"2\""));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    const int columns = int(lines[0].split(QLatin1Char(',')).size());
    CHECK(columns == 17);
    CHECK(lines[1].startsWith(QStringLiteral("1,distance,coronal,20.50,-10.00,0.00,10.25,")));
    CHECK(lines[1].split(QLatin1Char(',')).size() == columns);
    CHECK(lines[2].startsWith(QStringLiteral("2,ellipse,axial,,0.00,0.00,0.00,3.00,4.00,")));
    const QStringList ellipse = lines[2].split(QLatin1Char(','));
    CHECK(ellipse[11].toDouble() == Approx(40.0).margin(0.01)); // mean of columns about 40
    // The series title is quoted, its comma and quotes kept.
    CHECK(lines[2].contains(QStringLiteral("\"DCE, phase \"\"2\"\"\"")));
    // Without a volume there are no statistics, and nothing else changes.
    const QString bare = measurementsCsv(sample(), nullptr, QString());
    CHECK(bare.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)[2]
              .split(QLatin1Char(','))[11]
              .isEmpty());
}
