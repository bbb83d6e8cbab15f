// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/dce/enhancementhotspot.h"

#include <vector>

namespace oncoview::mri {

namespace {
// Sum of each voxel and its two neighbours along one axis (outside the grid counts as 0).
void boxSum3(const std::vector<float> &in, std::vector<float> &out, const std::array<int, 3> &size,
             int axis)
{
    const size_t stride = axis == 0 ? 1 : axis == 1 ? size_t(size[0]) : size_t(size[0]) * size[1];
    const int n = size[size_t(axis)];
    for (int z = 0; z < size[2]; ++z) {
        for (int y = 0; y < size[1]; ++y) {
            for (int x = 0; x < size[0]; ++x) {
                const size_t i = (size_t(z) * size[1] + y) * size[0] + x;
                const int along = axis == 0 ? x : axis == 1 ? y : z;
                float s = in[i];
                if (along > 0) {
                    s += in[i - stride];
                }
                if (along + 1 < n) {
                    s += in[i + stride];
                }
                out[i] = s;
            }
        }
    }
}
} // namespace

std::optional<EnhancementHotspot> strongestEnhancement(const Volume &labels,
                                                       const Volume &enhancementPercent,
                                                       const std::atomic<bool> *cancel)
{
    if (labels.size != enhancementPercent.size
        || labels.voxels.size() != enhancementPercent.voxels.size() || labels.voxels.empty()) {
        return std::nullopt;
    }
    std::vector<float> a(labels.voxels.size()), b(labels.voxels.size());
    bool any = false;
    for (size_t i = 0; i < a.size(); ++i) {
        const bool enhancing = labels.voxels[i] > 0.5f;
        a[i] = enhancing ? enhancementPercent.voxels[i] : 0.f;
        any = any || enhancing;
    }
    if (!any) {
        return std::nullopt;
    }
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    boxSum3(a, b, labels.size, 0);
    boxSum3(b, a, labels.size, 1);
    if (cancelled()) {
        return std::nullopt;
    }
    boxSum3(a, b, labels.size, 2);
    if (cancelled()) {
        return std::nullopt;
    }
    size_t best = 0;
    for (size_t i = 1; i < b.size(); ++i) {
        best = b[i] > b[best] ? i : best;
    }
    if (b[best] <= 0) {
        return std::nullopt;
    }
    const size_t plane = size_t(labels.size[0]) * labels.size[1];
    EnhancementHotspot h;
    h.voxel = {int(best % labels.size[0]), int((best % plane) / labels.size[0]), int(best / plane)};
    h.meanPercent = b[best] / 27.0;
    return h;
}

} // namespace oncoview::mri
