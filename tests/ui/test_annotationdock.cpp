// SPDX-License-Identifier: Apache-2.0
// The Annotations dock and its session: per-slide storage, crash recovery through the banner,
// the table, show/hide by class, import and export.
#include "ui/annotations/annotationdock.h"
#include "ui/annotations/annotationsession.h"
#include "viewers/slide/annotationoverlay.h"
#include "viewers/slide/annotations/annotationautosave.h"
#include "viewers/slide/annotations/annotationmodel.h"
#include "viewers/slide/annotations/geojsonio.h"
#include "viewers/slide/slideview.h"

// Qt
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace oncoview;
using slide::Annotation;

namespace {

// A slide path need not exist: the session only names its files after it.
const QString kSlide = QStringLiteral("/data/slides/case-17.svs");

struct Window
{
    explicit Window(const QString &storage)
        : dock(&view, storage)
    {
        dock.setSlide(nullptr, kSlide);
    }
    slide::AnnotationModel &model() { return *dock.model(); }
    bool bannerShown() const { return dock.recoveryBanner()->isVisibleTo(&dock); }
    void press(const char *button)
    {
        auto *b = dock.recoveryBanner()->findChild<QPushButton *>(QString::fromLatin1(button));
        REQUIRE(b);
        QTest::mouseClick(b, Qt::LeftButton);
    }

    slide::SlideView view;
    ui::AnnotationDock dock;
};

} // namespace

TEST_CASE("edits survive a kill and are offered back on reopening", "[ui][annotations]")
{
    QTemporaryDir storage;
    REQUIRE(storage.isValid());
    QList<Annotation> edited;
    QString base;
    {
        auto window = std::make_unique<Window>(storage.path());
        CHECK(!window->bannerShown());
        window->model().add(Annotation::rectangle(QRectF(10, 20, 300, 400)));
        const QString poly
            = window->model().add(Annotation::polygon(QPolygonF({{0, 0}, {100, 0}, {50, 80}})));
        window->model().setName(poly, QStringLiteral("gland"));
        window->model().translate({poly}, QPointF(5, 5));
        edited = window->model().annotations();
        // What a kill leaves is already on disk: the journal is written and synced per edit.
        base = window->dock.session()->documentPath();
        base.chop(8); // ".geojson"
        const auto onDisk = slide::AnnotationAutosave::recover(base);
        REQUIRE(onDisk.ok());
        CHECK(onDisk.annotations == edited);
        // Destroyed without a clean save, as when the process is killed.
    }
    CHECK(!QFile::exists(base + QStringLiteral(".geojson")));
    {
        Window window(storage.path());
        CHECK(window.model().count() == 0); // nothing was saved cleanly
        REQUIRE(window.bannerShown());
        CHECK(window.dock.session()->pendingRecoveryCount() == 2);
        // Editing before deciding must not overwrite the recovery.
        window.model().add(Annotation::point(QPointF(1, 1)));
        window.press("recoverButton");
        CHECK(!window.bannerShown());
        CHECK(window.model().annotations() == edited);
        CHECK(window.dock.table()->rowCount() == 2);
        CHECK(window.dock.table()->item(1, 1)->text() == QStringLiteral("gland"));
        // Another "kill" right after recovering still loses nothing.
    }
    {
        Window window(storage.path());
        REQUIRE(window.bannerShown());
        window.press("recoverButton");
        CHECK(window.model().annotations() == edited);
        REQUIRE(window.dock.session()->save()); // a clean save: document written, journal gone
        CHECK(QFile::exists(base + QStringLiteral(".geojson")));
        CHECK(!QFile::exists(slide::AnnotationAutosave::journalPathFor(base)));
    }
    {
        Window window(storage.path());
        CHECK(!window.bannerShown()); // saved cleanly: loaded, nothing to recover
        CHECK(window.model().annotations() == edited);
        window.model().remove({edited.first().id});
    }
    {
        Window window(storage.path());
        REQUIRE(window.bannerShown());
        window.press("discardRecoveryButton");
        CHECK(!window.bannerShown());
        CHECK(window.model().annotations() == edited); // the saved document, not the journal
    }
    {
        Window window(storage.path());
        CHECK(!window.bannerShown()); // discarded for good
    }
}

