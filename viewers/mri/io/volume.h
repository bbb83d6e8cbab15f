// SPDX-License-Identifier: Apache-2.0
#pragma once

// Plain value types shared by the MRI loaders and views. No Qt, no VTK, no ITK: these cross
// threads (a worker loads a Series, the GUI thread hands it to the views).

#include "viewers/mri/io/studyidentity.h"
#include "viewers/mri/io/voxelallocator.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace oncoview::mri {

// A 3D scalar image in LPS patient space (ITK/DICOM convention).
struct Volume
{
    std::array<int, 3> size {};
    std::array<double, 3> spacing {1, 1, 1};
    std::array<double, 3> origin {}; // LPS mm of voxel (0,0,0) centre
    // Row-major 3x3 matrix whose COLUMNS are the i, j, k axis directions in LPS (ITK convention):
    // direction[r * 3 + c] is component r of axis c.
    std::array<double, 9> direction {1, 0, 0, 0, 1, 0, 0, 0, 1};
    // x fastest, then y, then z; modality rescale slope/intercept already applied.
    VoxelBuffer voxels; // huge-page backed when large (voxelallocator.h)

    size_t voxelCount() const { return size_t(size[0]) * size_t(size[1]) * size_t(size[2]); }
    size_t offset(int x, int y, int z) const
    {
        return (size_t(z) * size_t(size[1]) + size_t(y)) * size_t(size[0]) + size_t(x);
    }
    bool contains(int x, int y, int z) const
    {
        return x >= 0 && y >= 0 && z >= 0 && x < size[0] && y < size[1] && z < size[2];
    }
    // No bounds check (hot path); use contains() first when unsure.
    float at(int x, int y, int z) const { return voxels[offset(x, y, z)]; }
    float &at(int x, int y, int z) { return voxels[offset(x, y, z)]; }

    // Continuous index (voxel centres at integers) -> LPS mm.
    std::array<double, 3> indexToLps(double i, double j, double k) const
    {
        const double si = i * spacing[0], sj = j * spacing[1], sk = k * spacing[2];
        std::array<double, 3> p {};
        for (int r = 0; r < 3; ++r) {
            p[r] = origin[r] + direction[r * 3] * si + direction[r * 3 + 1] * sj
                + direction[r * 3 + 2] * sk;
        }
        return p;
    }
    // LPS mm -> continuous index. Assumes an orthonormal direction (true for DICOM/NIfTI input),
    // so the inverse is the transpose.
    std::array<double, 3> lpsToIndex(double x, double y, double z) const
    {
        const double d[3] = {x - origin[0], y - origin[1], z - origin[2]};
        std::array<double, 3> idx {};
        for (int c = 0; c < 3; ++c) {
            const double proj
                = direction[c] * d[0] + direction[3 + c] * d[1] + direction[6 + c] * d[2];
            idx[c] = spacing[c] != 0 ? proj / spacing[c] : 0.0;
        }
        return idx;
    }
    std::array<double, 3> lpsToIndex(const std::array<double, 3> &p) const
    {
        return lpsToIndex(p[0], p[1], p[2]);
    }
    // {min, max} of the voxels; {0, 0} when empty.
    std::pair<float, float> range() const
    {
        if (voxels.empty()) {
            return {0.f, 0.f};
        }
        const auto [lo, hi] = std::minmax_element(voxels.begin(), voxels.end());
        return {*lo, *hi};
    }
};

// One frame of a multi-frame DICOM file and the rescale that turns its stored values into
// modality values (per-frame Pixel Value Transformation, else the shared or top-level one).
struct FrameRef
{
    int frame = 0; // 0-based index in the file's Pixel Data
    double slope = 1.0;
    double intercept = 0.0;
};

// Where an uncompressed little-endian slice file keeps its pixels (rawpixels.h reads them).
struct RawPixels
{
    uint64_t offset = 0; // file offset of the Pixel Data value
    uint64_t length = 0; // its length in bytes
    int bitsAllocated = 16; // 8, 16 or 32
    int bitsStored = 16;
    bool isSigned = false;
    double slope = 1.0;
    double intercept = 0.0;
    uint64_t fileSize = 0; // the file as scanned: a changed file takes the slow path
};

