// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QObject>
#include <QStringList>

class QMenu;

namespace oncoview::ui {

// Most-recently-opened studies and slides, persisted in QSettings and mirrored into a menu.
// GUI thread only.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    void add(const QString &path);
    QStringList paths() const { return m_paths; }
    static constexpr int maxEntries = 10;

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void save() const;
    void rebuildMenu();

    QMenu *m_menu;
    QStringList m_paths;
};

} // namespace oncoview::ui
