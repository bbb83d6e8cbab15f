// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDialog>

// Local
#include "ui/help/helpcontent.h"

class QLineEdit;
class QTextBrowser;

namespace oncoview::ui {

// Help ▸ Keyboard and Mouse: the viewers' conventions and every menu shortcut, with a filter
// ("zoom", "Ctrl+D"). Non-modal, so it can stay open beside the work.
class ShortcutSheet : public QDialog
{
    Q_OBJECT
public:
    ShortcutSheet(QList<ShortcutSection> sections, QWidget *parent = nullptr);
    QLineEdit *filter() const { return m_filter; }
    QTextBrowser *sheet() const { return m_sheet; }

private:
    void render();

    QList<ShortcutSection> m_sections;
    QLineEdit *m_filter;
    QTextBrowser *m_sheet;
};

} // namespace oncoview::ui
