// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/rawpixels.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace oncoview::mri {

namespace {

constexpr const char *kImplicitLittle = "1.2.840.10008.1.2";
constexpr const char *kExplicitLittle = "1.2.840.10008.1.2.1";

template<typename T>
void convert(const uint8_t *bytes, size_t voxels, const RawPixels &raw, float *dest)
{
    const bool mask = !raw.isSigned && raw.bitsStored < raw.bitsAllocated;
    const uint64_t keep = (uint64_t(1) << raw.bitsStored) - 1;
    for (size_t i = 0; i < voxels; ++i) {
        T v;
        std::memcpy(&v, bytes + i * sizeof(T), sizeof(T));
        if (mask) {
            v = T(uint64_t(v) & keep);
        }
        dest[i] = float(double(v) * raw.slope + raw.intercept);
    }
}

} // namespace

// The Pixel Data element near `at`, where the header read stopped (GDCM leaves the stream at
// the element's tag or just past its header, depending on the version): its value offset and
// length. Little-endian explicit (tag, VR, 2 reserved bytes, 32-bit length) or implicit (tag,
// 32-bit length).
void locatePixelValue(const std::filesystem::path &file, size_t at, size_t size, DicomHeader &h)
{
    std::ifstream in(file, std::ios::binary);
    for (const size_t back : {size_t(0), size_t(12), size_t(8)}) {
        unsigned char e[12] = {};
        if (at < back || !in.seekg(std::streamoff(at - back))
            || !in.read(reinterpret_cast<char *>(e), sizeof e)) {
            in.clear();
            continue;
        }
        if (!(e[0] == 0xe0 && e[1] == 0x7f && e[2] == 0x10 && e[3] == 0x00)) {
            continue;
        }
        const bool explicitVr
            = (e[4] == 'O' && (e[5] == 'B' || e[5] == 'W')) || (e[4] == 'U' && e[5] == 'N');
        if ((back == 12 && !explicitVr) || (back == 8 && explicitVr)) {
            continue;
        }
        const unsigned char *length = explicitVr ? e + 8 : e + 4;
        const uint64_t value = uint64_t(length[0]) | uint64_t(length[1]) << 8
            | uint64_t(length[2]) << 16 | uint64_t(length[3]) << 24;
        const uint64_t offset = at - back + (explicitVr ? 12 : 8);
        if (value != 0xffffffffu && offset + value <= size) {
            h.pixelValueOffset = offset;
            h.pixelValueLength = value;
        }
        return;
    }
}

std::optional<RawPixels> rawPixelsOf(const DicomHeader &h)
{
    const bool plain = h.transferSyntax == kImplicitLittle || h.transferSyntax == kExplicitLittle;
    const bool depth = h.bitsAllocated == 8 || h.bitsAllocated == 16 || h.bitsAllocated == 32;
    const size_t expected
        = size_t(h.rows) * size_t(h.columns) * size_t(std::max(h.bitsAllocated, 8) / 8);
    if (!plain || !depth || h.encapsulated || h.numberOfFrames != 1 || h.samplesPerPixel != 1
        || h.pixelValueOffset == 0 || h.pixelValueLength < expected
        || (h.pixelRepresentation == 1 && h.bitsStored != h.bitsAllocated) || h.bitsStored <= 0
        || h.bitsStored > h.bitsAllocated || h.mosaicImages > 1) {
        return std::nullopt;
    }
    RawPixels raw;
    raw.offset = h.pixelValueOffset;
    raw.length = expected;
    raw.bitsAllocated = h.bitsAllocated;
    raw.bitsStored = h.bitsStored;
    raw.isSigned = h.pixelRepresentation == 1;
    raw.slope = h.rescaleSlope.value_or(1.0);
    raw.intercept = h.rescaleIntercept.value_or(0.0);
    raw.fileSize = h.fileSize;
    return raw;
}

bool readRawPixels(const std::string &file, const RawPixels &raw, size_t voxels, float *dest)
{
    if (raw.length < voxels * size_t(raw.bitsAllocated / 8)) {
        return false;
    }
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    struct stat info
    {
    };
    std::vector<uint8_t> bytes(raw.length);
    size_t done = 0;
    bool ok = ::fstat(fd, &info) == 0 && uint64_t(info.st_size) == raw.fileSize;
    while (ok && done < bytes.size()) {
        const ssize_t n
            = ::pread(fd, bytes.data() + done, bytes.size() - done, off_t(raw.offset + done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        ok = n > 0;
        done += ok ? size_t(n) : 0;
    }
    ::close(fd);
    if (!ok) {
        return false;
    }
    switch (raw.bitsAllocated * (raw.isSigned ? -1 : 1)) {
    case 8:
        convert<uint8_t>(bytes.data(), voxels, raw, dest);
        break;
    case -8:
        convert<int8_t>(bytes.data(), voxels, raw, dest);
        break;
    case 16:
        convert<uint16_t>(bytes.data(), voxels, raw, dest);
        break;
    case -16:
        convert<int16_t>(bytes.data(), voxels, raw, dest);
        break;
    case 32:
        convert<uint32_t>(bytes.data(), voxels, raw, dest);
        break;
    case -32:
        convert<int32_t>(bytes.data(), voxels, raw, dest);
        break;
    default:
        return false;
    }
    return true;
}

} // namespace oncoview::mri
