// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QColor>
#include <QImage>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace oncoview::slide {

class SlideView;

// A per-patch score map over a slide (e.g. MIL attention): one cell per grid patch, coloured
// with a perceptually uniform colormap (viridis), drawn over the tiles in level-0 coordinates.
// Values are shown relative to the largest (1 = the most attended patch); cells below the
// threshold are left clear. GUI thread only.
class AttentionHeatmap
{
public:
    struct Cell
    {
        int column = 0;
        int row = 0;
        float value = 0.0f;
    };

    // Replaces the map: `columns` x `rows` cells of `cellSide` level-0 pixels from (0, 0).
    void setCells(int columns, int rows, double cellSide, const std::vector<Cell> &cells);
    // A binary mask (e.g. detected tissue) shown as an outline-free tint instead of the scores;
    // `downsample` is level-0 pixels per mask pixel.
    void setMask(int width, int height, double downsample, const std::vector<uint8_t> &mask);
    void clear();
    bool isEmpty() const { return m_values.empty(); }

    void setOpacity(double opacity); // 0..1
    void setThreshold(double threshold); // 0..1 of the largest value
    void setShowMask(bool show);
    double opacity() const { return m_opacity; }
    double threshold() const { return m_threshold; }
    bool showsMask() const { return m_showMask; }

    // One pixel per cell, as drawn (viridis of the relative value; clear below the threshold
    // and where no patch is); null when empty.
    const QImage &cellImage() const { return m_image; }
    // Draws the visible part over `view` (call from SlideView's layer painter).
    void paint(QPainter &painter, const SlideView &view) const;

    // viridis at t in [0, 1].
    static QColor colormap(double t);
    // A horizontal colour bar for legends.
    static QImage colorBar(int width, int height);

private:
    void rebuildImage();

    int m_columns = 0;
    int m_rows = 0;
    double m_cellSide = 0.0;
    std::vector<float> m_values; // columns x rows, relative to the maximum; < 0: no patch
    QImage m_image; // one pixel per cell
    QImage m_maskImage;
    double m_maskDownsample = 1.0;
    double m_opacity = 0.5;
    double m_threshold = 0.0;
    bool m_showMask = false;
};

} // namespace oncoview::slide
