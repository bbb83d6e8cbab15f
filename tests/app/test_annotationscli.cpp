// SPDX-License-Identifier: Apache-2.0
// `oncoview-cli annotations`: GeoJSON <-> ASAP XML through the app's readers and writers, on a
// real CAMELYON16 ASAP file and on QuPath-style GeoJSON, saying what does not carry over.
#include <catch2/catch.hpp>

// Qt
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

// Local
#include "clirun.h"
#include "tests/support/prerequisite.h"

namespace {

using oncoview::testing::CliRun;
using oncoview::testing::jsonOf;
using oncoview::testing::runCli;

const QString kCamelyon
    = QStringLiteral(ONCOVIEW_SHARED_DATA "/annotations/camelyon16_tumor_085.xml");

int vertexCount(const QJsonObject &collection)
{
    int vertices = 0;
    for (const QJsonValue &feature : collection.value(QStringLiteral("features")).toArray()) {
        const QJsonObject geometry
            = feature.toObject().value(QStringLiteral("geometry")).toObject();
        for (const QJsonValue &ring : geometry.value(QStringLiteral("coordinates")).toArray()) {
            vertices += int(ring.toArray().size()) - 1; // closed rings repeat the first vertex
        }
    }
    return vertices;
}

} // namespace

TEST_CASE("annotations converts ASAP XML to GeoJSON and back without loss", "[cli][annotations]")
{
    if (!QFileInfo::exists(kCamelyon)) {
        ONCOVIEW_SKIP_OR_FAIL("shared data not found at " ONCOVIEW_SHARED_DATA " - skipped");
        return;
    }
    QTemporaryDir dir;
    const QString geojson = dir.filePath(QStringLiteral("tumor_085.geojson"));
    const CliRun toGeoJson
        = runCli({QStringLiteral("annotations"), kCamelyon, QStringLiteral("--out"), geojson});
    INFO(toGeoJson.err.toStdString());
    REQUIRE(toGeoJson.exitCode == 0);
    const QJsonObject report = jsonOf(toGeoJson);
    CHECK(report.value(QStringLiteral("annotations")).toInt() == 50);
    CHECK(report.value(QStringLiteral("warnings")).toArray().isEmpty());
    QFile file(geojson);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject collection = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(vertexCount(collection) == 7220); // every vertex of the 50 polygons

    const QString xml = dir.filePath(QStringLiteral("back.xml"));
    const CliRun back
        = runCli({QStringLiteral("annotations"), geojson, QStringLiteral("--out"), xml});
    REQUIRE(back.exitCode == 0);
    CHECK(jsonOf(back).value(QStringLiteral("annotations")).toInt() == 50);
    CHECK(jsonOf(back).value(QStringLiteral("output_format")).toString() == "asap-xml");
}

TEST_CASE("annotations says what does not carry over, and refuses what it cannot read",
          "[cli][annotations]")
{
    QTemporaryDir dir;
    const QString qupath = dir.filePath(QStringLiteral("qupath.geojson"));
    QFile file(qupath);
    REQUIRE(file.open(QIODevice::WriteOnly));
    // As QuPath writes it: bare NaN, an ellipse, a polygon with a hole.
    file.write(R"([
 {"type":"Feature","geometry":{"type":"Polygon","isEllipse":true,
   "coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]]]},
  "properties":{"objectType":"annotation","name":"e","measurements":{"Mean":NaN,"Area":3.5}}},
 {"type":"Feature","geometry":{"type":"Polygon",
   "coordinates":[[[0,0],[100,0],[100,100],[0,0]],[[50,10],[90,10],[90,40],[50,10]]]},
  "properties":{"objectType":"annotation","name":"donut"}}
])");
    file.close();
    const CliRun toXml = runCli({QStringLiteral("annotations"), qupath, QStringLiteral("--out"),
                                 dir.filePath(QStringLiteral("out.xml"))});
    INFO(toXml.err.toStdString());
    REQUIRE(toXml.exitCode == 0);
    QStringList lines;
    for (const QJsonValue &line : jsonOf(toXml).value(QStringLiteral("warnings")).toArray()) {
        lines << line.toString();
    }
    const QString warnings = lines.join(QLatin1Char('\n'));
    INFO(warnings.toStdString());
    CHECK(warnings.contains(QStringLiteral("\"e\""))); // the ellipse became a polygon
    CHECK(warnings.contains(QStringLiteral("\"donut\""))); // its hole is dropped
    CHECK(warnings.contains(QStringLiteral("measurements")));

    // GeoJSON to GeoJSON: the NaN measurement is left out, and the report says so.
    const QString again = dir.filePath(QStringLiteral("again.geojson"));
    const CliRun toGeoJson
        = runCli({QStringLiteral("annotations"), qupath, QStringLiteral("--out"), again});
    REQUIRE(toGeoJson.exitCode == 0);
    CHECK(QString::fromUtf8(toGeoJson.out).contains(QStringLiteral("\\\"Mean\\\" is not finite")));
    QFile written(again);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray text = written.readAll();
    CHECK_FALSE(text.contains("NaN"));
    CHECK(text.contains("\"Area\": 3.5"));

    const CliRun missing
        = runCli({QStringLiteral("annotations"), dir.filePath(QStringLiteral("none.xml")),
                  QStringLiteral("--out"), dir.filePath(QStringLiteral("x.geojson"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.startsWith("error: "));
    CHECK(missing.err.count('\n') == 1);
    const CliRun unknown = runCli({QStringLiteral("annotations"), qupath, QStringLiteral("--out"),
                                   dir.filePath(QStringLiteral("x.txt"))});
    CHECK(unknown.exitCode == 64);
}
