// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/mosaic.h"

#include "viewers/mri/io/loaderror.h"
#include "viewers/mri/io/phasetimes.h"
#include "viewers/mri/io/seriesgeometry.h"
#include "viewers/mri/io/seriesloader.h"
#include "viewers/mri/io/vec3.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

namespace oncoview::mri {

namespace {

using namespace geometry;

// Phase order: Acquisition Number, then Instance Number, then acquisition time.
bool phaseBefore(const DicomHeader &a, const DicomHeader &b)
{
    const auto key = [](const DicomHeader &h) {
        return std::make_tuple(h.acquisitionNumber.value_or(0), h.instanceNumber.value_or(0),
                               h.acquisitionTime.value_or(0));
    };
    return key(a) < key(b);
}

std::string bLabel(double b)
{
    std::ostringstream label;
    label << "b=" << b;
    return label.str();
}

} // namespace

int mosaicTilesPerSide(int images)
{
    return images <= 0 ? 0 : int(std::ceil(std::sqrt(double(images)) - 1e-9));
}

void buildMosaicGeometry(std::vector<DicomHeader> headers, SeriesInfo &info)
{
    std::stable_sort(headers.begin(), headers.end(), phaseBefore);
    const DicomHeader &first = headers.front();
    const int side = mosaicTilesPerSide(first.mosaicImages);
    info.format = "dicom-mosaic";
    info.size = {first.columns / side, first.rows / side, first.mosaicImages};
    const auto [row, column] = rowColumnDirections(first.orientation);
    const Vec3 normal = first.sliceNormal ? normalized(*first.sliceNormal) : cross(row, column);
    const double dy = first.pixelSpacing ? (*first.pixelSpacing)[0] : 1.0;
    const double dx = first.pixelSpacing ? (*first.pixelSpacing)[1] : 1.0;
    const double dz = first.spacingBetweenSlices.value_or(first.sliceThickness.value_or(1.0));
    info.spacing = {dx, dy, dz > 0 ? dz : 1.0};
    // Image Position names the mosaic's corner; the first tile is centred in the same field.
    const double shiftColumns = (first.columns - info.size[0]) / 2.0 * dx;
    const double shiftRows = (first.rows - info.size[1]) / 2.0 * dy;
    const Vec3 corner = first.position.value_or(Vec3 {0, 0, 0});
    for (size_t r = 0; r < 3; ++r) {
        info.origin[r] = corner[r] + row[r] * shiftColumns + column[r] * shiftRows;
        info.direction[r * 3] = row[r];
        info.direction[r * 3 + 1] = column[r];
        info.direction[r * 3 + 2] = normal[r];
    }
    if (!first.position || !first.orientation || !first.pixelSpacing) {
        info.warnings.push_back("mosaic without position, orientation or pixel spacing: "
                                "its placement in the patient is a guess");
    }
    info.phases = int(headers.size());
    std::set<double> bValues;
    for (const DicomHeader &h : headers) {
        info.phaseFiles.push_back({h.file});
        if (h.bValue) {
            bValues.insert(*h.bValue);
        }
    }
    info.role = guessRole(first, info.phases, bValues.size() > 1);
    for (const DicomHeader &h : headers) {
        if (!bValues.empty()) {
            info.bValues.push_back(h.bValue.value_or(0.0));
            info.phaseLabels.push_back(bLabel(h.bValue.value_or(0.0)));
        }
        if (h.gradientDirection) {
            info.gradientDirections.push_back(*h.gradientDirection);
        }
    }
    if (info.gradientDirections.size() != headers.size()) {
        info.gradientDirections.clear();
    }
    const auto time = [&](std::size_t, int p) { return headers[size_t(p)].acquisitionTime; };
    info.phaseSeconds = phaseStartSeconds(1, info.phases, {time});
    if (info.phaseLabels.empty()) {
        for (int p = 0; p < info.phases; ++p) {
            info.phaseLabels.push_back(p < int(info.phaseSeconds.size())
                                           ? "t=" + fmt(info.phaseSeconds[size_t(p)]) + " s"
                                           : std::to_string(p + 1));
        }
    }
    if (side * side < first.mosaicImages || info.size[0] <= 0 || info.size[1] <= 0) {
        info.warnings.push_back("mosaic of " + std::to_string(first.mosaicImages)
                                + " images does not fit its " + std::to_string(first.columns) + "x"
                                + std::to_string(first.rows) + " pixels");
    }
}

Series loadMosaicSeries(const SeriesInfo &info, const ProgressFn &progress,
                        const std::atomic<bool> *cancel)
{
    const int tileColumns = info.size[0], tileRows = info.size[1], images = info.size[2];
    const int side = mosaicTilesPerSide(images);
    Series series {info, {}};
    for (size_t p = 0; p < info.phaseFiles.size(); ++p) {
        const std::string &file = info.phaseFiles[p].front();
        if (cancel && cancel->load()) {
            throw LoadCancelled(file);
        }
        int columns = 0;
        int rows = 0;
        const std::vector<float> mosaic = readDicomPixels(file, &columns, &rows);
        if (columns != tileColumns * side || rows != tileRows * side) {
            throw LoadError(file,
                            "mosaic is " + std::to_string(columns) + "x" + std::to_string(rows)
                                + ", the series expects " + std::to_string(side) + "x"
                                + std::to_string(side) + " tiles of " + std::to_string(tileColumns)
                                + "x" + std::to_string(tileRows));
        }
        Volume v = volumeShapedLike(info);
        // Tile k sits at column k % side, row k / side of the mosaic, left to right, top down.
        for (int k = 0; k < images; ++k) {
            const int x0 = (k % side) * tileColumns, y0 = (k / side) * tileRows;
            for (int y = 0; y < tileRows; ++y) {
                const float *src = mosaic.data() + size_t(y0 + y) * size_t(columns) + size_t(x0);
                std::copy(src, src + tileColumns, &v.at(0, y, k));
            }
        }
        series.phases.push_back(std::move(v));
        if (progress) {
            progress(int(p) + 1, int(info.phaseFiles.size()));
        }
    }
    return series;
}

} // namespace oncoview::mri
