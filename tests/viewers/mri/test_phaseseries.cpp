// SPDX-License-Identifier: Apache-2.0
// How real scanners store studies: a DCE written one series per phase reads as one 4D DCE
// (and stays apart on request), and completeness problems come with warnings.
#include <catch2/catch.hpp>

#include "scratchdir.h"

#include "viewers/mri/io/demostudywriter.h"
#include "viewers/mri/io/seriesloader.h"
#include "viewers/mri/io/studyscanner.h"

#include "tests/support/prerequisite.h"
#include <filesystem>
#include <random>

using namespace oncoview::mri;
namespace fs = std::filesystem;

namespace {

using Scratch = oncoview::mri::test::ScratchDir;

PhantomParams small()
{
    PhantomParams params;
    params.size = {48, 48, 12};
    params.spacing = {4.0, 4.0, 8.0};
    return params;
}

std::string joined(const std::vector<std::string> &lines)
{
    std::string all;
    for (const std::string &line : lines) {
        all += line + "\n";
    }
    return all;
}

} // namespace

TEST_CASE("a DCE stored one series per phase reads as one dynamic series", "[mri][io][grouping]")
{
    Scratch dir;
    StudyLayout layout;
    layout.dcePhasePerSeries = true;
    writePhantomStudy(dir.path, small(), 3, layout);

    const StudyScan apart = scanStudy(dir.path, {}, nullptr, ScanOptions {false, {}});
    CHECK(apart.series.size() == 7); // five phases as written, T2, DWI

    const StudyScan scan = scanStudy(dir.path);
    REQUIRE(scan.series.size() == 3);
    const SeriesInfo *dce = nullptr;
    for (const SeriesInfo &info : scan.series) {
        if (info.role == "dce") {
            dce = &info;
        }
    }
    REQUIRE(dce);
    CHECK(dce->phases == 5);
    CHECK(dce->groupedFrom.size() == 5);
    // Ordered by acquisition time: pre first, 90 s apart as the phantom was acquired.
    REQUIRE(dce->phaseLabels.size() == 5);
    CHECK(dce->phaseLabels.front() == "pre");
    CHECK(dce->phaseLabels[1] == "1st pass");
    REQUIRE(dce->phaseSeconds.size() == 5);
    CHECK(dce->phaseSeconds[1] == Approx(90.0));
    CHECK(dce->phaseSeconds[4] == Approx(360.0));
    CHECK(joined(dce->warnings).find("read as one dynamic series of 5 phases")
          != std::string::npos);

    // The grouped phases load as one series whose post-contrast phases enhance.
    const Series series = loadSeries(*dce);
    REQUIRE(series.phases.size() == 5);
    double pre = 0, post = 0;
    for (size_t i = 0; i < series.phases[0].voxels.size(); ++i) {
        pre += series.phases[0].voxels[i];
        post += series.phases[1].voxels[i];
    }
    CHECK(post > pre * 1.02);
}

TEST_CASE("slice gaps and missing instances are warned about", "[mri][io][grouping]")
{
    Scratch dir;
    StudyLayout layout;
    layout.sliceThicknessFraction = 0.125; // 1 mm slices every 8 mm
    layout.firstInstance = 63;
    layout.instanceStep = 9; // 63, 72, ...: most images missing
    writePhantomStudy(dir.path, small(), 4, layout);
    const StudyScan scan = scanStudy(dir.path / "T2");
    REQUIRE(scan.series.size() == 1);
    const std::string warnings = joined(scan.series.front().warnings);
    INFO(warnings);
    CHECK(warnings.find("mm gaps between them") != std::string::npos);
    CHECK(warnings.find("Instance Numbers run from 63") != std::string::npos);

    Scratch plain;
    writePhantomStudy(plain.path, small(), 4);
    const StudyScan clean = scanStudy(plain.path / "T2");
    REQUIRE(clean.series.size() == 1);
    CHECK(clean.series.front().warnings.empty());
}

TEST_CASE("the real breast DCE gets its phase times from ContentTime", "[mri][io][grouping]")
{
    const fs::path dir
        = fs::path(ONCOVIEW_SHARED_DATA) / "dicom/breast_dce_ucsf_br06/image_dce_3dfgre_orig";
    if (!fs::exists(dir)) {
        ONCOVIEW_SKIP_OR_FAIL("shared test data missing, test skipped: " << dir.string());
        return;
    }
    const StudyScan scan = scanStudy(dir);
    REQUIRE(scan.series.size() == 1);
    const SeriesInfo &dce = scan.series.front();
    CHECK(dce.phases == 3);
    // 10:25:51, 10:32:38, 10:38:32 (AcquisitionNumber 1, 2, 2 cannot tell them apart).
    REQUIRE(dce.phaseSeconds.size() == 3);
    CHECK(dce.phaseSeconds[1] == Approx(407.0));
    CHECK(dce.phaseSeconds[2] == Approx(761.0));
    const StudyScan maps
        = scanStudy(fs::path(ONCOVIEW_SHARED_DATA) / "dicom/breast_dce_ucsf_br06/image_dce_ser");
    REQUIRE(maps.series.size() == 1);
    CHECK(maps.series.front().derived);
    CHECK(maps.series.front().role != "dce"); // a map is never taken for a DCE phase
    // The FRACTIONAL SEG is not passed off as an image of the patient.
    const StudyScan mask
        = scanStudy(fs::path(ONCOVIEW_SHARED_DATA) / "dicom/breast_dce_ucsf_br06/mask");
    REQUIRE(mask.series.size() == 1);
    CHECK(mask.series.front().role == "segmentation");
    CHECK(joined(mask.series.front().warnings).find("not in this folder") != std::string::npos);
}

