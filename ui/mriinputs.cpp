// SPDX-License-Identifier: Apache-2.0
#include "ui/mriinputs.h"

// Local
#include "inference/analysis/mripreparation.h"
#include "inference/preprocess.h"
#include "viewers/mri/breastphantom.h"

namespace oncoview::ui {

RoleVolumes roleVolumes(const std::vector<std::shared_ptr<const mri::Series>> &series)
{
    RoleVolumes volumes;
    for (const auto &one : series) {
        auto &list = volumes[one->info.role];
        if (!list.empty()) {
            continue; // the first series of a role wins; a repeat scan is not mixed in
        }
        for (const mri::Volume &phase : one->phases) {
            list.push_back(&phase);
        }
    }
    return volumes;
}

RoleVolumes roleVolumes(const mri::PhantomStudy &phantom)
{
    RoleVolumes volumes;
    for (const mri::Volume &phase : phantom.dce) {
        volumes["dce"].push_back(&phase);
    }
    volumes["t2"].push_back(&phantom.t2);
    for (const mri::Volume &b : phantom.dwi) {
        volumes["dwi"].push_back(&b);
    }
    return volumes;
}

inference::VolumeInput toVolumeInput(const mri::Volume &volume)
{
    inference::VolumeInput input;
    input.size = volume.size;
    input.spacing = volume.spacing;
    input.origin = volume.origin;
    input.direction = volume.direction;
    input.voxels = volume.voxels;
    return input;
}

namespace {

// The volumes feeding one input's channels: with more phases than channels they are sampled
// evenly from the first to the last, so a 3-channel DCE input sees pre-contrast, an early and
// the last (delayed) phase, where wash-out shows.
std::vector<inference::VolumeInput> channelVolumes(const std::vector<const mri::Volume *> &phases,
                                                   size_t channels)
{
    std::vector<inference::VolumeInput> result;
    for (size_t c = 0; c < channels; ++c) {
        const size_t phase
            = channels == 1 ? 0 : (c * (phases.size() - 1) + (channels - 1) / 2) / (channels - 1);
        result.push_back(toVolumeInput(*phases[phase]));
    }
    return result;
}

// Resamples every channel onto one LPS grid at the manifest's spacing around the breasts and
// stacks them as [1, C, D, H, W], normalised as declared.
inference::Tensor preparedInPatientSpace(const std::vector<inference::VolumeInput> &channels,
                                         const inference::ManifestInput &input,
                                         const inference::analysis::BreastRegion &region)
{
    namespace analysis = inference::analysis;
    analysis::PatientGrid grid;
    grid.spacingMm = {input.spacingMm[0], input.spacingMm[1], input.spacingMm[2]};
    grid.dhw = {input.shape[2], input.shape[3], input.shape[4]};
    const std::array<double, 3> extent
        = {grid.spacingMm[0] * double(grid.dhw[2]), grid.spacingMm[1] * double(grid.dhw[1]),
           grid.spacingMm[2] * double(grid.dhw[0])};
    grid.centreLps = analysis::breastCropCentre(region, extent);
    inference::Tensor stacked;
    stacked.shape = {1, int64_t(channels.size()), grid.dhw[0], grid.dhw[1], grid.dhw[2]};
    for (const inference::VolumeInput &channel : channels) {
        const inference::Tensor one = analysis::resampleToPatientGrid(channel, grid);
        stacked.data.insert(stacked.data.end(), one.data.begin(), one.data.end());
    }
    inference::preprocess::normalize(stacked, input.normalization, 1);
    return stacked;
}

inference::Tensor zeros(const inference::ManifestInput &input)
{
    inference::Tensor tensor;
    tensor.shape = input.shape;
    tensor.data.assign(size_t(tensor.elementCount()), 0.0f);
    return tensor;
}

} // namespace

std::optional<inference::NamedTensors> mriModelInputs(const RoleVolumes &volumes,
                                                      const inference::Manifest &manifest,
                                                      std::string *why,
                                                      std::vector<std::string> *missing)
{
    // One body mask for all inputs, from the pre-contrast phase when there is one, so every
    // sequence is cut around the same patient-space box.
    std::optional<inference::analysis::BreastRegion> region;
    const auto reference = [&]() -> const mri::Volume * {
        const auto dce = volumes.find("dce");
        if (dce != volumes.end() && !dce->second.empty()) {
            return dce->second.front();
        }
        for (const auto &[role, list] : volumes) {
            if (!list.empty()) {
                return list.front();
            }
        }
        return nullptr;
    }();
    inference::NamedTensors inputs;
    for (const inference::ManifestInput &input : manifest.inputs) {
        if (input.shape.size() != 5 || input.shape[0] != 1 || input.shape[1] < 1) {
            *why = "model input '" + input.name + "' is not a [1,C,D,H,W] volume";
            return std::nullopt;
        }
        const auto found = volumes.find(input.name);
        const size_t channels = size_t(input.shape[1]);
        const bool absent = found == volumes.end() || found->second.empty();
        if (absent || found->second.size() < channels) {
            if (manifest.isOptionalInput(input.name)) {
                // The package was trained to run without it: zeros are its mean after
                // normalisation.
                inputs[input.name] = zeros(input);
                if (missing) {
                    missing->push_back(input.name);
                }
                continue;
            }
            *why = absent
                ? "the study has no " + input.name
                    + " series, which the model needs (it cannot run without it)"
                : "the " + input.name + " series has " + std::to_string(found->second.size())
                    + " phases; the model needs " + std::to_string(channels);
            return std::nullopt;
        }
        const auto channelInputs = channelVolumes(found->second, channels);
        if (input.spacingMm.size() == 3 && reference) {
            if (!region) {
                region = inference::analysis::findBodyRegion(toVolumeInput(*reference));
            }
            inputs[input.name] = preparedInPatientSpace(channelInputs, input, *region);
        } else {
            // No spacing in the manifest: the package wants whole volumes fitted to its grid.
            inputs[input.name] = inference::preprocess::prepareVolumes(channelInputs, input);
        }
    }
    return inputs;
}

} // namespace oncoview::ui
