// SPDX-License-Identifier: Apache-2.0
#pragma once

// The few 3-vector operations that series geometry needs (slice normals, positions along
// them), shared by the classic and the enhanced multi-frame readers.

#include <array>
#include <cmath>
#include <optional>
#include <sstream>
#include <string>
#include <utility>

namespace oncoview::mri::geometry {

using Vec3 = std::array<double, 3>;

inline Vec3 cross(const Vec3 &a, const Vec3 &b)
{
    return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}

inline double dot(const Vec3 &a, const Vec3 &b)
{
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

inline Vec3 normalized(Vec3 v)
{
    const double n = std::sqrt(dot(v, v));
    return n > 0 ? Vec3 {v[0] / n, v[1] / n, v[2] / n} : v;
}

inline double distance(const Vec3 &a, const Vec3 &b)
{
    const Vec3 d {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
    return std::sqrt(dot(d, d));
}

// Row and column directions from ImageOrientationPatient (or an enhanced frame's Plane
// Orientation), normalised; axial (+x, +y) when the tag is missing (the caller warns).
inline std::pair<Vec3, Vec3> rowColumnDirections(const std::optional<std::array<double, 6>> &o)
{
    if (!o) {
        return {{1, 0, 0}, {0, 1, 0}};
    }
    return {normalized({(*o)[0], (*o)[1], (*o)[2]}), normalized({(*o)[3], (*o)[4], (*o)[5]})};
}

// A number for a warning sentence: `precision` significant digits, no trailing zeros.
inline std::string fmt(double v, int precision = 4)
{
    std::ostringstream s;
    s.precision(precision);
    s << v;
    return s.str();
}

} // namespace oncoview::mri::geometry
