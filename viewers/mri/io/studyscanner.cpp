// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/studyscanner.h"

#include "viewers/mri/io/dicomtags.h"
#include "viewers/mri/io/enhancedgeometry.h"
#include "viewers/mri/io/mosaic.h"
#include "viewers/mri/io/niftiloader.h"
#include "viewers/mri/io/parametricmap.h"
#include "viewers/mri/io/phaseseriesgrouping.h"
#include "viewers/mri/io/rawpixels.h"
#include "viewers/mri/io/segmentation.h"
#include "viewers/mri/io/segmentationscan.h"
#include "viewers/mri/io/seriesgeometry.h"
#include "viewers/mri/io/seriesloader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include <sys/vfs.h>

namespace oncoview::mri {

namespace {

namespace fs = std::filesystem;

// procfs, sysfs, devtmpfs/devpts, debugfs, tracefs, cgroup, securityfs, bpf.
bool isKernelFileSystem(const fs::path &folder)
{
    struct statfs info
    {
    };
    if (::statfs(folder.c_str(), &info) != 0) {
        return false;
    }
    switch (static_cast<unsigned long>(info.f_type)) {
    case 0x9fa0: // PROC_SUPER_MAGIC
    case 0x62656572: // SYSFS_MAGIC
    case 0x1cd1: // DEVPTS_SUPER_MAGIC
    case 0x64626720: // DEBUGFS_MAGIC
    case 0x74726163: // TRACEFS_MAGIC
    case 0x27e0eb: // CGROUP_SUPER_MAGIC
    case 0x63677270: // CGROUP2_SUPER_MAGIC
    case 0x73636673: // SECURITYFS_MAGIC
    case 0xcafe4a11: // BPF_FS_MAGIC
        return true;
    default:
        return false;
    }
}

std::vector<fs::path> listFiles(const fs::path &root, std::vector<SkippedFile> &skipped)
{
    std::vector<fs::path> files;
    std::error_code ec;
    if (!fs::is_directory(root, ec)) {
        files.push_back(root);
        return files;
    }
    if (isKernelFileSystem(root)) {
        skipped.push_back({root.string(), "a kernel file system (/proc, /sys, /dev…): no images"});
        return files;
    }
    const auto options = fs::directory_options::skip_permission_denied;
    for (auto it = fs::recursive_directory_iterator(root, options, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') { // hidden files and folders (.DS_Store, .git)
            if (it->is_directory(ec)) {
                it.disable_recursion_pending();
            }
            continue;
        }
        // The kernel's own file systems hold no images, and some of their files block a
        // reader for ever: a study opened at "/" must not walk into them.
        if (it->is_directory(ec) && isKernelFileSystem(it->path())) {
            it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file(ec)) {
            files.push_back(it->path());
        }
    }
    if (ec) {
        skipped.push_back({root.string(), "folder could not be fully listed: " + ec.message()});
    }
    std::sort(files.begin(), files.end());
    return files;
}

// Images of one UID that differ in size or orientation cannot share a volume.
std::string shapeKey(const DicomHeader &h)
{
    std::string key = std::to_string(h.rows) + "x" + std::to_string(h.columns);
    if (h.orientation) {
        for (double v : *h.orientation) {
            key += ":" + std::to_string(std::lround(v * 1000));
        }
    }
    return key;
}

struct Group
{
    std::string uid;
    std::vector<DicomHeader> headers;
};

void addHeader(DicomHeader h, std::map<std::string, std::map<std::string, Group>> &byUid)
{
    // Files without a SeriesInstanceUID are grouped per folder.
    std::string uid
        = h.seriesUid.empty() ? "no-uid:" + fs::path(h.file).parent_path().string() : h.seriesUid;
    Group &g = byUid[uid][shapeKey(h)];
    g.uid = uid;
    g.headers.push_back(std::move(h));
}

SeriesInfo seriesFromGroup(Group &g, const std::string &uid, bool splitByShape)
{
    SeriesInfo info;
    const DicomHeader &first = g.headers.front();
    info.uid = uid;
    info.studyUid = first.studyUid;
    info.identity = first.identity;
    info.description = first.description.empty() ? first.protocolName : first.description;
    info.modality = first.modality;
    info.seriesNumber = first.seriesNumber;
    info.format = "dicom";
    if (splitByShape) {
        info.warnings.push_back("series " + g.uid
                                + " holds images of different size or "
                                  "orientation; split into separate series");
    }
    for (const DicomHeader &h : g.headers) {
        if (const auto raw = rawPixelsOf(h)) {
            info.rawPixels.emplace(h.file, *raw);
        }
    }
    if (first.mosaicImages > 1 && first.numberOfFrames == 1) {
        buildMosaicGeometry(std::move(g.headers), info);
    } else {
        buildSeriesGeometry(std::move(g.headers), info);
    }
    return info;
}

// Uncompressed pixel data shorter than Rows x Columns x frames says the file was cut off.
std::string truncation(const DicomHeader &h)
{
    if (h.encapsulated || h.bitsAllocated <= 0) {
        return {};
    }
    // In bits: a BINARY segmentation packs eight pixels per byte.
    const size_t expected = (size_t(h.rows) * size_t(h.columns) * size_t(h.numberOfFrames)
                                 * size_t(h.samplesPerPixel) * size_t(h.bitsAllocated)
                             + 7)
        / 8;
    if (h.bytesAfterHeader >= expected) {
        return {};
    }
    return "truncated file: Pixel Data needs " + std::to_string(expected) + " bytes, only "
        + std::to_string(h.bytesAfterHeader) + " present";
}

// Sizes from the header are checked before anything decodes them: a 10 KB file claiming
// 65535 x 65535 pixels made the decoder allocate 17 GB. Real MR files decode to far less than
// this per file, and no compression of real images reaches this ratio at this size.
constexpr double kMaxDecodedBytes = 4.0 * (1 << 30);
constexpr double kLargeDecode = 256.0 * (1 << 20);
constexpr double kMaxCompressionRatio = 1000.0;

std::string sizeProblem(const DicomHeader &h)
{
    // In double: the product of four header fields may pass 2^64.
    const double decoded = double(h.rows) * double(h.columns) * double(h.numberOfFrames)
        * double(std::max(1, h.samplesPerPixel)) * double(std::max(8, h.bitsAllocated)) / 8.0;
    const auto megabytes = [](double bytes) {
        char text[32];
        std::snprintf(text, sizeof text, "%.0f MB", bytes / (1 << 20));
        return std::string(text);
    };
    if (decoded > kMaxDecodedBytes) {
        return "the header claims " + std::to_string(h.rows) + " x " + std::to_string(h.columns)
            + " pixels in " + std::to_string(h.numberOfFrames) + " frame(s), " + megabytes(decoded)
            + " once decoded: more than OncoView reads from one file ("
            + megabytes(kMaxDecodedBytes) + ")";
    }
    if (h.encapsulated && decoded > kLargeDecode
        && decoded > kMaxCompressionRatio * double(std::max<size_t>(h.bytesAfterHeader, 1))) {
        return "the header claims " + megabytes(decoded) + " of pixels from only "
            + std::to_string(h.bytesAfterHeader)
            + " bytes of compressed data: the header is corrupt";
    }
    return {};
}

struct ScanState
{
    std::map<std::string, std::map<std::string, Group>> byUid;
    std::map<std::string, std::string> fileBySop; // SOPInstanceUID -> first file holding it
};

// The same instance exported twice (or in several transfer syntaxes) is one image, not a phase.
bool isDuplicate(const DicomHeader &h, StudyScan &scan, ScanState &state)
{
    if (h.sopInstanceUid.empty()) {
        return false;
    }
    const auto [it, inserted] = state.fileBySop.emplace(h.sopInstanceUid, h.file);
    if (!inserted) {
        scan.skipped.push_back({h.file, "duplicate of " + it->second + " (same SOPInstanceUID)"});
    }
    return !inserted;
}

void scanOne(const fs::path &file, StudyScan &scan, ScanState &state)
{
    if (isNiftiPath(file)) {
        try {
            scan.series.push_back(readNiftiInfo(file));
        } catch (const LoadError &e) {
            scan.skipped.push_back({file.string(), e.reason()});
        }
        return;
    }
    HeaderResult r = readDicomHeader(file);
    if (!r.header) {
        scan.skipped.push_back({file.string(), r.error});
        return;
    }
    DicomHeader &h = *r.header;
    if (!h.hasPixelData) {
        scan.skipped.push_back({file.string(),
                                "DICOM file without Pixel Data (7FE0,0010): "
                                "not an image"});
    } else if (h.rows <= 0 || h.columns <= 0) {
        scan.skipped.push_back({file.string(), "DICOM image without Rows/Columns"});
    } else if (const std::string why = truncation(h); !why.empty()) {
        scan.skipped.push_back({file.string(), why});
    } else if (const std::string size = sizeProblem(h); !size.empty()) {
        scan.skipped.push_back({file.string(), size});
    } else if (isDuplicate(h, scan, state)) {
        return;
    } else if (h.numberOfFrames > 1) {
        try {
            std::vector<SeriesInfo> found = readMultiFrameSeries(h);
            if (h.sopClassUid == kSegmentationStorageUid && !found.empty()) {
                // One label volume whatever the segments and frames: said to be a
                // segmentation, never passed off as an image of the patient.
                found.resize(1);
                describeSegmentation(found.front());
            } else if (h.sopClassUid == kParametricMapStorageUid && !found.empty()) {
                found.resize(1);
                describeParametricMap(found.front());
            }
            for (SeriesInfo &info : found) {
                scan.series.push_back(std::move(info));
            }
        } catch (const LoadError &e) {
            scan.skipped.push_back({file.string(), e.reason()});
        }
    } else {
        addHeader(std::move(h), state.byUid);
    }
}

// A single DICOM file is cheap to decode, so a probe of one file can tell a header that
// parses from pixels that do not (a folder scan leaves that to loadSeries).
void trialDecode(StudyScan &scan)
{
    try {
        loadSeries(scan.series.front());
    } catch (const LoadError &e) {
        scan.skipped.push_back({e.file(), e.reason()});
        scan.series.clear();
    }
}

bool seriesBefore(const SeriesInfo &a, const SeriesInfo &b)
{
    const double na = std::atof(a.seriesNumber.c_str()), nb = std::atof(b.seriesNumber.c_str());
    return na != nb ? na < nb : a.uid < b.uid;
}

} // namespace

bool isNiftiPath(const fs::path &file)
{
    std::string name = file.filename().string();
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    const auto endsWith = [&](const std::string &s) {
        return name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0;
    };
    return endsWith(".nii") || endsWith(".nii.gz");
}

StudyScan scanStudy(const fs::path &folderOrFile, const ProgressFn &progress,
                    const std::atomic<bool> *cancel, const ScanOptions &options)
{
    StudyScan scan;
    std::error_code ec;
    if (!fs::exists(folderOrFile, ec)) {
        scan.skipped.push_back({folderOrFile.string(), "no such file or folder"});
        return scan;
    }
    quietGdcm();
    const auto files
        = options.onlyFiles.empty() ? listFiles(folderOrFile, scan.skipped) : options.onlyFiles;
    ScanState state;
    const int total = int(files.size());
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load()) {
            break;
        }
        scanOne(files[size_t(i)], scan, state);
        if (progress) {
            progress(i + 1, total);
        }
    }
    for (auto &[uid, shapes] : state.byUid) {
        int part = 0;
        for (auto &[shape, group] : shapes) {
            const std::string id = part == 0 ? uid : uid + "#" + std::to_string(part + 1);
            scan.series.push_back(seriesFromGroup(group, id, shapes.size() > 1));
            ++part;
        }
    }
    // Always: files sharing one Series Instance UID are one series by definition.
    groupEnhancedVolumes(scan.series);
    std::stable_sort(scan.series.begin(), scan.series.end(), seriesBefore);
    if (options.groupPhaseSeries) {
        groupPhaseSeries(scan.series);
    }
    resolveDerivedReferences(scan.series, state.fileBySop);
    if (files.size() == 1 && scan.series.size() == 1 && scan.series.front().format != "nifti") {
        trialDecode(scan);
    }
    return scan;
}

} // namespace oncoview::mri
