// SPDX-License-Identifier: Apache-2.0
// The SEG and Parametric Map writers: what they write reads back through the project's own
// readers on the same grid with the same values (oblique grids and br06's real DCE grid), the
// header names the source patient, study, Frame of Reference and series, and a bad path fails
// naming the file without leaving anything behind.
#include <catch2/catch.hpp>

#include "scratchdir.h"

#include "viewers/mri/io/derivedsource.h"
#include "viewers/mri/io/loaderror.h"
#include "viewers/mri/io/parametricmap.h"
#include "viewers/mri/io/parametricmapwriter.h"
#include "viewers/mri/io/segmentation.h"
#include "viewers/mri/io/segmentationwriter.h"
#include "viewers/mri/io/studyscanner.h"

#include "tests/support/prerequisite.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>

using namespace oncoview::mri;
namespace fs = std::filesystem;

namespace {

const fs::path kStudy = fs::path(ONCOVIEW_SHARED_DATA) / "dicom/breast_dce_ucsf_br06";
using Scratch = oncoview::mri::test::ScratchDir;

// 13 x 11 pixels: 143 bits per frame, so 1-bit frames do not end on byte boundaries.
Volume obliqueGrid()
{
    Volume v;
    v.size = {13, 11, 6};
    v.spacing = {0.7, 0.9, 2.5};
    v.origin = {-12.3, 45.6, 7.8};
    // A proper rotation (30 degrees about z, then 20 about x): columns are the i, j, k axes.
    const double a = 30 * M_PI / 180, b = 20 * M_PI / 180;
    const double rz[9] = {std::cos(a), -std::sin(a), 0, std::sin(a), std::cos(a), 0, 0, 0, 1};
    const double rx[9] = {1, 0, 0, 0, std::cos(b), -std::sin(b), 0, std::sin(b), std::cos(b)};
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 3; ++c) {
            double s = 0;
            for (int m = 0; m < 3; ++m) {
                s += rz[r * 3 + m] * rx[m * 3 + c];
            }
            v.direction[size_t(r * 3 + c)] = s;
        }
    }
    v.voxels.assign(v.voxelCount(), 0.f);
    return v;
}

DerivedSource syntheticSource(int slices)
{
    DerivedSource s;
    s.studyUid = "1.2.826.0.1.3680043.9.7433.1.1";
    s.identity.patientName = "Test^Patient";
    s.identity.patientId = "OV-DERIVED-7";
    s.identity.studyDate = "20240102";
    s.seriesUid = "1.2.826.0.1.3680043.9.7433.1.2";
    s.frameOfReferenceUid = "1.2.826.0.1.3680043.9.7433.1.3";
    for (int k = 0; k < slices; ++k) {
        s.instances.push_back(
            {"1.2.840.10008.5.1.4.1.1.4", "1.2.826.0.1.3680043.9.7433.1.4." + std::to_string(k)});
    }
    return s;
}

std::string dcmdump(const fs::path &file)
{
    std::string out;
    const std::string command = "dcmdump -q \"" + file.string() + "\" 2>&1";
    if (FILE *pipe = popen(command.c_str(), "r")) {
        char buffer[4096];
        while (size_t n = fread(buffer, 1, sizeof buffer, pipe)) {
            out.append(buffer, n);
        }
        pclose(pipe);
    }
    return out;
}

void checkSameGrid(const Volume &a, const Volume &b)
{
    CHECK(a.size == b.size);
    for (size_t i = 0; i < 3; ++i) {
        CHECK(a.origin[i] == Approx(b.origin[i]).margin(1e-3));
        CHECK(a.spacing[i] == Approx(b.spacing[i]).margin(1e-3));
    }
    for (size_t i = 0; i < 9; ++i) {
        CHECK(a.direction[i] == Approx(b.direction[i]).margin(1e-3));
    }
}

