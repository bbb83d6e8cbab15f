// SPDX-License-Identifier: Apache-2.0
// ASAP XML import (AsapXmlIo::read), then export and re-import of whatever was read.
#include "tests/fuzz/fuzzutil.h"
#include "viewers/slide/annotations/asapxmlio.h"

using oncoview::slide::AsapXmlIo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = AsapXmlIo::read(bytes);
    if (result.ok() && !result.annotations.isEmpty()) {
        AsapXmlIo::read(AsapXmlIo::write(result.annotations));
    }
    return 0;
}
