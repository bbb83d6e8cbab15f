// SPDX-License-Identifier: Apache-2.0
// Occlusion sensitivity: how much the target log-odds fall when a patch of the volume is set to
// the baseline (the normalised mean, "absent"). Needs forward passes only, so it explains any
// TorchScript package, with or without a feature map.
#include "inference/xai/methods_p.h"
#include "inference/xai/scoredmodel_p.h"

#include <torch/torch.h>

namespace oncoview::inference::xai::detail {

namespace {

using torch::indexing::Slice;

struct Patch
{
    int64_t z, y, x; // first voxel
};

std::array<int64_t, 3> patchSize(const AttributionOptions &options,
                                 const std::array<int64_t, 3> &dhw)
{
    std::array<int64_t, 3> size = options.occlusionPatch;
    for (size_t a = 0; a < 3; ++a) {
        // About 8 patches along each axis: coarse enough to stay at a few hundred passes.
        size[a] = size[a] > 0 ? std::min(size[a], dhw[a]) : std::max<int64_t>(1, (dhw[a] + 7) / 8);
    }
    return size;
}

// The inputs with the patch set to the baseline in the inputs `which` selects.
std::vector<at::Tensor> occluded(const std::vector<at::Tensor> &inputs, const Patch &p,
                                 const std::array<int64_t, 3> &size, int64_t which)
{
    std::vector<at::Tensor> result;
    for (size_t i = 0; i < inputs.size(); ++i) {
        at::Tensor copy = inputs[i].clone();
        if (which < 0 || int64_t(i) == which) {
            copy.index_put_({Slice(), Slice(), Slice(p.z, p.z + size[0]), Slice(p.y, p.y + size[1]),
                             Slice(p.x, p.x + size[2])},
                            0.0);
        }
        result.push_back(copy);
    }
    return result;
}

} // namespace

AttributionMap occlusion(const ModelPackage &package, const NamedTensors &inputs,
                         const AttributionOptions &options, const CancelCheck &isCancelled,
                         const ProgressReport &progress)
{
    const ScoredModel model(package, inputs, options.target);
    const torch::NoGradGuard noGrad;
    const auto &dhw = model.dhw();
    const std::array<int64_t, 3> size = patchSize(options, dhw);
    std::vector<Patch> patches;
    for (int64_t z = 0; z < dhw[0]; z += size[0]) {
        for (int64_t y = 0; y < dhw[1]; y += size[1]) {
            for (int64_t x = 0; x < dhw[2]; x += size[2]) {
                patches.push_back({z, y, x});
            }
        }
    }
    const std::vector<at::Tensor> &x = model.inputs();
    const double full = model.score(x).item<double>();
    // One map with every input occluded together, then one per input (with several inputs):
    // the first is the explanation, the others say which sequence a region's evidence is in.
    const int64_t maps = x.size() > 1 ? int64_t(x.size()) + 1 : 1;
    std::vector<at::Tensor> drops; // one tensor each: copies of one would share its storage
    for (int64_t m = 0; m < maps; ++m) {
        drops.push_back(torch::zeros({dhw[0], dhw[1], dhw[2]}));
    }
    const int64_t chunk = model.batchable() ? std::max(1, options.chunk) : 1;
    const int64_t total = int64_t(patches.size()) * maps;
    int64_t done = 0;
    for (int64_t m = 0; m < maps; ++m) {
        for (size_t start = 0; start < patches.size(); start += size_t(chunk)) {
            throwIfCancelled(isCancelled);
            const size_t count = std::min(patches.size() - start, size_t(chunk));
            std::vector<std::vector<at::Tensor>> rows;
            for (size_t k = 0; k < count; ++k) {
                rows.push_back(occluded(x, patches[start + k], size, m - 1));
            }
            std::vector<at::Tensor> batch;
            for (size_t i = 0; i < x.size(); ++i) {
                batch.push_back(
                    stackBatch(int64_t(count), [&](int64_t k) { return rows[size_t(k)][i]; }));
            }
            const at::Tensor scores = model.score(batch).to(torch::kCPU);
            for (size_t k = 0; k < count; ++k) {
                const Patch &p = patches[start + k];
                drops[size_t(m)]
                    .index({Slice(p.z, p.z + size[0]), Slice(p.y, p.y + size[1]),
                            Slice(p.x, p.x + size[2])})
                    .fill_(full - scores[int64_t(k)].item<double>());
            }
            done += int64_t(count);
            if (progress) {
                progress(double(done) / double(total));
            }
        }
    }
    AttributionMap map;
    map.dhw = dhw;
    const auto values = [](const at::Tensor &t) {
        const at::Tensor c = t.contiguous();
        return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
    };
    map.values = values(drops[0]);
    for (size_t i = 0; i < x.size(); ++i) {
        map.perInput[model.inputNames()[i]] = values(drops[maps > 1 ? i + 1 : 0]);
    }
    map.isSigned = true;
    map.score = full;
    map.baselineScore = model
                            .score([&] {
                                std::vector<at::Tensor> zeros;
                                for (const at::Tensor &input : x) {
                                    zeros.push_back(torch::zeros_like(input));
                                }
                                return zeros;
                            }())
                            .item<double>();
    map.probability = probabilityOfScore(full);
    map.layer = "input";
    map.passes = int(total) + 2;
    return map;
}

} // namespace oncoview::inference::xai::detail
