// SPDX-License-Identifier: Apache-2.0
// QuPath GeoJSON import (GeoJsonIo::read), then export and re-import of whatever was read, so
// the writer also sees the odd annotations a file can describe.
#include "tests/fuzz/fuzzutil.h"
#include "viewers/slide/annotations/geojsonio.h"

using oncoview::slide::GeoJsonIo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = GeoJsonIo::read(bytes);
    if (result.ok() && !result.annotations.isEmpty()) {
        GeoJsonIo::read(GeoJsonIo::write(result.annotations, false));
    }
    return 0;
}
