// SPDX-License-Identifier: Apache-2.0
// Enhanced (multi-frame) MR geometry: the real Philips and pydicom files in ONCOVIEW_SHARED_DATA,
// and the frame-sorting rules on synthetic functional groups.
#include <catch2/catch.hpp>

#include "viewers/mri/io/enhancedgeometry.h"
#include "viewers/mri/io/seriesloader.h"
#include "viewers/mri/io/studyscanner.h"

#include "tests/support/prerequisite.h"
#include <cmath>
#include <filesystem>

using namespace oncoview::mri;
namespace fs = std::filesystem;
using Vec3 = std::array<double, 3>;

namespace {

bool haveData(const fs::path &p)
{
    if (fs::exists(p)) {
        return true;
    }
    ONCOVIEW_SKIP_OR_FAIL("shared test data missing, test skipped: " << p.string());
    return false;
}

void checkNear(const Vec3 &got, const Vec3 &want, double margin)
{
    for (int i = 0; i < 3; ++i) {
        CHECK(got[size_t(i)] == Approx(want[size_t(i)]).margin(margin));
    }
}

bool hasWarning(const SeriesInfo &s, const std::string &text)
{
    for (const std::string &w : s.warnings) {
        if (w.find(text) != std::string::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

// Expected values were read independently with `gdcmdump philips_IM_0027_fMAP.dcm`
// (GDCM 3.0): 64 frames = 32 slices (InStackPositionNumber 1..32) x 2 image types, told apart
// by DimensionIndexValues (1\k\2\0 for Frame Type ...\M, 1\k\5\18 for ...\FIELD_MAP); every
// frame has PixelMeasures PixelSpacing 4\4 and SpacingBetweenSlices 4, PlaneOrientation
// 1\0\2.7425248845E-05\0\1\0, and per-frame Pixel Value Transformation slope 1.27985347985347,
// intercept 0 (M) or slope 0.24420024420024, intercept -500 (FIELD_MAP). Stored values are the
// raw little-endian uint16 words of Pixel Data (frame-major, row-major), read with Python.
TEST_CASE("Philips enhanced MR: magnitude and field map with the header's geometry",
          "[mri][io][enhanced]")
{
    const fs::path file
        = fs::path(ONCOVIEW_SHARED_DATA) / "dicom/enhanced_multiframe/philips_IM_0027_fMAP.dcm";
    if (!haveData(file)) {
        return;
    }
    const StudyScan scan = scanStudy(file);
    REQUIRE(scan.series.size() == 1);
    const SeriesInfo &s = scan.series.front();
    CHECK(s.format == "dicom-multiframe");
    CHECK(s.size == std::array<int, 3> {64, 64, 32});
    REQUIRE(s.phases == 2);
    CHECK(s.phaseLabels == std::vector<std::string> {"M", "FIELD_MAP"});
    CHECK(s.warnings.empty());
    // Slice spacing from the positions: z runs -38.35459 .. 85.64541 in 31 steps = 4 mm.
    checkNear(s.spacing, {4, 4, 4}, 1e-6);
    // Frame 1's PlanePositionSequence ImagePositionPatient (the lowest slice).
    checkNear(s.origin, {-127.24297738075, -119.77660465240, -38.354590835260}, 1e-9);
    // Columns: row direction, column direction, normal = row x column.
    const double tilt = 2.7425248845E-05;
    const std::array<double, 9> direction {1, 0, -tilt, 0, 1, 0, tilt, 0, 1};
    for (size_t i = 0; i < 9; ++i) {
        CHECK(s.direction[i] == Approx(direction[i]).margin(1e-9));
    }
    REQUIRE(s.phaseFrames.size() == 2);
    for (int z = 0; z < 32; ++z) {
        CHECK(s.phaseFrames[0][size_t(z)].frame == z); // frames 1..32: M, InStack 1..32
        CHECK(s.phaseFrames[1][size_t(z)].frame == 32 + z); // frames 33..64: FIELD_MAP
    }

    const Series series = loadSeries(s);
    REQUIRE(series.phases.size() == 2);
    const Volume &magnitude = series.phases[0], &fieldMap = series.phases[1];
    // Stored 1070 (frame 17) and 2121 (frame 49) at column 32, row 32; 1141 at (20, 40) frame 1.
    CHECK(magnitude.at(32, 32, 16) == Approx(1070 * 1.27985347985347));
    CHECK(fieldMap.at(32, 32, 16) == Approx(2121 * 0.24420024420024 - 500));
    CHECK(magnitude.at(20, 40, 0) == Approx(1141 * 1.27985347985347));
    // Stored 2047 is the field map's zero (about -0.1 Hz) outside the head.
    CHECK(fieldMap.at(0, 0, 0) == Approx(2047 * 0.24420024420024 - 500));

    // Point to patient: voxel (0,0,k) is frame k+1's ImagePositionPatient, in both volumes.
    const std::vector<std::pair<int, Vec3>> framePositions = {
        {0, {-127.24297738075, -119.77660465240, -38.354590835260}},
        {16, {-127.24473404884, -119.77660465240, 25.6454091647392}},
        {31, {-127.24638080596, -119.77660465240, 85.6454091647392}},
    };
    for (const auto &[k, lps] : framePositions) {
        INFO("slice " << k);
        checkNear(magnitude.indexToLps(0, 0, k), lps, 1e-4);
        checkNear(fieldMap.indexToLps(0, 0, k), lps, 1e-4);
        checkNear(magnitude.lpsToIndex(lps), {0, 0, double(k)}, 1e-4);
    }
    // A pixel's centre 10 columns right and 20 rows down lies 40 mm along x, 80 mm along y.
    const Vec3 p = magnitude.indexToLps(10, 20, 16);
    checkNear(p, {-127.24473404884 + 40, -119.77660465240 + 80, 25.6454091647392 + 40 * tilt},
              1e-4);
}

// gdcmdump shows pydicom's emri_small (all four transfer syntaxes) without Shared or Per-frame
// Functional Groups and without PixelSpacing, ImageOrientationPatient or ImagePositionPatient;
// only a top-level SpacingBetweenSlices 1.2. So the geometry is a guess and must say so.
TEST_CASE("emri_small has no geometry in its header and the scan says so", "[mri][io][enhanced]")
{
    const fs::path dir = fs::path(ONCOVIEW_SHARED_DATA) / "dicom/pydicom";
    if (!haveData(dir / "emri_small.dcm")) {
        return;
    }
    VoxelBuffer reference;
    for (const char *name : {"emri_small.dcm", "emri_small_big_endian.dcm", "emri_small_RLE.dcm",
                             "emri_small_jpeg_2k_lossless.dcm"}) {
        INFO(name);
        const StudyScan scan = scanStudy(dir / name);
        REQUIRE(scan.series.size() == 1);
        const SeriesInfo &s = scan.series.front();
        CHECK(s.size == std::array<int, 3> {64, 64, 10});
        CHECK(s.phases == 1);
        checkNear(s.spacing, {1, 1, 1.2}, 1e-9);
        checkNear(s.origin, {0, 0, 0}, 0);
        CHECK(hasWarning(s, "no PixelSpacing"));
        CHECK(hasWarning(s, "no ImageOrientationPatient"));
        CHECK(hasWarning(s, "ImagePositionPatient given for 0 of 10 frames"));
        CHECK(hasWarning(s, "1.2 mm (SpacingBetweenSlices)"));
        const Series series = loadSeries(s);
        REQUIRE(series.phases.size() == 1);
        if (reference.empty()) {
            reference = series.phases.front().voxels;
            CHECK(series.phases.front().range().second > 0);
        } else {
            CHECK(series.phases.front().voxels == reference);
        }
    }
}

namespace {

// A synthetic enhanced header: axial frames at the given z, in the order given.
EnhancedFrame frameAt(int index, double z, double temporal, double seconds)
{
    EnhancedFrame f;
    f.index = index;
    f.position = Vec3 {-100, -80, z};
    f.orientation = std::array<double, 6> {1, 0, 0, 0, 1, 0};
    f.pixelSpacing = std::array<double, 2> {0.8, 0.7};
    f.temporalPositionIndex = temporal;
    f.temporalOffsetSeconds = seconds;
    f.slope = 2.0;
    f.intercept = -10.0 * temporal;
    return f;
}

DicomHeader headerOf(int frames)
{
    DicomHeader h;
    h.file = "synthetic.dcm";
    h.seriesUid = "1.2.3";
    h.rows = 4;
    h.columns = 5;
    h.numberOfFrames = frames;
    return h;
}

} // namespace

TEST_CASE("4D enhanced frames split by temporal position and sort along the normal",
          "[mri][io][enhanced]")
{
    // 3 slices (z = 10, 6, 2: descending in the file) x 2 time points, interleaved.
    EnhancedHeader eh;
    int index = 0;
    for (double z : {10.0, 6.0, 2.0}) {
        for (int t = 1; t <= 2; ++t) {
            eh.frames.push_back(frameAt(index++, z, t, (t - 1) * 30.0));
        }
    }
    const auto series = buildEnhancedSeries(headerOf(6), eh);
    REQUIRE(series.size() == 1);
    const SeriesInfo &s = series.front();
    CHECK(s.warnings.empty());
    CHECK(s.size == std::array<int, 3> {5, 4, 3});
    CHECK(s.phases == 2);
    checkNear(s.spacing, {0.7, 0.8, 4.0}, 1e-9);
    checkNear(s.origin, {-100, -80, 2}, 1e-9); // the lowest slice
    CHECK(s.phaseSeconds == std::vector<double> {0, 30});
    CHECK(s.phaseLabels == std::vector<std::string> {"t=0 s", "t=30 s"});
    // Phase 1 = frames 4, 2, 0 (z = 2, 6, 10); phase 2 = frames 5, 3, 1; rescale travels along.
    REQUIRE(s.phaseFrames.size() == 2);
    CHECK(s.phaseFrames[0][0].frame == 4);
    CHECK(s.phaseFrames[0][2].frame == 0);
    CHECK(s.phaseFrames[1][0].frame == 5);
    CHECK(s.phaseFrames[1][0].intercept == -20.0);
    CHECK(s.phaseFrames[1][0].slope == 2.0);
}

TEST_CASE("enhanced frames with a gap or without positions give warnings", "[mri][io][enhanced]")
{
    SECTION("a missing slice")
    {
        EnhancedHeader eh;
        int index = 0;
        for (double z : {0.0, 2.0, 4.0, 8.0, 10.0}) { // z = 6 missing
            eh.frames.push_back(frameAt(index++, z, 1, 0));
        }
        const SeriesInfo s = buildEnhancedSeries(headerOf(5), eh).front();
        CHECK(s.spacing[2] == Approx(2.0));
        CHECK(hasWarning(s, "irregular frame spacing"));
        CHECK(hasWarning(s, "1 slice(s) missing"));
    }
    SECTION("one frame without a position")
    {
        EnhancedHeader eh;
        for (int i = 0; i < 4; ++i) {
            eh.frames.push_back(frameAt(i, 3.0 * i, 1, 0));
            eh.frames.back().inStackPosition = i + 1;
        }
        eh.frames[2].position.reset();
        const SeriesInfo s = buildEnhancedSeries(headerOf(4), eh).front();
        CHECK(s.size[2] == 4);
        CHECK(hasWarning(s, "ImagePositionPatient given for 3 of 4 frames"));
        CHECK(hasWarning(s, "InStackPositionNumber order"));
    }
    SECTION("a classic multi-frame file positions its first frame only")
    {
        EnhancedHeader eh;
        for (int i = 0; i < 3; ++i) {
            EnhancedFrame f = frameAt(i, 0, 1, 0);
            f.temporalPositionIndex.reset();
            f.temporalOffsetSeconds.reset();
            f.spacingBetweenSlices = 2.5;
            if (i > 0) {
                f.position.reset();
            }
            eh.frames.push_back(f);
        }
        const SeriesInfo s = buildEnhancedSeries(headerOf(3), eh).front();
        CHECK(s.size[2] == 3);
        CHECK(s.phases == 1);
        CHECK(s.spacing[2] == 2.5);
        checkNear(s.origin, {-100, -80, 0}, 1e-9);
        CHECK(hasWarning(s,
                         "given for 1 of 3 frames: slices stacked in file order from the "
                         "first frame's ImagePositionPatient, 2.5 mm (SpacingBetweenSlices)"));
    }
    SECTION("two stacks become two series")
    {
        EnhancedHeader eh;
        for (int i = 0; i < 4; ++i) {
            eh.frames.push_back(frameAt(i, 3.0 * (i % 2), 1, 0));
            eh.frames.back().stackId = std::to_string(i < 2 ? 1 : 2);
            if (i >= 2) { // the second stack is coronal
                eh.frames.back().orientation = std::array<double, 6> {1, 0, 0, 0, 0, -1};
            }
        }
        const auto series = buildEnhancedSeries(headerOf(4), eh);
        REQUIRE(series.size() == 2);
        CHECK(series[1].uid == "1.2.3#2");
        CHECK(series[0].size[2] == 2);
        CHECK(series[1].direction[7] == Approx(-1.0)); // column direction points down (-z)
    }
}

TEST_CASE("enhanced DWI frames give b-values and gradient directions per phase",
          "[mri][io][enhanced]")
{
    // 2 slices x 3 diffusion volumes: b=0, and b=1000 along x and along y.
    const std::array<std::array<double, 3>, 3> directions {{{0, 0, 0}, {1, 0, 0}, {0, 1, 0}}};
    const double bs[3] = {0, 1000, 1000};
    EnhancedHeader eh;
    int index = 0;
    for (double z : {0.0, 5.0}) {
        for (int d = 0; d < 3; ++d) {
            EnhancedFrame f = frameAt(index++, z, 1, 0);
            f.temporalPositionIndex.reset();
            f.temporalOffsetSeconds.reset();
            f.bValue = bs[d];
            f.gradientDirection = directions[size_t(d)];
            f.otherDimensionIndices = {double(d + 1)};
            eh.frames.push_back(f);
        }
    }
    const auto series = buildEnhancedSeries(headerOf(6), eh);
    REQUIRE(series.size() == 1);
    const SeriesInfo &s = series.front();
    REQUIRE(s.phases == 3);
    CHECK(s.bValues == std::vector<double> {0, 1000, 1000});
    REQUIRE(s.gradientDirections.size() == 3);
    CHECK(s.gradientDirections[1] == directions[1]);
    CHECK(s.gradientDirections[2] == directions[2]);
}
