// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDockWidget>

namespace oncoview::ui {

// The MedDr chat dock. Until a chat backend is configured it says what the panel will do and
// why nothing is sent yet: it never shows an invented answer.
class ChatDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ChatDock(QWidget *parent = nullptr);
};

} // namespace oncoview::ui
