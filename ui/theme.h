// SPDX-License-Identifier: Apache-2.0
#pragma once

class QApplication;

namespace oncoview::ui {

// Applies the dark reading-room theme (Fusion style, dark palette, stylesheet from resources).
// Reading rooms are dim: bright chrome around an image changes how grey levels are perceived.
void applyReadingRoomTheme(QApplication &app);

} // namespace oncoview::ui
