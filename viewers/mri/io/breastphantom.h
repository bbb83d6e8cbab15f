// SPDX-License-Identifier: Apache-2.0
#pragma once

// Synthetic breast multiparametric MRI (DCE, T2, DWI) computed from analytic anatomy, used
// for the demo study and to make labelled training data (random lesions, benign-only cases).

#include "viewers/mri/io/volume.h"

#include <array>
#include <cstdint>
#include <vector>

namespace oncoview::mri {

struct PhantomParams
{
    // DCE / T2 grid (axial, LPS axes, centred on the origin of patient space).
    std::array<int, 3> size {128, 128, 48};
    std::array<double, 3> spacing {1.5, 1.5, 2.0};
    int dcePhases = 5; // pre-contrast + 4 post-contrast
    double phaseSeconds = 90; // time between DCE phases
    bool malignant = true; // include the wash-out (type III) lesion
    bool benign = true; // include the persistent (type I), T2-bright benign structure
    bool randomFindings = false; // random centres and radii (training data) instead of defaults
    double noise = 0.03; // Gaussian noise sigma relative to fat signal
};

struct PhantomFinding
{
    std::array<double, 3> centreLps {};
    double radiusMm = 0;
    bool malignant = false;
};

struct PhantomStudy
{
    std::vector<Volume> dce; // one per phase, same grid
    std::vector<double> dceSeconds; // acquisition time of each phase
    Volume t2; // same in-plane grid as DCE, thicker slices
    std::vector<Volume> dwi; // one per b-value, coarser grid covering the same field of view
    std::vector<double> bValues {0, 800};
    std::vector<PhantomFinding> findings;
};

// Deterministic for a given seed. Any thread. Takes well under a second for the default size.
PhantomStudy breastPhantom(const PhantomParams &params, uint32_t seed);

// Relative enhancement (S/S0 - 1) of the phantom's lesions at DCE phase p (0 = pre-contrast).
double malignantEnhancement(int phase);
double benignEnhancement(int phase);

} // namespace oncoview::mri
