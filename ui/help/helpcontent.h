// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QCoreApplication>
#include <QList>
#include <QString>

class QMenuBar;

namespace oncoview::inference {
struct Manifest;
}

namespace oncoview::ui {

// A model package in use, as About names it: enough for a support request or an audit to
// tell exactly which weights produced a result.
struct PackageSummary
{
    QString role; // "Breast MRI model", "Slide model", "Chat model"
    QString name;
    QString version;
    bool validated = false;
    QString modelSha256; // of the model file, as its manifest lists (and loading checks) it
};
PackageSummary summarizePackage(const QString &role, const inference::Manifest &manifest);

// The About box: version, the libraries and system it runs on (componentVersions()), each
// package in use, and the reminder that no output is a diagnosis.
QString aboutHtml(const QString &versions, const QList<PackageSummary> &packages);

struct ShortcutRow
{
    QString keys;
    QString what;
};
struct ShortcutSection
{
    QString title;
    QList<ShortcutRow> rows;
};

// The keyboard and mouse conventions of the viewers (those of ITK-SNAP, Slicer and QuPath
// that OncoView follows), which no menu shows.
QList<ShortcutSection> viewerConventions();
// Every menu command that has a shortcut, read from the menus themselves so the sheet can
// never disagree with them.
ShortcutSection menuShortcuts(const QMenuBar *menus);
// The sheet, keeping only rows whose keys or description contain `filter` (any case).
QString shortcutSheetHtml(const QList<ShortcutSection> &sections, const QString &filter = {});

} // namespace oncoview::ui
