// SPDX-License-Identifier: Apache-2.0
#include "ui/help/helpcontent.h"

// Qt
#include <QAction>
#include <QMenu>
#include <QMenuBar>

// Local
#include "inference/manifest.h"

namespace oncoview::ui {

namespace {

// lupdate files a free tr() call under its namespace: the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("oncoview::ui", text);
}

void collectShortcuts(const QMenu *menu, const QString &path, QList<ShortcutRow> &rows)
{
    for (QAction *action : menu->actions()) {
        const QString name = path + QStringLiteral(" ▸ ") + action->text().remove(QLatin1Char('&'));
        if (action->menu()) {
            collectShortcuts(action->menu(), name, rows);
        } else if (!action->shortcut().isEmpty()) {
            rows.append({action->shortcut().toString(QKeySequence::NativeText), name});
        }
    }
}

} // namespace

PackageSummary summarizePackage(const QString &role, const inference::Manifest &manifest)
{
    PackageSummary summary;
    summary.role = role;
    summary.name = QString::fromStdString(manifest.name);
    summary.version = QString::fromStdString(manifest.version);
    summary.validated = manifest.validated;
    const std::string modelFile = manifest.modelFile();
    for (const inference::ManifestFile &file : manifest.files) {
        if (file.path == modelFile) {
            summary.modelSha256 = QString::fromStdString(file.sha256);
        }
    }
    return summary;
}

QString aboutHtml(const QString &versions, const QList<PackageSummary> &packages)
{
    QString html = QStringLiteral("<p><b>OncoView %1</b></p><p>%2</p>")
                       .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                            tr("Research workstation for breast MRI and whole-slide pathology "
                               "with AI assistance."));
    html += QStringLiteral("<p>%1</p>").arg(versions.toHtmlEscaped());
    if (packages.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No model package is in use."));
    }
    for (const PackageSummary &package : packages) {
        html += QStringLiteral("<p><b>%1</b>: %2 %3 — %4<br/><small>%5 %6</small></p>")
                    .arg(package.role.toHtmlEscaped(), package.name.toHtmlEscaped(),
                         package.version.toHtmlEscaped(),
                         package.validated ? tr("validated clinical model")
                                           : tr("not a validated clinical model"),
                         tr("model file sha256"),
                         package.modelSha256.isEmpty() ? tr("(not listed)")
                                                       : package.modelSha256.toHtmlEscaped());
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("AI output is labelled with its model's validation status. Demonstration "
                        "models are trained on synthetic data and are not for diagnosis. No "
                        "output of OncoView is a diagnosis."));
    return html;
}

QList<ShortcutSection> viewerConventions()
{
    return {
        {tr("MRI slice views (as in ITK-SNAP)"),
         {{tr("Left drag"), tr("Window and level")},
          {tr("Right drag"), tr("Zoom")},
          {tr("Middle drag"), tr("Pan")},
          {tr("Wheel, Up/Down"), tr("Next or previous slice")},
          {tr("Page Up/Page Down"), tr("Five slices")},
          {QStringLiteral("C"), tr("Crosshair mode: left click places the linked cursor")},
          {tr("Shift+Arrows"), tr("Move the linked cursor one voxel in the slice")},
          {QStringLiteral("A"), tr("Automatic window")},
          {QStringLiteral("R"), tr("Reset the view")},
          {QStringLiteral("D"), tr("Distance tool")},
          {QStringLiteral("E"), tr("Ellipse tool (mean, sd, area)")},
          {tr("Enter"), tr("In the distance or ellipse tool: mark an end at the cursor")},
          {tr("Esc"), tr("Cancel the measurement being drawn, or leave the tool")},
          {tr("Delete"), tr("Remove the measurement under the mouse")}}},
        {tr("3D view"),
         {{tr("Left drag"), tr("Rotate")},
          {tr("Right drag, wheel"), tr("Zoom")},
          {tr("Middle drag"), tr("Pan")},
          {QStringLiteral("P"), tr("Next rendering preset")},
          {QStringLiteral("R"), tr("Reset the view")}}},
        {tr("Breast DCE layout"),
         {{tr("Click"), tr("Time–intensity curve at the point")},
          {QStringLiteral("H"), tr("Go to the strongest enhancement")},
          {QStringLiteral("] / ["), tr("Next or previous post-contrast phase")}}},
        {tr("Slides (as in QuPath)"),
         {{tr("Wheel"), tr("Zoom to the cursor")},
          {tr("Drag, Space+drag"), tr("Pan")},
          {QStringLiteral("+ / -"), tr("Zoom in or out")},
          {tr("Home"), tr("Fit the slide")},
          {QStringLiteral("1–6"), tr("1×, 2×, 5×, 10×, 20×, 40×")}}},
        {tr("Slide annotations (as in QuPath)"),
         {{QStringLiteral("M"), tr("Select and move")},
          {QStringLiteral("."), tr("Point")},
          {QStringLiteral("R"), tr("Rectangle (Shift: square)")},
          {QStringLiteral("O"), tr("Ellipse (Shift: circle)")},
          {QStringLiteral("P"), tr("Polygon (double-click or Enter closes)")},
          {QStringLiteral("F"), tr("Freehand")},
          {QStringLiteral("B"), tr("Brush")},
          {QStringLiteral("L"), tr("Lock or unlock")},
          {tr("Esc"), tr("Cancel or deselect")},
          {tr("Delete"), tr("Delete the selection")}}},
    };
}

ShortcutSection menuShortcuts(const QMenuBar *menus)
{
    ShortcutSection section {tr("Menu commands"), {}};
    for (QAction *action : menus->actions()) {
        if (action->menu()) {
            collectShortcuts(action->menu(), action->text().remove(QLatin1Char('&')), section.rows);
        }
    }
    return section;
}

QString shortcutSheetHtml(const QList<ShortcutSection> &sections, const QString &filter)
{
    QString html;
    for (const ShortcutSection &section : sections) {
        QString rows;
        for (const ShortcutRow &row : section.rows) {
            if (!filter.isEmpty() && !row.keys.contains(filter, Qt::CaseInsensitive)
                && !row.what.contains(filter, Qt::CaseInsensitive)) {
                continue;
            }
            rows += QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td>"
                                   "</tr>")
                        .arg(row.keys.toHtmlEscaped(), row.what.toHtmlEscaped());
        }
        if (!rows.isEmpty()) {
            html += QStringLiteral("<h3>%1</h3><table>%2</table>")
                        .arg(section.title.toHtmlEscaped(), rows);
        }
    }
    return html.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("Nothing matches.")) : html;
}

} // namespace oncoview::ui
