// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QString>

namespace oncoview::ui {
class MainWindow;
}

namespace oncoview::app {

// Implements `--screenshot FILE`: once every view reports it has drawn its data, saves a PNG of
// the whole window and quits with 0; after the timeout saves what is there and quits with 1.
void saveScreenshotWhenReady(ui::MainWindow &window, const QString &file, int timeoutSeconds);

} // namespace oncoview::app
