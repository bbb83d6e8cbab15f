#include "viewers/mri/io/rawpixels.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
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
