// SPDX-License-Identifier: Apache-2.0
// A reader who does not use the mouse: open a study, reach the views, move through slices and
// phases, place the cursor, measure, run the analysis and ask the assistant, keys only.
#include <catch2/catch.hpp>

// Qt
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Local
#include "tests/ui/copytree.h"
#include "tests/viewers/mri/viewtestutil.h"
#include "ui/chat/chatsession.h"
#include "ui/chatdock.h"
#include "ui/demoassets.h"
#include "ui/explanationsdock.h"
#include "ui/inferenceservice.h"
#include "ui/mainwindow.h"
#include "ui/mri/measurementsidecar.h"
#include "ui/mrianalysis.h"
#include "viewers/mri/dcelayout.h"
#include "viewers/mri/measuretool.h"
#include "viewers/mri/mprcursor.h"
#include "viewers/mri/mprview.h"
#include "viewers/mri/mriviewer.h"

using namespace oncoview;

namespace {

QWidget *g_window = nullptr;

// What a window manager does when a window is raised or a dialog over it closes; Xvfb has none
// (shortcuts and focus need an active window).
bool activate(QWidget &window)
{
    return QTest::qWaitFor(
        [&] {
            QApplication::setActiveWindow(&window);
            return QApplication::activeWindow() == &window;
        },
        5000);
}

// Sends a key to whatever has the keyboard (the window when no widget has), as the keyboard
// would.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : g_window;
    REQUIRE(target);
    QTest::keyClick(target, key, modifiers);
}

} // namespace

TEST_CASE("A study is read, measured, analysed and asked about from the keyboard alone",
          "[gui][demo][a11y][long]")
{
    if (!mri::test::openGlOrSkip()) {
        return;
    }
    const ui::DemoPaths demo {QStringLiteral(ONCOVIEW_TEST_DEMO_DIR)};
    // Outside the demo folder: nothing runs on it until asked.
    QTemporaryDir dir;
    const QString study = dir.filePath(QStringLiteral("patient"));
    REQUIRE(test::copyTree(demo.study(), study));
    ui::InferenceService inference;
    ui::MainWindow window(&inference);
    window.mriAnalysis()->setModelPackage(demo.momePackage());
    window.chat()->offerLocalPackage(demo.models() + QStringLiteral("/tinylm-demo"));
    window.chat()->session()->clearConversation();
    window.resize(1600, 1000);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(activate(window));
    g_window = &window;

    // Ctrl+O: the folder dialog; the path typed, Enter.
    bool typed = false;
    QTimer answerDialog;
    QObject::connect(&answerDialog, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || typed) {
            return;
        }
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        REQUIRE(name);
        typed = true;
        name->setFocus();
        name->clear();
        // The name is typed in the folder that holds it. A whole path typed from "/" let
        // the dialog select folders it named in its list ("/" first), deselected only
        // while the name field has focus, which Xvfb without a window manager does not
        // always give: Return then opened "/" (under ASan, every time), not the study.
        dialog->setDirectory(dir.path());
        const QString typedName = QStringLiteral("patient");
        QTest::keyClicks(name, typedName);
        // The dialog's completer may take keys while the machine is busy: what Return opens
        // must be the name typed.
        if (name->text() != typedName) {
            name->setText(typedName);
        }
        QTest::keyClick(name, Qt::Key_Return);
    });
    answerDialog.start(50);
    press(Qt::Key_O, Qt::ControlModifier);
    answerDialog.stop();
    REQUIRE(typed);
    REQUIRE(QTest::qWaitFor(
        [&] { return window.allViewsReady() && window.mriAnalysis()->manifest(); }, 120000));
    REQUIRE(!window.study().series.empty());
    REQUIRE(activate(window)); // the dialog has closed
    CHECK(window.explanations()->results().isEmpty());

    // Tab reaches the axial view.
    mri::MprView *axial = window.mriViewer()->mprView(mri::MprOrientation::Axial);
    for (int i = 0; i < 120 && QApplication::focusWidget() != axial; ++i) {
        press(Qt::Key_Tab);
    }
    REQUIRE(QApplication::focusWidget() == axial);

    // Slices, and the cursor within the slice.
    const int slice = axial->sliceIndex();
    press(Qt::Key_Up);
    CHECK(axial->sliceIndex() == slice + 1);
    const auto before = window.mriViewer()->cursor()->position();
    press(Qt::Key_Right, Qt::ShiftModifier);
    CHECK(window.mriViewer()->cursor()->position() != before);

    // A distance: D, Enter at the cursor, ten voxels right, Enter.
    window.mriViewer()->measureTool(mri::MprOrientation::Axial)->setMeasurements({}, true);
    press(Qt::Key_D);
    press(Qt::Key_Return);
    for (int i = 0; i < 10; ++i) {
        press(Qt::Key_Right, Qt::ShiftModifier);
    }
    press(Qt::Key_Return);
    REQUIRE(window.measurementSidecar()->measurements().size() == 1);
    CHECK(mri::measurementLengthMm(window.measurementSidecar()->measurements().front()) > 0);
    press(Qt::Key_Escape);

    // The analysis (Analyze > Analyze Study).
    press(Qt::Key_A, Qt::ControlModifier | Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return !window.explanations()->results().isEmpty(); }, 120000));

    // The DCE reading layout and its phases.
    press(Qt::Key_D, Qt::ControlModifier);
    REQUIRE(window.mriLayout() == ui::MainWindow::MriLayout::Dce);
    mri::DceLayout *dce = window.dceLayout();
    REQUIRE(QTest::qWaitFor([&] { return dce->isReady(); }, 240000));
    mri::MprView *post = dce->panel(mri::DceLayout::Panel::Post);
    for (int i = 0; i < 120 && !post->hasFocus(); ++i) {
        press(Qt::Key_Tab);
    }
    REQUIRE(post->hasFocus());
    const int phase = dce->postPhase();
    press(Qt::Key_BracketRight);
    CHECK(dce->postPhase() == phase + 1);
    press(Qt::Key_BracketLeft);
    CHECK(dce->postPhase() == phase);

    // Ask the assistant: Ctrl+Shift+M, the question, Enter.
    press(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    auto *question = window.chat()->findChild<QPlainTextEdit *>(QStringLiteral("chatInput"));
    REQUIRE(QApplication::focusWidget() == question);
    QTest::keyClicks(question, QStringLiteral("What does the curve show?"));
    press(Qt::Key_Return);
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto &messages = window.chat()->session()->messages();
            return messages.size() == 2 && !window.chat()->session()->isBusy();
        },
        120000));
    CHECK(window.chat()->session()->messages().front().text
          == QStringLiteral("What does the curve show?"));

    window.setMriLayout(ui::MainWindow::MriLayout::Mpr);
    window.mriViewer()->measureTool(mri::MprOrientation::Axial)->setMeasurements({}, true);
    window.chat()->session()->clearConversation();
    g_window = nullptr;
}
