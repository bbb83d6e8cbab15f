// SPDX-License-Identifier: Apache-2.0
#pragma once

// Plain C++: which directories of a TIFF slide are its pyramid levels and which are its
// associated images, and the metadata OpenSlide would report for it.
#include "viewers/slide/tiff/tiffdirectory.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace oncoview::slide::tiff {

struct TiffLayout
{
    // "aperio", "generic-tiff" or "ome-tiff".
    std::string vendor;
    std::vector<TiffDirectory> levels; // finest first
    std::vector<std::pair<std::string, TiffDirectory>> associated; // "thumbnail", "label", ...
    // Property names as OpenSlide spells them ("openslide.mpp-x", "tiff.ImageDescription",
    // "aperio.AppMag", ...), so the slide panel reads the same for either reader.
    std::map<std::string, std::string> properties;
    std::optional<std::pair<double, double>> micronsPerPixel;
    std::optional<double> objectivePower;
};

// The layout of the open TIFF, or nullopt with `why` when it is not a tiled pyramidal slide
// this reader handles (then OpenSlide is asked instead).
std::optional<TiffLayout> readTiffLayout(TIFF *tiff, std::string *why);

// OME-XML PhysicalSizeX/Y of the first image, in micrometres (units µm, nm, mm, cm or m).
std::optional<std::pair<double, double>> omePhysicalSize(const std::string &omeXml);

// "Aperio Image Library ...\n... |AppMag = 20|MPP = 0.4990" -> {"AppMag": "20", ...}.
std::map<std::string, std::string> aperioFields(const std::string &description);

} // namespace oncoview::slide::tiff
