// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/niftiloader.h"

#include "viewers/mri/io/niftiheader.h"

#include "viewers/mri/io/seriesgeometry.h"

#include <zlib.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>

namespace oncoview::mri {

namespace {

// "3.5e+13": a count that no integer type may hold (it can pass 2^64) in a short form.
std::string voxelCountText(double voxels)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.3g", voxels);
    return text;
}

using nifti::field;
using nifti::niftiAffine;
using nifti::NiftiHeader;
using nifti::parseHeader;

using GzFile = std::unique_ptr<gzFile_s, decltype(&gzclose)>;

GzFile openGz(const std::string &file)
{
    GzFile f(gzopen(file.c_str(), "rb"), &gzclose);
    if (!f) {
        throw LoadError(file, "cannot open file");
    }
    return f;
}

// Seconds per unit of pixdim[4] from xyzt_units, or nothing when the 4th axis is not time.
std::optional<double> secondsPerTimeUnit(int xyztUnits)
{
    switch (xyztUnits & 0x38) {
    case 8: // NIFTI_UNITS_SEC
        return 1.0;
    case 16: // NIFTI_UNITS_MSEC
        return 1e-3;
    case 24: // NIFTI_UNITS_USEC
        return 1e-6;
    default: // unknown, or Hz / ppm / rad/s: not a time axis
        return std::nullopt;
    }
}

// Phase times from pixdim[4] (the time step) and xyzt_units, as dcm2niix writes them.
void readPhaseTimes(const NiftiHeader &n, SeriesInfo &info)
{
    if (info.phases < 2 || !(n.pixdim[4] > 0) || !std::isfinite(n.pixdim[4])) {
        return;
    }
    std::optional<double> unit = secondsPerTimeUnit(n.xyztUnits);
    if (!unit && (n.xyztUnits & 0x38) == 0) {
        unit = 1.0; // the unit is not given: seconds, as the standard's default space is mm
        info.warnings.push_back("NIfTI time unit not given (xyzt_units): time step read as "
                                "seconds");
    }
    if (!unit) {
        return;
    }
    for (int p = 0; p < info.phases; ++p) {
        info.phaseSeconds.push_back(double(p) * n.pixdim[4] * *unit);
    }
}

int bytesPer(int datatype);

SeriesInfo niftiInfo(const std::string &file, const NiftiHeader &n, int version)
{
    const std::string what = version == 1 ? "NIfTI-1" : "NIfTI-2";
    if (n.dim[0] < 2 || n.dim[0] > 4) {
        throw LoadError(file,
                        what + " with " + std::to_string(n.dim[0])
                            + " dimensions: only 2D, 3D and 4D are supported");
    }
    double voxels = 1.0;
    for (int i = 1; i <= n.dim[0]; ++i) {
        // Sizes are held as int: 2^31 itself would wrap to a negative size.
        if (n.dim[i] < 1 || n.dim[i] > std::numeric_limits<int>::max()) {
            throw LoadError(
                file, what + " dimension " + std::to_string(i) + " is " + std::to_string(n.dim[i]));
        }
        voxels *= double(n.dim[i]);
    }
    // Every volume gets a label and a file entry before a voxel is read: a small header must not
    // make the scan allocate millions of them (1x1x1 voxels x 2^31 volumes passes the size test).
    constexpr int64_t kMaxVolumes = 65536;
    if (n.dim[0] == 4 && n.dim[4] > kMaxVolumes) {
        throw LoadError(file,
                        what + " with " + std::to_string(n.dim[4]) + " volumes: OncoView opens "
                            + std::to_string(kMaxVolumes) + " at most");
    }
    if (n.voxOffset < 0) {
        throw LoadError(file, what + " vox_offset is no file offset (negative, huge or NaN)");
    }
    // Sizes come from the header: check them before anything is allocated.
    const int bytes = bytesPer(n.datatype);
    if (voxels * 4.0 > double(int64_t(1) << 40)) {
        throw LoadError(file,
                        what + " header announces " + voxelCountText(voxels)
                            + " voxels, more than OncoView can hold (1 TiB as float)");
    }
    // A datatype the loader does not read (it says so at load time) still stores at least one
    // bit per voxel (DT_BINARY): the size checks below hold for it too.
    const double minBytes = bytes > 0 ? double(bytes) : 0.125;
    std::error_code ec;
    const auto fileSize = std::filesystem::file_size(file, ec);
    const bool compressed = file.size() > 3 && file.compare(file.size() - 3, 3, ".gz") == 0;
    if (!ec && !compressed && double(n.voxOffset) + voxels * minBytes > double(fileSize)) {
        throw LoadError(file,
                        what + " file is truncated: the header announces "
                            + std::to_string(int64_t(voxels * minBytes)) + " bytes of voxels, "
                            + "the file has " + std::to_string(fileSize));
    }
    // Deflate compresses 1032:1 at best, so a .nii.gz holds at most that many times its size:
    // a compressed file of a few hundred bytes that claims gigabytes is refused here, not by
    // the allocation of a volume's buffer at load time.
    constexpr double kMaxDeflateRatio = 1032.0;
    if (!ec && compressed && voxels * minBytes > double(fileSize) * kMaxDeflateRatio) {
        throw LoadError(file,
                        what + " file is truncated: the header announces "
                            + std::to_string(int64_t(voxels * minBytes))
                            + " bytes of voxels, more than its " + std::to_string(fileSize)
                            + " compressed bytes can hold");
    }
    SeriesInfo info;
    info.format = "nifti";
    double m[3][3], t[3];
    niftiAffine(n, m, t);
    for (int c = 0; c < 3; ++c) {
        info.size[size_t(c)] = c < n.dim[0] ? int(n.dim[c + 1]) : 1;
        const double len = std::sqrt(m[0][c] * m[0][c] + m[1][c] * m[1][c] + m[2][c] * m[2][c]);
        info.spacing[size_t(c)] = len > 0 ? len : 1.0;
        for (int r = 0; r < 3; ++r) {
            // RAS -> LPS flips the first two patient axes.
            const double sign = r < 2 ? -1.0 : 1.0;
            info.direction[size_t(r * 3 + c)] = len > 0 ? sign * m[r][c] / len : (r == c);
        }
    }
    info.origin = {-t[0], -t[1], t[2]};
    info.phases = n.dim[0] == 4 ? int(std::max<int64_t>(1, n.dim[4])) : 1;
    readPhaseTimes(n, info);
    return info;
}

template<typename T>
void convert(const std::vector<unsigned char> &raw, bool swap, VoxelBuffer &out)
{
    const size_t n = raw.size() / sizeof(T);
    out.resize(n);
    for (size_t i = 0; i < n; ++i) {
        out[i] = float(field<T>(raw.data(), i * sizeof(T), swap));
    }
}

int bytesPer(int datatype)
{
    switch (datatype) {
    case 2:
    case 256:
        return 1;
    case 4:
    case 512:
        return 2;
    case 8:
    case 16:
    case 768:
        return 4;
    case 64:
    case 1024:
    case 1280:
        return 8;
    default:
        return 0;
    }
}

void convertAny(int datatype, const std::vector<unsigned char> &raw, bool swap, VoxelBuffer &out)
{
    switch (datatype) {
    case 2:
        return convert<uint8_t>(raw, swap, out);
    case 256:
        return convert<int8_t>(raw, swap, out);
    case 4:
        return convert<int16_t>(raw, swap, out);
    case 512:
        return convert<uint16_t>(raw, swap, out);
    case 8:
        return convert<int32_t>(raw, swap, out);
    case 768:
        return convert<uint32_t>(raw, swap, out);
    case 16:
        return convert<float>(raw, swap, out);
    case 64:
        return convert<double>(raw, swap, out);
    case 1024:
        return convert<int64_t>(raw, swap, out);
    default:
        return convert<uint64_t>(raw, swap, out);
    }
}

// Reads the NIfTI header bytes; returns 1 or 2 (version) and whether fields need swapping.
int niftiVersion(const std::string &file, unsigned char *hdr, bool &swap)
{
    GzFile f = openGz(file);
    const int got = gzread(f.get(), hdr, 540);
    if (got < 348) {
        throw LoadError(file, "not a NIfTI file: shorter than a NIfTI header");
    }
    for (bool s : {false, true}) {
        const int32_t size = field<int32_t>(hdr, 0, s);
        if (size == 348 || (size == 540 && got == 540)) {
            swap = s;
            return size == 348 ? 1 : 2;
        }
    }
    throw LoadError(file, "not a NIfTI file: header size field is neither 348 nor 540");
}

void checkCancel(const std::atomic<bool> *cancel, const std::string &file)
{
    if (cancel && cancel->load()) {
        throw LoadCancelled(file);
    }
}

} // namespace

