// SPDX-License-Identifier: Apache-2.0
// DICOM SEG: the real FRACTIONAL breast mask and a 1-bit BINARY copy of it are read as label
// volumes in patient space, tied to the series they segment (named by instances only in the
// real file), with a message when that series is absent.
#include <catch2/catch.hpp>

#include "scratchdir.h"

#include "viewers/mri/io/demostudywriter.h"
#include "viewers/mri/io/parametricmap.h"
#include "viewers/mri/io/segmentation.h"
#include "viewers/mri/io/segmentationscan.h"
#include "viewers/mri/io/seriesloader.h"
#include "viewers/mri/io/studyscanner.h"

#include "tests/support/prerequisite.h"
#include <filesystem>
#include <random>

using namespace oncoview::mri;
namespace fs = std::filesystem;

namespace {

const fs::path kStudy = fs::path(ONCOVIEW_SHARED_DATA) / "dicom/breast_dce_ucsf_br06";

using Scratch = oncoview::mri::test::ScratchDir;

size_t labelled(const Volume &labels, float value)
{
    return size_t(std::count(labels.voxels.begin(), labels.voxels.end(), value));
}

} // namespace

TEST_CASE("the real FRACTIONAL SEG overlays the breast DCE it was drawn on", "[mri][io][seg]")
{
    if (!fs::exists(kStudy)) {
        ONCOVIEW_SKIP_OR_FAIL("shared test data missing, test skipped: " << kStudy.string());
        return;
    }
    const StudyScan scan = scanStudy(kStudy);
    const auto dce = std::find_if(scan.series.begin(), scan.series.end(),
                                  [](const SeriesInfo &s) { return s.role == "dce"; });
    REQUIRE(dce != scan.series.end());
    // The file has no Referenced Series Sequence: the reference comes from its source images.
    const auto segs = segmentationsOf(scan.series, dce->uid);
    REQUIRE(segs.size() == 1);
    const SeriesInfo &seg = *segs.front();
    CHECK(seg.role == "segmentation");
    CHECK(seg.warnings.empty());
    REQUIRE(seg.segmentation);
    CHECK(seg.segmentation->type == "FRACTIONAL");
    REQUIRE(seg.segmentation->segments.size() == 1);
    CHECK(seg.segmentation->segments.front().label == "Breast");
    CHECK(seg.segmentation->frameSegments.size() == 42);

    const Series labels = loadSeries(seg);
    REQUIRE(labels.phases.size() == 1);
    const Volume &mask = labels.phases.front();
    const size_t inside = labelled(mask, 1.f);
    CHECK(inside > 1000);
    CHECK(inside + labelled(mask, 0.f) == mask.voxelCount());

    // In patient space the mask lies inside the DCE volume and on brighter tissue than the
    // volume's average (a mask misplaced by a flipped axis would land on air or chest wall).
    const Series image = loadSeries(*dce);
    const Volume &pre = image.phases.front();
    double sumInside = 0;
    size_t countInside = 0;
    size_t outsideVolume = 0;
    for (int z = 0; z < mask.size[2]; ++z) {
        for (int y = 0; y < mask.size[1]; ++y) {
            for (int x = 0; x < mask.size[0]; ++x) {
                if (mask.at(x, y, z) != 1.f) {
                    continue;
                }
                const auto p = mask.indexToLps(x, y, z);
                const auto i = pre.lpsToIndex(p);
                const int ix = int(std::lround(i[0])), iy = int(std::lround(i[1])),
                          iz = int(std::lround(i[2]));
                if (!pre.contains(ix, iy, iz)) {
                    ++outsideVolume;
                    continue;
                }
                sumInside += pre.at(ix, iy, iz);
                ++countInside;
            }
        }
    }
    CHECK(outsideVolume == 0);
    REQUIRE(countInside > 0);
    double sumAll = 0;
    for (const float v : pre.voxels) {
        sumAll += v;
    }
    CHECK(sumInside / double(countInside) > 1.5 * sumAll / double(pre.voxelCount()));
}

