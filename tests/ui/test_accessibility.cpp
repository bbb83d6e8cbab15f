// SPDX-License-Identifier: Apache-2.0
// Every control and view of the main window has a name a screen reader can say (its own
// accessible name, or the text Qt derives from a button's label or a field's buddy), and the
// views describe how to work them from the keyboard.
#include <catch2/catch.hpp>

// Qt
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextEdit>

#include <memory>
#include <vector>

// Local
#include "ui/demoassets.h"
#include "ui/inferenceservice.h"
#include "ui/mainwindow.h"
#include "ui/pacs/archivesdialog.h"
#include "ui/pacs/pacsdialog.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/report/casereportdialog.h"
#include "viewers/mri/vtkglwidget.h"
#include "viewers/slide/slideview.h"

using namespace oncoview;

namespace {

bool isControl(QWidget *widget)
{
    return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
        || qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
        || qobject_cast<QAbstractSlider *>(widget) || qobject_cast<QAbstractItemView *>(widget)
        || qobject_cast<QTextEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
        || qobject_cast<mri::VtkGlWidget *>(widget) || qobject_cast<slide::SlideView *>(widget);
}

// What a screen reader says for the widget.
QString spokenName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

QString describe(QWidget *widget)
{
    QStringList path;
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        path.prepend(
            QString::fromLatin1(w->metaObject()->className())
            + (w->objectName().isEmpty() ? QString() : QLatin1Char('#') + w->objectName()));
    }
    return path.mid(std::max<qsizetype>(0, path.size() - 3)).join(QStringLiteral(" > "));
}

// The controls under `root` a screen reader could not name; `controls` counts those checked.
QStringList unnamedControls(QWidget *root, int *controls)
{
    QStringList unnamed;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        // Qt's own parts of a control (a spin box's line edit, a combo's popup list, a scroll
        // bar of a list) are named through their owner.
        if (!isControl(widget) || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
            || qobject_cast<QComboBox *>(widget->parentWidget())
            || widget->objectName().startsWith(QLatin1String("qt_"))
            || widget->inherits("QScrollBar") || widget->inherits("QComboBoxListView")
            || widget->inherits("QHeaderView") || widget->inherits("QTableCornerButton")
            || widget->inherits("QDockWidgetTitleButton")) {
            continue;
        }
        ++*controls;
        if (spokenName(widget).isEmpty()) {
            unnamed << describe(widget);
        }
    }
    return unnamed;
}

} // namespace

TEST_CASE("Every control and view of the window has an accessible name", "[gui][a11y]")
{
    ui::InferenceService inference;
    ui::MainWindow window(&inference);
    window.resize(1600, 1000);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openDemo(QStringLiteral(ONCOVIEW_TEST_DEMO_DIR));
    REQUIRE(QTest::qWaitFor([&] { return window.allViewsReady(); }, 120000));

    int controls = 0;
    const QStringList unnamed = unnamedControls(&window, &controls);
    INFO(unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(controls > 40);
    CHECK(unnamed.isEmpty());

    // The views say how to work them without a mouse.
    for (QWidget *view : window.findChildren<QWidget *>()) {
        if (qobject_cast<mri::VtkGlWidget *>(view) || qobject_cast<slide::SlideView *>(view)) {
            CAPTURE(describe(view));
            CHECK_FALSE(view->accessibleDescription().isEmpty());
            CHECK(view->focusPolicy() & Qt::TabFocus);
        }
    }
}

TEST_CASE("Every control of the dialogs has an accessible name", "[gui][a11y]")
{
    ui::InferenceService inference;
    ui::MainWindow window(&inference);
    const std::vector<std::unique_ptr<QDialog>> dialogs = [&] {
        std::vector<std::unique_ptr<QDialog>> all;
        all.emplace_back(window.openPreferences());
        all.emplace_back(window.openPacs());
        all.emplace_back(window.openCaseReport());
        all.emplace_back(std::make_unique<ui::ArchivesDialog>(&window));
        return all;
    }();
    for (const auto &dialog : dialogs) {
        CAPTURE(dialog->metaObject()->className());
        int controls = 0;
        const QStringList unnamed = unnamedControls(dialog.get(), &controls);
        INFO(unnamed.join(QLatin1Char('\n')).toStdString());
        CHECK(controls > 5);
        CHECK(unnamed.isEmpty());
    }
}
