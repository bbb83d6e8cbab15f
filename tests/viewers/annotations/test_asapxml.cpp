// SPDX-License-Identifier: Apache-2.0
#include "annotationtestutil.h"
#include "viewers/slide/annotations/asapxmlio.h"

#include <catch2/catch.hpp>

// Qt
#include "tests/support/prerequisite.h"
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace oncoview::slide;
using namespace oncoview::slide::test;

namespace {

const QString kCamelyon
    = QStringLiteral(ONCOVIEW_SHARED_DATA "/annotations/camelyon16_tumor_085.xml");

QByteArray asap(const QByteArray &annotations, const QByteArray &groups = {})
{
    return "<?xml version=\"1.0\"?><ASAP_Annotations><Annotations>" + annotations
        + "</Annotations><AnnotationGroups>" + groups + "</AnnotationGroups></ASAP_Annotations>";
}

} // namespace

TEST_CASE("the CAMELYON16 tumor_085 ground truth imports as 50 polygons", "[annotations][asap]")
{
    if (!QFileInfo::exists(kCamelyon)) {
        ONCOVIEW_SKIP_OR_FAIL("skipped: " << kCamelyon.toStdString()
                                          << " not found (set ONCOVIEW_SHARED_DATA)");
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const AnnotationReadResult read = AsapXmlIo::readFile(kCamelyon);
    const qint64 ms = timer.elapsed();
    REQUIRE(read.ok());
    CHECK(read.warnings.isEmpty());
    REQUIRE(read.annotations.size() == 50);
    int vertices = 0;
    double areaPx = 0.0;
    for (const Annotation &a : read.annotations) {
        CHECK(a.shape == AnnotationShape::Polygon);
        CHECK(a.className == "metastasis");
        CHECK(a.classColor == QColor("#00aa00"));
        CHECK(a.color == QColor("#F4FA58")); // the annotation colour differs from its group's
        vertices += a.vertexCount();
        areaPx += a.area();
    }
    CHECK(vertices == 7220);
    const Annotation &first = read.annotations.first();
    CHECK(first.name == "Annotation 0");
    CHECK(sameBits(first.parts[0][0][0].x(), 28582.5));
    CHECK(sameBits(first.parts[0][0][0].y(), 33885.3008));
    CHECK(areaPx > 0.0);
    WARN("camelyon16_tumor_085.xml: 50 polygons read in " << ms << " ms, total area " << areaPx
                                                          << " px^2");
}

TEST_CASE("ASAP XML export then import keeps what ASAP can hold", "[annotations][asap]")
{
    QList<Annotation> original;
    Annotation polygon = Annotation::polygon({{0.1 + 0.2, 1}, {100, 1}, {50, 98765.0 + 1.0 / 3.0}});
    polygon.className = "metastasis";
    polygon.classColor = QColor("#00aa00");
    polygon.color = QColor("#F4FA58");
    original << polygon;
    Annotation rect = Annotation::rectangle(QRectF(10, 20, 30, 40));
    rect.className = "Tumor";
    rect.classColor = QColor(200, 0, 0);
    original << rect;
    original << Annotation::point({5.5, 6.25});
    Annotation dots = Annotation::points({{1, 2}, {3, 4}, {5, 6}});
    dots.className = "Mitosis";
    dots.classColor = QColor(165, 0, 91);
    original << dots;
    original << Annotation::polyline({{0, 0}, {10, 10}, {20, 0}});
    for (qsizetype i = 0; i < original.size(); ++i) {
        original[i].name = QStringLiteral("Annotation %1").arg(i);
    }

    QStringList warnings;
    const QByteArray xml = AsapXmlIo::write(original, &warnings);
    CHECK(warnings.isEmpty());
    CHECK(xml.contains("<ASAP_Annotations>"));
    CHECK(xml.contains("Type=\"Dot\""));
    CHECK(xml.contains("<Group Name=\"metastasis\" PartOfGroup=\"None\" Color=\"#00aa00\">"));
    const AnnotationReadResult read = AsapXmlIo::read(xml);
    REQUIRE(read.ok());
    CHECK(read.warnings.isEmpty());
    REQUIRE(read.annotations.size() == original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        Annotation expected = original[i];
        expected.id = read.annotations[i].id; // ASAP has no ids
        requireSame(expected, read.annotations[i]);
    }

    QTemporaryDir dir;
    QString error;
    REQUIRE(AsapXmlIo::writeFile(dir.filePath("a.xml"), original, &error));
    CHECK(AsapXmlIo::readFile(dir.filePath("a.xml")).annotations.size() == original.size());
}

TEST_CASE("ASAP export of shapes ASAP lacks warns and degrades to polygons", "[annotations][asap]")
{
    Annotation ellipse = Annotation::ellipse(QRectF(0, 0, 100, 50));
    ellipse.locked = true;
    const Annotation donut = Annotation::polygon({{0, 0}, {100, 0}, {100, 100}, {0, 100}},
                                                 {{{25, 25}, {75, 25}, {50, 75}}});
    const Annotation multi = Annotation::multiPolygon(
        {{QPolygonF {{0, 0}, {10, 0}, {10, 10}}}, {QPolygonF {{20, 20}, {30, 20}, {30, 30}}}});
    QStringList warnings;
    const AnnotationReadResult read
        = AsapXmlIo::read(AsapXmlIo::write({ellipse, donut, multi}, &warnings));
    CHECK(warnings.filter("ellipse written as a polygon").size() == 1);
    CHECK(warnings.filter("holes dropped").size() == 1);
    CHECK(warnings.filter("split into 2 polygons").size() == 1);
    CHECK(warnings.filter("locks, notes").size() == 1);
    REQUIRE(read.annotations.size() == 4);
    CHECK(read.annotations[0].shape == AnnotationShape::Polygon);
    CHECK(read.annotations[0].area() == Approx(ellipse.area()).epsilon(0.01));
    CHECK(read.annotations[1].area() == Approx(10000.0));
    CHECK(read.annotations[3].name == "Annotation 2 (2)");
}

TEST_CASE("ASAP import: order, splines, colours and bad input", "[annotations][asap]")
{
    // Coordinates listed out of order are sorted by Order; a decimal comma is tolerated.
    const AnnotationReadResult shuffled = AsapXmlIo::read(asap(
        R"(<Annotation Name="A" Type="Polygon" PartOfGroup="None" Color="#F4FA58"><Coordinates>
           <Coordinate Order="2" X="10" Y="10"/><Coordinate Order="0" X="0" Y="0"/>
           <Coordinate Order="1" X="10,5" Y="0"/></Coordinates></Annotation>)"));
    REQUIRE(shuffled.annotations.size() == 1);
    CHECK(shuffled.annotations[0].parts[0][0] == QPolygonF({{0, 0}, {10.5, 0}, {10, 10}}));
    CHECK_FALSE(shuffled.annotations[0].color.isValid()); // ASAP's default colour is no override

    const AnnotationReadResult spline = AsapXmlIo::read(asap(
        R"(<Annotation Name="S" Type="Spline" PartOfGroup="G" Color="#123456"><Coordinates>
           <Coordinate Order="0" X="0" Y="0"/><Coordinate Order="1" X="100" Y="0"/>
           <Coordinate Order="2" X="100" Y="100"/><Coordinate Order="3" X="0" Y="100"/>
           </Coordinates></Annotation>)",
        R"(<Group Name="G" PartOfGroup="None" Color="#123456"><Attributes/></Group>)"));
    REQUIRE(spline.annotations.size() == 1);
    const Annotation &curve = spline.annotations[0];
    CHECK(curve.shape == AnnotationShape::Polygon);
    CHECK(curve.vertexCount() == 40);
    CHECK(curve.parts[0][0].contains(QPointF(100, 100))); // Catmull-Rom passes its controls
    CHECK(curve.area() > 10000.0); // and bulges outside the square
    CHECK(curve.classColor == QColor("#123456"));
    CHECK_FALSE(curve.color.isValid());

    const AnnotationReadResult odd = AsapXmlIo::read(asap(
        R"(<Annotation Name="bad" Type="Polygon" PartOfGroup="Ghost"><Coordinates>
             <Coordinate Order="0" X="abc" Y="0"/></Coordinates></Annotation>
           <Annotation Name="two" Type="Polygon" PartOfGroup="Ghost"><Coordinates>
             <Coordinate Order="0" X="0" Y="0"/><Coordinate Order="1" X="1" Y="0"/></Coordinates></Annotation>
           <Annotation Name="dot" Type="Dot" PartOfGroup="Ghost"><Coordinates>
             <Coordinate Order="0" X="3" Y="4"/></Coordinates></Annotation>
           <Annotation Name="what" Type="Hexagon"><Coordinates>
             <Coordinate Order="0" X="3" Y="4"/></Coordinates></Annotation>)"));
    REQUIRE(odd.ok());
    REQUIRE(odd.annotations.size() == 1);
    CHECK(odd.annotations[0].shape == AnnotationShape::Point);
    CHECK(odd.annotations[0].className == "Ghost");
    CHECK(odd.warnings.filter("\"bad\" (line 1) skipped: coordinate 0 is not a number").size()
          == 1);
    CHECK(odd.warnings.filter("\"two\"").filter("3 vertices").size() == 1);
    CHECK(odd.warnings.filter("unknown Type \"Hexagon\"").size() == 1);
    CHECK(odd.warnings.filter("group \"Ghost\" is used but not declared").size() == 1);

    CHECK(AsapXmlIo::read("<ASAP_Annotations><Annotations>").error.contains("XML error at line 1"));
    CHECK(AsapXmlIo::read("<Annotations/>").error.contains("not an ASAP annotation file"));
    CHECK(AsapXmlIo::read("").error.isEmpty() == false);
    CHECK(AsapXmlIo::readFile("/nonexistent.xml").error.contains("cannot open"));
}
