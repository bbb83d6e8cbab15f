// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/demoblob.h"

#include <cmath>

namespace oncoview::slide {

namespace {
constexpr double kTwoPi = 6.283185307179586;
} // namespace

double DemoBlob::normalisedRadius(double x, double y) const
{
    const double dx = x - centre.x;
    const double dy = y - centre.y;
    const double c = std::cos(rotation);
    const double s = std::sin(rotation);
    const double u = dx * c + dy * s;
    const double v = (-dx * s + dy * c) / aspect;
    const double t = std::atan2(v, u);
    double r = 1.0;
    for (size_t k = 0; k < amp.size(); ++k) {
        r += amp[k] * std::cos(double(k + 2) * t + phase[k]);
    }
    return std::hypot(u, v) / (radius * r);
}

double DemoBlob::boundingRadius() const
{
    double r = 1.0;
    for (const double a : amp) {
        r += std::abs(a);
    }
    return radius * r;
}

std::vector<DemoPoint> DemoBlob::outline(int vertices) const
{
    std::vector<DemoPoint> points;
    const double c = std::cos(rotation);
    const double s = std::sin(rotation);
    for (int i = 0; i < vertices; ++i) {
        const double t = kTwoPi * i / vertices;
        double r = 1.0;
        for (size_t k = 0; k < amp.size(); ++k) {
            r += amp[k] * std::cos(double(k + 2) * t + phase[k]);
        }
        const double u = radius * r * std::cos(t);
        const double v = radius * r * std::sin(t) * aspect;
        points.push_back({centre.x + u * c - v * s, centre.y + u * s + v * c});
    }
    return points;
}

} // namespace oncoview::slide
