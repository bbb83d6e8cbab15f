// SPDX-License-Identifier: Apache-2.0
#include "annotationtestutil.h"
#include "viewers/slide/annotations/annotationmodel.h"

#include <catch2/catch.hpp>

// Qt
#include <QUuid>

using namespace oncoview::slide;
using namespace oncoview::slide::test;

namespace {

Annotation square(double x, double y, double side)
{
    return Annotation::polygon({{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}});
}

// Runs `edit`, then checks undo gives back `before` and redo gives back the edited value.
template<typename Edit> void checkUndoRedo(AnnotationModel &model, const QString &id, Edit edit)
{
    const Annotation before = *model.find(id);
    const int steps = model.undoStack()->count();
    REQUIRE(edit());
    const Annotation after = *model.find(id);
    CHECK_FALSE(after == before);
    CHECK(model.undoStack()->count() == steps + 1);
    model.undoStack()->undo();
    requireSame(before, *model.find(id));
    model.undoStack()->redo();
    requireSame(after, *model.find(id));
}

} // namespace

TEST_CASE("add and remove are undoable and keep positions", "[annotations][model]")
{
    AnnotationModel model;
    int inserted = 0;
    int removed = 0;
    QObject::connect(&model, &AnnotationModel::annotationInserted, [&] { ++inserted; });
    QObject::connect(&model, &AnnotationModel::annotationRemoved, [&] { ++removed; });

    const QStringList ids = model.add({square(0, 0, 10), square(20, 0, 10), square(40, 0, 10)});
    REQUIRE(ids.size() == 3);
    CHECK(inserted == 3);
    CHECK(model.undoStack()->count() == 1);
    CHECK_FALSE(QUuid::fromString(ids[0]).isNull());

    REQUIRE(model.remove({ids[2], ids[0]}));
    CHECK(model.count() == 1);
    CHECK(removed == 2);
    model.undoStack()->undo();
    REQUIRE(model.count() == 3);
    CHECK(model.annotations()[0].id == ids[0]); // back in their old places
    CHECK(model.annotations()[2].id == ids[2]);
    model.undoStack()->undo();
    CHECK(model.count() == 0);
    model.undoStack()->redo();
    CHECK(model.count() == 3);

    CHECK_FALSE(model.remove({"no-such-id"}));
    CHECK(model.lastError().contains("no annotation"));
    Annotation duplicate = square(0, 0, 5);
    duplicate.id = ids[1];
    CHECK(model.add(duplicate).isEmpty());
    CHECK(model.add(Annotation::polygon({{0, 0}, {1, 1}})).isEmpty());
    CHECK(model.lastError().contains("invalid"));
}

TEST_CASE("every edit kind undoes and redoes", "[annotations][model]")
{
    AnnotationModel model;
    const QString id = model.add(square(100, 100, 50));
    const QString rectId = model.add(Annotation::rectangle(QRectF(0, 0, 10, 10)));

    checkUndoRedo(model, id, [&] { return model.translate({id}, QPointF(12.25, -3.5)); });
    checkUndoRedo(model, id, [&] { return model.setVertex(id, {0, 0, 1}, QPointF(170, 90)); });
    checkUndoRedo(model, rectId, [&] {
        return model.setVertex(rectId, {0, 0, 0}, QPointF(-5, -5));
    });
    checkUndoRedo(model, id, [&] { return model.insertVertex(id, {0, 0, 4}, QPointF(90, 130)); });
    checkUndoRedo(model, id, [&] { return model.removeVertex(id, {0, 0, 0}); });
    checkUndoRedo(model, id, [&] { return model.setClass({id}, "Tumor"); });
    CHECK(model.find(id)->classColor == QColor(200, 0, 0));
    checkUndoRedo(model, id, [&] { return model.setName(id, "ROI 1"); });
    checkUndoRedo(model, id, [&] { return model.setNotes(id, "invasive front"); });
    checkUndoRedo(model, id, [&] { return model.setMeasurements(id, {{"AI score", 0.93}}); });
    checkUndoRedo(model, id, [&] { return model.setVisible({id}, false); });
    checkUndoRedo(model, id, [&] { return model.setLocked({id}, true); });
    checkUndoRedo(model, rectId, [&] {
        Annotation changed = *model.find(rectId);
        changed.shape = AnnotationShape::Ellipse;
        return model.update(changed);
    });
    checkUndoRedo(model, rectId, [&] { return model.setClass({rectId}, "Mitosis"); });
    CHECK(model.pathClasses().contains("Mitosis")); // a new class is registered
    CHECK(model.find(rectId)->classColor == QColor(165, 0, 91));
}