// Every labelled voxel of `read` lies on the same label in `written` (patient space), and
// both label the same number of voxels: the grids may differ (frames only where segments are).
void checkSameLabelsInPatientSpace(const Volume &written, const Volume &read)
{
    size_t readLabelled = 0, mismatches = 0;
    for (int z = 0; z < read.size[2]; ++z) {
        for (int y = 0; y < read.size[1]; ++y) {
            for (int x = 0; x < read.size[0]; ++x) {
                const float label = read.at(x, y, z);
                if (label == 0.f) {
                    continue;
                }
                ++readLabelled;
                const auto p = read.indexToLps(x, y, z);
                const auto i = written.lpsToIndex(p);
                const int ix = int(std::lround(i[0])), iy = int(std::lround(i[1])),
                          iz = int(std::lround(i[2]));
                const bool onVoxelCentre = std::abs(i[0] - ix) < 1e-3 && std::abs(i[1] - iy) < 1e-3
                    && std::abs(i[2] - iz) < 1e-3;
                mismatches += onVoxelCentre && written.contains(ix, iy, iz)
                        && written.at(ix, iy, iz) == label
                    ? 0
                    : 1;
            }
        }
    }
    const size_t writtenLabelled = size_t(std::count_if(
        written.voxels.begin(), written.voxels.end(), [](float v) { return v != 0.f; }));
    CHECK(mismatches == 0);
    CHECK(readLabelled == writtenLabelled);
}

SegmentationToWrite twoSegments(const DerivedSource &source)
{
    SegmentationToWrite what;
    what.source = source;
    what.content.seriesDescription = "OncoView lesion segmentation";
    what.content.contentLabel = "lesion seg";
    what.content.contentDescription = "DCE kinetic lesion map";
    what.content.contentCreator = "Reader^Test";
    SegmentDescription lesion;
    lesion.labelValue = 1;
    lesion.label = "Enhancing lesion";
    lesion.rgb = {220, 40, 40};
    lesion.algorithmName = "OncoView DCE kinetics";
    SegmentDescription washout;
    washout.labelValue = 2;
    washout.label = "Washout";
    washout.rgb = {40, 90, 230};
    washout.algorithm = SegmentAlgorithm::Semiautomatic;
    washout.category = {"49755003", "SCT", "Morphologically Altered Structure"};
    what.segments = {lesion, washout};
    return what;
}

void checkColour(const std::array<int, 3> &read, const std::array<int, 3> &written)
{
    for (size_t c = 0; c < 3; ++c) {
        CHECK(std::abs(read[c] - written[c]) <= 2);
    }
}

} // namespace

TEST_CASE("a two-label volume on an oblique grid writes a BINARY SEG that reads back the same",
          "[mri][io][seg][writer]")
{
    Volume labels = obliqueGrid();
    // Label 1 on every slice (so the read-back grid spans all six), label 2 on slices 1-3.
    for (int z = 0; z < 6; ++z) {
        for (int y = 2; y < 9; ++y) {
            for (int x = 1 + z; x < 7 + z; ++x) {
                labels.at(x, y, z) = 1.f;
            }
        }
    }
    for (int z = 1; z < 4; ++z) {
        labels.at(12, 10, z) = 2.f; // the last pixel of the frame: the bit-packing edge
        labels.at(11, 0, z) = 2.f;
    }
    const DerivedSource source = syntheticSource(6);
    Scratch scratch;
    const fs::path file = scratch.path / "seg.dcm";
    const std::string uid = writeSegmentation(labels, twoSegments(source), file);
    REQUIRE(fs::exists(file));
    CHECK(!fs::exists(file.string() + ".partial"));

    const SegmentationInfo info = readSegmentationInfo(file);
    CHECK(info.type == "BINARY");
    REQUIRE(info.segments.size() == 2);
    CHECK(info.segments[0].number == 1);
    CHECK(info.segments[0].label == "Enhancing lesion");
    checkColour(info.segments[0].rgb, {220, 40, 40});
    CHECK(info.segments[1].number == 2);
    CHECK(info.segments[1].label == "Washout");
    checkColour(info.segments[1].rgb, {40, 90, 230});
    CHECK(info.frameSegments == std::vector<int> {1, 1, 1, 1, 1, 1, 2, 2, 2});
    CHECK(info.referencedSeriesUid == source.seriesUid);

    const Volume read = loadSegmentationLabels(info);
    checkSameGrid(read, labels);
    CHECK(read.voxels == labels.voxels);

    const std::string dump = dcmdump(file);
    CHECK(dump.find("=SegmentationStorage") != std::string::npos);
    CHECK(dump.find("[" + uid + "]") != std::string::npos);
    CHECK(dump.find("[OV-DERIVED-7]") != std::string::npos);
    CHECK(dump.find("[" + source.studyUid + "]") != std::string::npos);
    CHECK(dump.find("(0020,0052) UI [" + source.frameOfReferenceUid + "]") != std::string::npos);
    CHECK(dump.find("[" + source.instances.back().sopInstanceUid + "]") != std::string::npos);
    CHECK(dump.find("(0062,0008) CS [SEMIAUTOMATIC]") != std::string::npos);
    CHECK(dump.find("(0070,0080) CS [LESION_SEG]") != std::string::npos);
    CHECK(dump.find("(0008,0070) LO [OncoView]") != std::string::npos);
}

