// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/mri/io/volume.h"

#include <atomic>
#include <filesystem>
#include <vector>

namespace oncoview::mri {

struct ScanOptions
{
    // Single-phase series that are the phases of one DCE (same grid and sequence) become one
    // series (phaseseriesgrouping.h); off, every series stays as stored.
    bool groupPhaseSeries = true;
    // When not empty, only these files are read, as if the folder held nothing else: the first
    // phase of a series shown while the rest is still arriving from the archive.
    std::vector<std::filesystem::path> onlyFiles;
};

// Finds the image series under a folder (recursively) or in a single DICOM/NIfTI file,
// reading only header tags. Unreadable files end up in StudyScan::skipped with a reason; a
// missing path gives no series and one skipped entry. Never throws for bad input.
// Called on a worker thread (or the CLI's main thread); progress is reported per file and
// cancel (may be null) is polled between files, returning what was found so far.
StudyScan scanStudy(const std::filesystem::path &folderOrFile, const ProgressFn &progress = {},
                    const std::atomic<bool> *cancel = nullptr, const ScanOptions &options = {});

// True for names ending in .nii or .nii.gz (case-insensitive).
bool isNiftiPath(const std::filesystem::path &file);

} // namespace oncoview::mri
