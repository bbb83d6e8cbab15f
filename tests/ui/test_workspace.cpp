// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

// Qt
#include <QAction>
#include <QSettings>
#include <QSplitter>
#include <QTest>
#include <QToolBar>

// Local
#include "tests/viewers/mri/viewtestutil.h"
#include "ui/annotations/annotationdock.h"
#include "ui/annotations/annotationtoolbar.h"
#include "ui/chatdock.h"
#include "ui/demoassets.h"
#include "ui/inferenceservice.h"
#include "ui/mainwindow.h"
#include "ui/seriesbrowser.h"
#include "ui/slide/slideanalysisdock.h"
#include "ui/workspace/workspacecontroller.h"
#include "viewers/mri/mriviewer.h"
#include "viewers/slide/slideview.h"

#include <cstdlib>

using oncoview::ui::PaneVisibility;
using oncoview::ui::Workspace;

TEST_CASE("each workspace shows the panes for what is open", "[workspace]")
{
    using oncoview::ui::panesFor;
    const PaneVisibility mriOnly {true, false}, slideOnly {false, true}, both {true, true};
    // Automatic: what is open fills the window; nothing or both: side by side.
    CHECK(panesFor(Workspace::Automatic, true, false, false) == mriOnly);
    CHECK(panesFor(Workspace::Automatic, false, true, false) == slideOnly);
    CHECK(panesFor(Workspace::Automatic, true, true, false) == both);
    CHECK(panesFor(Workspace::Automatic, false, false, false) == both);
    // The user's fixed choices hold whatever is open.
    CHECK(panesFor(Workspace::Radiology, true, true, false) == mriOnly);
    CHECK(panesFor(Workspace::Pathology, true, true, false) == slideOnly);
    CHECK(panesFor(Workspace::Case, true, false, false) == both);
    // The DCE layout takes the slide pane's width, but never hides the only pane shown.
    CHECK(panesFor(Workspace::Case, true, true, true) == mriOnly);
    CHECK(panesFor(Workspace::Automatic, true, true, true) == mriOnly);
    CHECK(panesFor(Workspace::Pathology, true, true, true) == slideOnly);

    for (const Workspace workspace :
         {Workspace::Automatic, Workspace::Radiology, Workspace::Pathology, Workspace::Case}) {
        CHECK(oncoview::ui::workspaceFromKey(oncoview::ui::workspaceKey(workspace)) == workspace);
    }
    CHECK(oncoview::ui::workspaceFromKey(QStringLiteral("bogus")) == Workspace::Automatic);
}

