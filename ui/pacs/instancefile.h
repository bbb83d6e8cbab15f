// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QString>

// Local
#include "ui/pacs/bytespans.h"

namespace oncoview::ui {

// Writes a received instance to `path` so that the name appears only once every byte is on
// it: a crash or a cancel never leaves a half file under a .dcm name. An older file of that
// name is replaced in one step. The bytes go from the network's buffers straight to the file.
// Returns what went wrong, empty when written. Any thread.
QString writeWholeFile(const QString &path, const ByteSpans &body);

} // namespace oncoview::ui