struct SegmentationInfo; // segmentation.h
struct ParametricMapInfo; // parametricmap.h

// What a scan learns about one series without reading pixels.
struct SeriesInfo
{
    std::string uid;
    std::string description;
    std::string modality; // "MR" for the studies we target; whatever the file says otherwise
    std::string seriesNumber;
    std::string role; // "dce", "t2", "dwi", "adc" or "other", guessed from description/tags
    std::string studyUid;
    StudyIdentity identity;
    std::array<int, 3> size {};
    std::array<double, 3> spacing {1, 1, 1};
    std::array<double, 3> origin {};
    std::array<double, 9> direction {1, 0, 0, 0, 1, 0, 0, 0, 1};
    int phases = 1;
    // Per phase, the files sorted along the slice normal. A NIfTI file is a single entry (same
    // path in every phase for a 4D NIfTI); a multi-frame DICOM file likewise, its frames are in
    // phaseFrames.
    std::vector<std::vector<std::string>> phaseFiles;
    // Multi-frame DICOM only: per phase, the frames that make its slices, sorted along the
    // slice normal, each with its own rescale (enhanced files may scale every frame differently).
    std::vector<std::vector<FrameRef>> phaseFrames;
    std::vector<double> bValues; // per phase, DWI only
    // Per phase, DWI only, when every phase has one: the diffusion gradient direction as the
    // vendor stores it (unit vector; zeros for b=0).
    std::vector<std::array<double, 3>> gradientDirections;
    std::vector<std::string> phaseLabels; // per phase, e.g. "t=12.5 s", "b=800"
    // Per phase, seconds after the first phase (TriggerTime, else AcquisitionTime, earliest
    // slice of each phase); empty when the files do not say (DCE kinetics then ask the user).
    std::vector<double> phaseSeconds;
    std::vector<std::string> warnings; // geometry doubts etc., shown to the user
    std::string format; // "dicom", "dicom-multiframe" or "nifti"
    std::string sequenceName; // (0018,0024): phases stored as separate series share it
    bool derived = false; // ImageType DERIVED: a scanner-computed map (subtraction, SER, PE, ADC)
    // Time of day (s) of the earliest image: AcquisitionTime, else ContentTime.
    std::optional<double> acquisitionSeconds;
    // A single-volume file's place in time, for series stored one volume per file (enhanced
    // MR): TemporalPositionIdentifier, AcquisitionNumber.
    std::optional<double> temporalPosition;
    std::optional<double> acquisitionNumber;
    // The series read as phases of this one (a DCE stored one series per phase); empty otherwise.
    std::vector<std::string> groupedFrom;
    // A DICOM SEG (role "segmentation"): its segments and the series it segments. Loading it
    // gives one label volume; the views overlay it on the referenced series.
    std::shared_ptr<const SegmentationInfo> segmentation;
    // A DICOM Parametric Map (role "parametric-map"): its quantity, unit and source series.
    std::shared_ptr<const ParametricMapInfo> parametricMap;
    // Classic DICOM: per file, where its pixels lie when they can be read raw (rawpixels.h).
    std::map<std::string, RawPixels> rawPixels;
};

struct SkippedFile
{
    std::string file;
    std::string reason;
};

struct StudyScan
{
    std::vector<SeriesInfo> series;
    std::vector<SkippedFile> skipped;
};

// A zero volume with `info`'s size and geometry, for a loader to fill.
inline Volume volumeShapedLike(const SeriesInfo &info)
{
    Volume v;
    v.size = info.size;
    v.spacing = info.spacing;
    v.origin = info.origin;
    v.direction = info.direction;
    v.voxels.assign(v.voxelCount(), 0.f);
    return v;
}

// Progress of a scan or load, called on the worker thread that runs it.
using ProgressFn = std::function<void(int done, int total)>;

// A loaded series: one Volume per phase (1 for a 3D series), all with the same geometry.
struct Series
{
    SeriesInfo info;
    std::vector<Volume> phases;
};

} // namespace oncoview::mri
