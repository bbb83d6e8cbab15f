// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/mprcursor.h"

#include <algorithm>
#include <cmath>

namespace oncoview::mri {

MprCursor::MprCursor(QObject *parent)
    : QObject(parent)
{
}

void MprCursor::setGeometry(const Volume &volume)
{
    m_geometry.size = volume.size;
    m_geometry.spacing = volume.spacing;
    m_geometry.origin = volume.origin;
    m_geometry.direction = volume.direction;
    m_hasGeometry = true;
    setPosition(m_position);
}

std::array<double, 3> MprCursor::clamped(const std::array<double, 3> &lps) const
{
    if (!m_hasGeometry) {
        return lps;
    }
    auto idx = m_geometry.lpsToIndex(lps);
    for (int axis = 0; axis < 3; ++axis) {
        idx[axis] = std::clamp(idx[axis], 0.0, double(std::max(0, m_geometry.size[axis] - 1)));
    }
    return m_geometry.indexToLps(idx[0], idx[1], idx[2]);
}

void MprCursor::setPosition(const std::array<double, 3> &lps)
{
    for (const double v : lps) {
        if (!std::isfinite(v)) {
            return; // a NaN would poison every view's camera
        }
    }
    const auto next = clamped(lps);
    if (next == m_position) {
        return;
    }
    m_position = next;
    Q_EMIT positionChanged(m_position);
}

} // namespace oncoview::mri
