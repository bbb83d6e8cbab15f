// SPDX-License-Identifier: Apache-2.0
#include "annotationtestutil.h"
#include "viewers/slide/annotations/asapxmlio.h"
#include "viewers/slide/annotations/geojsonio.h"
#include "viewers/slide/annotations/jsonliterals.h"

#include <catch2/catch.hpp>

// Qt
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace oncoview::slide;
using namespace oncoview::slide::test;

namespace {

// One of every shape, with every field set somewhere, and coordinates that need all 17
// significant digits.
QList<Annotation> everyShape()
{
    const double odd = 0.1 + 0.2; // 0.30000000000000004
    const double far = 98765.0 + 1.0 / 3.0;
    QList<Annotation> list;

    Annotation donut
        = Annotation::polygon({{far, 10}, {far + 100, 10 + odd}, {far + 100, 110}, {far, 110}},
                              {{{far + 25, 35}, {far + 75, 35}, {far + 50, 75}}});
    donut.className = "Tumor";
    donut.classColor = QColor(200, 0, 0);
    donut.name = "ROI 1";
    donut.notes = "invasive front\nsecond line, ünïcödé";
    donut.locked = true;
    donut.color = QColor(10, 20, 30, 128);
    donut.measurements = {
        {"Area µm^2", 1234.5678901234567}, {"AI tumour probability", 0.93}, {"Infinite", INFINITY}};
    donut.metadata = {{"model", "my-mil-v1"}};
    list << donut;

    Annotation ellipse = Annotation::ellipse(QRectF(3000.125, 3000 + odd, 400.5, 200.25));
    ellipse.className = "Stroma";
    ellipse.classColor = QColor(150, 200, 150);
    list << ellipse;

    Annotation multi
        = Annotation::multiPolygon({{QPolygonF {{0, 0}, {10, 0}, {10, 10}}},
                                    {QPolygonF {{20, 20}, {40, 20}, {40, 40}, {20, 40}},
                                     QPolygonF {{25, 25}, {30, 25}, {30, 30}}}});
    multi.className = "Tumor: Positive";
    multi.classColor = QColor(200, 50, 50);
    list << multi;

    list << Annotation::point({120.5, 340.25});
    Annotation mitoses = Annotation::points({{1, 2}, {3, 4}, {odd, far}});
    mitoses.className = "Mitosis";
    mitoses.classColor = QColor(1, 2, 3);
    list << mitoses;
    list << Annotation::polyline({{0, 0}, {odd, 5}, {far, 7}});
    Annotation rect = Annotation::rectangle(QRectF(1000, 2000, 500, 600));
    rect.visible = false;
    list << rect;
    list << Annotation::brush({{0, 0}, {30, 5}}, 6.0);
    // Axis-aligned 4-vertex polygon: must stay a polygon, not turn into a rectangle.
    list << Annotation::polygon({{0, 0}, {10, 0}, {10, 10}, {0, 10}});
    for (Annotation &a : list) {
        a.id = Annotation::newId();
    }
    return list;
}

const char *kQuPathSample = R"([
 {"type":"Feature","id":"3f1b5a8e-2c4d-4e6f-9a0b-1c2d3e4f5a6b",
  "geometry":{"type":"Polygon","coordinates":[[[1000.0,2000.0],[1500.0,2000.0],[1500.0,2600.0],[1200.0,2700.0],[1000.0,2000.0]]]},
  "properties":{"objectType":"annotation","name":"ROI 1","color":[255,0,0],
    "classification":{"name":"Tumor","color":[200,0,0]},"isLocked":true,
    "measurements":{"AI tumour probability":0.93,"Area µm^2":75000.0,"Bad":"NaN"},
    "metadata":{"model":"my-mil-v1"}}},
 {"type":"Feature","id":"a0c9e2f4-1111-4222-8333-944455556666",
  "geometry":{"type":"Polygon","coordinates":[[[3400,3100],[3200,3200],[3000,3100],[3200,3000],[3400,3100]]],"isEllipse":true},
  "properties":{"objectType":"annotation","classification":{"name":"Stroma","color":[0,150,0]}}},
 {"type":"Feature","geometry":{"type":"MultiPoint","coordinates":[[120.5,340.25],[130,350]]},
  "properties":{"objectType":"annotation","classification":{"names":["Tumor","Positive"],"color":[255,255,0]}}},
 {"type":"Feature","id":"PathAnnotationObject",
  "geometry":{"type":"Polygon","coordinates":[[[0,0],[100,0],[100,50],[0,50],[0,0]]]},
  "properties":{"classification":"Lymphocyte","color":-16711936,
    "measurements":[{"name":"Legacy","value":2.5}]}},
 {"type":"Feature","geometry":{"type":"LineString","coordinates":[[0,0],[30,40]]},
  "properties":{"object_type":"annotation"}},
 {"type":"Feature","geometry":{"type":"Point","coordinates":[5,6]},
  "properties":{"objectType":"detection"}},
 {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1]]]},
  "properties":{"objectType":"annotation"}},
 {"type":"Feature","geometry":{"type":"Circle","coordinates":[0,0]},"properties":{}},
 17
])";

} // namespace

