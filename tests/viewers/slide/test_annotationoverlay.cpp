// SPDX-License-Identifier: Apache-2.0
// Annotation tools on a real SlideView, driven by synthetic QTest mouse and key events.
#include "slidetestutil.h"
#include "viewers/slide/annotationoverlay.h"
#include "viewers/slide/annotations/annotationmodel.h"
#include "viewers/slide/slideview.h"

// Qt
#include <QApplication>
#include <QClipboard>
#include <QTest>

#include <catch2/catch.hpp>

using namespace oncoview::slide;
using oncoview::slide::test::FakeSource;

namespace {

// A 400 x 300 view at downsample 2 centred on level-0 (1000, 1000): widget (x, y) shows
// level-0 (1000 + 2 (x - 200), 1000 + 2 (y - 150)).
struct Fixture
{
    Fixture()
    {
        view.resize(400, 300);
        view.show();
        view.setSource(std::make_shared<FakeSource>(QSize(8192, 6144), 4)); // 0.5 µm/px
        view.zoomTo(2.0, QPointF(1000, 1000));
        overlay.setMicronsPerPixel(view.source()->micronsPerPixel());
    }

    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mousePress(&view, Qt::LeftButton, modifiers, from);
        QTest::mouseMove(&view, (from + to) / 2);
        QTest::mouseMove(&view, to);
        QTest::mouseRelease(&view, Qt::LeftButton, modifiers, to);
    }
    void click(QPoint at, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mouseClick(&view, Qt::LeftButton, modifiers, at);
    }
    QColor pixel(int x, int y) { return view.grab().toImage().pixelColor(x, y); }
    const Annotation &only() const
    {
        REQUIRE(model.count() == 1);
        return model.annotations().first();
    }

    SlideView view;
    AnnotationModel model;
    AnnotationOverlay overlay {&view, &model};
};

const QColor kYellow(255, 255, 0);

} // namespace

TEST_CASE("a dragged rectangle lands in level-0 coordinates with its area", "[slide][tools]")
{
    Fixture f;
    f.overlay.setTool(AnnotationTool::Rectangle);
    f.drag({100, 100}, {200, 150});
    const Annotation &a = f.only();
    CHECK(a.shape == AnnotationShape::Rectangle);
    CHECK(a.rect == QRectF(800, 900, 200, 100));
    CHECK(f.model.selection() == QStringList {a.id});
    // 200 x 100 px at 0.5 µm/px: 5000 µm², perimeter 300 µm.
    CHECK(f.overlay.area(a) == Approx(5000));
    CHECK(f.overlay.perimeter(a) == Approx(300));
    CHECK(f.overlay.selectionSummary().contains(QStringLiteral("µm²")));
    // Drawn where it is: the selected outline (yellow) on the top edge, slide inside.
    CHECK(f.pixel(150, 100) == kYellow);
    CHECK(f.pixel(150, 125) != kYellow);
    // A click without a drag draws nothing; Esc mid-drag cancels.
    f.click({300, 200});
    QTest::mousePress(&f.view, Qt::LeftButton, {}, {20, 20});
    QTest::mouseMove(&f.view, {60, 60});
    QTest::keyClick(&f.view, Qt::Key_Escape);
    QTest::mouseRelease(&f.view, Qt::LeftButton, {}, {60, 60});
    CHECK(f.model.count() == 1);
}