TEST_CASE("a SEG on br06's real DCE grid names the series and overlays it exactly",
          "[mri][io][seg][writer]")
{
    if (!fs::exists(kStudy / "image_dce_3dfgre_orig")) {
        WARN("shared test data missing, br06 SEG writer test skipped: " << kStudy.string());
        return;
    }
    const StudyScan scan = scanStudy(kStudy / "image_dce_3dfgre_orig");
    const auto dce = std::find_if(scan.series.begin(), scan.series.end(),
                                  [](const SeriesInfo &s) { return s.role == "dce"; });
    REQUIRE(dce != scan.series.end());
    const DerivedSource source = derivedSourceOf(*dce);
    CHECK(source.seriesUid == dce->uid);
    CHECK(source.studyUid == dce->studyUid);
    CHECK(!source.frameOfReferenceUid.empty());
    REQUIRE(source.instances.size() == size_t(dce->size[2]));
    REQUIRE(source.sliceInstances.size() == size_t(dce->size[2]));

    // Two boxes on the DCE's own grid, the second one slice-limited.
    Volume labels = volumeShapedLike(*dce);
    for (int z = 20; z < 30; ++z) {
        for (int y = 100; y < 140; ++y) {
            for (int x = 90; x < 120; ++x) {
                labels.at(x, y, z) = (z >= 24 && z < 27 && x >= 110) ? 2.f : 1.f;
            }
        }
    }
    Scratch scratch;
    const fs::path file = scratch.path / "br06-seg.dcm";
    writeSegmentation(labels, twoSegments(source), file);

    const SegmentationInfo info = readSegmentationInfo(file);
    REQUIRE(info.segments.size() == 2);
    CHECK(info.referencedSeriesUid == dce->uid);
    // Frames on the source grid name their source slice (Derivation Image Sequence).
    const std::set<std::string> sourceUids = [&] {
        std::set<std::string> uids;
        for (const SourceInstance &i : source.instances) {
            uids.insert(i.sopInstanceUid);
        }
        return uids;
    }();
    CHECK(info.referencedInstanceUids.size() == 10);
    for (const std::string &uid : info.referencedInstanceUids) {
        CHECK(sourceUids.count(uid) == 1);
    }
    const Volume read = loadSegmentationLabels(info);
    CHECK(read.size[2] == 10); // frames only where a segment is
    for (size_t i = 0; i < 3; ++i) {
        CHECK(read.spacing[i] == Approx(labels.spacing[i]).margin(1e-3));
    }
    checkSameLabelsInPatientSpace(labels, read);

    // The scanner files it as a segmentation of that series.
    const StudyScan written = scanStudy(scratch.path);
    REQUIRE(written.series.size() == 1);
    CHECK(written.series.front().role == "segmentation");

    const std::string dump = dcmdump(file);
    CHECK(dump.find("=SegmentationStorage") != std::string::npos);
    CHECK(dump.find("[" + dce->identity.patientId + "]") != std::string::npos);
    CHECK(dump.find("[" + dce->studyUid + "]") != std::string::npos);
    CHECK(dump.find("(0020,0052) UI [" + source.frameOfReferenceUid + "]") != std::string::npos);
    if (std::system("command -v dciodvfy >/dev/null 2>&1") == 0) {
        const int rc
            = std::system(("dciodvfy \"" + file.string() + "\" 2>&1 | grep -q '^Error'").c_str());
        CHECK(rc != 0); // grep found no "Error" line
    }
}

