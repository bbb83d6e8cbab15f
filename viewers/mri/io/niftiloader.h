// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/mri/io/loaderror.h"
#include "viewers/mri/io/volume.h"

#include <atomic>
#include <filesystem>

namespace oncoview::mri {

// Header of a NIfTI-1 or NIfTI-2 file (.nii or .nii.gz, 3D or 4D) as a one-file series in LPS.
// Throws LoadError. Any thread.
SeriesInfo readNiftiInfo(const std::filesystem::path &file);

// Voxels of every volume (4th dimension = phases), scaled by scl_slope/scl_inter.
// Throws LoadError / LoadCancelled. Worker thread.
Series loadNifti(const SeriesInfo &info, const ProgressFn &progress = {},
                 const std::atomic<bool> *cancel = nullptr);

} // namespace oncoview::mri