SeriesInfo readNiftiInfo(const std::filesystem::path &path)
{
    const std::string file = path.string();
    unsigned char hdr[540] = {};
    bool swap = false;
    const int version = niftiVersion(file, hdr, swap);
    SeriesInfo info = niftiInfo(file, parseHeader(version, hdr, swap), version);
    if (info.size[0] <= 0 || info.size[1] <= 0 || info.size[2] <= 0 || info.phases <= 0) {
        throw LoadError(file, "NIfTI header has an empty dimension");
    }
    info.uid = file;
    info.description = path.filename().string();
    info.modality = "MR";
    DicomHeader named; // the file name is the only description a NIfTI file has
    named.description = info.description;
    info.role = guessRole(named, 1, false);
    info.phaseFiles.assign(size_t(info.phases), {file});
    for (int p = 0; p < info.phases; ++p) {
        info.phaseLabels.push_back(info.phases > 1 ? "volume " + std::to_string(p + 1) : "");
    }
    return info;
}

namespace {

// gzread takes an unsigned count and returns an int: a volume of 2 GiB or more is read in
// pieces, each well under that limit.
bool readFully(gzFile file, unsigned char *data, size_t bytes)
{
    constexpr size_t kChunk = size_t(1) << 30;
    for (size_t done = 0; done < bytes;) {
        const unsigned want = unsigned(std::min(kChunk, bytes - done));
        const int got = gzread(file, data + done, want);
        if (got <= 0) {
            return false;
        }
        done += size_t(got);
    }
    return true;
}

Series loadVolumes(const SeriesInfo &info, const std::string &file, const NiftiHeader &n,
                   const ProgressFn &progress, const std::atomic<bool> *cancel)
{
    const bool swap = n.swap;
    const int bpv = bytesPer(n.datatype);
    if (bpv == 0) {
        throw LoadError(file,
                        "NIfTI datatype " + std::to_string(n.datatype)
                            + " is not a supported scalar type");
    }
    GzFile f = openGz(file);
    if (n.voxOffset < 0 || gzseek(f.get(), z_off_t(n.voxOffset), SEEK_SET) < 0) {
        throw LoadError(file, "NIfTI vox_offset lies beyond the end of the file");
    }
    const size_t perVolume = size_t(info.size[0]) * size_t(info.size[1]) * size_t(info.size[2]);
    const bool scale = n.slope != 0 && std::isfinite(n.slope) && std::isfinite(n.inter)
        && (n.slope != 1 || n.inter != 0);
    Series series {info, {}};
    std::vector<unsigned char> raw(perVolume * size_t(bpv));
    for (int p = 0; p < info.phases; ++p) {
        checkCancel(cancel, file);
        if (!readFully(f.get(), raw.data(), raw.size())) {
            throw LoadError(
                file, "NIfTI file is truncated (volume " + std::to_string(p + 1) + " incomplete)");
        }
        Volume v {info.size, info.spacing, info.origin, info.direction, {}};
        convertAny(n.datatype, raw, swap, v.voxels);
        if (scale) {
            for (float &x : v.voxels) {
                x = float(x * n.slope + n.inter);
            }
        }
        series.phases.push_back(std::move(v));
        if (progress) {
            progress(p + 1, info.phases);
        }
    }
    return series;
}

} // namespace

Series loadNifti(const SeriesInfo &info, const ProgressFn &progress,
                 const std::atomic<bool> *cancel)
{
    if (info.phaseFiles.empty() || info.phaseFiles.front().empty()) {
        throw LoadError(info.uid, "series lists no file");
    }
    const std::string file = info.phaseFiles.front().front();
    checkCancel(cancel, file);
    unsigned char hdr[540] = {};
    bool swap = false;
    const int version = niftiVersion(file, hdr, swap);
    return loadVolumes(info, file, parseHeader(version, hdr, swap), progress, cancel);
}

} // namespace oncoview::mri
