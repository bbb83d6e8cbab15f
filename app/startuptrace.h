// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace oncoview::ui {
class MainWindow;
}

namespace oncoview::app {

// With ONCOVIEW_STARTUP_TRACE set, prints one line on stderr at each step a user sees while
// OncoView starts: "oncoview-startup first-paint" when the window first draws anything, and
// "oncoview-startup views-ready" when every view asked for (the demo, files given) has drawn.
// bench_startup times them from the outside. Does nothing otherwise.
void traceStartup(ui::MainWindow &window);

} // namespace oncoview::app
