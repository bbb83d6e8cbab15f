// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/overlaylayer.h"

#include "viewers/mri/dce/dcekinetics.h"
#include "viewers/mri/dce/volumemath.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace oncoview::mri {

namespace {
uint8_t byte(double v)
{
    return uint8_t(std::lround(std::clamp(v, 0.0, 1.0) * 255));
}

QColor toQColor(const Rgba &c)
{
    return QColor(c[0], c[1], c[2], c[3]);
}
} // namespace

std::pair<double, double> OverlayLayer::colourRange() const
{
    if (maximum > minimum || !isValid()) {
        return {minimum, maximum};
    }
    const auto [lo, hi] = volume->range();
    return {lo, hi};
}

namespace {
// Piecewise-linear colormap through evenly spaced anchors.
template<size_t N>
Rgba throughAnchors(const std::array<std::array<uint8_t, 3>, N> &anchors, double t)
{
    const double at = t * double(N - 1);
    const size_t i = std::min(size_t(at), N - 2);
    const double f = at - double(i);
    Rgba c {0, 0, 0, 255};
    for (size_t k = 0; k < 3; ++k) {
        c[k] = uint8_t(std::lround(anchors[i][k] * (1 - f) + anchors[i + 1][k] * f));
    }
    return c;
}

// Matplotlib's inferno, sampled at ninths.
constexpr std::array<std::array<uint8_t, 3>, 9> kInferno {{{0, 0, 4},
                                                           {31, 12, 72},
                                                           {85, 15, 109},
                                                           {136, 34, 106},
                                                           {186, 54, 85},
                                                           {227, 89, 51},
                                                           {249, 140, 10},
                                                           {249, 201, 50},
                                                           {252, 255, 164}}};
// Moreland's cool-warm diverging map, sampled at quarters.
constexpr std::array<std::array<uint8_t, 3>, 5> kCoolWarm {
    {{59, 76, 192}, {141, 176, 254}, {221, 221, 221}, {244, 154, 123}, {180, 4, 38}}};
} // namespace

Rgba colormapRgba(OverlayColormap colormap, double t)
{
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0);
    switch (colormap) {
    case OverlayColormap::Inferno:
        return throughAnchors(kInferno, t);
    case OverlayColormap::Diverging:
        return throughAnchors(kCoolWarm, t);
    case OverlayColormap::Hot:
        return {byte(3 * t), byte(3 * t - 1), byte(3 * t - 2), 255};
    case OverlayColormap::Jet:
        return {byte(1.5 - std::abs(4 * t - 3)), byte(1.5 - std::abs(4 * t - 2)),
                byte(1.5 - std::abs(4 * t - 1)), 255};
    case OverlayColormap::Labels:
        break;
    }
    return {byte(t), byte(t), byte(t), 255};
}

Rgba overlayRgba(const OverlayLayer &layer, double value)
{
    const double magnitude = layer.colormap == OverlayColormap::Diverging ? std::abs(value) : value;
    if (!std::isfinite(value) || magnitude < layer.threshold) {
        return {0, 0, 0, 0};
    }
    if (layer.colormap == OverlayColormap::Labels) {
        const int label = int(std::lround(value));
        for (const OverlayLabel &l : layer.labels) {
            if (l.value == label) {
                return {uint8_t(l.colour.red()), uint8_t(l.colour.green()),
                        uint8_t(l.colour.blue()), uint8_t(l.colour.alpha())};
            }
        }
        return {0, 0, 0, 0};
    }
    const auto [lo, hi] = layer.colourRange();
    const double t = hi > lo ? (value - lo) / (hi - lo) : 1.0;
    return colormapRgba(layer.colormap, t);
}

Volume resampleOverlayToGrid(const OverlayLayer &layer, const Volume &base,
                             const std::atomic<bool> *cancel)
{
    if (!layer.isValid()) {
        throw std::invalid_argument("the overlay has no volume");
    }
    const Volume &src = *layer.volume;
    if (layer.colormap != OverlayColormap::Labels) {
        return resampleToGrid(src, base, 0.f, cancel);
    }
    Volume out;
    out.size = base.size;
    out.spacing = base.spacing;
    out.origin = base.origin;
    out.direction = base.direction;
    out.voxels.assign(base.voxelCount(), 0.f);
    for (int z = 0; z < base.size[2]; ++z) {
        throwIfCancelled(cancel);
        for (int y = 0; y < base.size[1]; ++y) {
            for (int x = 0; x < base.size[0]; ++x) {
                const auto idx = src.lpsToIndex(base.indexToLps(x, y, z));
                const int i = int(std::lround(idx[0])), j = int(std::lround(idx[1])),
                          k = int(std::lround(idx[2]));
                if (src.contains(i, j, k)) {
                    out.at(x, y, z) = src.at(i, j, k);
                }
            }
        }
    }
    return out;
}

