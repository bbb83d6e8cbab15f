// SPDX-License-Identifier: Apache-2.0
#pragma once

// Writes a Volume as NIfTI-1 (.nii or .nii.gz) through ITK, so the file lands on the same
// patient-space voxels in ITK, 3D Slicer and ITK-SNAP (ITK turns our LPS geometry into the
// NIfTI RAS sform/qform).
#include "viewers/mri/io/volume.h"

#include <filesystem>
#include <string>

namespace oncoview::mri {

// Returns "" on success, else one sentence naming the problem (never throws).
std::string writeNiftiVolume(const Volume &volume, const std::filesystem::path &path,
                             const std::string &description = {});

} // namespace oncoview::mri
