// SPDX-License-Identifier: Apache-2.0
#pragma once

// Local
#include "inference/analysis/mripreparation.h"
#include "inference/manifest.h"
#include "inference/tensor.h"
#include "inference/volumeinput.h"
#include "viewers/mri/io/volume.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace oncoview::mri {
struct PhantomStudy;
}

namespace oncoview::ui {

// Volumes of one exam grouped by series role ("dce", "t2", "dwi"), in phase order.
using RoleVolumes = std::map<std::string, std::vector<const mri::Volume *>>;

RoleVolumes roleVolumes(const std::vector<std::shared_ptr<const mri::Series>> &series);
RoleVolumes roleVolumes(const mri::PhantomStudy &phantom);

inference::VolumeInput toVolumeInput(const mri::Volume &volume);

// Builds the model's inputs from an exam, as the manifest says: a manifest input named after a
// role takes shape[1] channels from that role's phases: the phases or phase differences the
// input's "channels" names, else phases spread from first to last. With
// a manifest spacing, every sequence is resampled in patient space onto one LPS grid at that
// spacing, cropped around the breasts (body mask of the pre-contrast phase); without one, each
// volume is fitted to the grid. Then normalised as declared. An optional input (the package
// was trained without it) that the study lacks is zero-filled and named in `missing`.
// The study and the training phantoms go through this same function, so the model sees at
// run time exactly the preprocessing it was trained with. Any thread.
// `side` picks one breast's crop (per-breast packages; the right one mirrored when the
// manifest says so).
// Returns nothing and sets `why` when a required role is missing or has too few phases.
std::optional<inference::NamedTensors>
mriModelInputs(const RoleVolumes &volumes, const inference::Manifest &manifest, std::string *why,
               std::vector<std::string> *missing = nullptr,
               inference::analysis::BreastSide side = inference::analysis::BreastSide::Both,
               std::optional<inference::analysis::PatientGrid> *grid = nullptr);

// One set of inputs per model run: one for a bilateral package (side ""), one per breast
// ("left", "right") for a per-breast package.
struct SideInputs
{
    std::string side;
    inference::NamedTensors inputs;
    // Where the inputs lie in patient space (packages with a spacing); an explanation map on
    // the inputs' grid goes back onto the study through it.
    std::optional<inference::analysis::PatientGrid> grid;
    bool mirrored = false; // the crop was flipped left to right (per_breast_mirrored, right)
};
std::optional<std::vector<SideInputs>> mriModelInputsBySide(const RoleVolumes &volumes,
                                                            const inference::Manifest &manifest,
                                                            std::string *why,
                                                            std::vector<std::string> *missing);

} // namespace oncoview::ui
