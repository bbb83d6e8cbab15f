// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

// Qt
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// Local
#include "ui/annotations/annotationdock.h"
#include "ui/demoassets.h"
#include "ui/inferenceservice.h"
#include "ui/mainwindow.h"
#include "ui/workspace/filedrop.h"
#include "viewers/slide/annotations/annotationmodel.h"

#include <algorithm>

using oncoview::ui::DropPlan;
using oncoview::ui::planDrop;

namespace {

QString touch(const QDir &dir, const QString &name)
{
    QFile file(dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("x");
    return file.fileName();
}

// Sends what a file manager's drag and drop sends: enter, move, drop, with file URLs.
bool dropOn(QWidget *window, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths) {
        urls << QUrl::fromLocalFile(path);
    }
    mime.setUrls(urls);
    const QPoint centre = window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &enter);
    if (!enter.isAccepted()) {
        return false;
    }
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &drop);
    return drop.isAccepted();
}

} // namespace

TEST_CASE("a drop opens one study, one slide and the annotations for it", "[drop]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QDir dir(tmp.path());
    REQUIRE(dir.mkpath(QStringLiteral("series")));
    const QDir series(dir.filePath(QStringLiteral("series")));
    const QString slide = touch(dir, QStringLiteral("a.svs"));
    const QString slide2 = touch(dir, QStringLiteral("b.ndpi"));
    const QString geojson = touch(dir, QStringLiteral("cells.geojson"));
    const QString asap = touch(dir, QStringLiteral("regions.XML"));
    const QString nifti = touch(dir, QStringLiteral("t2.nii.gz"));
    const QString dicom1 = touch(series, QStringLiteral("IM0001"));
    const QString dicom2 = touch(series, QStringLiteral("IM0002.dcm"));

    DropPlan plan = planDrop({slide, geojson, asap, series.path()});
    CHECK(plan.slide == slide);
    CHECK(plan.study == series.path());
    CHECK(plan.annotations == QStringList {geojson, asap});
    CHECK(plan.ignored.isEmpty());

    // Files of one series (with and without a suffix) open their folder together.
    plan = planDrop({dicom1, dicom2});
    CHECK(plan.study == series.absolutePath());
    CHECK(plan.ignored.isEmpty());

    // One slide and one study at a time: the rest is named, not silently dropped.
    plan = planDrop({slide, slide2, nifti, dicom1, dir.filePath(QStringLiteral("gone.svs"))});
    CHECK(plan.slide == slide);
    CHECK(plan.study == nifti);
    CHECK(plan.ignored.size() == 3);
    CHECK(plan.ignored.contains(slide2));
    CHECK(plan.ignored.contains(dicom1));

    CHECK(planDrop({}).isEmpty());
    CHECK_FALSE(oncoview::ui::looksLikeSlide(dir.path())); // a folder is never a slide
}

TEST_CASE("a slide and its annotations dropped on the window open together", "[gui][demo]")
{
    const oncoview::ui::DemoPaths demo {QStringLiteral(ONCOVIEW_TEST_DEMO_DIR)};
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    // A QuPath export with one rectangle on the demo slide.
    const QString annotations = QDir(tmp.path()).filePath(QStringLiteral("roi.geojson"));
    {
        QFile file(annotations);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"([{"type":"Feature","geometry":{"type":"Polygon","coordinates":
            [[[100,100],[900,100],[900,700],[100,700],[100,100]]]},
            "properties":{"objectType":"annotation","name":"dropped ROI"}}])");
    }
    oncoview::ui::InferenceService inference;
    oncoview::ui::MainWindow window(&inference);
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // Plain text is not something to open: the drag is refused.
    {
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        CHECK_FALSE(enter.isAccepted());
    }

    REQUIRE(dropOn(&window, {demo.slide(), annotations}));
    const auto *model = window.annotations()->model();
    const auto droppedRoiShown = [&] {
        if (window.slidePath() != demo.slide()) {
            return false;
        }
        const auto &list = model->annotations();
        return std::any_of(list.begin(), list.end(), [](const auto &annotation) {
            return annotation.name == QStringLiteral("dropped ROI");
        });
    };
    CHECK(QTest::qWaitFor(droppedRoiShown, 60000));

    // Annotations alone, with no slide open, are refused with a message that says why.
    oncoview::ui::MainWindow empty(&inference);
    empty.show();
    REQUIRE(dropOn(&empty, {annotations}));
    const auto boxes = empty.findChildren<QMessageBox *>();
    REQUIRE(boxes.size() == 1);
    CHECK(boxes.front()->informativeText().isEmpty());
    CHECK(boxes.front()->text().contains(QStringLiteral("roi.geojson")));
}