TEST_CASE("GeoJSON export then import gives back equal annotations", "[annotations][geojson]")
{
    const QList<Annotation> original = everyShape();
    const QByteArray json = GeoJsonIo::write(original);
    const AnnotationReadResult read = GeoJsonIo::read(json);
    REQUIRE(read.ok());
    CHECK(read.warnings.isEmpty());
    REQUIRE(read.annotations.size() == original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        Annotation expected = original[i];
        expected.measurements.remove("Infinite"); // JSON has no infinity: not written
        requireSame(expected, read.annotations[i]);
    }

    // And through a file, written atomically.
    QTemporaryDir dir;
    const QString path = dir.filePath("a.geojson");
    QString error;
    REQUIRE(GeoJsonIo::writeFile(path, original, &error));
    const AnnotationReadResult fromFile = GeoJsonIo::readFile(path);
    REQUIRE(fromFile.annotations.size() == original.size());
    requireSame(original[1], fromFile.annotations[1]);
    CHECK_FALSE(GeoJsonIo::writeFile(dir.filePath("missing/dir/a.geojson"), original, &error));
    CHECK(error.contains("cannot write"));
}

TEST_CASE("GeoJSON output follows QuPath's conventions", "[annotations][geojson]")
{
    Annotation unclassifiedColour = Annotation::point({1, 1});
    unclassifiedColour.id = Annotation::newId();
    unclassifiedColour.className = "Necrosis"; // no colour given: the class colour is written
    QList<Annotation> list = everyShape();
    list << unclassifiedColour;
    const QJsonObject root = QJsonDocument::fromJson(GeoJsonIo::write(list)).object();
    CHECK(root["type"].toString() == "FeatureCollection");
    const QJsonArray features = root["features"].toArray();
    REQUIRE(features.size() == list.size());
    for (const QJsonValue &value : features) {
        const QJsonObject feature = value.toObject();
        const QJsonObject properties = feature["properties"].toObject();
        CHECK(properties["objectType"].toString() == "annotation");
        CHECK_FALSE(QUuid::fromString(feature["id"].toString()).isNull());
        if (properties.contains("classification")) {
            CHECK(properties["classification"].toObject()["color"].toArray().size() >= 3);
        }
        const QJsonObject geometry = feature["geometry"].toObject();
        if (geometry["type"].toString() == "Polygon") {
            for (const QJsonValue &ring : geometry["coordinates"].toArray()) {
                CHECK(ring.toArray().first() == ring.toArray().last()); // closed rings
            }
        }
    }
    const QJsonObject ellipse = features[1].toObject()["geometry"].toObject();
    CHECK(ellipse["type"].toString() == "Polygon");
    CHECK(ellipse["isEllipse"].toBool());
    const QJsonObject donut = features[0].toObject()["properties"].toObject();
    CHECK(donut["isLocked"].toBool());
    // QuPath expects numbers: a non-finite measurement is left out, never written as a string.
    CHECK_FALSE(donut["measurements"].toObject().contains("Infinite"));
    CHECK(donut["measurements"].toObject()["AI tumour probability"].toDouble() == 0.93);
    // Colours are [r, g, b] as QuPath reads them; the alpha rides in OncoView's own block.
    CHECK(donut["color"].toArray() == QJsonArray {10, 20, 30});
    CHECK(donut["oncoview"].toObject()["alpha"].toInt() == 128);
    CHECK_FALSE(features[3].toObject()["properties"].toObject().contains("isLocked"));
    CHECK(features[2].toObject()["properties"].toObject()["classification"].toObject()["names"]
          == QJsonArray {"Tumor", "Positive"});
    CHECK(features.last().toObject()["properties"].toObject()["classification"].toObject()["color"]
          == QJsonArray {50, 50, 50});
}

