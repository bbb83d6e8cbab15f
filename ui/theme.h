// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QString>

class QApplication;

namespace oncoview::ui {

// Applies a theme: "dark", the reading-room theme (Fusion, dark palette, stylesheet from
// resources) — reading rooms are dim, and bright chrome around an image changes how grey levels
// are perceived — or "light" (Fusion's own palette) for offices and bright rooms. The font
// keeps the desktop's size unless `fontPointSize` > 0. Can be called again to switch.
void applyTheme(QApplication &app, const QString &theme, double fontPointSize = 0.0);

// The dark theme at the desktop's font size.
inline void applyReadingRoomTheme(QApplication &app)
{
    applyTheme(app, QStringLiteral("dark"));
}

} // namespace oncoview::ui
