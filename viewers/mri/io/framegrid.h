// SPDX-License-Identifier: Apache-2.0
#pragma once

// The grid of a multi-frame DICOM object whose frames are planes in patient space but not
// necessarily one per slice (DICOM SEG: only where a segment is; Parametric Map): the grid
// spans every frame position, and each frame is placed on it by its own position.
#include "viewers/mri/io/dicomtags.h"
#include "viewers/mri/io/enhancedframes.h"
#include "viewers/mri/io/vec3.h"
#include "viewers/mri/io/volume.h"

#include <string>

namespace oncoview::mri {

struct FrameGrid
{
    geometry::Vec3 row, column, normal;
    double rowSpacing = 1, columnSpacing = 1, sliceSpacing = 1;
    geometry::Vec3 origin; // the lowest frame's position along the normal
    int slices = 1;
};

// In-plane axes from the frames' orientation, slices along the normal at the spacing the file
// gives (else the smallest step between frame positions). Throws LoadError (naming `file`)
// when a frame has no position, or orientation or pixel spacing are missing.
FrameGrid frameGrid(const EnhancedHeader &header, const std::string &file);

// What a loader of such an object needs first: its header, its frames and their grid. Throws
// LoadError naming `file`.
struct FrameObject
{
    DicomHeader header;
    EnhancedHeader frames;
    FrameGrid grid;
};
FrameObject readFrameObject(const std::string &file);

// A zero volume on the grid, `columns` x `rows` pixels per slice.
Volume emptyVolumeOn(const FrameGrid &grid, int columns, int rows);

// Where a frame lies on the grid: its slice and its in-plane shift in whole pixels (frames of
// one object normally share the in-plane grid, so the shift is 0).
struct FramePlace
{
    int slice = 0, dx = 0, dy = 0;
};
FramePlace placeOf(const FrameGrid &grid, const EnhancedFrame &frame);

} // namespace oncoview::mri
