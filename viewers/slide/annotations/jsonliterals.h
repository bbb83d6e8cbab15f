// SPDX-License-Identifier: Apache-2.0
#pragma once

// QuPath writes GeoJSON with Gson's serializeSpecialFloatingPointValues(): a NaN measurement
// comes out as the bare literal NaN (also Infinity, -Infinity), which is not JSON, and Qt's
// parser rejects the whole file. These literals are quoted here ("NaN") before parsing, so
// the reader sees the string form it already reads as a number.

// Qt
#include <QByteArray>

namespace oncoview::slide {

// `json` with every NaN, Infinity and -Infinity outside strings quoted; `replaced` counts them.
// Bytes inside strings (escapes included) are left alone. Linear in the input.
QByteArray quoteNonFiniteLiterals(const QByteArray &json, int *replaced = nullptr);

} // namespace oncoview::slide