TEST_CASE("unsaved edits come back even when the saved file is newer, and an undecided "
          "recovery is kept",
          "[ui][annotations][hardening]")
{
    QTemporaryDir storage;
    REQUIRE(storage.isValid());
    QList<Annotation> firstCrash, secondCrash;
    QString base;
    {
        Window window(storage.path());
        window.model().add(Annotation::rectangle(QRectF(10, 20, 300, 400)));
        REQUIRE(window.dock.session()->save());
        window.model().add(Annotation::point(QPointF(7, 7))); // not saved
        firstCrash = window.model().annotations();
        base = window.dock.session()->documentPath();
        base.chop(8); // ".geojson"
    } // killed
    // The saved document is touched after the crash (a backup tool, a copy): newer than the
    // journal. Before the fix the recovery was deleted as "already in the document".
    {
        QFile document(base + QStringLiteral(".geojson"));
        REQUIRE(document.open(QIODevice::ReadWrite));
        REQUIRE(document.setFileTime(QDateTime::currentDateTime().addSecs(3600),
                                     QFileDevice::FileModificationTime));
    }
    {
        Window window(storage.path());
        REQUIRE(window.bannerShown());
        CHECK(window.dock.session()->pendingRecoveryCount() == 2);
        // Neither restored nor discarded; another edit, another crash. Before the fix the
        // first recovery was deleted here.
        window.model().add(Annotation::point(QPointF(9, 9)));
        secondCrash = window.model().annotations();
    }
    {
        Window window(storage.path());
        REQUIRE(window.bannerShown());
        window.press("recoverButton");
        CHECK(window.model().annotations() == secondCrash);
    }
    const QDir dir(QFileInfo(base).absolutePath());
    const QStringList kept = dir.entryList(
        {QFileInfo(base).fileName() + QStringLiteral(".crashed-*.autosave.geojson")});
    REQUIRE(kept.size() == 1);
    QString keptBase = dir.filePath(kept.front());
    keptBase.chop(int(QStringLiteral(".autosave.geojson").size()));
    const auto first = slide::AnnotationAutosave::recover(keptBase);
    REQUIRE(first.ok());
    CHECK(first.annotations == firstCrash);
}

TEST_CASE("the dock lists measurements, hides classes, imports and exports", "[ui][annotations]")
{
    QTemporaryDir storage;
    Window window(storage.path());
    Annotation tumor = Annotation::rectangle(QRectF(0, 0, 100, 50));
    tumor.className = QStringLiteral("Tumor");
    window.model().add(tumor);
    window.model().add(Annotation::ellipse(QRectF(0, 0, 20, 20)));
    QTableWidget *table = window.dock.table();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Tumor"));
    // px² and px without an mpp.
    CHECK(QLocale().toDouble(table->item(0, 2)->text()) == Approx(5000));
    CHECK(QLocale().toDouble(table->item(0, 3)->text()) == Approx(300));

    // Editing the name cell renames (one undo step).
    table->item(1, 1)->setText(QStringLiteral("vessel"));
    CHECK(window.model().annotations().at(1).name == QStringLiteral("vessel"));
    // Selecting a row selects the annotation, and back.
    table->selectRow(0);
    CHECK(window.model().selection() == QStringList {window.model().annotations().at(0).id});

    // Unticking "Tumor" hides it.
    QListWidget *classes = window.dock.classList();
    QListWidgetItem *tumorItem = nullptr;
    for (int i = 0; i < classes->count(); ++i) {
        if (classes->item(i)->data(Qt::UserRole).toString() == QStringLiteral("Tumor")) {
            tumorItem = classes->item(i);
        }
    }
    REQUIRE(tumorItem);
    tumorItem->setCheckState(Qt::Unchecked);
    CHECK(!window.model().isShown(window.model().annotations().at(0)));
    CHECK(window.model().isShown(window.model().annotations().at(1)));

    // Export both formats and import them back.
    QString error;
    const QString json = QDir(storage.path()).filePath(QStringLiteral("out.geojson"));
    const QString xml = QDir(storage.path()).filePath(QStringLiteral("out.xml"));
    REQUIRE(window.dock.exportFile(json, &error));
    REQUIRE(window.dock.exportFile(xml, &error));
    REQUIRE(window.dock.importFile(json, &error)); // same ids: imported as copies
    CHECK(window.model().count() == 4);
    REQUIRE(window.dock.importFile(xml, &error));
    CHECK(window.model().count() == 6);
    CHECK(
        !window.dock.importFile(QDir(storage.path()).filePath(QStringLiteral("none.xml")), &error));
    CHECK(error.contains(QStringLiteral("none.xml")));
    window.model().undoStack()->undo();
    CHECK(window.model().count() == 4);
}

