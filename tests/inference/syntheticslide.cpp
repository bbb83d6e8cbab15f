// SPDX-License-Identifier: Apache-2.0
#include "syntheticslide.h"

#include "inference/demopackages.h"

#include <algorithm>

namespace oncoview::inference::testing {

class SyntheticReader : public analysis::RegionReader
{
public:
    explicit SyntheticReader(const SyntheticSlide &slide)
        : m_slide(slide)
    {
    }

    bool readRegion(int level, int64_t x0, int64_t y0, int width, int height,
                    analysis::RgbImage &out, std::string *error) override
    {
        const int reads = ++m_slide.m_reads;
        if (m_slide.m_failAfter >= 0 && reads > m_slide.m_failAfter) {
            *error = "simulated read failure";
            return false;
        }
        const int ds = level == 0 ? 1 : SyntheticSlide::kDownsample;
        const int w1 = m_slide.m_columns * SyntheticSlide::kCell;
        const int h1 = m_slide.m_rows * SyntheticSlide::kCell;
        out.width = width;
        out.height = height;
        out.rgb.assign(size_t(width) * size_t(height) * 3, 245);
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x) {
                // Level-0 pixel -> level-1 pixel (level 0 is level 1 upsampled 4x).
                const int64_t lx = (x0 + int64_t(x) * ds) / SyntheticSlide::kDownsample;
                const int64_t ly = (y0 + int64_t(y) * ds) / SyntheticSlide::kDownsample;
                if (lx < 0 || ly < 0 || lx >= w1 || ly >= h1) {
                    continue;
                }
                const uint8_t *src
                    = m_slide.m_level1.data() + (size_t(ly) * size_t(w1) + size_t(lx)) * 3;
                std::copy(src, src + 3,
                          out.rgb.data() + (size_t(y) * size_t(width) + size_t(x)) * 3);
            }
        }
        return true;
    }

private:
    const SyntheticSlide &m_slide;
};

SyntheticSlide::SyntheticSlide(int columns, int rows, const std::vector<int> &cells,
                               std::optional<double> mpp, uint64_t seed)
    : m_columns(columns)
    , m_rows(rows)
    , m_cells(cells)
    , m_mpp(mpp)
{
    const int w1 = columns * kCell;
    m_level1.assign(size_t(w1) * size_t(rows * kCell) * 3, 245);
    std::vector<int> flags;
    for (int cell : cells) {
        if (cell >= 0) {
            flags.push_back(cell);
        }
    }
    const Tensor patches = demo::makeSyntheticPatches(flags, seed);
    const size_t plane = size_t(kCell) * kCell;
    size_t next = 0;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            if (cells[size_t(row * columns + column)] < 0) {
                continue;
            }
            const float *patch = patches.data.data() + next++ * 3 * plane;
            for (int y = 0; y < kCell; ++y) {
                for (int x = 0; x < kCell; ++x) {
                    uint8_t *dst = m_level1.data()
                        + (size_t(row * kCell + y) * size_t(w1) + size_t(column * kCell + x)) * 3;
                    for (int c = 0; c < 3; ++c) {
                        const float v = patch[size_t(c) * plane + size_t(y * kCell + x)];
                        dst[c] = uint8_t(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f);
                    }
                }
            }
        }
    }
}

analysis::SlideIdentity SyntheticSlide::identity() const
{
    return {"synthetic://slide", m_level1.size(), 42, int64_t(m_columns) * kCell * kDownsample,
            int64_t(m_rows) * kCell * kDownsample};
}

std::vector<analysis::PyramidLevel> SyntheticSlide::levels() const
{
    const int64_t w0 = int64_t(m_columns) * kCell * kDownsample;
    const int64_t h0 = int64_t(m_rows) * kCell * kDownsample;
    return {{w0, h0, 1.0}, {w0 / kDownsample, h0 / kDownsample, double(kDownsample)}};
}

std::unique_ptr<analysis::RegionReader> SyntheticSlide::openReader(std::string *) const
{
    return std::make_unique<SyntheticReader>(*this);
}

bool SyntheticSlide::isTumourCell(int column, int row) const
{
    return column >= 0 && row >= 0 && column < m_columns && row < m_rows
        && m_cells[size_t(row * m_columns + column)] == 1;
}

std::vector<int> tumourBlockCells()
{
    std::vector<int> cells;
    for (int row = 0; row < 6; ++row) {
        for (int column = 0; column < 8; ++column) {
            const bool glass = column == 0 || row == 5;
            const bool tumour = (column == 4 || column == 5) && (row == 2 || row == 3);
            cells.push_back(glass ? -1 : tumour ? 1 : 0);
        }
    }
    return cells;
}

bool inTumourBlock(const analysis::PatchLocation &patch)
{
    return (patch.column == 4 || patch.column == 5) && (patch.row == 2 || patch.row == 3);
}

} // namespace oncoview::inference::testing
