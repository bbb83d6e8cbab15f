// SPDX-License-Identifier: Apache-2.0
#include "annotationtestutil.h"
#include "viewers/slide/annotations/annotation.h"
#include "viewers/slide/annotations/pathclasses.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>

using namespace oncoview::slide;

TEST_CASE("rectangle area and perimeter in micrometres, anisotropic pixels",
          "[annotations][geometry]")
{
    const Annotation rect = Annotation::rectangle(QRectF(1000, 2000, 100, 50));
    // 100 px x 0.5 µm = 50 µm wide, 50 px x 0.25 µm = 12.5 µm high.
    CHECK(rect.area(0.5, 0.25) == Approx(625.0));
    CHECK(rect.perimeter(0.5, 0.25) == Approx(125.0));
    CHECK(rect.area() == Approx(5000.0));
    CHECK(rect.vertexCount() == 4);
}

TEST_CASE("ellipse area is exact and perimeter follows Ramanujan", "[annotations][geometry]")
{
    // 200 x 100 px at 0.5 µm/px: semi-axes 50 and 25 µm.
    const Annotation ellipse = Annotation::ellipse(QRectF(300, 400, 200, 100));
    CHECK(ellipse.area(0.5, 0.5) == Approx(std::numbers::pi * 50 * 25));
    // Hand-computed: h = (25/75)^2 = 1/9; pi*75*(1 + 3h/(10 + sqrt(4 - 3h))) = 242.21121.
    CHECK(ellipse.perimeter(0.5, 0.5) == Approx(242.2112054).epsilon(1e-9));
    // The complete elliptic integral gives 242.2112055: Ramanujan is within 1e-9 here.
    CHECK(ellipse.perimeter(0.5, 0.5) == Approx(242.2112055).epsilon(1e-8));
    // A circle: 2 pi r exactly.
    CHECK(Annotation::ellipse(QRectF(0, 0, 20, 20)).perimeter() == Approx(20 * std::numbers::pi));
}

TEST_CASE("polygon with a hole subtracts the hole and counts its outline",
          "[annotations][geometry]")
{
    const QPolygonF outer {{0, 0}, {100, 0}, {100, 100}, {0, 100}};
    const QPolygonF hole {{25, 25}, {75, 25}, {75, 75}, {25, 75}};
    Annotation donut = Annotation::polygon(outer, {hole});
    donut.translate(QPointF(90000.0, 70000.0)); // slide-sized coordinates must not lose digits
    CHECK(donut.area() == Approx(7500.0).epsilon(1e-12));
    CHECK(donut.area(0.5, 0.5) == Approx(1875.0));
    CHECK(donut.perimeter(0.5, 0.5) == Approx(300.0));

    const Annotation triangle = Annotation::polygon({{0, 0}, {40, 0}, {0, 30}});
    CHECK(triangle.area() == Approx(600.0));
    CHECK(triangle.perimeter() == Approx(120.0));

    const Annotation two
        = Annotation::multiPolygon({{outer}, {triangle.parts[0][0].translated(200, 0)}});
    CHECK(two.area() == Approx(10600.0));
    CHECK(Annotation::polyline({{0, 0}, {30, 40}, {30, 50}}).perimeter(2, 2) == Approx(120.0));
    CHECK(Annotation::points({{1, 1}, {2, 2}}).area() == 0.0);
}

TEST_CASE("hits: inside areas, near outlines, not inside holes", "[annotations][geometry]")
{
    const Annotation donut = Annotation::polygon({{0, 0}, {100, 0}, {100, 100}, {0, 100}},
                                                 {{{25, 25}, {75, 25}, {75, 75}, {25, 75}}});
    CHECK(donut.hits({10, 10}, 0));
    CHECK_FALSE(donut.hits({50, 50}, 2));
    CHECK(donut.hits({50, 27}, 2)); // 2 px from the hole's edge
    CHECK(donut.hits({103, 50}, 4));
    CHECK_FALSE(donut.hits({110, 50}, 4));
    const Annotation line = Annotation::polyline({{0, 0}, {100, 0}});
    CHECK(line.hits({50, 3}, 4));
    CHECK_FALSE(line.hits({50, 6}, 4));
    CHECK(Annotation::point({5, 5}).hits({7, 5}, 3));
    CHECK(Annotation::ellipse(QRectF(0, 0, 100, 50)).hits({50, 25}, 0));
    CHECK_FALSE(Annotation::ellipse(QRectF(0, 0, 100, 50)).hits({2, 2}, 0));
}

