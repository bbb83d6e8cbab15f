// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/measurement.h"

#include <QCoreApplication>

#include <cmath>
#include <stdexcept>

namespace oncoview::mri {

namespace {
using Vec3 = std::array<double, 3>;

double dot(const Vec3 &x, const Vec3 &y)
{
    return x[0] * y[0] + x[1] * y[1] + x[2] * y[2];
}

Vec3 indexAxis(const Volume &v, int k)
{
    return {v.direction[size_t(k)], v.direction[size_t(3 + k)], v.direction[size_t(6 + k)]};
}
} // namespace

double measurementLengthMm(const Measurement &m)
{
    return distanceMm(m.a, m.b);
}

std::array<double, 2> ellipseSemiAxesMm(const Measurement &m)
{
    const MprAxes axes = mprAxes(m.orientation);
    const Vec3 half {m.b[0] - m.a[0], m.b[1] - m.a[1], m.b[2] - m.a[2]};
    return {std::abs(dot(half, axes.right)), std::abs(dot(half, axes.up))};
}

RoiStats ellipseStats(const Volume &volume, const Measurement &ellipse)
{
    const MprAxes axes = mprAxes(ellipse.orientation);
    // The index axis closest to the view normal is the one the ellipse's slice is normal to.
    int normalAxis = 0;
    double best = -1;
    for (int k = 0; k < 3; ++k) {
        const double along = std::abs(dot(indexAxis(volume, k), axes.normal));
        if (along > best) {
            best = along;
            normalAxis = k;
        }
    }
    // Each in-plane index axis takes the semi-axis of the screen axis it runs along.
    const auto semi = ellipseSemiAxesMm(ellipse);
    std::array<double, 2> radii {};
    int slot = 0;
    for (int k = 0; k < 3; ++k) {
        if (k == normalAxis) {
            continue;
        }
        const Vec3 axis = indexAxis(volume, k);
        radii[size_t(slot++)]
            = std::abs(dot(axis, axes.right)) >= std::abs(dot(axis, axes.up)) ? semi[0] : semi[1];
    }
    return roiStats(volume, ellipseMask(volume, normalAxis, ellipse.a, radii));
}

void updateMeasurementStats(Measurement &m, const Volume &volume)
{
    if (m.kind != MeasureKind::Ellipse || m.statsVolume == &volume) {
        return;
    }
    m.statsVolume = &volume;
    m.error.clear();
    m.stats = {};
    try {
        m.stats = ellipseStats(volume, m);
        if (m.stats.voxelCount == 0) {
            m.error = QCoreApplication::translate("Measurement", "no voxel centre inside");
        }
    } catch (const std::invalid_argument &e) {
        m.error = QString::fromStdString(e.what());
    }
}

namespace {
bool g_centimetres = false;
}

void setMeasurementCentimetres(bool centimetres)
{
    g_centimetres = centimetres;
}

bool measurementCentimetres()
{
    return g_centimetres;
}

QString measurementLabel(const Measurement &m)
{
    if (m.kind == MeasureKind::Distance) {
        return g_centimetres ? QStringLiteral("%1 cm").arg(measurementLengthMm(m) / 10, 0, 'f', 2)
                             : QStringLiteral("%1 mm").arg(measurementLengthMm(m), 0, 'f', 1);
    }
    if (!m.error.isEmpty()) {
        return m.error;
    }
    const RoiStats &s = m.stats;
    const QString area = g_centimetres ? QStringLiteral("%1 cm²").arg(s.areaMm2 / 100, 0, 'f', 2)
                                       : QStringLiteral("%1 mm²").arg(s.areaMm2, 0, 'f', 1);
    return QCoreApplication::translate("Measurement",
                                       "mean %1  sd %2\nmin %3  max %4\narea %5 (%6 px)")
        .arg(s.mean, 0, 'f', 1)
        .arg(s.sd, 0, 'f', 1)
        .arg(s.min, 0, 'g', 5)
        .arg(s.max, 0, 'g', 5)
        .arg(area)
        .arg(s.voxelCount);
}

} // namespace oncoview::mri
