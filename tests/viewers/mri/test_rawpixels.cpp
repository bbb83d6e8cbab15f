// SPDX-License-Identifier: Apache-2.0
// Uncompressed slices are read with one pread from where the scan found their pixels: the
// volumes must equal what ITK/GDCM decode from the same files, rescale and sign included.
#include <catch2/catch.hpp>

#include "viewers/mri/io/seriesloader.h"
#include "viewers/mri/io/studyscanner.h"

#include "tests/support/prerequisite.h"
#include <filesystem>
#include <fstream>

using namespace oncoview::mri;
namespace fs = std::filesystem;

TEST_CASE("raw pixel reads give the voxels ITK decodes", "[mri][io][raw]")
{
    const fs::path shared(ONCOVIEW_SHARED_DATA);
    if (!fs::exists(shared / "dicom")) {
        ONCOVIEW_SKIP_OR_FAIL("shared test data missing, test skipped");
        return;
    }
    // Signed 16-bit with a rescale slope (Bruker), signed 16-bit GE, explicit and implicit LE.
    for (const fs::path &input :
         {shared / "dicom/bruker_9.4T_mouse_DCE/T2W",
          shared / "dicom/breast_dce_ucsf_br06/image_dce_3dfgre_orig",
          shared / "dicom/pydicom/MR_small.dcm", shared / "dicom/pydicom/MR_small_implicit.dcm",
          shared / "dicom/pydicom/MR_small_padded.dcm"}) {
        if (!fs::exists(input)) {
            continue;
        }
        INFO(input.string());
        const StudyScan scan = scanStudy(input);
        REQUIRE(!scan.series.empty());
        const SeriesInfo &info = scan.series.front();
        size_t files = 0;
        for (const auto &phase : info.phaseFiles) {
            files += phase.size();
        }
        CHECK(info.rawPixels.size() == files); // every file takes the fast path
        const Series fast = loadSeries(info);
        SeriesInfo slow = info;
        slow.rawPixels.clear();
        const Series reference = loadSeries(slow);
        REQUIRE(fast.phases.size() == reference.phases.size());
        for (size_t p = 0; p < fast.phases.size(); ++p) {
            CHECK(fast.phases[p].voxels == reference.phases[p].voxels);
        }
    }
}

TEST_CASE("a file changed after the scan is decoded the slow way", "[mri][io][raw]")
{
    const fs::path source = fs::path(ONCOVIEW_SHARED_DATA) / "dicom/pydicom/MR_small.dcm";
    if (!fs::exists(source)) {
        ONCOVIEW_SKIP_OR_FAIL("shared test data missing, test skipped");
        return;
    }
    const fs::path copy = fs::temp_directory_path() / "oncoview_raw_changed.dcm";
    fs::copy_file(source, copy, fs::copy_options::overwrite_existing);
    const StudyScan scan = scanStudy(copy);
    REQUIRE(scan.series.size() == 1);
    const Series before = loadSeries(scan.series.front());
    // Appending bytes changes the size the scan recorded: the raw read steps aside.
    {
        std::ofstream grow(copy, std::ios::app | std::ios::binary);
        grow << std::string(16, '\0');
    }
    SeriesInfo info = scan.series.front();
    const Series after = loadSeries(info);
    CHECK(after.phases.front().voxels == before.phases.front().voxels);
    fs::remove(copy);
}