TEST_CASE("vertex edits keep shapes valid", "[annotations][geometry]")
{
    Annotation rect = Annotation::rectangle(QRectF(0, 0, 10, 10));
    REQUIRE(rect.setVertex({0, 0, 2}, QPointF(20, 30))); // drag bottom-right
    CHECK(rect.rect == QRectF(0, 0, 20, 30));
    CHECK_FALSE(rect.setVertex({0, 0, 2}, QPointF(0, 5))); // would collapse the box
    CHECK_FALSE(rect.insertVertex({0, 0, 1}, QPointF(1, 1)));

    Annotation tri = Annotation::polygon({{0, 0}, {10, 0}, {0, 10}});
    CHECK_FALSE(tri.removeVertex({0, 0, 0}));
    REQUIRE(tri.insertVertex({0, 0, 2}, QPointF(10, 10)));
    CHECK(tri.area() == Approx(100.0));
    REQUIRE(tri.removeVertex({0, 0, 1}));
    CHECK(tri.vertexCount() == 3);
    CHECK_FALSE(tri.setVertex({0, 1, 0}, QPointF(1, 1))); // no such ring
    CHECK_FALSE(tri.setVertex({0, 0, 0}, QPointF(NAN, 1)));
}

TEST_CASE("validate names what is wrong", "[annotations][geometry]")
{
    CHECK(Annotation::polygon({{0, 0}, {1, 1}}).validate().contains("3 vertices"));
    CHECK(Annotation::polyline({{0, 0}}).validate().contains("2 vertices"));
    CHECK(Annotation::rectangle(QRectF(0, 0, 0, 5)).validate().contains("empty"));
    CHECK(Annotation::point({NAN, 0}).validate().contains("non-finite"));
    CHECK(Annotation::multiPolygon({}).validate().contains("no vertices"));
    CHECK(Annotation::ellipse(QRectF(0, 0, 5, 5)).validate().isEmpty());
}

TEST_CASE("a brush stroke becomes a polygon; a closed loop gets a hole", "[annotations][geometry]")
{
    const Annotation bar = Annotation::brush({{0, 0}, {50, 0}, {100, 0}}, 10.0);
    REQUIRE(bar.validate().isEmpty());
    REQUIRE(bar.parts.size() == 1);
    CHECK(bar.parts[0].size() == 1);
    // A 100 x 10 band plus two half-disc caps.
    CHECK(bar.area() == Approx(1000.0 + std::numbers::pi * 25).epsilon(0.01));

    QPolygonF loop;
    for (int i = 0; i <= 72; ++i) {
        const double t = 2 * std::numbers::pi * i / 72;
        loop << QPointF(500 + 50 * std::cos(t), 500 + 50 * std::sin(t));
    }
    const Annotation ring = Annotation::brush(loop, 10.0);
    REQUIRE(ring.parts.size() == 1);
    REQUIRE(ring.parts[0].size() == 2); // outer edge + the hole in the middle
    CHECK(ring.area() == Approx(2 * std::numbers::pi * 50 * 10).epsilon(0.02));
    CHECK_FALSE(ring.hits({500, 500}, 1));

    const Annotation dab = Annotation::brush({{7, 7}}, 4.0);
    CHECK(dab.area() == Approx(std::numbers::pi * 4).epsilon(0.02));
    CHECK_FALSE(Annotation::brush({}, 4.0).validate().isEmpty());
}

TEST_CASE("path classes carry QuPath's names and colours", "[annotations][classes]")
{
    const QList<PathClass> standard = PathClasses::standardClasses();
    QStringList names;
    for (const PathClass &c : standard) {
        names << c.name;
    }
    CHECK(names
          == QStringList {"Tumor", "Stroma", "Immune cells", "Necrosis", "Other", "Region*",
                          "Ignore*", "Positive", "Negative"});
    CHECK(PathClasses::defaultColor("Tumor") == QColor(200, 0, 0));
    CHECK(PathClasses::defaultColor("Stroma") == QColor(150, 200, 150));
    CHECK(PathClasses::defaultColor("Ignore*") == QColor(180, 180, 180));
    CHECK(PathClasses::defaultColor("Positive") == QColor(250, 62, 62));
    CHECK(PathClasses::defaultColor("Negative") == QColor(112, 112, 225));
    CHECK(PathClasses::defaultColor("Tumor: Positive") == QColor(200, 50, 50));
    CHECK(PathClasses::defaultColor("Stroma: Positive") == QColor(112, 150, 112));
    // Reference values printed by Java 17: new Random(name.hashCode()).nextInt(256) x 3.
    CHECK(PathClasses::defaultColor("Mitosis") == QColor(165, 0, 91));
    CHECK(PathClasses::defaultColor("Lymphocyte") == QColor(196, 65, 127));
    CHECK(PathClasses::defaultColor("Ductal carcinoma in situ") == QColor(153, 50, 201));
    CHECK(PathClasses::defaultColor(QString::fromUtf8("Tümor")) == QColor(128, 201, 2));

    PathClasses classes;
    CHECK(classes.color("Mitosis") == QColor(165, 0, 91));
    classes.setClass("Mitosis", QColor(1, 2, 3));
    CHECK(classes.color("Mitosis") == QColor(1, 2, 3));
    CHECK(classes.classes().size() == standard.size() + 1);
    classes.setVisible("Tumor", false);
    CHECK_FALSE(classes.isVisible("Tumor"));
    CHECK(classes.isVisible("Stroma"));
    classes.setVisible("Tumor", true);
    CHECK(classes.hiddenClasses().isEmpty());
}
