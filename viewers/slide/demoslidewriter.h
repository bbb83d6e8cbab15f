// SPDX-License-Identifier: Apache-2.0
#pragma once

// Plain C++ (libtiff + libjpeg, no Qt): used by the CLI's make-demo and the app's --demo.
#include "viewers/slide/demotissue.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace oncoview::slide {

struct DemoSlideOptions
{
    int width = 40000; // level-0 pixels
    int height = 30000;
    int tileSize = 256; // a multiple of 16 (JPEG MCUs with 2x2 chroma subsampling)
    int jpegQuality = 80;
    double micronsPerPixel = 0.25; // 40x
    int objectivePower = 40;
    uint64_t seed = 20240611;
    int threads = 2; // generation + JPEG encoding; the calling thread writes the file
    bool associatedImages = true; // Aperio "label" and "macro"
    // Called on the calling thread with the fraction done, 0..1.
    std::function<void(double)> progress;
    // Polled between tiles; when it becomes true the writer stops and returns false.
    const std::atomic<bool> *cancel = nullptr;
};

// Writes a pyramidal, tiled, JPEG (YCbCr 4:2:0) TIFF in Aperio SVS layout: OpenSlide reports
// vendor "aperio", openslide.mpp-x/y and openslide.objective-power from the first directory's
// ImageDescription; every level also carries XResolution/YResolution in pixels per centimetre.
// Levels halve until both sides are below 1000 pixels. Classic TIFF unless the uncompressed
// level 0 exceeds 4 Gpx, then BigTIFF. Blocking: call it from a worker thread.
// Returns false and sets `error` on failure (the partial file is left for the caller).
bool writeDemoSlide(const std::string &path, std::string *error,
                    const DemoSlideOptions &options = {});

// The ground truth of the slide `options` describe: tumour outlines in level-0 pixels.
std::vector<std::vector<DemoPoint>> demoTumourOutlines(const DemoSlideOptions &options = {},
                                                       int vertices = 96);

// The ImageDescription of the first directory (Aperio format), exposed for tests.
std::string demoAperioDescription(const DemoSlideOptions &options);

} // namespace oncoview::slide
