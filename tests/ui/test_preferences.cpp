// SPDX-License-Identifier: Apache-2.0
// Edit > Preferences: kept, checked, reset; applied to the open window; the feature cache kept
// to its limit; and the hanging protocol (the MRI layout remembered per study protocol).
#include <catch2/catch.hpp>

// Qt
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

// Local
#include "tests/ui/copytree.h"
#include "tests/viewers/mri/viewtestutil.h"
#include "ui/annotations/annotationdock.h"
#include "ui/demoassets.h"
#include "ui/inferenceservice.h"
#include "ui/mainwindow.h"
#include "ui/mri/hangingprotocol.h"
#include "ui/preferences/preferences.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/slide/featurecachebudget.h"
#include "ui/theme.h"
#include "viewers/mri/measurement.h"
#include "viewers/mri/mprview.h"
#include "viewers/mri/mriviewer.h"
#include "viewers/slide/annotationoverlay.h"
#include "viewers/slide/slideview.h"

using namespace oncoview;

namespace {

// Restores the application's look after a test that changes the theme.
struct AppearanceGuard
{
    QString style = QApplication::style()->name();
    QPalette palette = QApplication::palette();
    QString sheet = qApp->styleSheet();
    QFont font = QApplication::font();
    ~AppearanceGuard()
    {
        QApplication::setStyle(style);
        QApplication::setPalette(palette);
        qApp->setStyleSheet(sheet);
        QApplication::setFont(font);
    }
};

} // namespace

TEST_CASE("Preferences are kept, refused when wrong and reset to their defaults", "[preferences]")
{
    ui::Preferences::reset();
    CHECK(ui::Preferences::load() == ui::Preferences {});

    QTemporaryDir folder;
    ui::Preferences chosen;
    chosen.device = QStringLiteral("cpu");
    chosen.threads = 3;
    chosen.tileCacheMiB = 1024;
    chosen.featureCacheGiB = 2.5;
    chosen.pacsCacheGiB = 0.5;
    chosen.modelFolders = {folder.path()};
    chosen.leftButtonMovesCursor = true;
    chosen.language = QStringLiteral("zh_HK");
    chosen.theme = QStringLiteral("light");
    chosen.fontPointSize = 12.0;
    REQUIRE(chosen.problems().isEmpty());
    chosen.save();
    CHECK(ui::Preferences::load() == chosen);
    CHECK(chosen.needsRestartComparedTo(ui::Preferences {}));

    // A hand-edited settings file: out-of-range and unknown values read as usable ones.
    {
        QSettings settings;
        settings.setValue(QStringLiteral("inference/device"), QStringLiteral("tpu"));
        settings.setValue(QStringLiteral("slide/tileCacheMiB"), 3);
        settings.setValue(QStringLiteral("analysis/featureCacheGiB"), QStringLiteral("nan"));
        settings.setValue(QStringLiteral("ui/theme"), QStringLiteral("purple"));
        settings.setValue(QStringLiteral("ui/fontPointSize"), 400);
    }
    const ui::Preferences read = ui::Preferences::load();
    CHECK(read.device == QStringLiteral("auto"));
    CHECK(read.tileCacheMiB == ui::Preferences::kMinTileCacheMiB);
    CHECK(read.featureCacheGiB == ui::Preferences {}.featureCacheGiB);
    CHECK(read.theme == QStringLiteral("dark"));
    CHECK(read.fontPointSize == 0.0);

    ui::Preferences wrong;
    wrong.modelFolders = {folder.filePath(QStringLiteral("not-there"))};
    wrong.tileCacheMiB = 1;
    const QStringList problems = wrong.problems();
    REQUIRE(problems.size() == 2);
    CHECK(problems.join(QLatin1Char(' ')).contains(QStringLiteral("not-there")));

    ui::Preferences::reset();
    CHECK(ui::Preferences::load() == ui::Preferences {});
}

TEST_CASE("The feature cache is kept under its limit, the oldest entries going first",
          "[preferences]")
{
    QTemporaryDir dir;
    const QDateTime now = QDateTime::currentDateTime();
    for (int i = 0; i < 4; ++i) {
        QFile file(dir.filePath(QStringLiteral("entry%1.features").arg(i)));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(1 << 20, char(i)));
        // entry0 was written longest ago.
        REQUIRE(file.setFileTime(now.addSecs(-3600 * (4 - i)), QFileDevice::FileModificationTime));
    }
    QFile partial(dir.filePath(QStringLiteral("entry9.features.partial-1-2")));
    REQUIRE(partial.open(QIODevice::WriteOnly));
    partial.write(QByteArray(4 << 20, 'p'));
    partial.close();

    const ui::FeatureCachePrune kept = ui::pruneFeatureCache(dir.path(), 0);
    CHECK(kept.removed == 0);
    CHECK(kept.bytesBefore == 4 << 20);
    const ui::FeatureCachePrune pruned = ui::pruneFeatureCache(dir.path(), (5 << 20) / 2);
    CHECK(pruned.removed == 2);
    CHECK(pruned.bytesAfter == 2 << 20);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("entry0.features"))));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("entry1.features"))));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("entry3.features"))));
    CHECK(partial.exists()); // being written by an analysis: never removed
}