TEST_CASE("a QuPath-style bare array imports, bad features are skipped with a reason",
          "[annotations][geojson]")
{
    const AnnotationReadResult read = GeoJsonIo::read(kQuPathSample);
    REQUIRE(read.ok());
    REQUIRE(read.annotations.size() == 6);
    CHECK(read.warnings.filter("feature 6 skipped").size() == 1);
    CHECK(read.warnings.filter("feature 7 skipped: unsupported geometry type \"Circle\"").size()
          == 1);
    CHECK(read.warnings.filter("feature 8 skipped: not a JSON object").size() == 1);
    CHECK(read.warnings.filter("1 detections").size() == 1);

    const Annotation &roi = read.annotations[0];
    CHECK(roi.id == "3f1b5a8e-2c4d-4e6f-9a0b-1c2d3e4f5a6b");
    CHECK(roi.shape == AnnotationShape::Polygon);
    CHECK(roi.parts[0][0].size() == 4); // closing vertex dropped
    CHECK(roi.className == "Tumor");
    CHECK(roi.classColor == QColor(200, 0, 0));
    CHECK(roi.color == QColor(255, 0, 0));
    CHECK(roi.locked);
    CHECK(roi.name == "ROI 1");
    CHECK(roi.measurements.value("AI tumour probability") == 0.93);
    CHECK(std::isnan(roi.measurements.value("Bad")));
    CHECK(roi.metadata.value("model") == "my-mil-v1");

    const Annotation &ellipse = read.annotations[1];
    CHECK(ellipse.shape == AnnotationShape::Ellipse);
    CHECK(ellipse.rect == QRectF(3000, 3000, 400, 200));
    CHECK(ellipse.classColor == QColor(0, 150, 0));

    CHECK(read.annotations[2].shape == AnnotationShape::MultiPoint);
    CHECK(read.annotations[2].className == "Tumor: Positive");
    CHECK_FALSE(read.annotations[2].id.isEmpty());

    const Annotation &legacy = read.annotations[3];
    CHECK(legacy.id != "PathAnnotationObject");
    CHECK(legacy.shape == AnnotationShape::Rectangle); // QuPath reads boxes as rectangles
    CHECK(legacy.rect == QRectF(0, 0, 100, 50));
    CHECK(legacy.className == "Lymphocyte");
    CHECK(legacy.classColor == QColor(196, 65, 127)); // QuPath's colour for the name
    CHECK(legacy.color == QColor(0, 255, 0)); // packed ARGB int
    CHECK(legacy.measurements.value("Legacy") == 2.5);

    CHECK(read.annotations[4].shape == AnnotationShape::Polyline);
    CHECK(read.annotations[4].perimeter() == 50.0);
    CHECK(read.annotations[5].shape == AnnotationShape::Point);
}

TEST_CASE("a FeatureCollection, a single Feature and broken input", "[annotations][geojson]")
{
    const QJsonArray features = QJsonDocument::fromJson(kQuPathSample).array();
    const QJsonObject collection {{"type", "FeatureCollection"}, {"features", features}};
    const AnnotationReadResult read = GeoJsonIo::read(QJsonDocument(collection).toJson());
    CHECK(read.annotations.size() == 6);
    CHECK(GeoJsonIo::read(QJsonDocument(features[1].toObject()).toJson()).annotations.size() == 1);

    // The ellipse flag where the brief's readers might put it (properties) works too.
    QJsonObject ellipse = features[1].toObject();
    QJsonObject geometry = ellipse["geometry"].toObject();
    geometry.remove("isEllipse");
    ellipse["geometry"] = geometry;
    QJsonObject properties = ellipse["properties"].toObject();
    properties["isEllipse"] = true;
    ellipse["properties"] = properties;
    const AnnotationReadResult flagged = GeoJsonIo::read(QJsonDocument(ellipse).toJson());
    REQUIRE(flagged.annotations.size() == 1);
    CHECK(flagged.annotations[0].shape == AnnotationShape::Ellipse);
    CHECK(flagged.annotations[0].className == "Stroma");

    CHECK(GeoJsonIo::read("{not json").error.contains("not JSON"));
    CHECK(GeoJsonIo::read(R"({"type":"Topology"})").error.contains("not GeoJSON"));
    CHECK(GeoJsonIo::read("").error.contains("not JSON"));
    const AnnotationReadResult empty
        = GeoJsonIo::read(R"({"type":"FeatureCollection","features":[]})");
    CHECK(empty.ok());
    CHECK(empty.annotations.isEmpty());
    CHECK(GeoJsonIo::readFile("/nonexistent/x.geojson").error.contains("cannot open"));

    // Duplicate ids get fresh ones.
    const QJsonArray twice {features[0], features[0]};
    const AnnotationReadResult dup = GeoJsonIo::read(QJsonDocument(twice).toJson());
    REQUIRE(dup.annotations.size() == 2);
    CHECK(dup.annotations[0].id != dup.annotations[1].id);
    CHECK(dup.warnings.filter("duplicate id").size() == 1);
}