TEST_CASE("a BINARY SEG reads to the same labels, and says when its series is missing",
          "[mri][io][seg]")
{
    const fs::path fractional = kStudy / "mask/1-1.dcm";
    if (!fs::exists(fractional)) {
        ONCOVIEW_SKIP_OR_FAIL("shared test data missing, test skipped: " << fractional.string());
        return;
    }
    Scratch scratch;
    const fs::path binary = scratch.path / "binary-seg.dcm";
    writeBinaryCopyOfSegmentation(fractional, binary);

    const StudyScan scan = scanStudy(scratch.path);
    INFO((scan.skipped.empty() ? std::string() : scan.skipped.front().reason));
    REQUIRE(scan.series.size() == 1); // a 1-bit SEG is not "truncated"
    const SeriesInfo &seg = scan.series.front();
    REQUIRE(seg.segmentation);
    CHECK(seg.segmentation->type == "BINARY");
    REQUIRE(seg.warnings.size() == 1);
    CHECK(seg.warnings.front().find("not in this folder") != std::string::npos);

    const Volume fromBinary = loadSeries(seg).phases.front();
    const Volume fromFractional = loadSegmentationLabels(readSegmentationInfo(fractional));
    CHECK(fromBinary.size == fromFractional.size);
    CHECK(fromBinary.origin == fromFractional.origin);
    CHECK(labelled(fromBinary, 1.f) > 1000);
    CHECK(fromBinary.voxels == fromFractional.voxels);
}

TEST_CASE("DICOM CIELab colours convert to sRGB", "[mri][io][seg]")
{
    // L* 100, a* 0, b* 0 is white; L* 0 is black; 53.2/80.1/67.2 is sRGB red.
    CHECK(dicomLabToRgb({65535, 32896, 32896}) == std::array<int, 3> {255, 255, 255});
    CHECK(dicomLabToRgb({0, 32896, 32896}) == std::array<int, 3> {0, 0, 0});
    const auto red
        = dicomLabToRgb({uint16_t(53.24 / 100 * 65535), uint16_t((80.09 + 128) / 255 * 65535),
                         uint16_t((67.20 + 128) / 255 * 65535)});
    CHECK(red[0] >= 250);
    CHECK(red[1] <= 10);
    CHECK(red[2] <= 10);
}

TEST_CASE("a float Parametric Map overlays the series it names, with its quantity and unit",
          "[mri][io][seg][pmap]")
{
    const fs::path fractional = kStudy / "mask/1-1.dcm";
    if (!fs::exists(fractional)) {
        ONCOVIEW_SKIP_OR_FAIL("shared test data missing, test skipped: " << fractional.string());
        return;
    }
    // The DCE and a Ktrans-like map on the SEG's frames (fraction x 2.5), naming the DCE.
    Scratch scratch;
    const fs::path dceCopy = scratch.path / "dce";
    fs::copy(kStudy / "image_dce_3dfgre_orig", dceCopy);
    const StudyScan dceOnly = scanStudy(dceCopy);
    REQUIRE(dceOnly.series.size() == 1);
    writeParametricMapFromSegmentation(fractional, scratch.path / "ktrans.dcm", 2.5,
                                       dceOnly.series.front().uid);

    const StudyScan scan = scanStudy(scratch.path);
    INFO((scan.skipped.empty() ? std::string() : scan.skipped.front().reason));
    REQUIRE(scan.series.size() == 2);
    const auto map = std::find_if(scan.series.begin(), scan.series.end(),
                                  [](const SeriesInfo &s) { return s.role == "parametric-map"; });
    REQUIRE(map != scan.series.end());
    CHECK(map->warnings.empty());
    REQUIRE(map->parametricMap);
    CHECK(map->parametricMap->quantity == "KTRANS");
    CHECK(map->parametricMap->unit == "/min");
    CHECK(map->parametricMap->referencedSeriesUid == dceOnly.series.front().uid);
    CHECK(sourceSeriesUid(*map) == dceOnly.series.front().uid);

    // Values: the fraction times 2.5 where the SEG is, on the SEG's grid.
    const Volume values = loadSeries(*map).phases.front();
    const Volume labels = loadSegmentationLabels(readSegmentationInfo(fractional));
    REQUIRE(values.size == labels.size);
    CHECK(values.origin == labels.origin);
    CHECK(values.range().second == Approx(2.5).epsilon(0.01));
    size_t agree = 0;
    for (size_t i = 0; i < labels.voxels.size(); ++i) {
        agree += (values.voxels[i] >= 1.25f) == (labels.voxels[i] == 1.f) ? 1 : 0;
    }
    CHECK(agree == labels.voxels.size());
}
