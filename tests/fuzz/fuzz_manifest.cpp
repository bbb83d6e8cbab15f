// SPDX-License-Identifier: Apache-2.0
// Model package manifest (parseManifest, which promises never to throw). A manifest it accepts
// is written back (manifestToJson, as writeManifestWithHashes does) and must parse again: a
// package OncoView writes has to open.
#include "inference/manifest.h"
#include "tests/fuzz/fuzzutil.h"

using namespace oncoview::inference;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ManifestParse parsed
        = parseManifest(std::string(reinterpret_cast<const char *>(data), size));
    if (!parsed.manifest) {
        return 0;
    }
    const ManifestParse again = parseManifest(manifestToJson(*parsed.manifest));
    if (!again.manifest) {
        std::fprintf(stderr, "accepted manifest does not parse back: %s\n", again.error.c_str());
        std::abort();
    }
    return 0;
}
