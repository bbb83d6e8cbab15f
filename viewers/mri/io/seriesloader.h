// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/mri/io/loaderror.h"
#include "viewers/mri/io/volume.h"

#include <atomic>
#include <filesystem>
#include <string>
#include <vector>

namespace oncoview::mri {

// Reads the pixels of a scanned series (DICOM through ITK GDCMImageIO, multi-frame DICOM
// through GDCM with per-frame rescale, NIfTI through ITK NiftiImageIO or the NIfTI-2 reader)
// into float volumes in LPS, one per phase, with the scan's geometry. Throws LoadError naming
// the failing file. Called on a worker thread; progress counts files (DICOM) or phases
// (multi-frame DICOM, NIfTI); cancel (may be null) is polled per file or phase.
Series loadSeries(const SeriesInfo &info, const ProgressFn &progress = {},
                  const std::atomic<bool> *cancel = nullptr);

// One single-frame DICOM image's pixels as modality values (rescale applied), row by row.
// Throws LoadError naming the file and its transfer syntax. Any thread.
std::vector<float> readDicomPixels(const std::string &file, int *columns, int *rows);

} // namespace oncoview::mri
