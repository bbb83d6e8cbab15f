// SPDX-License-Identifier: Apache-2.0
// Autosave recovery (AnnotationAutosave::recover), which reads two files: the input's first
// line is the snapshot (written as one compact JSON line) and the rest the journal (a header
// line with the snapshot's generation, then one edit per line).
#include "tests/fuzz/fuzzutil.h"
#include "viewers/slide/annotations/annotationautosave.h"

#include <algorithm>

using oncoview::slide::AnnotationAutosave;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *end = data + size;
    const uint8_t *newline = std::find(data, end, uint8_t('\n'));
    const size_t snapshotSize = size_t(newline - data);
    const uint8_t *journal = newline == end ? end : newline + 1;
    const auto base = oncoview::fuzz::scratchFolder() / "doc";
    const QString basePath = QString::fromStdString(base.string());
    const auto fileName = [](const QString &path) {
        return std::filesystem::path(path.toStdString()).filename().string();
    };
    oncoview::fuzz::writeScratch(fileName(AnnotationAutosave::snapshotPathFor(basePath)), data,
                                 snapshotSize);
    oncoview::fuzz::writeScratch(fileName(AnnotationAutosave::journalPathFor(basePath)), journal,
                                 size_t(end - journal));
    AnnotationAutosave::recover(basePath);
    return 0;
}
