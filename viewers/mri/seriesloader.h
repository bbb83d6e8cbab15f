#pragma once

#include "viewers/mri/loaderror.h"
#include "viewers/mri/volume.h"

#include <atomic>
#include <filesystem>

namespace oncoview::mri {

// Reads the pixels of a scanned series (DICOM through ITK GDCMImageIO, NIfTI through ITK
// NiftiImageIO or the NIfTI-2 reader) into float volumes in LPS, one per phase, with the
// scan's geometry. Throws LoadError naming the failing file. Called on a worker thread;
// progress counts files (DICOM) or phases (NIfTI); cancel (may be null) is polled per file.
Series loadSeries(const SeriesInfo &info, const ProgressFn &progress = {},
                  const std::atomic<bool> *cancel = nullptr);

// Header-level description of an enhanced / multi-frame DICOM file (frames as slices),
// read through ITK. Throws LoadError. Any thread.
SeriesInfo readMultiFrameInfo(const std::filesystem::path &file);

} // namespace oncoview::mri
