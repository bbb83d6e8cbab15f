// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/mri/io/volume.h"
#include "viewers/mri/windowlevel.h"

#include <vector>

namespace oncoview::mri {

// A sorted sample of a volume's finite intensities (at most ~1 M voxels, evenly strided), enough
// for percentiles to within a fraction of a grey level. Any thread; the GUI computes it once per
// volume (~30 ms for 50 M voxels).
class IntensityStats
{
public:
    IntensityStats() = default;
    explicit IntensityStats(const Volume &volume);

    bool isEmpty() const { return m_sorted.empty(); }
    // p in [0, 1]; 0 when empty.
    double percentile(double p) const;
    WindowLevel preset(WindowPreset preset) const;

private:
    std::vector<float> m_sorted;
    // Exact, over every voxel: the sample may miss a single hot voxel.
    double m_min = 0;
    double m_max = 0;
};

} // namespace oncoview::mri
