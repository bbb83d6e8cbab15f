// SPDX-License-Identifier: Apache-2.0
// Siemens MOSAIC: the real EPI mosaic (35 slices tiled 6 x 6 in 384 x 384) opens as a
// 64 x 64 x 35 volume placed where dcm2niix places it, the same in all nine transfer syntaxes;
// the CSA header parser survives damaged input.
#include <catch2/catch.hpp>

#include "viewers/mri/io/csaheader.h"
#include "viewers/mri/io/dicomtags.h"
#include "viewers/mri/io/mosaic.h"
#include "viewers/mri/io/seriesloader.h"
#include "viewers/mri/io/studyscanner.h"

#include "tests/support/prerequisite.h"
#include <cstring>
#include <filesystem>

using namespace oncoview::mri;
namespace fs = std::filesystem;

namespace {

const fs::path kMosaics = fs::path(ONCOVIEW_SHARED_DATA) / "dicom/dcm_qa_ts_transfer_syntaxes";

} // namespace

TEST_CASE("a Siemens mosaic opens as a volume of its tiles, placed as dcm2niix places it",
          "[mri][io][mosaic]")
{
    if (!fs::exists(kMosaics / "1.dcm")) {
        ONCOVIEW_SKIP_OR_FAIL("shared test data missing, test skipped: " << kMosaics.string());
        return;
    }
    const HeaderResult header = readDicomHeader(kMosaics / "1.dcm");
    REQUIRE(header.header);
    CHECK(header.header->mosaicImages == 35);
    REQUIRE(header.header->sliceNormal); // from the CSA image header
    CHECK(mosaicTilesPerSide(35) == 6);

    VoxelBuffer reference;
    for (int syntax = 1; syntax <= 9; ++syntax) {
        const fs::path file = kMosaics / (std::to_string(syntax) + ".dcm");
        INFO(file.string());
        const StudyScan scan = scanStudy(file);
        REQUIRE(scan.series.size() == 1);
        const SeriesInfo &info = scan.series.front();
        CHECK(info.format == "dicom-mosaic");
        CHECK(info.size == std::array<int, 3> {64, 64, 35});
        CHECK(info.spacing[2] == Approx(3.6));
        // dcm2niix 1.0.20220720 on the same file: first voxel at LPS (-104, -144.868, -62.685)
        // (its RAS sform, row order flipped back), slices along (0, 0.108, 0.994).
        CHECK(info.origin[0] == Approx(-104.0).margin(0.01));
        CHECK(info.origin[1] == Approx(-144.868).margin(0.01));
        CHECK(info.origin[2] == Approx(-62.685).margin(0.01));
        CHECK(info.direction[5] == Approx(0.108).margin(0.001));
        CHECK(info.direction[8] == Approx(0.9942).margin(0.001));

        const Series series = loadSeries(info);
        REQUIRE(series.phases.size() == 1);
        const Volume &v = series.phases.front();
        if (reference.empty()) {
            reference = v.voxels;
            // Tile k of the mosaic is slice k: compare with the decoded mosaic itself.
            int columns = 0;
            int rows = 0;
            const std::vector<float> mosaic = readDicomPixels(file.string(), &columns, &rows);
            REQUIRE(columns == 384);
            for (const int k : {0, 7, 34}) {
                const int x0 = (k % 6) * 64, y0 = (k / 6) * 64;
                CHECK(v.at(10, 20, k) == mosaic[size_t(y0 + 20) * 384 + size_t(x0 + 10)]);
                CHECK(v.at(63, 63, k) == mosaic[size_t(y0 + 63) * 384 + size_t(x0 + 63)]);
            }
            int withSignal = 0;
            for (int k = 0; k < 35; ++k) {
                double sum = 0;
                for (int y = 0; y < 64; ++y) {
                    for (int x = 0; x < 64; ++x) {
                        sum += v.at(x, y, k);
                    }
                }
                withSignal += sum > 0 ? 1 : 0;
            }
            CHECK(withSignal >= 30); // the 36th, empty tile is not a slice
        } else {
            CHECK(v.voxels == reference); // every transfer syntax decodes to the same pixels
        }
    }
}

TEST_CASE("the CSA header parser reads SV10 blocks and survives damaged ones", "[mri][io][mosaic]")
{
    // One SV10 element "NumberOfImagesInMosaic" with one item "35".
    std::string block = "SV10\4\3\2\1";
    const auto int32 = [&](int32_t v) { block.append(reinterpret_cast<const char *>(&v), 4); };
    int32(1); // elements
    int32(77);
    std::string name = "NumberOfImagesInMosaic";
    name.resize(64, '\0');
    block += name;
    int32(1); // vm
    block += std::string("US\0\0", 4);
    int32(3); // syngodt
    int32(1); // items
    int32(77);
    int32(3); // item lengths: the second is the length
    int32(3);
    int32(77);
    int32(3);
    block += std::string("35\0\0", 4); // "35" + NUL, padded to four bytes
    const CsaHeader header = parseCsaHeader(block.data(), block.size());
    CHECK(csaNumbers(header, "NumberOfImagesInMosaic") == std::vector<double> {35});
    // Every truncation, and garbage, parse without reading past the end.
    for (size_t cut = 0; cut < block.size(); ++cut) {
        const std::string part = block.substr(0, cut);
        (void)parseCsaHeader(part.data(), part.size());
    }
    std::string garbage(block);
    for (size_t i = 8; i < garbage.size(); i += 3) {
        garbage[i] = char(0xff);
    }
    (void)parseCsaHeader(garbage.data(), garbage.size());
    CHECK(parseCsaHeader("xx", 2).empty());
}
