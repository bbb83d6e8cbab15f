// SPDX-License-Identifier: Apache-2.0
#include "ui/mri/explanationlayer.h"

// Qt
#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace oncoview::ui {

namespace {
bool isSigned(const MriMapResult &result)
{
    return !result.sides.empty() && result.sides.front().map.isSigned;
}
} // namespace

double magnitudePercentile(const mri::Volume &volume, int percentile)
{
    std::vector<float> magnitudes;
    for (const float v : volume.voxels) {
        if (v != 0.0f && std::isfinite(v)) {
            magnitudes.push_back(std::abs(v));
        }
    }
    if (magnitudes.empty()) {
        return 0.0;
    }
    const size_t rank
        = std::min(magnitudes.size() - 1,
                   size_t(std::clamp(percentile, 0, 100) / 100.0 * double(magnitudes.size() - 1)));
    std::nth_element(magnitudes.begin(), magnitudes.begin() + long(rank), magnitudes.end());
    return magnitudes[rank];
}

std::shared_ptr<mri::Volume> outlineOf(const mri::Volume &volume, double threshold, bool magnitude)
{
    auto outline = std::make_shared<mri::Volume>(volume);
    const auto shown = [&](int x, int y, int z) {
        if (!volume.contains(x, y, z)) {
            return false;
        }
        const float v = volume.at(x, y, z);
        return (magnitude ? std::abs(v) : v) >= threshold && v != 0.0f;
    };
    for (int z = 0; z < volume.size[2]; ++z) {
        for (int y = 0; y < volume.size[1]; ++y) {
            for (int x = 0; x < volume.size[0]; ++x) {
                const bool inner = shown(x - 1, y, z) && shown(x + 1, y, z) && shown(x, y - 1, z)
                    && shown(x, y + 1, z) && shown(x, y, z - 1) && shown(x, y, z + 1);
                if (!shown(x, y, z) || inner) {
                    outline->at(x, y, z) = 0.0f;
                }
            }
        }
    }
    return outline;
}

QString mapLegendTitle(const MriMapResult &result)
{
    const QString label
        = result.sides.empty() ? QString() : QString::fromStdString(result.sides.front().map.label);
    return QCoreApplication::translate("oncoview::ui::ExplanationLayer", "%1 → %2")
        .arg(QString::fromStdString(inference::xai::methodName(result.method)), label);
}

mri::OverlayLayer explanationLayer(const MriMapResult &result, const MapDisplay &display)
{
    mri::OverlayLayer layer;
    if (!result.volume) {
        return layer;
    }
    const bool signedMap = isSigned(result);
    layer.name = mapLegendTitle(result);
    // Relative attribution, signed or not: never a quantity of the tissue.
    layer.quantity = signedMap ? QStringLiteral("ATTRIBUTION") : QStringLiteral("SALIENCY");
    layer.colormap = signedMap ? mri::OverlayColormap::Diverging : mri::OverlayColormap::Inferno;
    layer.opacity = display.opacity;
    layer.showIn3D = true;
    const auto [lo, hi] = result.volume->range();
    const double largest = std::max(std::abs(double(lo)), std::abs(double(hi)));
    // Colours saturate at the 99th percentile of the magnitudes: a few extreme voxels would
    // otherwise push every other shown voxel towards the colormap's pale middle, which on a
    // grey MR image cannot be seen.
    const double top = magnitudePercentile(*result.volume, 99);
    // A threshold just above 0 at least: an empty map draws nothing rather than a flat wash.
    layer.threshold = std::max(magnitudePercentile(*result.volume, display.percentile),
                               largest > 0 ? largest * 1e-6 : 1e-30);
    // The colour range reaches past the threshold even on a map of few distinct values (where
    // the 99th percentile is the threshold itself), or nothing would be drawn.
    const double range = std::max(top > 0 ? top : largest, layer.threshold * 1.25);
    // Signed maps centre on zero so evidence for and against keep their colours.
    layer.minimum = signedMap ? -range : 0.0;
    layer.maximum = range;
    layer.note = QCoreApplication::translate("oncoview::ui::ExplanationLayer",
                                             "relative attribution, not probability");
    layer.volume
        = display.outline ? outlineOf(*result.volume, layer.threshold, signedMap) : result.volume;
    return layer;
}

std::optional<std::array<double, 3>> mapMaximumLps(const MriMapResult &result)
{
    if (!result.volume || result.volume->voxels.empty()) {
        return std::nullopt;
    }
    const mri::Volume &v = *result.volume;
    const auto top = std::max_element(v.voxels.begin(), v.voxels.end());
    if (!(*top > 0.0f)) {
        return std::nullopt;
    }
    const size_t index = size_t(top - v.voxels.begin());
    const int x = int(index % size_t(v.size[0]));
    const int y = int(index / size_t(v.size[0]) % size_t(v.size[1]));
    const int z = int(index / (size_t(v.size[0]) * size_t(v.size[1])));
    return v.indexToLps(x, y, z);
}

} // namespace oncoview::ui
