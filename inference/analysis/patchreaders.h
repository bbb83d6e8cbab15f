// SPDX-License-Identifier: Apache-2.0
#pragma once

// Reads a patch grid with reader threads (each its own slide handle) into normalised batches,
// while the calling thread (the engine thread) runs the package's encoder on the batches that
// are ready: reading and resizing hide behind the encoder.
#include "inference/analysis/patchgrid.h"
#include "inference/analysis/slideaccess.h"
#include "inference/manifest.h"
#include "inference/tensor.h"

#include <functional>
#include <vector>

namespace oncoview::inference {
class ModelPackage;
}

namespace oncoview::inference::analysis {

struct SlideAnalysisOptions;
struct SlideProgress;

// Reads patches [begin, end) of `grid` through `reader`, resized to the input's patch size and
// normalised as the manifest says: a [end - begin, 3, P, P] tensor. Throws AnalysisError.
Tensor readPatchBatch(RegionReader &reader, const PatchGrid &grid, size_t begin, size_t end,
                      const ManifestInput &input);

class PatchEncoding
{
public:
    PatchEncoding(const ModelPackage &package, const SlideAccess &slide, const ManifestInput &input,
                  const SlideAnalysisOptions &options);

    // Encodes grid patches [firstPatch, end) into `features` (row-major [patches x featureDim],
    // sized by the caller; rows before firstPatch are kept: a resumed run). Every
    // checkpointSeconds (when set) `checkpoint` gets the count of leading patches that are all
    // encoded, so a stopped run can be resumed from there. Throws AnalysisError on a read
    // failure and JobCancelled when `isCancelled` turns true (the readers are joined first).
    void run(const PatchGrid &grid, size_t firstPatch, std::vector<float> &features,
             const std::function<void(const SlideProgress &)> &progress,
             const std::function<bool()> &isCancelled,
             const std::function<void(size_t encodedPrefix)> &checkpoint = {});

private:
    const ModelPackage &m_package;
    const SlideAccess &m_slide;
    const ManifestInput &m_input;
    const SlideAnalysisOptions &m_options;
};

} // namespace oncoview::inference::analysis
