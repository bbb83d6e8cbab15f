// SPDX-License-Identifier: Apache-2.0
// Scanner and loader against the real public files in ONCOVIEW_SHARED_DATA.
#include <catch2/catch.hpp>

#include "viewers/mri/io/seriesloader.h"
#include "viewers/mri/io/studyscanner.h"

#include "tests/support/prerequisite.h"
#include <cmath>
#include <filesystem>

using namespace oncoview::mri;
namespace fs = std::filesystem;

namespace {

fs::path sharedData()
{
    return fs::path(ONCOVIEW_SHARED_DATA);
}

bool haveData(const fs::path &p)
{
    if (fs::exists(p)) {
        return true;
    }
    ONCOVIEW_SKIP_OR_FAIL("shared test data missing, test skipped: " << p.string());
    return false;
}

bool saneGeometry(const Volume &v)
{
    for (int i = 0; i < 3; ++i) {
        if (v.size[i] <= 0 || !(v.spacing[i] > 0) || !std::isfinite(v.origin[i])) {
            return false;
        }
        // Columns of the direction matrix are unit vectors.
        const double n = std::hypot(v.direction[i], v.direction[3 + i], v.direction[6 + i]);
        if (std::abs(n - 1.0) > 1e-3) {
            return false;
        }
    }
    return v.voxels.size() == v.voxelCount();
}

} // namespace

TEST_CASE("Bruker DCE folder scans as one series of 40 phases x 16 slices", "[mri][io]")
{
    const fs::path dir = sharedData() / "dicom/bruker_9.4T_mouse_DCE/DCE_16sl_x_40dyn";
    if (!haveData(dir)) {
        return;
    }
    const StudyScan scan = scanStudy(dir);
    REQUIRE(scan.series.size() == 1);
    const SeriesInfo &s = scan.series.front();
    CHECK(s.phases == 40);
    CHECK(s.role == "dce");
    // Rows = 201 (y), Columns = 128 (x).
    CHECK(s.size == std::array<int, 3> {128, 201, 16});
    REQUIRE(s.phaseFiles.size() == 40);
    for (const auto &files : s.phaseFiles) {
        CHECK(files.size() == 16);
    }
    CHECK(s.warnings.empty());
    const Series series = loadSeries(s);
    REQUIRE(series.phases.size() == 40);
    CHECK(saneGeometry(series.phases.front()));
    // Contrast arrives around phase 9: the late mean exceeds the baseline mean.
    const auto mean = [](const Volume &v) {
        double sum = 0;
        for (float f : v.voxels) {
            sum += f;
        }
        return sum / double(v.voxels.size());
    };
    CHECK(mean(series.phases[30]) > mean(series.phases[0]));
}

TEST_CASE("Bruker study folder gives DCE and T2 and skips the README", "[mri][io]")
{
    const fs::path dir = sharedData() / "dicom/bruker_9.4T_mouse_DCE";
    if (!haveData(dir)) {
        return;
    }
    int progressCalls = 0;
    const StudyScan scan = scanStudy(dir, [&](int, int) { ++progressCalls; });
    REQUIRE(scan.series.size() == 2);
    CHECK(progressCalls == 657);
    REQUIRE(scan.skipped.size() == 1);
    CHECK(scan.skipped.front().reason.find("not a DICOM file") != std::string::npos);
}

TEST_CASE("every shared DICOM/NIfTI file loads or is skipped with a reason", "[mri][io][slow]")
{
    const fs::path root = sharedData();
    if (!haveData(root / "dicom")) {
        return;
    }
    int loaded = 0, skipped = 0;
    for (const char *sub : {"dicom", "nifti"}) {
        for (const auto &entry : fs::recursive_directory_iterator(root / sub)) {
            if (!entry.is_regular_file() || entry.path().extension() == ".md") {
                continue;
            }
            INFO(entry.path().string());
            const StudyScan scan = scanStudy(entry.path());
            CHECK(scan.series.size() + scan.skipped.size() == 1);
            for (const SkippedFile &s : scan.skipped) {
                CHECK(!s.reason.empty());
                ++skipped;
            }
            for (const SeriesInfo &info : scan.series) {
                Series series;
                REQUIRE_NOTHROW(series = loadSeries(info));
                REQUIRE(int(series.phases.size()) == info.phases);
                CHECK(saneGeometry(series.phases.front()));
                CHECK(series.phases.front().size == info.size);
                ++loaded;
            }
        }
    }
    CHECK(loaded >= 650);
    CHECK(skipped >= 8);
}

