// SPDX-License-Identifier: Apache-2.0
#pragma once

// Local
#include "ui/studyloader.h"

#include <optional>

namespace oncoview::ui {

// A hanging protocol, as reading workstations keep one: the MRI layout the reader last chose
// for studies of the same protocol (the same set of series descriptions, protocolKey()), so the
// next study of that protocol opens in it. QSettings "hanging/<sha1 of the protocol>/layout".
enum class HangingLayout { Mpr, Dce };

std::optional<HangingLayout> rememberedLayout(const LoadedStudy &study);
void rememberLayout(const LoadedStudy &study, HangingLayout layout);

} // namespace oncoview::ui
