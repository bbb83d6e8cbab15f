// SPDX-License-Identifier: Apache-2.0
#pragma once

// An in-memory slide for the slide-analysis tests: a grid of the demo's synthetic H&E patches
// (tumour or normal) on glass, as a two-level pyramid, read through the same SlideAccess
// interface the app implements over OpenSlide.
#include "inference/analysis/slideaccess.h"

#include <atomic>
#include <optional>
#include <vector>

namespace oncoview::inference::testing {

// 8 x 6 cells: a glass border column and row, tumour in a 2 x 2 block (columns 4-5, rows 2-3),
// normal tissue elsewhere (35 tissue patches).
std::vector<int> tumourBlockCells();
bool inTumourBlock(const analysis::PatchLocation &patch);

class SyntheticSlide : public analysis::SlideAccess
{
public:
    // cells: one flag per grid cell, row-major over columns x rows; -1 glass, 0 normal tissue,
    // 1 tumour. Each cell is one 64 px patch at level 1 (downsample 4), 256 px at level 0.
    SyntheticSlide(int columns, int rows, const std::vector<int> &cells, std::optional<double> mpp,
                   uint64_t seed);

    analysis::SlideIdentity identity() const override;
    std::vector<analysis::PyramidLevel> levels() const override;
    std::optional<double> micronsPerPixel() const override { return m_mpp; }
    std::unique_ptr<analysis::RegionReader> openReader(std::string *error) const override;

    // Reads fail after this many regions (all readers together); -1 never.
    void failAfter(int reads) { m_failAfter = reads; }
    int readCount() const { return m_reads.load(); }
    bool isTumourCell(int column, int row) const;

    static constexpr int kCell = 64; // level-1 pixels per cell
    static constexpr int kDownsample = 4;

private:
    friend class SyntheticReader;
    int m_columns, m_rows;
    std::vector<int> m_cells;
    std::optional<double> m_mpp;
    std::vector<uint8_t> m_level1; // RGB888, (columns*64) x (rows*64)
    mutable std::atomic<int> m_reads {0};
    int m_failAfter = -1;
};

} // namespace oncoview::inference::testing