TEST_CASE("the steps of one drag are one undo step", "[annotations][model]")
{
    AnnotationModel model;
    const QString id = model.add(square(0, 0, 10));
    const Annotation start = *model.find(id);
    REQUIRE(model.translate({id}, {1, 0}));
    REQUIRE(model.translate({id}, {1, 0}, true));
    REQUIRE(model.translate({id}, {1, 0}, true));
    CHECK(model.undoStack()->count() == 2);
    CHECK(model.find(id)->parts[0][0][0] == QPointF(3, 0));
    REQUIRE(model.translate({id}, {0, 5})); // a new drag
    CHECK(model.undoStack()->count() == 3);
    model.undoStack()->undo();
    model.undoStack()->undo();
    requireSame(start, *model.find(id));
}

TEST_CASE("locked annotations refuse edits but can be unlocked and hidden", "[annotations][model]")
{
    AnnotationModel model;
    QStringList refusals;
    QObject::connect(&model, &AnnotationModel::editRefused,
                     [&](const QString &reason) { refusals << reason; });
    const QString id = model.add(square(0, 0, 10));
    const QString other = model.add(square(50, 0, 10));
    REQUIRE(model.setLocked({id}, true));
    const Annotation locked = *model.find(id);
    const int steps = model.undoStack()->count();

    CHECK_FALSE(model.translate({id}, {5, 5}));
    CHECK_FALSE(model.translate({other, id}, {5, 5})); // all or nothing
    CHECK_FALSE(model.setVertex(id, {0, 0, 0}, {1, 1}));
    CHECK_FALSE(model.insertVertex(id, {0, 0, 0}, {1, 1}));
    CHECK_FALSE(model.removeVertex(id, {0, 0, 0}));
    CHECK_FALSE(model.remove({id}));
    CHECK_FALSE(model.setClass({id}, "Tumor"));
    CHECK_FALSE(model.setName(id, "x"));
    CHECK_FALSE(model.setNotes(id, "x"));
    CHECK_FALSE(model.setMeasurements(id, {{"a", 1}}));
    CHECK_FALSE(model.update(square(0, 0, 1)));
    CHECK(refusals.size() == 11);
    CHECK(refusals.first().contains("locked"));
    CHECK(model.undoStack()->count() == steps);
    requireSame(locked, *model.find(id));
    CHECK(model.find(other)->parts == square(50, 0, 10).parts); // the refused batch moved nothing

    REQUIRE(model.setVisible({id}, false));
    REQUIRE(model.setLocked({id}, false));
    CHECK(model.translate({id}, {5, 5}));
}

TEST_CASE("copy and paste give new ids at an offset, as one undo step", "[annotations][model]")
{
    AnnotationModel model;
    Annotation tumour = square(0, 0, 10);
    tumour.className = "Tumor";
    tumour.locked = true;
    const QString a = model.add(tumour);
    const QString b = model.add(Annotation::ellipse(QRectF(100, 100, 40, 20)));
    const QString clipboard = model.copy({b, a});
    CHECK(clipboard.contains("FeatureCollection"));

    const int steps = model.undoStack()->count();
    const QStringList pasted = model.paste(clipboard, QPointF(25, 50));
    REQUIRE(pasted.size() == 2);
    CHECK(model.count() == 4);
    CHECK(model.undoStack()->count() == steps + 1);
    CHECK(model.undoStack()->undoText() == "Paste");
    CHECK(model.selection() == pasted);
    CHECK_FALSE(pasted.contains(a));
    CHECK_FALSE(pasted.contains(b));
    const Annotation *copy = model.find(pasted[0]); // drawing order: the square first
    CHECK(copy->className == "Tumor");
    CHECK(copy->classColor == QColor(200, 0, 0));
    CHECK_FALSE(copy->locked);
    CHECK(copy->parts[0][0][0] == QPointF(25, 50));
    CHECK(model.find(pasted[1])->rect == QRectF(125, 150, 40, 20));
    CHECK(model.find(pasted[1])->shape == AnnotationShape::Ellipse);

    model.undoStack()->undo();
    CHECK(model.count() == 2);
    CHECK(model.selection().isEmpty()); // removed annotations leave the selection
    CHECK(model.paste("not json", {}).isEmpty());
    CHECK(model.lastError().contains("cannot paste"));
    CHECK(model.paste("[]", {}).isEmpty());
}

