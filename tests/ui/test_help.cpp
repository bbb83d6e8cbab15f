// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

// Qt
#include <QLineEdit>
#include <QMenuBar>
#include <QTextBrowser>

// Local
#include "inference/manifest.h"
#include "ui/help/helpcontent.h"
#include "ui/help/helpdialogs.h"
#include "ui/inferenceservice.h"
#include "ui/mainwindow.h"

using namespace oncoview::ui;

TEST_CASE("About names the versions and each package's model file hash", "[help]")
{
    oncoview::inference::Manifest manifest;
    manifest.name = "breast-mome";
    manifest.version = "2.1";
    manifest.files = {{"weights.bin", "aaaa"}, {"model.pt", "5e3f0c"}};
    const PackageSummary summary = summarizePackage(QStringLiteral("Breast MRI model"), manifest);
    CHECK(summary.modelSha256 == QStringLiteral("5e3f0c")); // the model file's, not the first
    CHECK_FALSE(summary.validated);

    const QString html = aboutHtml(QStringLiteral("OncoView 1.0, Qt <6.4.2>"), {summary});
    CHECK(html.contains(QStringLiteral("Qt &lt;6.4.2&gt;"))); // escaped, never markup
    CHECK(html.contains(QStringLiteral("breast-mome 2.1")));
    CHECK(html.contains(QStringLiteral("not a validated clinical model")));
    CHECK(html.contains(QStringLiteral("5e3f0c")));
    CHECK(aboutHtml({}, {}).contains(QStringLiteral("No model package is in use")));
}

TEST_CASE("The shortcut sheet lists the menus' shortcuts and the viewers' conventions",
          "[gui][help]")
{
    InferenceService inference;
    MainWindow window(&inference);
    // The About text names what the window runs on.
    CHECK(window.aboutText().contains(QStringLiteral("Qt ") + QLatin1String(qVersion())));
    CHECK(window.aboutText().contains(QStringLiteral("VTK")));

    QAction *open = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->shortcut() == QKeySequence(QKeySequence::HelpContents)) {
                open = action;
            }
        }
    }
    REQUIRE(open);
    open->trigger();
    auto *sheet = window.findChild<ShortcutSheet *>();
    REQUIRE(sheet);
    CHECK(sheet->isVisible());
    const QString all = sheet->sheet()->toPlainText();
    // From the menus themselves, with where to find them...
    CHECK(all.contains(QStringLiteral("View ▸ Breast DCE Layout")));
    CHECK(all.contains(QKeySequence(QStringLiteral("Ctrl+D")).toString(QKeySequence::NativeText)));
    // ...and the viewers' own conventions.
    CHECK(all.contains(QStringLiteral("Crosshair mode")));
    CHECK(all.contains(QStringLiteral("Polygon")));

    sheet->filter()->setText(QStringLiteral("zoom"));
    const QString zoom = sheet->sheet()->toPlainText();
    CHECK(zoom.contains(QStringLiteral("Zoom to the cursor")));
    CHECK_FALSE(zoom.contains(QStringLiteral("Breast DCE Layout")));
    sheet->filter()->setText(QStringLiteral("no such thing"));
    CHECK(sheet->sheet()->toPlainText().contains(QStringLiteral("Nothing matches")));
}
