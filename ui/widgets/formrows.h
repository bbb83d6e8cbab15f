// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QWidget>

namespace oncoview::ui {

// A form row whose field is several widgets. QFormLayout gives such a row's label no buddy, so
// its mnemonic would show as a literal "&"; here it goes to `buddy`, the row's first field.
inline void addRowWithBuddy(QFormLayout *form, const QString &text, QWidget *buddy, QLayout *fields)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    form->addRow(label, fields);
}

} // namespace oncoview::ui