TEST_CASE("Preferences apply to the open window, and a folder that is not there is refused",
          "[gui][preferences]")
{
    if (!mri::test::openGlOrSkip()) {
        return;
    }
    ui::Preferences::reset();
    const AppearanceGuard appearance;
    ui::InferenceService inference;
    ui::MainWindow window(&inference);
    std::unique_ptr<ui::PreferencesDialog> dialog(window.openPreferences());
    CHECK(dialog->preferences() == ui::Preferences {});

    ui::Preferences missing;
    missing.modelFolders = {QStringLiteral("/no/such/models")};
    dialog->setPreferences(missing);
    const QStringList problems = dialog->apply();
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().contains(QStringLiteral("/no/such/models")));
    CHECK(ui::Preferences::load() == ui::Preferences {}); // nothing saved

    QTemporaryDir models;
    ui::Preferences chosen;
    chosen.tileCacheMiB = 128;
    chosen.leftButtonMovesCursor = true;
    chosen.modelFolders = {models.path()};
    chosen.theme = QStringLiteral("light");
    chosen.fontPointSize = 13.0;
    chosen.mriCentimetres = true;
    chosen.slideMillimetres = true;
    chosen.rightButton = QStringLiteral("windowLevel");
    chosen.middleButton = QStringLiteral("zoom");
    chosen.wheelZooms = true;
    dialog->setPreferences(chosen);
    CHECK(dialog->preferences() == chosen);
    REQUIRE(dialog->apply().isEmpty());
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    dialog->grab().save(QStringLiteral(ONCOVIEW_TEST_OUTPUT_DIR "/preferences-light.png"));
    CHECK(window.slideView()->cacheBudget() == qint64(128) << 20);
    CHECK(window.mriViewer()->crosshairMode());
    CHECK(QSettings().value(QStringLiteral("models/folders")).toStringList()
          == QStringList {models.path()});
    CHECK(QApplication::palette().color(QPalette::Window).lightness() > 160);
    CHECK(QApplication::font().pointSizeF() == Approx(13.0));
    // Units: a 40 mm line reads 4.00 cm; slide measures in mm and mm².
    mri::Measurement line;
    line.kind = mri::MeasureKind::Distance;
    line.a = {0, 0, 0};
    line.b = {40, 0, 0};
    CHECK(mri::measurementLabel(line) == QStringLiteral("4.00 cm"));
    CHECK(window.annotations()->overlay()->lengthUnit() == QStringLiteral("px")); // no slide
    window.annotations()->overlay()->setMicronsPerPixel(QSizeF(0.5, 0.5));
    CHECK(window.annotations()->overlay()->areaUnit() == QStringLiteral("mm²"));
    // Mouse: the slice views of both layouts take the bindings.
    const auto views = window.findChildren<mri::MprView *>();
    REQUIRE(views.size() >= 3);
    for (const mri::MprView *view : views) {
        CHECK(view->mouseBindings().right == mri::MprView::DragAction::WindowLevel);
        CHECK(view->mouseBindings().middle == mri::MprView::DragAction::Zoom);
        CHECK(view->mouseBindings().wheelZooms);
    }

    // Restore Defaults fills the form; nothing changes until it is applied.
    dialog->setPreferences(ui::Preferences {});
    CHECK(ui::Preferences::load() == chosen);
    REQUIRE(dialog->apply().isEmpty());
    CHECK(window.slideView()->cacheBudget() == qint64(512) << 20);
    CHECK_FALSE(window.mriViewer()->crosshairMode());
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 60);
    CHECK(mri::measurementLabel(line) == QStringLiteral("40.0 mm"));
    CHECK(window.annotations()->overlay()->areaUnit() == QStringLiteral("µm²"));
    CHECK(views.front()->mouseBindings() == mri::MprView::MouseBindings {});
    ui::Preferences::reset();
}

TEST_CASE("A study opens in the layout last chosen for its protocol", "[gui][demo][preferences]")
{
    if (!mri::test::openGlOrSkip()) {
        return;
    }
    const ui::DemoPaths demo {QStringLiteral(ONCOVIEW_TEST_DEMO_DIR)};
    QSettings().remove(QStringLiteral("hanging"));
    ui::InferenceService inference;
    {
        ui::MainWindow window(&inference);
        window.resize(1600, 1000);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openStudy(demo.study());
        REQUIRE(QTest::qWaitFor([&] { return window.allViewsReady(); }, 120000));
        CHECK(window.mriLayout() == ui::MainWindow::MriLayout::Mpr);
        CHECK_FALSE(ui::rememberedLayout(window.study()));
        auto *dce = window.findChild<QAction *>(QStringLiteral("dceLayoutAction"));
        REQUIRE(dce);
        dce->trigger(); // the reader's choice for this protocol
        CHECK(ui::rememberedLayout(window.study()) == ui::HangingLayout::Dce);
    }
    // Another study of the same protocol, in a new window (as after a restart): DCE at once.
    QTemporaryDir dir;
    REQUIRE(test::copyTree(demo.study(), dir.filePath(QStringLiteral("next-patient"))));
    ui::MainWindow window(&inference);
    window.resize(1600, 1000);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.mriLayout() == ui::MainWindow::MriLayout::Mpr);
    window.openStudy(dir.filePath(QStringLiteral("next-patient")));
    REQUIRE(QTest::qWaitFor([&] { return window.allViewsReady(); }, 240000));
    CHECK(window.mriLayout() == ui::MainWindow::MriLayout::Dce);
    // A study of another protocol keeps what is on screen.
    ui::LoadedStudy other = window.study();
    other.series.resize(1);
    CHECK_FALSE(ui::rememberedLayout(other));
    QSettings().remove(QStringLiteral("hanging"));
}
