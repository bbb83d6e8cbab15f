// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QString>

namespace oncoview::ui {

// One line naming OncoView's version and build, the libraries it runs on and the system:
// "OncoView 0.9.0 (Release), Qt 6.4.2, VTK 9.1.0, ITK 5.2.1, GDCM 3.0.21, OpenSlide 3.4.1,
// LibTorch 1.13.0, Debian GNU/Linux 12 (bookworm), Linux 6.1.0, x86_64". No paths.
QString componentVersions();

} // namespace oncoview::ui