// QuPath's Gson writes NaN and Infinity as bare literals (not JSON); one such measurement must not
// make the whole file unreadable.
TEST_CASE("QuPath's bare NaN and Infinity literals import as numbers", "[annotations][geojson]")
{
    const QByteArray qupath = R"([
 {"type":"Feature","id":"8c6fc0e4-1d7c-4b0d-9a66-8f1b6c2ab001",
  "geometry":{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,0]]]},
  "properties":{"objectType":"annotation","name":"NaN and Infinity stay text here",
    "measurements":{"Mean":NaN,"Max":Infinity,"Min":-Infinity,"Area":50.0,"Neg":-2.5}}},
 {"type":"Feature","geometry":{"type":"Point","coordinates":[NaN,1]},
  "properties":{"objectType":"annotation"}}
])";
    REQUIRE(QJsonDocument::fromJson(qupath).isNull()); // what Qt alone makes of it
    const AnnotationReadResult read = GeoJsonIo::read(qupath);
    INFO(read.error.toStdString());
    REQUIRE(read.ok());
    REQUIRE(read.annotations.size() == 1); // a point at NaN is no point: skipped, said why
    CHECK(read.warnings.join(" ").contains("feature 1 skipped"));
    const Annotation &a = read.annotations.first();
    CHECK(a.name == "NaN and Infinity stay text here");
    CHECK(std::isnan(a.measurements.value("Mean")));
    CHECK(a.measurements.value("Max") == INFINITY);
    CHECK(a.measurements.value("Min") == -INFINITY);
    CHECK(a.measurements.value("Area") == 50.0);
    CHECK(a.measurements.value("Neg") == -2.5);

    // Still broken JSON stays an error, with the position.
    CHECK_FALSE(GeoJsonIo::read("[{\"type\": NaNa}]").ok());
    int replaced = 0;
    CHECK(quoteNonFiniteLiterals(R"({"a":"NaN \" NaN","b":[NaN,-Infinity]})", &replaced)
          == R"({"a":"NaN \" NaN","b":["NaN","-Infinity"]})");
    CHECK(replaced == 2);
}

