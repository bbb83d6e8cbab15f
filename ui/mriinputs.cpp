// SPDX-License-Identifier: Apache-2.0
#include "ui/mriinputs.h"

// Local
#include "inference/analysis/mripreparation.h"
#include "inference/channelspec.h"
#include "inference/preprocess.h"
#include "viewers/mri/io/breastphantom.h"

#include <stdexcept>

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
    input.voxels.assign(volume.voxels.begin(), volume.voxels.end());
    return input;
}

namespace {

// One phase, or the difference of two phases on their shared grid (subtraction image).
inference::VolumeInput channelVolume(const std::vector<const mri::Volume *> &phases,
                                     const inference::ChannelSpec &spec)
{
    const int count = int(phases.size());
    inference::VolumeInput volume
        = toVolumeInput(*phases[size_t(inference::ChannelSpec::resolve(spec.phase, count))]);
    if (spec.minusPhase) {
        const mri::Volume &minus
            = *phases[size_t(inference::ChannelSpec::resolve(*spec.minusPhase, count))];
        if (minus.size != volume.size || minus.voxels.size() != volume.voxels.size()) {
            throw std::invalid_argument(
                "the phases of a subtraction channel do not share one grid");
        }
        for (size_t i = 0; i < volume.voxels.size(); ++i) {
            volume.voxels[i] -= minus.voxels[i];
        }
    }
    return volume;
}

// The channels of one input: as the manifest names them, or else with more phases than channels
// sampled evenly from the first to the last, so a 3-channel DCE input sees pre-contrast, an
// early and the last (delayed) phase, where wash-out shows.
std::vector<inference::VolumeInput> channelVolumes(const std::vector<const mri::Volume *> &phases,
                                                   const inference::ManifestInput &input)
{
    std::vector<inference::VolumeInput> result;
    for (const std::string &named : input.channels) {
        result.push_back(channelVolume(phases, *inference::parseChannelSpec(named)));
    }
    if (!input.channels.empty()) {
        return result;
    }
    const size_t channels = size_t(input.shape[1]);
    for (size_t c = 0; c < channels; ++c) {
        const size_t phase
            = channels == 1 ? 0 : (c * (phases.size() - 1) + (channels - 1) / 2) / (channels - 1);
        result.push_back(toVolumeInput(*phases[phase]));
    }
    return result;
}

// How many phases the input needs from its series.
size_t phasesNeeded(const inference::ManifestInput &input)
{
    if (input.channels.empty()) {
        return size_t(input.shape[1]);
    }
    std::vector<inference::ChannelSpec> specs;
    for (const std::string &named : input.channels) {
        specs.push_back(*inference::parseChannelSpec(named));
    }
    return size_t(inference::phasesNeeded(specs));
}

// Resamples every channel onto one LPS grid at the manifest's spacing around the breasts and
// stacks them as [1, C, D, H, W], normalised as declared.
inference::Tensor preparedInPatientSpace(const std::vector<inference::VolumeInput> &channels,
                                         const inference::ManifestInput &input,
                                         const inference::analysis::BreastRegion &region,
                                         inference::analysis::BreastSide side,
                                         std::optional<inference::analysis::PatientGrid> *used)
{
    namespace analysis = inference::analysis;
    analysis::PatientGrid grid;
    grid.spacingMm = {input.spacingMm[0], input.spacingMm[1], input.spacingMm[2]};
    grid.dhw = {input.shape[2], input.shape[3], input.shape[4]};
    const std::array<double, 3> extent
        = {grid.spacingMm[0] * double(grid.dhw[2]), grid.spacingMm[1] * double(grid.dhw[1]),
           grid.spacingMm[2] * double(grid.dhw[0])};
    grid.centreLps = analysis::breastCropCentre(region, extent, side);
    if (used) {
        *used = grid;
    }
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

std::optional<inference::NamedTensors>
mriModelInputs(const RoleVolumes &volumes, const inference::Manifest &manifest, std::string *why,
               std::vector<std::string> *missing, inference::analysis::BreastSide side,
               std::optional<inference::analysis::PatientGrid> *grid)
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
        const size_t channels = phasesNeeded(input);
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
        const auto channelInputs = channelVolumes(found->second, input);
        if (input.spacingMm.size() == 3 && reference) {
            if (!region) {
                region = inference::analysis::findBodyRegion(toVolumeInput(*reference));
            }
            inference::Tensor prepared
                = preparedInPatientSpace(channelInputs, input, *region, side, grid);
            if (side == inference::analysis::BreastSide::Right
                && manifest.laterality == "per_breast_mirrored") {
                inference::analysis::mirrorLeftRight(prepared);
            }
            inputs[input.name] = std::move(prepared);
        } else {
            // No spacing in the manifest: the package wants whole volumes fitted to its grid.
            inputs[input.name] = inference::preprocess::prepareVolumes(channelInputs, input);
        }
    }
    return inputs;
}

std::optional<std::vector<SideInputs>> mriModelInputsBySide(const RoleVolumes &volumes,
                                                            const inference::Manifest &manifest,
                                                            std::string *why,
                                                            std::vector<std::string> *missing)
{
    using inference::analysis::BreastSide;
    std::vector<std::pair<std::string, BreastSide>> sides {{"", BreastSide::Both}};
    if (manifest.isPerBreast()) {
        sides = {{"left", BreastSide::Left}, {"right", BreastSide::Right}};
    }
    std::vector<SideInputs> result;
    for (const auto &[name, side] : sides) {
        // Missing inputs are the same for every side: report them once.
        std::optional<inference::analysis::PatientGrid> grid;
        std::optional<inference::NamedTensors> inputs = mriModelInputs(
            volumes, manifest, why, result.empty() ? missing : nullptr, side, &grid);
        if (!inputs) {
            return std::nullopt;
        }
        const bool mirrored
            = side == BreastSide::Right && manifest.laterality == "per_breast_mirrored";
        result.push_back({name, std::move(*inputs), grid, mirrored});
    }
    return result;
}

} // namespace oncoview::ui