TEST_CASE("malformed files are skipped with a clear reason", "[mri][io]")
{
    const fs::path dir = sharedData() / "dicom";
    if (!haveData(dir)) {
        return;
    }
    const std::vector<std::pair<const char *, const char *>> expected = {
        {"pydicom/MR_truncated.dcm", "truncated"},
        {"pydicom/zipMR.gz", "gzip"},
        {"pydicom/no_meta.dcm", "not a DICOM file"},
        {"pydicom/meta_missing_tsyntax.dcm", "TransferSyntaxUID"},
        {"pydicom/emri_small_jpeg_2k_lossless_too_short.dcm", "truncated"},
        {"edge_cases_nibabel/csa_slice_norm.dcm", "without Pixel Data"},
        {"does_not_exist.dcm", "no such file"},
    };
    for (const auto &[file, reason] : expected) {
        INFO(file);
        const StudyScan scan = scanStudy(dir / file);
        CHECK(scan.series.empty());
        REQUIRE(scan.skipped.size() == 1);
        CHECK_THAT(scan.skipped.front().reason, Catch::Contains(reason));
    }
}

TEST_CASE("a folder with bad files still yields its good series", "[mri][io]")
{
    const fs::path dir = sharedData() / "dicom/pydicom";
    if (!haveData(dir)) {
        return;
    }
    const StudyScan scan = scanStudy(dir);
    CHECK(scan.series.size() >= 4);
    bool truncatedSkipped = false;
    for (const SkippedFile &s : scan.skipped) {
        truncatedSkipped |= s.file.find("MR_truncated") != std::string::npos;
    }
    CHECK(truncatedSkipped);
}

TEST_CASE("the nine transfer syntaxes decode to identical pixels", "[mri][io]")
{
    const fs::path dir = sharedData() / "dicom/dcm_qa_ts_transfer_syntaxes";
    if (!haveData(dir)) {
        return;
    }
    VoxelBuffer reference;
    for (int i = 1; i <= 9; ++i) {
        INFO("file " << i);
        const StudyScan scan = scanStudy(dir / (std::to_string(i) + ".dcm"));
        REQUIRE(scan.series.size() == 1);
        const Series s = loadSeries(scan.series.front());
        REQUIRE(s.phases.size() == 1);
        if (i == 1) {
            reference = s.phases.front().voxels;
            CHECK(s.phases.front().range().second > 0);
        } else {
            CHECK(s.phases.front().voxels == reference);
        }
    }
}

TEST_CASE("enhanced multi-frame MR is one series of its frames", "[mri][io]")
{
    const fs::path file = sharedData() / "dicom/enhanced_multiframe/philips_IM_0027_fMAP.dcm";
    if (!haveData(file)) {
        return;
    }
    const StudyScan scan = scanStudy(file);
    REQUIRE(scan.series.size() == 1);
    // 64 frames = 32 slices x 2 image types (magnitude, field map): see test_enhancedmr.cpp.
    CHECK(scan.series.front().size == std::array<int, 3> {64, 64, 32});
    CHECK(scan.series.front().phases == 2);
    const StudyScan emri = scanStudy(sharedData() / "dicom/pydicom/emri_small.dcm");
    REQUIRE(emri.series.size() == 1);
    CHECK(emri.series.front().size[2] == 10);
}

TEST_CASE("NIfTI-1 and NIfTI-2 of the same data agree", "[mri][io]")
{
    const fs::path dir = sharedData() / "nifti/nibabel";
    if (!haveData(dir)) {
        return;
    }
    const StudyScan n1 = scanStudy(dir / "example4d.nii.gz");
    const StudyScan n2 = scanStudy(dir / "example_nifti2.nii.gz");
    REQUIRE(n1.series.size() == 1);
    REQUIRE(n2.series.size() == 1);
    CHECK(n1.series.front().phases == 2);
    CHECK(n2.series.front().phases == 2);
    for (int i = 0; i < 3; ++i) {
        CHECK(n1.series.front().origin[i] == Approx(n2.series.front().origin[i]).margin(1e-3));
        CHECK(n1.series.front().spacing[i] == Approx(n2.series.front().spacing[i]));
    }
    for (int i = 0; i < 9; ++i) {
        CHECK(n1.series.front().direction[i]
              == Approx(n2.series.front().direction[i]).margin(1e-4));
    }
    const Series big = loadSeries(n1.series.front());
    CHECK(big.phases[1].range().second > 0);
    // anatomical.nii is big-endian int16.
    const StudyScan be = scanStudy(dir / "anatomical.nii");
    REQUIRE(be.series.size() == 1);
    CHECK(be.series.front().size == std::array<int, 3> {33, 41, 25});
}
