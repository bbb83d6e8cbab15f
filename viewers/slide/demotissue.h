// SPDX-License-Identifier: Apache-2.0
#pragma once

// Plain C++ (no Qt): the demo slide writer runs inside the CLI and on worker threads.
#include "viewers/slide/demoblob.h"

#include <array>
#include <cstdint>
#include <vector>

namespace oncoview::slide {

// The deterministic synthetic H&E tissue of the demo slide: a few tissue pieces on glass, pink
// fibrous stroma with sparse nuclei, and dense dark-purple tumour regions (the ground truth).
// Every pixel is a function of its level-0 position and the seed, so each pyramid level is
// rendered independently (no downsampling pass). Thread-safe after construction.
class DemoTissue
{
public:
    DemoTissue(int width, int height, uint64_t seed);

    const std::vector<DemoBlob> &tissuePieces() const { return m_pieces; }
    const std::vector<DemoBlob> &tumours() const { return m_tumours; }
    bool isTissue(double x, double y) const;
    bool isTumour(double x, double y) const;

    // Renders `width` x `height` RGB888 pixels (row stride width * 3); pixel (i, j) shows the
    // level-0 point (x0 + (i + 0.5) * downsample, y0 + (j + 0.5) * downsample). Returns false,
    // with the buffer filled with glass colour, when the area holds no tissue at all.
    bool render(double downsample, double x0, double y0, int width, int height, uint8_t *rgb) const;

    static constexpr std::array<uint8_t, 3> kGlass {244, 243, 246};

private:
    struct Fields;
    struct Shading
    {
        float fibreAmount = 0; // fibres and grain fade out where a pixel spans several
        float grainAmount = 0;
        float tumourEdge = 40; // level-0 px over which tumour borders blur
        bool tint = false; // nuclei below pixel size: tint by their mean coverage
    };
    void sampleFields(Fields &fields, double downsample, double x0, double y0) const;
    void shadePixels(const Fields &fields, double downsample, double x0, double y0,
                     uint8_t *rgb) const;
    void shadeRow(const Shading &shading, const float *row, int gridWidth, double downsample,
                  double x0, float y, uint8_t *out, int width) const;
    void splatNuclei(const Fields &fields, double downsample, double x0, double y0,
                     uint8_t *rgb) const;
    float texture(float u, float v) const;
    float fibreAt(float x, float y, float c, float s) const;

    int m_width;
    int m_height;
    uint64_t m_seed;
    std::vector<DemoBlob> m_pieces;
    std::vector<DemoBlob> m_tumours;
    std::vector<float> m_texture; // tileable value noise, kTextureSize^2
};

} // namespace oncoview::slide
