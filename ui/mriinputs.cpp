// SPDX-License-Identifier: Apache-2.0
#include "ui/mriinputs.h"

// Local
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
    input.voxels = volume.voxels;
    return input;
}

std::optional<inference::NamedTensors> mriModelInputs(const RoleVolumes &volumes,
                                                      const inference::Manifest &manifest,
                                                      std::string *why)
{
    inference::NamedTensors inputs;
    for (const inference::ManifestInput &input : manifest.inputs) {
        const auto found = volumes.find(input.name);
        if (found == volumes.end() || found->second.empty()) {
            *why = "the study has no " + input.name + " series, which the model needs";
            return std::nullopt;
        }
        if (input.shape.size() != 5 || input.shape[1] < 1) {
            *why = "model input '" + input.name + "' is not a [1,C,D,H,W] volume";
            return std::nullopt;
        }
        const size_t channels = size_t(input.shape[1]);
        if (found->second.size() < channels) {
            *why = "the " + input.name + " series has " + std::to_string(found->second.size())
                + " phases; the model needs " + std::to_string(channels);
            return std::nullopt;
        }
        // With more phases than channels, sample them evenly from the first to the last, so
        // a 3-channel DCE input sees pre-contrast, an early and the last (delayed) phase: the
        // delayed phase is where wash-out shows.
        const auto &phases = found->second;
        std::vector<inference::VolumeInput> channelVolumes;
        for (size_t c = 0; c < channels; ++c) {
            const size_t phase = channels == 1
                ? 0
                : (c * (phases.size() - 1) + (channels - 1) / 2) / (channels - 1);
            channelVolumes.push_back(toVolumeInput(*phases[phase]));
        }
        inputs[input.name] = inference::preprocess::prepareVolumes(channelVolumes, input);
    }
    return inputs;
}

} // namespace oncoview::ui
