// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QMenu>

class QActionGroup;

namespace oncoview::ui {

// View > Language: the languages OncoView is translated into, each named in itself. The
// choice is kept for the next start; the widgets are built with their text, so a new
// language needs a restart, which the menu offers (as QuPath and Slicer do).
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // What the menu says after a choice; for the tests.
    QString lastNotice() const { return m_lastNotice; }

Q_SIGNALS:
    // The user chose a language other than the one on screen and agreed to restart now.
    void restartRequested();

private:
    void choose(const QString &code);

    QActionGroup *m_group;
    QString m_lastNotice;
};

} // namespace oncoview::ui
