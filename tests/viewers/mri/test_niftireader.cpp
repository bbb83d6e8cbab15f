// SPDX-License-Identifier: Apache-2.0
// The one NIfTI reader: NIfTI-1 and NIfTI-2 written by the test (big- and little-endian, plain
// and gzip) give the same geometry, voxels and phase times; headers that lie are refused
// before anything is allocated.
#include <catch2/catch.hpp>

#include "viewers/mri/io/niftiloader.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <vector>

using namespace oncoview::mri;
namespace fs = std::filesystem;

namespace {

// A header writer for the test: fields at their standard offsets, in the chosen byte order.
struct Writer
{
    std::vector<unsigned char> bytes;
    bool bigEndian = false;

    template<typename T> void put(size_t offset, T value)
    {
        unsigned char b[sizeof(T)];
        std::memcpy(b, &value, sizeof(T));
        if (bigEndian == (std::endian::native == std::endian::little)) {
            std::reverse(b, b + sizeof(T));
        }
        if (bytes.size() < offset + sizeof(T)) {
            bytes.resize(offset + sizeof(T));
        }
        std::memcpy(bytes.data() + offset, b, sizeof(T));
    }
};

// 4 x 3 x 2 voxels, 3 volumes of int16 v = 100 * phase + index, stored with slope 2 and
// intercept -4; 1.5 x 2 x 3 mm, sform at (10, 20, 30), 90 s between volumes (in ms units).
constexpr int kVoxels = 4 * 3 * 2, kPhases = 3;

std::vector<unsigned char> nifti(int version, bool bigEndian, int64_t claimedZ = 2)
{
    Writer w;
    w.bigEndian = bigEndian;
    const double spacing[3] = {1.5, 2.0, 3.0};
    const int64_t dims[5] = {4, 4, 3, claimedZ, kPhases};
    if (version == 1) {
        w.put<int32_t>(0, 348);
        for (int i = 0; i < 5; ++i) {
            w.put<int16_t>(40 + 2 * i, int16_t(dims[i]));
        }
        w.put<int16_t>(70, 4); // int16
        w.put<int16_t>(72, 16);
        w.put<float>(76, 1.0f);
        for (int i = 0; i < 3; ++i) {
            w.put<float>(80 + 4 * i, float(spacing[i]));
        }
        w.put<float>(92, 90000.0f); // pixdim[4]: 90,000 ms
        w.put<float>(108, 352.0f);
        w.put<float>(112, 2.0f);
        w.put<float>(116, -4.0f);
        w.bytes.resize(348);
        w.bytes[123] = 2 | 16; // mm, ms
        w.put<int16_t>(254, 1); // sform_code
        for (int r = 0; r < 3; ++r) {
            w.put<float>(280 + 16 * r + 4 * r, float(spacing[r]));
            w.put<float>(280 + 16 * r + 12, float(10 * (r + 1)));
        }
        std::memcpy(w.bytes.data() + 344, "n+1", 4);
        w.bytes.resize(352);
    } else {
        w.put<int32_t>(0, 540);
        w.bytes.resize(544);
        std::memcpy(w.bytes.data() + 4, "n+2\0\r\n\032\n", 8);
        w.put<int16_t>(12, 4);
        w.put<int16_t>(14, 16);
        for (int i = 0; i < 5; ++i) {
            w.put<int64_t>(16 + 8 * i, dims[i]);
        }
        w.put<double>(104, 1.0);
        for (int i = 0; i < 3; ++i) {
            w.put<double>(112 + 8 * i, spacing[i]);
        }
        w.put<double>(136, 90000.0);
        w.put<int64_t>(168, 544);
        w.put<double>(176, 2.0);
        w.put<double>(184, -4.0);
        w.put<int32_t>(348, 1);
        for (int r = 0; r < 3; ++r) {
            w.put<double>(400 + 32 * r + 8 * r, spacing[r]);
            w.put<double>(400 + 32 * r + 24, double(10 * (r + 1)));
        }
        w.put<int32_t>(500, 2 | 16);
        w.bytes.resize(544);
    }
    for (int p = 0; p < kPhases; ++p) {
        for (int i = 0; i < kVoxels; ++i) {
            const size_t at = w.bytes.size();
            w.put<int16_t>(at, int16_t(100 * p + i));
        }
    }
    return w.bytes;
}

fs::path write(const fs::path &path, const std::vector<unsigned char> &bytes)
{
    if (path.extension() == ".gz") {
        gzFile f = gzopen(path.string().c_str(), "wb");
        gzwrite(f, bytes.data(), unsigned(bytes.size()));
        gzclose(f);
    } else {
        std::ofstream(path, std::ios::binary)
            .write(reinterpret_cast<const char *>(bytes.data()), std::streamsize(bytes.size()));
    }
    return path;
}

} // namespace

TEST_CASE("NIfTI-1 and NIfTI-2 go through one reader and agree", "[mri][io][nifti]")
{
    const fs::path dir = fs::temp_directory_path() / "oncoview-nifti-test";
    fs::create_directories(dir);
    const fs::path files[] = {
        write(dir / "one-le.nii", nifti(1, false)),
        write(dir / "one-be.nii.gz", nifti(1, true)),
        write(dir / "two-le.nii.gz", nifti(2, false)),
        write(dir / "two-be.nii", nifti(2, true)),
    };
    for (const fs::path &file : files) {
        INFO(file.filename().string());
        const SeriesInfo info = readNiftiInfo(file);
        CHECK(info.size == std::array<int, 3> {4, 3, 2});
        CHECK(info.phases == kPhases);
        CHECK(info.spacing[0] == Approx(1.5));
        CHECK(info.spacing[2] == Approx(3.0));
        // RAS (10, 20, 30) is LPS (-10, -20, 30).
        CHECK(info.origin == std::array<double, 3> {-10, -20, 30});
        // pixdim[4] in milliseconds (xyzt_units): 0, 90 and 180 s.
        REQUIRE(info.phaseSeconds.size() == size_t(kPhases));
        CHECK(info.phaseSeconds[1] == Approx(90.0));
        CHECK(info.phaseSeconds[2] == Approx(180.0));
        const Series series = loadNifti(info);
        REQUIRE(series.phases.size() == size_t(kPhases));
        CHECK(series.phases[2].voxels[5] == Approx(2.0 * 205 - 4.0)); // slope and intercept
        CHECK(series.phases[0].voxels[0] == Approx(-4.0));
    }
}

