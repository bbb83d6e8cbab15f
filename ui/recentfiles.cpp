// SPDX-License-Identifier: Apache-2.0
#include "ui/recentfiles.h"

// Qt
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace oncoview::ui {

namespace {
const auto settingsKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
    , m_paths(QSettings().value(settingsKey).toStringList())
{
    rebuildMenu();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_paths.removeAll(absolute);
    m_paths.prepend(absolute);
    while (m_paths.size() > maxEntries) {
        m_paths.removeLast();
    }
    save();
    rebuildMenu();
}

void RecentFiles::save() const
{
    QSettings().setValue(settingsKey, m_paths);
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    int index = 1;
    for (const QString &path : std::as_const(m_paths)) {
        // Numbered mnemonics (&1..&9) as in most desktop apps' recent-file lists.
        const QString label = index < 10
            ? QStringLiteral("&%1  %2").arg(index).arg(QDir::toNativeSeparators(path))
            : QDir::toNativeSeparators(path);
        QAction *action = m_menu->addAction(label);
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
        ++index;
    }
    if (m_paths.isEmpty()) {
        m_menu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Clear list")), &QAction::triggered, this, [this] {
        m_paths.clear();
        save();
        rebuildMenu();
    });
}

} // namespace oncoview::ui