// A QuPath export with thousands of objects is read on a worker thread: the window keeps
// processing events meanwhile, and the result goes to the slide the import started on only.
TEST_CASE("a large import runs in the background and lands on its own slide", "[ui][annotations]")
{
    QTemporaryDir storage;
    REQUIRE(storage.isValid());
    QList<Annotation> many;
    for (int i = 0; i < 6000; ++i) {
        const double x = 40.0 * (i % 100), y = 40.0 * (i / 100);
        many << Annotation::polygon(
            QPolygonF({{x, y}, {x + 30, y}, {x + 30, y + 20}, {x + 15, y + 35}, {x, y + 20}}));
    }
    const QString file = QDir(storage.path()).filePath(QStringLiteral("cells.geojson"));
    REQUIRE(slide::GeoJsonIo::writeFile(file, many));

    Window window(storage.path());
    QSignalSpy finished(&window.dock, &ui::AnnotationDock::importFinished);
    QSignalSpy progress(&window.dock, &ui::AnnotationDock::importProgress);
    int ticks = 0;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] { ++ticks; });
    heartbeat.start(1);
    window.dock.importFileInBackground(file);
    CHECK(window.dock.isImporting());
    CHECK(window.model().count() == 0); // nothing applied until the read is done
    // Parsed, applied and listed within seconds (the table was rebuilt per inserted
    // annotation once: 38 s for this file in a release build).
    QElapsedTimer clock;
    clock.start();
    REQUIRE(finished.wait(60000));
    CHECK(clock.elapsed() < 15000);
    CHECK(finished.first().at(0).toBool());
    CHECK(window.model().count() == 6000);
    CHECK(window.dock.table()->rowCount() == 6000);
    CHECK(window.dock.table()->item(5999, 0)->data(Qt::UserRole).toString()
          == window.model().annotations().last().id);
    QCoreApplication::processEvents(); // the class list counts once per batch
    CHECK(window.dock.classList()->item(0)->text().contains(QStringLiteral("(6000)")));
    CHECK(ticks > 0); // the event loop ran while the file was parsed
    CHECK_FALSE(window.dock.isImporting());
    // Progress came before the result, in order, up to 100 %.
    REQUIRE(progress.size() >= 10);
    CHECK(progress.last().at(0).toInt() == 100);
    for (qsizetype i = 1; i < progress.size(); ++i) {
        CHECK(progress.at(i).at(0).toInt() > progress.at(i - 1).at(0).toInt());
    }

    // Started on one slide, finished after another was opened: nothing lands on the wrong one.
    finished.clear();
    window.dock.importFileInBackground(file);
    window.dock.setSlide(nullptr, QStringLiteral("/data/slides/other-case.svs"));
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(finished.first().at(0).toBool());
    CHECK(finished.first().at(1).toString().contains(QStringLiteral("another slide")));
    CHECK(window.model().count() == 0);
}
