// SPDX-License-Identifier: Apache-2.0
#pragma once

// Plain C++ (no Qt): part of the demo slide writer.
#include <array>
#include <vector>

namespace oncoview::slide {

struct DemoPoint
{
    double x = 0.0;
    double y = 0.0;
};

// An irregular closed shape in level-0 pixels: a rotated, stretched circle whose radius varies
// with the angle, r(t) = radius * (1 + sum_k amp[k] * cos((k + 2) t + phase[k])).
struct DemoBlob
{
    DemoPoint centre;
    double radius = 1.0;
    double aspect = 1.0; // minor / major axis
    double rotation = 0.0;
    std::array<double, 4> amp {};
    std::array<double, 4> phase {};

    // Below 1 inside, 1 on the outline, above 1 outside.
    double normalisedRadius(double x, double y) const;
    // An upper bound of the distance from the centre to the outline.
    double boundingRadius() const;
    std::vector<DemoPoint> outline(int vertices) const;
};

} // namespace oncoview::slide
