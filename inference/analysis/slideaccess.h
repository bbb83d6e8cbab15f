// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the slide analysis needs from a slide, without OpenSlide or Qt: the viewers' side
// implements these (ui/slide/), tests implement them over synthetic images.
#include "inference/analysis/patchgrid.h"
#include "inference/analysis/tissuemask.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace oncoview::inference::analysis {

// Identifies one version of a slide file: a feature cache entry is valid only for this.
struct SlideIdentity
{
    std::string path;
    uint64_t fileSize = 0;
    int64_t modifiedNs = 0; // file modification time, nanoseconds since the epoch
    int64_t width = 0; // level-0 pixels
    int64_t height = 0;
};

// Reads regions of one slide. One reader serves one thread: it may keep its own file handle
// and decoder caches without locks.
class RegionReader
{
public:
    virtual ~RegionReader() = default;
    // Reads width x height pixels of `level` whose top-left corner is at (x0, y0) in level-0
    // pixels (OpenSlide's convention) as RGB888; pixels outside the slide or transparent come
    // back white (glass). False with `error` set on a read failure.
    virtual bool readRegion(int level, int64_t x0, int64_t y0, int width, int height, RgbImage &out,
                            std::string *error)
        = 0;
};

class SlideAccess
{
public:
    virtual ~SlideAccess() = default;
    virtual SlideIdentity identity() const = 0;
    virtual std::vector<PyramidLevel> levels() const = 0;
    // Level-0 micrometres per pixel, when the file says so.
    virtual std::optional<double> micronsPerPixel() const = 0;
    // A new reader with its own handle (each reader thread opens one). Null with `error` set
    // when the slide cannot be opened again.
    virtual std::unique_ptr<RegionReader> openReader(std::string *error) const = 0;
};

} // namespace oncoview::inference::analysis