TEST_CASE("the window follows what is open, with each part's docks and toolbars", "[gui][demo]")
{
    if (!oncoview::mri::test::openGlOrSkip()) {
        return;
    }
    QSettings().remove(QStringLiteral("window/workspace"));
    const oncoview::ui::DemoPaths demo {QStringLiteral(ONCOVIEW_TEST_DEMO_DIR)};
    oncoview::ui::InferenceService inference;
    oncoview::ui::MainWindow window(&inference);
    window.resize(1600, 1000);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    oncoview::ui::WorkspaceController *workspace = window.workspace();
    QWidget *annotationTools = window.annotations()->toolBar();
    const auto waitReady = [&] {
        const bool ready = QTest::qWaitFor([&] { return window.allViewsReady(); }, 120000);
        INFO("still pending: " << window.pendingViewsDescription().toStdString());
        REQUIRE(ready);
    };

    // A slide alone fills the window with the slide tools; no empty MRI pane, no series list.
    window.openSlide(demo.slide());
    waitReady();
    CHECK(workspace->panes() == PaneVisibility {false, true});
    CHECK_FALSE(window.mriViewer()->isVisible());
    CHECK_FALSE(window.seriesBrowser()->isVisible());
    CHECK(window.slideView()->isVisible());
    CHECK(window.annotations()->isVisible());
    CHECK(annotationTools->isVisible());
    window.grab().save(QStringLiteral(ONCOVIEW_TEST_OUTPUT_DIR "/workspace-slide-only.png"));
    CHECK(window.slideView()->width() >= window.centralWidget()->width() - 4); // all of it

    // The user closes the annotation list: it stays closed when the slide tools come back.
    window.annotations()->hide();

    // Adding a study makes it one case, side by side, with the MRI tools back.
    window.openStudy(demo.study());
    waitReady();
    CHECK(workspace->panes() == PaneVisibility {true, true});
    CHECK(window.mriViewer()->isVisible());
    CHECK(window.seriesBrowser()->isVisible());
    CHECK(window.slideView()->isVisible());

    // The DCE reading layout takes the width: the slide and every slide tool give way.
    window.setMriLayout(oncoview::ui::MainWindow::MriLayout::Dce);
    waitReady();
    CHECK_FALSE(window.slideView()->isVisible());
    CHECK_FALSE(annotationTools->isVisible());
    CHECK_FALSE(window.slideAnalysisDock()->isVisible());
    window.setMriLayout(oncoview::ui::MainWindow::MriLayout::Mpr);
    waitReady();
    CHECK(window.slideView()->isVisible());
    CHECK(annotationTools->isVisible());
    CHECK_FALSE(window.annotations()->isVisible()); // the user's closing is kept

    // The user's choice from the View menu: applied and remembered for the next start.
    const auto actionFor = [&](const char *key) {
        for (QAction *action : workspace->actions()) {
            if (action->objectName() == QStringLiteral("workspace-") + QLatin1String(key)) {
                return action;
            }
        }
        FAIL("no action for workspace " << key);
        return static_cast<QAction *>(nullptr);
    };
    actionFor("radiology")->trigger();
    CHECK(actionFor("radiology")->isChecked());
    CHECK(workspace->panes() == PaneVisibility {true, false});
    CHECK_FALSE(window.slideView()->isVisible());
    CHECK_FALSE(annotationTools->isVisible());
    CHECK(QSettings().value(QStringLiteral("window/workspace")).toString() == "radiology");
    {
        oncoview::ui::MainWindow next(&inference);
        CHECK(next.workspace()->workspace() == Workspace::Radiology);
    }

    // A slide opened while radiology hides slides is shown: the window follows what is open
    // for this session, and the remembered choice stays.
    window.openSlide(demo.slide());
    waitReady();
    CHECK(workspace->workspace() == Workspace::Automatic);
    CHECK(window.slideView()->isVisible());
    CHECK(QSettings().value(QStringLiteral("window/workspace")).toString() == "radiology");
    QSettings().remove(QStringLiteral("window/workspace"));
}

TEST_CASE("the window layout comes back at the next start", "[gui][demo]")
{
    if (!oncoview::mri::test::openGlOrSkip()) {
        return;
    }
    for (const char *key : {"window/workspace", "window/geometry", "window/state",
                            "window/toolsHiddenByWorkspace", "window/paneSizes"}) {
        QSettings().remove(QLatin1String(key));
    }
    const oncoview::ui::DemoPaths demo {QStringLiteral(ONCOVIEW_TEST_DEMO_DIR)};
    oncoview::ui::InferenceService inference;
    QList<int> sideBySide;
    {
        oncoview::ui::MainWindow window(&inference);
        CHECK_FALSE(window.restoreLayout()); // nothing saved yet
        window.resize(1700, 950);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        // The user narrows the MRI pane and closes the chat...
        auto *splitter = window.findChild<QSplitter *>();
        REQUIRE(splitter);
        splitter->setSizes({250, 550});
        sideBySide = splitter->sizes();
        window.chat()->close();
        // ...then reads a slide alone, which hides the series list (the workspace's doing).
        window.openSlide(demo.slide());
        REQUIRE(QTest::qWaitFor([&] { return window.allViewsReady(); }, 60000));
        REQUIRE_FALSE(window.seriesBrowser()->isVisible());
        window.saveLayout();
    }
    oncoview::ui::MainWindow next(&inference);
    REQUIRE(next.restoreLayout());
    next.show();
    REQUIRE(QTest::qWaitForWindowExposed(&next));
    INFO("restored " << next.width() << "x" << next.height());
    CHECK(next.size() == QSize(1700, 950));
    CHECK_FALSE(next.chat()->isVisible()); // closed by the user: stays closed
    // Nothing open yet, so both panes show: the series list the workspace hid comes back,
    // and the panes are split as the user left them.
    CHECK(next.seriesBrowser()->isVisible());
    const QList<int> sizes = next.findChild<QSplitter *>()->sizes();
    REQUIRE(sizes.size() == 2);
    CHECK(std::abs(sizes[0] - sideBySide[0]) <= 2);
}