TEST_CASE("polygons close by double-click or Enter; Esc and Backspace", "[slide][tools]")
{
    Fixture f;
    f.model.setClassColor(QStringLiteral("Tumor"), QColor(200, 0, 0));
    f.overlay.setDrawClass(QStringLiteral("Tumor"));
    QTest::keyClick(&f.view, Qt::Key_P);
    REQUIRE(f.overlay.tool() == AnnotationTool::Polygon);
    f.click({100, 100});
    f.click({200, 100});
    f.click({200, 200});
    f.click({100, 200});
    QTest::mouseDClick(&f.view, Qt::LeftButton, {}, {100, 200});
    QTest::mouseRelease(&f.view, Qt::LeftButton, {}, {100, 200});
    const Annotation &a = f.only();
    CHECK(a.shape == AnnotationShape::Polygon);
    CHECK(a.className == QStringLiteral("Tumor"));
    CHECK(a.parts.value(0).value(0)
          == QPolygonF({{800, 900}, {1000, 900}, {1000, 1100}, {800, 1100}}));
    CHECK(f.overlay.area(a) == Approx(200 * 200 * 0.25));

    // Enter closes; Backspace drops the last vertex first.
    f.click({250, 50});
    f.click({350, 50});
    f.click({390, 80}); // dropped by Backspace
    QTest::keyClick(&f.view, Qt::Key_Backspace);
    f.click({350, 120});
    QTest::keyClick(&f.view, Qt::Key_Return);
    REQUIRE(f.model.count() == 2);
    CHECK(f.model.annotations().at(1).parts.value(0).value(0).size() == 3);
    // Esc throws a half-drawn polygon away.
    f.click({20, 250});
    f.click({60, 250});
    QTest::keyClick(&f.view, Qt::Key_Escape);
    f.click({60, 290});
    f.click({20, 290});
    QTest::keyClick(&f.view, Qt::Key_Enter); // only 2 vertices: nothing
    CHECK(f.model.count() == 2);
}

TEST_CASE("select, move, edit vertices, undo and redo", "[slide][tools]")
{
    Fixture f;
    const QString id = f.model.add(Annotation::rectangle(QRectF(800, 900, 200, 100)));
    QTest::keyClick(&f.view, Qt::Key_M);
    REQUIRE(f.overlay.tool() == AnnotationTool::Select);

    // Drag inside: selects and moves by the level-0 distance, one undo step.
    f.drag({150, 125}, {170, 135});
    CHECK(f.model.selection() == QStringList {id});
    CHECK(f.model.find(id)->rect == QRectF(840, 920, 200, 100));
    // Drag the bottom-right corner (level-0 (1040, 1020) = widget (220, 160)).
    f.drag({220, 160}, {240, 180});
    CHECK(f.model.find(id)->rect == QRectF(840, 920, 240, 140));
    QTest::keyClick(&f.view, Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.model.find(id)->rect == QRectF(840, 920, 200, 100));
    QTest::keyClick(&f.view, Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.model.find(id)->rect == QRectF(800, 900, 200, 100));
    QTest::keyClick(&f.view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.model.find(id)->rect == QRectF(840, 920, 200, 100));

    // Polygon vertices: drag one, Alt-click removes one, double-click on an edge inserts.
    const QString poly = f.model.add(
        Annotation::polygon(QPolygonF({{1100, 1000}, {1300, 1000}, {1300, 1200}, {1100, 1200}})));
    f.click({300, 200}); // inside the polygon (level-0 (1200, 1100))
    REQUIRE(f.model.selection() == QStringList {poly});
    f.drag({250, 150}, {260, 140}); // vertex (1100, 1000) -> (1120, 980)
    CHECK(f.model.find(poly)->parts[0][0][0] == QPointF(1120, 980));
    f.click({350, 250}, Qt::AltModifier); // vertex (1300, 1200)
    CHECK(f.model.find(poly)->parts[0][0].size() == 3);
    QTest::mouseDClick(&f.view, Qt::LeftButton, {}, {250, 200}); // left edge, (1100, 1100)
    QTest::mouseRelease(&f.view, Qt::LeftButton, {}, {250, 200});
    CHECK(f.model.find(poly)->parts[0][0].size() == 4);
    CHECK(f.model.find(poly)->parts[0][0].contains(QPointF(1100, 1100)));

    // A press on empty slide clears the selection and pans the view.
    const QPointF centre = f.view.currentCenter();
    f.drag({20, 280}, {40, 280});
    CHECK(f.model.selection().isEmpty());
    CHECK(f.view.currentCenter().x() == Approx(centre.x() - 40));
}