TEST_CASE("a packed colour that is not a 32-bit integer is ignored, not converted",
          "[annotations][geojson]")
{
    // Found by fuzz_geojson: -1.67e41 was cast to an integer (undefined behaviour).
    for (const char *color : {"-1.67119e+41", "4294967296", "1e300", "12.5", "-2147483649"}) {
        const QByteArray json = QByteArray(R"([{"type":"Feature",
            "geometry":{"type":"Point","coordinates":[1,2]},
            "properties":{"objectType":"annotation","color":)")
            + color + "}}]";
        const AnnotationReadResult read = GeoJsonIo::read(json);
        INFO(color);
        REQUIRE(read.annotations.size() == 1);
        CHECK_FALSE(read.annotations[0].color.isValid());
    }
    // Both the signed form QuPath writes and the unsigned one other tools write still read.
    for (const char *color : {"-16711936", "4278255360"}) {
        const QByteArray json = QByteArray(R"([{"type":"Feature",
            "geometry":{"type":"Point","coordinates":[1,2]},
            "properties":{"objectType":"annotation","color":)")
            + color + "}}]";
        const AnnotationReadResult read = GeoJsonIo::read(json);
        REQUIRE(read.annotations.size() == 1);
        CHECK(read.annotations[0].color == QColor(0, 255, 0));
    }
}

TEST_CASE("multi-lines, geometry collections and QuPath's plane are read", "[annotations][geojson]")
{
    const QByteArray json = R"({"type":"FeatureCollection","features":[
 {"type":"Feature","geometry":{"type":"MultiLineString",
   "coordinates":[[[0,0],[5,5]],[[10,10],[20,20],[30,10]]]},
  "properties":{"objectType":"annotation","classification":{"name":"Stroma","color":[0,150,0]}}},
 {"type":"Feature","geometry":{"type":"GeometryCollection","geometries":[
   {"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,0]]]},
   {"type":"MultiPolygon","coordinates":[[[[20,20],[30,20],[30,30],[20,20]]]]}]},
  "properties":{"objectType":"annotation","name":"union"}},
 {"type":"Feature","geometry":{"type":"GeometryCollection","geometries":[
   {"type":"Point","coordinates":[1,2]},
   {"type":"LineString","coordinates":[[0,0],[3,4]]}]},
  "properties":{"objectType":"annotation","name":"mixed"}},
 {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,0]]],
   "plane":{"c":-1,"z":2,"t":1}},
  "properties":{"objectType":"annotation","name":"z2"}}
]})";
    const AnnotationReadResult read = GeoJsonIo::read(json);
    REQUIRE(read.ok());
    REQUIRE(read.annotations.size() == 6);
    CHECK(read.annotations[0].shape == AnnotationShape::Polyline);
    CHECK(read.annotations[1].shape == AnnotationShape::Polyline);
    CHECK(read.annotations[1].parts.first().first().size() == 3);
    CHECK(read.annotations[1].className == "Stroma"); // every part keeps the properties
    CHECK(read.annotations[0].id != read.annotations[1].id);
    CHECK(read.annotations[2].shape == AnnotationShape::MultiPolygon);
    CHECK(read.annotations[2].parts.size() == 2);
    CHECK(read.annotations[3].shape == AnnotationShape::Point);
    CHECK(read.annotations[4].shape == AnnotationShape::Polyline);
    CHECK(read.annotations[4].name == "mixed");
    const Annotation &onZ2 = read.annotations[5];
    CHECK(onZ2.planeZ == 2);
    CHECK(onZ2.planeT == 1);
    const QString warnings = read.warnings.join(" | ");
    INFO(warnings.toStdString());
    CHECK(warnings.contains("MultiLineString split into 2 lines"));
    CHECK(warnings.contains("GeometryCollection split into 2 annotations"));
    CHECK(warnings.contains("1 annotations belong to another z or t plane"));

    // The plane goes back where QuPath reads it.
    const QJsonObject geometry = GeoJsonIo::toFeature(onZ2)["geometry"].toObject();
    CHECK(geometry["plane"].toObject()["z"].toInt() == 2);
    CHECK(geometry["plane"].toObject()["t"].toInt() == 1);
    CHECK_FALSE(GeoJsonIo::toFeature(read.annotations[0])["geometry"].toObject().contains("plane"));
}

TEST_CASE("GeoJSON and ASAP XML reads report progress up to the end", "[annotations][geojson]")
{
    QList<Annotation> many;
    for (int i = 0; i < 3000; ++i) {
        const double x = 10.0 * (i % 60), y = 10.0 * (i / 60);
        many << Annotation::polygon(QPolygonF({{x, y}, {x + 8, y}, {x + 4, y + 8}}));
    }
    for (const bool xml : {false, true}) {
        INFO((xml ? "ASAP XML" : "GeoJSON"));
        std::vector<double> seen;
        const ReadProgress progress = [&](double f) { seen.push_back(f); };
        const AnnotationReadResult read = xml ? AsapXmlIo::read(AsapXmlIo::write(many), progress)
                                              : GeoJsonIo::read(GeoJsonIo::write(many), progress);
        REQUIRE(read.ok());
        CHECK(read.annotations.size() == 3000);
        REQUIRE(seen.size() >= 5);
        CHECK(seen.back() == 1.0);
        CHECK(std::is_sorted(seen.begin(), seen.end()));
        CHECK(seen.front() < 0.5);
    }
}