TEST_CASE("a float ramp writes a Parametric Map that reads back exactly, with quantity and unit",
          "[mri][io][pmap][writer]")
{
    Volume ramp = obliqueGrid();
    for (size_t i = 0; i < ramp.voxels.size(); ++i) {
        ramp.voxels[i] = float(i) * 0.37f - 120.125f; // negative, fractional, not on a grid
    }
    ParametricMapToWrite what;
    what.source = syntheticSource(6);
    what.content.seriesDescription = "OncoView enhancement %";
    what.content.contentLabel = "ENHANCEMENT";
    what.quantity = "ENHANCEMENT";
    what.unit = {"%", "UCUM", "%"};
    Scratch scratch;
    const fs::path file = scratch.path / "pmap.dcm";
    const std::string uid = writeParametricMap(ramp, what, file);

    const ParametricMapInfo info = readParametricMapInfo(file);
    CHECK(info.quantity == "ENHANCEMENT");
    CHECK(info.unit == "%");
    CHECK(info.slope == 1.0);
    CHECK(info.intercept == 0.0);
    CHECK(info.referencedSeriesUid == what.source.seriesUid);
    const Volume read = loadParametricMap(info);
    checkSameGrid(read, ramp);
    CHECK(read.voxels == ramp.voxels);

    const std::string dump = dcmdump(file);
    CHECK(dump.find("=ParametricMapStorage") != std::string::npos);
    CHECK(dump.find("[" + uid + "]") != std::string::npos);
    CHECK(dump.find("(7fe0,0008) OF") != std::string::npos);
    // The position dimension points into the Plane Position Sequence (DCMTK 3.6.7 drops it).
    CHECK(dump.find("(0020,9167) AT (0020,9113)") != std::string::npos);
    CHECK(dump.find("(0020,0052) UI [" + what.source.frameOfReferenceUid + "]")
          != std::string::npos);
    CHECK(dump.find("[OV-DERIVED-7]") != std::string::npos);

    // A dimensionless saliency map keeps its UCUM "1" and reads back its meaning.
    ParametricMapToWrite saliency = what;
    saliency.quantity = "SALIENCY";
    saliency.unit = {"1", "UCUM", "no units"};
    writeParametricMap(ramp, saliency, scratch.path / "saliency.dcm");
    const ParametricMapInfo saliencyInfo = readParametricMapInfo(scratch.path / "saliency.dcm");
    CHECK(saliencyInfo.quantity == "SALIENCY");
    CHECK(saliencyInfo.unit == "no units");
}

TEST_CASE("a derived object written to a bad path throws LoadError naming it, writing nothing",
          "[mri][io][seg][pmap][writer]")
{
    Volume labels = obliqueGrid();
    labels.at(3, 3, 3) = 1.f;
    Scratch scratch;
    const fs::path bad = scratch.path / "no-such-folder" / "seg.dcm";
    SegmentationToWrite seg = twoSegments(syntheticSource(6));
    try {
        writeSegmentation(labels, seg, bad);
        FAIL("writing into a missing folder did not throw");
    } catch (const LoadError &e) {
        CHECK(e.file() == bad.string());
        CHECK(std::string(e.what()).find(bad.string()) != std::string::npos);
    }
    ParametricMapToWrite map;
    map.source = syntheticSource(6);
    try {
        writeParametricMap(labels, map, bad);
        FAIL("writing into a missing folder did not throw");
    } catch (const LoadError &e) {
        CHECK(e.file() == bad.string());
    }
    // A path that is a folder: the folder stays as it was, no stray partial file.
    CHECK_THROWS_AS(writeSegmentation(labels, seg, scratch.path), LoadError);
    CHECK(fs::is_directory(scratch.path));
    CHECK(fs::is_empty(scratch.path));
    // Nothing to write is an error too, not an empty SEG.
    Volume empty = obliqueGrid();
    CHECK_THROWS_AS(writeSegmentation(empty, seg, scratch.path / "empty.dcm"), LoadError);
    CHECK(!fs::exists(scratch.path / "empty.dcm"));
}
