// SPDX-License-Identifier: Apache-2.0
#include "ui/help/helpdialogs.h"

// Qt
#include <QLineEdit>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace oncoview::ui {

ShortcutSheet::ShortcutSheet(QList<ShortcutSection> sections, QWidget *parent)
    : QDialog(parent)
    , m_sections(std::move(sections))
    , m_filter(new QLineEdit(this))
    , m_sheet(new QTextBrowser(this))
{
    setWindowTitle(tr("Keyboard and Mouse"));
    setObjectName(QStringLiteral("shortcutSheet"));
    m_filter->setPlaceholderText(tr("Filter, e.g. zoom or Ctrl+D"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_sheet->setOpenLinks(false); // text only: nothing to follow or load
    m_sheet->setAccessibleName(tr("Keyboard and mouse shortcuts"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_sheet, 1);
    resize(560, 640);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutSheet::render);
    render();
}

void ShortcutSheet::render()
{
    m_sheet->setHtml(shortcutSheetHtml(m_sections, m_filter->text().trimmed()));
}

} // namespace oncoview::ui