TEST_CASE("Philips DWI gives its b-values and gradient directions from private tags",
          "[mri][io][grouping]")
{
    Scratch dir;
    StudyLayout layout;
    layout.philipsDiffusionTags = true;
    writePhantomStudy(dir.path, small(), 5, layout);
    const StudyScan scan = scanStudy(dir.path / "DWI");
    REQUIRE(scan.series.size() == 1);
    const SeriesInfo &dwi = scan.series.front();
    CHECK(dwi.role == "dwi");
    CHECK(dwi.bValues == std::vector<double> {0, 800});
    REQUIRE(dwi.phaseLabels.size() == 2);
    CHECK(dwi.phaseLabels[1] == "b=800");
    // Gradient directions from the private (2005,10B0-B2).
    REQUIRE(dwi.gradientDirections.size() == 2);
    CHECK(dwi.gradientDirections[0] == std::array<double, 3> {0, 0, 0});
    CHECK(dwi.gradientDirections[1][0] == Approx(0.6));
    CHECK(dwi.gradientDirections[1][1] == Approx(0.8));
}

TEST_CASE("series descriptions are decoded from the Specific Character Set", "[mri][io][grouping]")
{
    struct Case
    {
        const char *set;
        std::string bytes;
        std::string utf8;
    };
    const Case cases[] = {
        // "乳腺 T2 轴位" in GB18030, as mainland scanners write it.
        {"GB18030", "\xC8\xE9\xCF\xD9 T2 \xD6\xE1\xCE\xBB", "乳腺 T2 轴位"},
        {"ISO_IR 100", "Brust T2 verst\xE4rkt", "Brust T2 verstärkt"},
        {"ISO_IR 192", "乳腺 T2", "乳腺 T2"},
    };
    for (const Case &c : cases) {
        INFO(c.set);
        Scratch dir;
        StudyLayout layout;
        layout.specificCharacterSet = c.set;
        layout.t2DescriptionBytes = c.bytes;
        writePhantomStudy(dir.path, small(), 6, layout);
        const StudyScan scan = scanStudy(dir.path / "T2");
        REQUIRE(scan.series.size() == 1);
        CHECK(scan.series.front().description == c.utf8);
    }
}

// Modern Siemens scanners store an enhanced MR time series one volume per file, all files in one
// series: they must read as one 4D series, not as several 3D ones.
TEST_CASE("enhanced MR stored one volume per file reads as one 4D series", "[mri][io][grouping]")
{
    const fs::path source = fs::path(ONCOVIEW_SHARED_DATA) / "dicom/pydicom/emri_small.dcm";
    if (!fs::exists(source)) {
        ONCOVIEW_SKIP_OR_FAIL("shared test data missing, test skipped: " << source.string());
        return;
    }
    Scratch dir;
    // Written out of order: acquisition 3 first. Same series, new instances, a minute apart.
    for (int acquisition : {3, 1, 2}) {
        char time[16];
        std::snprintf(time, sizeof time, "1000%02d.000000", acquisition * 10);
        copyDicomWithAttributes(
            source, dir.path / ("volume" + std::to_string(acquisition) + ".dcm"),
            {{0x0008, 0x0018, "1.2.826.0.1.3680043.8.498.77." + std::to_string(acquisition)},
             {0x0020, 0x0012, std::to_string(acquisition)},
             {0x0008, 0x0033, time}});
    }
    const StudyScan scan = scanStudy(dir.path);
    INFO(scan.skipped.size());
    REQUIRE(scan.series.size() == 1);
    const SeriesInfo &info = scan.series.front();
    CHECK(info.phases == 3);
    CHECK(info.size[2] == 10);
    REQUIRE(info.phaseLabels.size() == 3);
    CHECK(info.phaseLabels[0] == "AcquisitionNumber 1");
    CHECK(info.phaseLabels[2] == "AcquisitionNumber 3");
    CHECK(info.phaseFiles[0].front().find("volume1.dcm") != std::string::npos);
    const Series series = loadSeries(info);
    REQUIRE(series.phases.size() == 3);
    CHECK(series.phases[0].voxels == series.phases[2].voxels); // copies of one volume
}