void paintOverlayLegend(QPainter &painter, const OverlayLayer &layer, const QRectF &area)
{
    if (!layer.isValid()) {
        return;
    }
    painter.save();
    QFont font = painter.font();
    font.setPixelSize(11);
    painter.setFont(font);
    const QFontMetricsF fm(font);
    const double line = fm.height() + 2;
    constexpr double pad = 5, swatch = 10, barWidth = 120;
    QStringList rows;
    if (layer.colormap == OverlayColormap::Labels) {
        for (const OverlayLabel &l : layer.labels) {
            if (l.value >= layer.threshold) {
                rows << l.name;
            }
        }
    }
    double width = fm.horizontalAdvance(layer.name);
    for (const QString &row : rows) {
        width = std::max(width, swatch + 4 + fm.horizontalAdvance(row));
    }
    if (layer.colormap != OverlayColormap::Labels) {
        width = std::max({width, barWidth, fm.horizontalAdvance(layer.note)});
    }
    const double height = line * (1 + (rows.isEmpty() ? 2 : rows.size()))
        + (layer.note.isEmpty() || layer.colormap == OverlayColormap::Labels ? 0 : line);
    const QRectF box(area.right() - width - 2 * pad, area.bottom() - height - 2 * pad,
                     width + 2 * pad, height + 2 * pad);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 150));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(QColor(230, 230, 230));
    double y = box.top() + pad;
    painter.drawText(QRectF(box.left() + pad, y, width, line), Qt::AlignLeft, layer.name);
    y += line;
    if (layer.colormap == OverlayColormap::Labels) {
        for (const OverlayLabel &l : layer.labels) {
            if (l.value < layer.threshold) {
                continue;
            }
            painter.fillRect(QRectF(box.left() + pad, y + 2, swatch, swatch), l.colour);
            painter.drawText(QRectF(box.left() + pad + swatch + 4, y, width, line), Qt::AlignLeft,
                             l.name);
            y += line;
        }
    } else {
        const auto [lo, hi] = layer.colourRange();
        const QRectF bar(box.left() + pad, y + 2, barWidth, line - 4);
        QLinearGradient gradient(bar.topLeft(), bar.topRight());
        for (int s = 0; s <= 8; ++s) {
            const double value = lo + (hi - lo) * s / 8.0;
            gradient.setColorAt(s / 8.0, toQColor(overlayRgba(layer, value)));
        }
        painter.fillRect(bar, gradient);
        y += line;
        const QString unit = layer.unit.isEmpty() ? QString() : QStringLiteral(" ") + layer.unit;
        const double shownLow
            = layer.colormap == OverlayColormap::Diverging ? lo : std::max(lo, layer.threshold);
        painter.drawText(QRectF(box.left() + pad, y, barWidth, line), Qt::AlignLeft,
                         QString::number(shownLow, 'g', 3) + unit);
        painter.drawText(QRectF(box.left() + pad, y, barWidth, line), Qt::AlignRight,
                         QString::number(hi, 'g', 3) + unit);
        if (!layer.note.isEmpty()) {
            painter.drawText(QRectF(box.left() + pad, y + line, width, line), Qt::AlignLeft,
                             layer.note);
        }
    }
    painter.restore();
}

QColor curveTypeColour(CurveType type)
{
    switch (type) {
    case CurveType::Persistent:
        return QColor(60, 130, 255);
    case CurveType::Plateau:
        return QColor(255, 215, 0);
    case CurveType::Washout:
        return QColor(255, 40, 40);
    case CurveType::NonEnhancing:
        break;
    }
    return QColor(150, 150, 150);
}

OverlayLayer kineticMapLayer(std::shared_ptr<const Volume> labels, double opacity)
{
    OverlayLayer layer;
    layer.name = QStringLiteral("Kinetic curve type");
    layer.volume = std::move(labels);
    layer.colormap = OverlayColormap::Labels;
    layer.opacity = opacity;
    layer.threshold = 1; // non-enhancing (0) stays transparent
    layer.labels = {
        {int(CurveType::Persistent), QStringLiteral("persistent (I)"),
         curveTypeColour(CurveType::Persistent)},
        {int(CurveType::Plateau), QStringLiteral("plateau (II)"),
         curveTypeColour(CurveType::Plateau)},
        {int(CurveType::Washout), QStringLiteral("wash-out (III)"),
         curveTypeColour(CurveType::Washout)},
    };
    return layer;
}

} // namespace oncoview::mri