TEST_CASE("a NIfTI header that promises more than the file holds is refused", "[mri][io][nifti]")
{
    const fs::path dir = fs::temp_directory_path() / "oncoview-nifti-test";
    fs::create_directories(dir);
    // Claims 30,000 slices of 4 x 3 x 3 volumes: 2 MB of voxels in a file of a few hundred bytes.
    const fs::path liar = write(dir / "liar.nii", nifti(1, false, 30000));
    CHECK_THROWS_WITH(readNiftiInfo(liar), Catch::Contains("truncated"));
    // Claims (2^31 - 1)^3 x ... voxels: refused by size, before any allocation.
    std::vector<unsigned char> huge = nifti(2, false);
    for (int i = 1; i <= 3; ++i) {
        const int64_t big = (int64_t(1) << 31) - 1;
        std::memcpy(huge.data() + 16 + 8 * i, &big, 8);
    }
    CHECK_THROWS_WITH(readNiftiInfo(write(dir / "huge.nii.gz", huge)),
                      Catch::Contains("more than OncoView can hold"));
    // Truncated inside the voxels of a compressed file: a clear error at load time.
    std::vector<unsigned char> cut = nifti(2, false);
    cut.resize(cut.size() - 10);
    const SeriesInfo info = readNiftiInfo(write(dir / "cut.nii.gz", cut));
    CHECK_THROWS_WITH(loadNifti(info), Catch::Contains("truncated"));
}

TEST_CASE("a NIfTI-1 vox_offset that is no file offset is refused (fuzz)", "[mri][io][nifti]")
{
    // Found by fuzz_nifti (tests/fuzz/regressions/nifti/): vox_offset is a float in NIfTI-1,
    // and converting NaN or -2.3e20 to an integer offset was undefined behaviour.
    const fs::path dir = fs::temp_directory_path() / "oncoview-nifti-test";
    fs::create_directories(dir);
    for (const float offset : {std::numeric_limits<float>::quiet_NaN(), -2.3e20f, 1e30f,
                               -std::numeric_limits<float>::infinity()}) {
        INFO(offset);
        std::vector<unsigned char> bytes = nifti(1, false);
        std::memcpy(bytes.data() + 108, &offset, sizeof offset);
        const fs::path file = write(dir / "bad-offset.nii", bytes);
        CHECK_THROWS_WITH(readNiftiInfo(file),
                          Catch::Contains("vox_offset") || Catch::Contains("truncated"));
    }
}

TEST_CASE("a NIfTI dimension of 2^31 is refused, not wrapped to a negative size",
          "[mri][io][nifti]")
{
    const fs::path dir = fs::temp_directory_path() / "oncoview-nifti-test";
    fs::create_directories(dir);
    std::vector<unsigned char> bytes = nifti(2, false);
    const int64_t big = int64_t(1) << 31;
    std::memcpy(bytes.data() + 16 + 8, &big, sizeof big); // dim[1]
    CHECK_THROWS_WITH(readNiftiInfo(write(dir / "wide.nii.gz", bytes)),
                      Catch::Contains("dimension 1 is 2147483648"));
}

TEST_CASE("a small NIfTI file claiming millions of volumes or gigabytes is refused (fuzz)",
          "[mri][io][nifti]")
{
    // Found by fuzz_nifti (tests/fuzz/regressions/nifti/): 762 bytes with an unknown datatype
    // (so no size check ran) and 2^25 volumes made readNiftiInfo build 2^25 labels and file
    // lists; a .nii.gz was never compared with what it can hold.
    const fs::path dir = fs::temp_directory_path() / "oncoview-nifti-test";
    fs::create_directories(dir);
    const auto withDims
        = [](std::vector<unsigned char> bytes, std::array<int64_t, 4> dims, int16_t datatype) {
              const int64_t rank = 4;
              std::memcpy(bytes.data() + 16, &rank, sizeof rank);
              std::memcpy(bytes.data() + 24, dims.data(), sizeof dims);
              std::memcpy(bytes.data() + 12, &datatype, sizeof datatype);
              return bytes;
          };
    const std::vector<unsigned char> small = nifti(2, false);
    CHECK_THROWS_WITH(
        readNiftiInfo(write(dir / "volumes.nii", withDims(small, {4, 3, 2, 1 << 25}, -1))),
        Catch::Contains("33554432 volumes"));
    // An unknown datatype still takes a bit per voxel: 60,000 volumes do not fit.
    CHECK_THROWS_WITH(
        readNiftiInfo(write(dir / "unknown.nii", withDims(small, {1, 1, 1, 60000}, -1))),
        Catch::Contains("truncated"));
    // 128 MiB of int16 voxels cannot come out of a few hundred compressed bytes.
    CHECK_THROWS_WITH(
        readNiftiInfo(write(dir / "claim.nii.gz", withDims(small, {1024, 1024, 64, 1}, 4))),
        Catch::Contains("compressed bytes can hold"));
}
