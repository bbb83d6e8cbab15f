// SPDX-License-Identifier: Apache-2.0
#pragma once

// Siemens MOSAIC images: the slices of one volume tiled in one DICOM image (EPI, DWI, fMRI on
// VB/VE scanners). A series of mosaic files is a 4D series, one file per time point or
// b-value; each file is cut into its tiles, as dcm2niix and nibabel do.
#include "viewers/mri/io/dicomtags.h"
#include "viewers/mri/io/volume.h"

#include <atomic>
#include <vector>

namespace oncoview::mri {

// Tiles per mosaic side: the smallest square that holds `images` slices.
int mosaicTilesPerSide(int images);

// Geometry of a mosaic series from its headers (same UID and shape, each mosaicImages > 1):
// size (tile columns, tile rows, images), the position of the first tile's first pixel (the
// file's Image Position is the mosaic's corner: moved by half the unused mosaic width and
// height along the row and column directions), slices along the CSA slice normal (else row x
// column), phases ordered by Acquisition Number, Instance Number, then time; b-values,
// gradient directions and phase times per phase. Sets format "dicom-mosaic". Any thread.
void buildMosaicGeometry(std::vector<DicomHeader> headers, SeriesInfo &info);

// Decodes each phase's file (any transfer syntax GDCM decodes) and cuts it into the series'
// slices, rescaled to modality values. Throws LoadError naming the file. Any thread.
Series loadMosaicSeries(const SeriesInfo &info, const ProgressFn &progress = {},
                        const std::atomic<bool> *cancel = nullptr);

} // namespace oncoview::mri
