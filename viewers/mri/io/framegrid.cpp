// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/framegrid.h"

#include "viewers/mri/io/loaderror.h"

#include <algorithm>
#include <cmath>

namespace oncoview::mri {

using namespace geometry;

namespace {

Vec3 minus(const Vec3 &a, const Vec3 &b)
{
    return {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
}

} // namespace

FrameGrid frameGrid(const EnhancedHeader &header, const std::string &file)
{
    FrameGrid g;
    std::optional<std::array<double, 6>> orientation;
    std::optional<std::array<double, 2>> spacing;
    std::optional<double> between;
    for (const EnhancedFrame &f : header.frames) {
        orientation = orientation ? orientation : f.orientation;
        spacing = spacing ? spacing : f.pixelSpacing;
        between = between ? between : f.spacingBetweenSlices;
        if (!f.position) {
            throw LoadError(
                file, "frame " + std::to_string(f.index + 1) + " has no Image Position (Patient)");
        }
    }
    if (!orientation || !spacing || header.frames.empty()) {
        throw LoadError(file, "frames lack Plane Orientation or Pixel Measures");
    }
    const auto &o = *orientation;
    g.row = normalized(Vec3 {o[0], o[1], o[2]});
    g.column = normalized(Vec3 {o[3], o[4], o[5]});
    g.normal = cross(g.row, g.column);
    g.rowSpacing = (*spacing)[0];
    g.columnSpacing = (*spacing)[1];
    std::vector<double> depths;
    for (const EnhancedFrame &f : header.frames) {
        depths.push_back(dot(*f.position, g.normal));
    }
    std::sort(depths.begin(), depths.end());
    double step = between && *between > 0 ? *between : 0.0;
    for (size_t i = 1; step == 0.0 && i < depths.size(); ++i) {
        step = depths[i] - depths[i - 1] > 1e-3 ? depths[i] - depths[i - 1] : 0.0;
    }
    for (size_t i = 1; !(between && *between > 0) && i < depths.size(); ++i) {
        const double d = depths[i] - depths[i - 1];
        step = d > 1e-3 ? std::min(step, d) : step;
    }
    g.sliceSpacing = step > 0 ? step : 1.0;
    const double span = (depths.back() - depths.front()) / g.sliceSpacing;
    if (span > 4096) {
        throw LoadError(file, "frames span more than 4096 slices");
    }
    g.slices = int(std::lround(span)) + 1;
    const auto lowest
        = std::min_element(header.frames.begin(), header.frames.end(),
                           [&](const EnhancedFrame &a, const EnhancedFrame &b) {
                               return dot(*a.position, g.normal) < dot(*b.position, g.normal);
                           });
    g.origin = *lowest->position;
    return g;
}

FrameObject readFrameObject(const std::string &file)
{
    const HeaderResult header = readDicomHeader(file);
    if (!header.header) {
        throw LoadError(file, header.error);
    }
    FrameObject object {
        *header.header, readEnhancedHeader(file, header.header->numberOfFrames), {}};
    object.grid = frameGrid(object.frames, file);
    return object;
}

Volume emptyVolumeOn(const FrameGrid &grid, int columns, int rows)
{
    Volume v;
    v.size = {columns, rows, grid.slices};
    v.spacing = {grid.columnSpacing, grid.rowSpacing, grid.sliceSpacing};
    v.origin = grid.origin;
    for (size_t r = 0; r < 3; ++r) {
        v.direction[r * 3] = grid.row[r];
        v.direction[r * 3 + 1] = grid.column[r];
        v.direction[r * 3 + 2] = grid.normal[r];
    }
    v.voxels.assign(v.voxelCount(), 0.f);
    return v;
}

FramePlace placeOf(const FrameGrid &grid, const EnhancedFrame &frame)
{
    const Vec3 offset = minus(frame.position.value_or(grid.origin), grid.origin);
    return {int(std::lround(dot(offset, grid.normal) / grid.sliceSpacing)),
            int(std::lround(dot(offset, grid.row) / grid.columnSpacing)),
            int(std::lround(dot(offset, grid.column) / grid.rowSpacing))};
}

} // namespace oncoview::mri