TEST_CASE("hit test prefers the smallest shape and skips hidden ones", "[annotations][model]")
{
    AnnotationModel model;
    Annotation region = Annotation::rectangle(QRectF(0, 0, 1000, 1000));
    region.className = "Region*";
    const QString big = model.add(region);
    Annotation focus = Annotation::ellipse(QRectF(100, 100, 100, 100));
    focus.className = "Tumor";
    const QString small = model.add(focus);
    const QString line = model.add(Annotation::polyline({{500, 500}, {600, 500}}));
    const QString donut
        = model.add(Annotation::polygon({{2000, 0}, {2100, 0}, {2100, 100}, {2000, 100}},
                                        {{{2025, 25}, {2075, 25}, {2075, 75}, {2025, 75}}}));

    CHECK(model.hitTest({150, 150}, 2) == small);
    CHECK(model.hitTest({50, 50}, 2) == big);
    CHECK(model.hitTest({550, 502}, 3) == line);
    CHECK(model.hitTest({2010, 10}, 1) == donut);
    CHECK(model.hitTest({2050, 50}, 1).isEmpty()); // inside the hole
    CHECK(model.hitTest({5000, 5000}, 10).isEmpty());

    model.setClassVisible("Tumor", false);
    CHECK_FALSE(model.isShown(*model.find(small)));
    CHECK(model.hitTest({150, 150}, 2) == big);
    model.setClassVisible("Tumor", true);
    REQUIRE(model.setVisible({small}, false));
    CHECK(model.hitTest({150, 150}, 2) == big);

    int changes = 0;
    QObject::connect(&model, &AnnotationModel::selectionChanged, [&] { ++changes; });
    CHECK(model.selectAt({550, 500}, 2) == line);
    CHECK(model.selection() == QStringList {line});
    model.selectAt({50, 50}, 2, true);
    CHECK(model.selection() == QStringList({line, big}));
    model.selectAt({50, 50}, 2, true); // toggles off
    CHECK(model.selection() == QStringList {line});
    model.selectAt({9000, 9000}, 2);
    CHECK(model.selection().isEmpty());
    CHECK(changes == 4);
    model.setSelection({big, "unknown", big});
    CHECK(model.selection() == QStringList {big});
    REQUIRE(model.remove({big}));
    CHECK(model.selection().isEmpty());
}

TEST_CASE("reset replaces the document and clears history", "[annotations][model]")
{
    AnnotationModel model;
    model.add(square(0, 0, 10));
    Annotation named = square(5, 5, 5);
    named.className = "Lymphocyte";
    Annotation broken = Annotation::polyline({{0, 0}});
    int resets = 0;
    QObject::connect(&model, &AnnotationModel::modelReset, [&] { ++resets; });
    CHECK_FALSE(model.resetAnnotations({named, broken})); // the broken one is dropped
    CHECK(resets == 1);
    CHECK(model.count() == 1);
    CHECK(model.undoStack()->count() == 0);
    CHECK_FALSE(model.annotations()[0].id.isEmpty());
    CHECK(model.annotations()[0].classColor == QColor(196, 65, 127));
    CHECK(model.pathClasses().contains("Lymphocyte"));
}
