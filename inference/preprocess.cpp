// SPDX-License-Identifier: Apache-2.0
#include "inference/preprocess.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace oncoview::inference::preprocess {

namespace {

struct Axis
{
    int lower = 0;
    int upper = 0;
    float weight = 0.0f; // weight of `upper`
};

// Maps an output voxel centre to the input grid (align_corners=False) with edge clamping.
Axis sampleAxis(int64_t out, int64_t outSize, int inSize)
{
    const double scale = double(inSize) / double(outSize);
    const double position = std::clamp((double(out) + 0.5) * scale - 0.5, 0.0, double(inSize - 1));
    Axis axis;
    axis.lower = int(std::floor(position));
    axis.upper = std::min(axis.lower + 1, inSize - 1);
    axis.weight = float(position - axis.lower);
    return axis;
}

} // namespace

Tensor resampleTrilinear(const VolumeInput &volume, const std::array<int64_t, 3> &dhw)
{
    if (!volume.isConsistent()) {
        throw std::invalid_argument("volume of size " + std::to_string(volume.size[0]) + "x"
                                    + std::to_string(volume.size[1]) + "x"
                                    + std::to_string(volume.size[2]) + " holds "
                                    + std::to_string(volume.voxels.size()) + " voxels");
    }
    if (dhw[0] <= 0 || dhw[1] <= 0 || dhw[2] <= 0) {
        throw std::invalid_argument("target grid " + shapeToString({dhw[0], dhw[1], dhw[2]})
                                    + " must be positive");
    }
    const int nx = volume.size[0], ny = volume.size[1];
    const auto at
        = [&](int x, int y, int z) { return volume.voxels[(size_t(z) * ny + y) * nx + x]; };
    Tensor out;
    out.shape = {dhw[0], dhw[1], dhw[2]};
    out.data.resize(size_t(dhw[0] * dhw[1] * dhw[2]));
    size_t index = 0;
    for (int64_t k = 0; k < dhw[0]; ++k) {
        const Axis z = sampleAxis(k, dhw[0], volume.size[2]);
        for (int64_t j = 0; j < dhw[1]; ++j) {
            const Axis y = sampleAxis(j, dhw[1], volume.size[1]);
            for (int64_t i = 0; i < dhw[2]; ++i) {
                const Axis x = sampleAxis(i, dhw[2], volume.size[0]);
                const auto lerpX = [&](int yy, int zz) {
                    return at(x.lower, yy, zz) * (1 - x.weight) + at(x.upper, yy, zz) * x.weight;
                };
                const float lowerZ
                    = lerpX(y.lower, z.lower) * (1 - y.weight) + lerpX(y.upper, z.lower) * y.weight;
                const float upperZ
                    = lerpX(y.lower, z.upper) * (1 - y.weight) + lerpX(y.upper, z.upper) * y.weight;
                out.data[index++] = lowerZ * (1 - z.weight) + upperZ * z.weight;
            }
        }
    }
    return out;
}

void normalize(Tensor &tensor, const Normalization &normalization, size_t channelAxis)
{
    if (normalization.type == "none") {
        return;
    }
    if (!tensor.isConsistent() || tensor.data.empty()) {
        throw std::invalid_argument("cannot normalise an empty or inconsistent tensor "
                                    + shapeToString(tensor.shape));
    }
    if (normalization.type == "zscore") {
        double sum = 0.0, squares = 0.0;
        for (float v : tensor.data) {
            sum += v;
            squares += double(v) * v;
        }
        const double n = double(tensor.data.size());
        const double mean = sum / n;
        const double std = std::sqrt(std::max(0.0, squares / n - mean * mean));
        const double scale = std > 1e-12 ? 1.0 / std : 0.0;
        for (float &v : tensor.data) {
            v = float((v - mean) * scale);
        }
        return;
    }
    if (normalization.type != "meanstd") {
        throw std::invalid_argument("unknown normalisation '" + normalization.type + "'");
    }
    if (channelAxis >= tensor.shape.size()) {
        throw std::invalid_argument("tensor " + shapeToString(tensor.shape) + " has no axis "
                                    + std::to_string(channelAxis));
    }
    const int64_t channels = tensor.shape[channelAxis];
    const size_t perChannel = normalization.mean.size();
    if (perChannel != 1 && int64_t(perChannel) != channels) {
        throw std::invalid_argument(std::to_string(perChannel) + " means for "
                                    + std::to_string(channels) + " channels");
    }
    int64_t inner = 1;
    for (size_t i = channelAxis + 1; i < tensor.shape.size(); ++i) {
        inner *= tensor.shape[i];
    }
    for (size_t i = 0; i < tensor.data.size(); ++i) {
        const size_t c = perChannel == 1 ? 0 : size_t((int64_t(i) / inner) % channels);
        tensor.data[i] = float((tensor.data[i] - normalization.mean[c]) / normalization.std[c]);
    }
}

Tensor prepareVolumes(const std::vector<VolumeInput> &channels, const ManifestInput &input)
{
    const std::vector<int64_t> &shape = input.shape;
    if (shape.size() != 5) {
        throw std::invalid_argument("input '" + input.name + "' shape " + shapeToString(shape)
                                    + " is not [batch, channels, D, H, W]");
    }
    if (shape[1] != -1 && shape[1] != int64_t(channels.size())) {
        throw std::invalid_argument("input '" + input.name + "' needs " + std::to_string(shape[1])
                                    + " channel volumes, got " + std::to_string(channels.size()));
    }
    if (shape[2] <= 0 || shape[3] <= 0 || shape[4] <= 0) {
        throw std::invalid_argument("input '" + input.name + "' has a dynamic spatial shape "
                                    + shapeToString(shape));
    }
    Tensor out;
    out.shape = {1, int64_t(channels.size()), shape[2], shape[3], shape[4]};
    out.data.reserve(size_t(out.elementCount()));
    for (const VolumeInput &volume : channels) {
        const Tensor channel = resampleTrilinear(volume, {shape[2], shape[3], shape[4]});
        out.data.insert(out.data.end(), channel.data.begin(), channel.data.end());
    }
    normalize(out, input.normalization, 1);
    return out;
}

} // namespace oncoview::inference::preprocess
