// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/intensitystats.h"

#include <algorithm>
#include <cmath>

namespace oncoview::mri {

namespace {
constexpr size_t maxSamples = size_t(1) << 20;

WindowLevel fromRange(double lo, double hi)
{
    // A constant image still needs a non-zero window.
    const double window = std::max(hi - lo, 1e-6 * std::max(1.0, std::abs(hi)));
    return {window, lo + (hi - lo) / 2};
}
} // namespace

IntensityStats::IntensityStats(const Volume &volume)
{
    const size_t count = volume.voxels.size();
    const size_t stride = std::max<size_t>(1, count / maxSamples);
    m_sorted.reserve(count / stride + 1);
    for (size_t i = 0; i < count; i += stride) {
        const float value = volume.voxels[i];
        if (std::isfinite(value)) {
            m_sorted.push_back(value);
        }
    }
    std::sort(m_sorted.begin(), m_sorted.end());
    if (m_sorted.empty()) {
        return;
    }
    float lo = m_sorted.front();
    float hi = m_sorted.back();
    for (const float value : volume.voxels) {
        if (std::isfinite(value)) {
            lo = std::min(lo, value);
            hi = std::max(hi, value);
        }
    }
    m_min = lo;
    m_max = hi;
}

double IntensityStats::percentile(double p) const
{
    if (m_sorted.empty()) {
        return 0;
    }
    if (p <= 0) {
        return m_min;
    }
    if (p >= 1) {
        return m_max;
    }
    const double pos = p * double(m_sorted.size() - 1);
    const size_t below = size_t(pos);
    const size_t above = std::min(below + 1, m_sorted.size() - 1);
    const double t = pos - double(below);
    return m_sorted[below] * (1 - t) + m_sorted[above] * t;
}

WindowLevel IntensityStats::preset(WindowPreset preset) const
{
    switch (preset) {
    case WindowPreset::Auto:
        return fromRange(percentile(0.005), percentile(0.995));
    case WindowPreset::FullRange:
        return fromRange(percentile(0), percentile(1));
    case WindowPreset::HighContrast:
        return fromRange(percentile(0.05), percentile(0.95));
    case WindowPreset::Enhancement:
        return fromRange(percentile(0.5), percentile(0.999));
    }
    return fromRange(percentile(0.005), percentile(0.995));
}

} // namespace oncoview::mri