TEST_CASE("delete, copy and paste, lock, select all", "[slide][tools]")
{
    Fixture f;
    const QString id = f.model.add(Annotation::rectangle(QRectF(800, 900, 200, 100)));
    f.click({150, 125});
    QTest::keyClick(&f.view, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(&f.view, Qt::Key_V, Qt::ControlModifier);
    REQUIRE(f.model.count() == 2);
    const Annotation &copy = f.model.annotations().at(1);
    CHECK(copy.id != id);
    CHECK(copy.rect == QRectF(832, 932, 200, 100)); // offset 16 screen px over its original
    CHECK(f.model.selection() == QStringList {copy.id});
    QTest::keyClick(&f.view, Qt::Key_Delete);
    CHECK(f.model.count() == 1);
    QTest::keyClick(&f.view, Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.model.count() == 2);

    // L locks: a locked annotation neither moves nor deletes, and draws dashed.
    f.model.setSelection({id});
    QTest::keyClick(&f.view, Qt::Key_L);
    CHECK(f.model.find(id)->locked);
    f.drag({110, 110}, {130, 130});
    CHECK(f.model.find(id)->rect == QRectF(800, 900, 200, 100));
    QTest::keyClick(&f.view, Qt::Key_Delete);
    CHECK(f.model.find(id));
    QTest::keyClick(&f.view, Qt::Key_A, Qt::ControlModifier);
    CHECK(f.model.selection().size() == 2);
    QTest::keyClick(&f.view, Qt::Key_Escape);
    CHECK(f.model.selection().isEmpty());
}

TEST_CASE("point, freehand and brush tools; Space-drag pans in a drawing tool", "[slide][tools]")
{
    Fixture f;
    QTest::keyClick(&f.view, Qt::Key_Period);
    f.click({200, 150});
    CHECK(f.only().shape == AnnotationShape::Point);
    CHECK(f.only().parts[0][0][0] == QPointF(1000, 1000));

    QTest::keyClick(&f.view, Qt::Key_F);
    QTest::mousePress(&f.view, Qt::LeftButton, {}, {50, 50});
    for (const QPoint p : {QPoint(150, 50), QPoint(150, 120), QPoint(60, 130)}) {
        QTest::mouseMove(&f.view, p);
    }
    QTest::mouseRelease(&f.view, Qt::LeftButton, {}, {60, 130});
    REQUIRE(f.model.count() == 2);
    CHECK(f.model.annotations().at(1).shape == AnnotationShape::Polygon);
    CHECK(f.model.annotations().at(1).area() > 0.5 * 200 * 160);

    QTest::keyClick(&f.view, Qt::Key_B);
    f.overlay.setBrushDiameter(20); // 40 level-0 px at downsample 2
    f.drag({250, 200}, {350, 200});
    REQUIRE(f.model.count() == 3);
    const Annotation &brush = f.model.annotations().at(2);
    CHECK(brush.shape == AnnotationShape::Brush);
    // A 200 x 40 stroke with round ends: about 200 * 40 + pi 20².
    CHECK(brush.area() == Approx(200 * 40 + 3.14159 * 400).epsilon(0.05));

    // Space held: the drag pans and draws nothing.
    const QPointF centre = f.view.currentCenter();
    QTest::keyPress(&f.view, Qt::Key_Space);
    f.drag({250, 250}, {270, 250});
    QTest::keyRelease(&f.view, Qt::Key_Space);
    CHECK(f.model.count() == 3);
    CHECK(f.view.currentCenter().x() == Approx(centre.x() - 40));
}

TEST_CASE("hiding a class hides its annotations from drawing and picking", "[slide][tools]")
{
    Fixture f;
    Annotation tumor = Annotation::rectangle(QRectF(800, 900, 200, 100));
    tumor.className = QStringLiteral("Tumor");
    tumor.classColor = QColor(200, 0, 0);
    const QString id = f.model.add(tumor);
    CHECK(f.pixel(150, 100) == QColor(200, 0, 0));
    f.model.setClassVisible(QStringLiteral("Tumor"), false);
    CHECK(f.pixel(150, 100) != QColor(200, 0, 0));
    f.click({150, 125});
    CHECK(f.model.selection().isEmpty());
    f.model.setClassVisible(QStringLiteral("Tumor"), true);
    f.click({150, 125});
    CHECK(f.model.selection() == QStringList {id});
    CHECK(f.pixel(150, 100) == kYellow);
}
