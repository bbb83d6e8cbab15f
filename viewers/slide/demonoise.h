// SPDX-License-Identifier: Apache-2.0
#pragma once

// Seeded hashing and value noise for the procedural demo slide: deterministic across
// platforms and compilers (no <random> distributions, whose output is implementation-defined).
#include <cmath>
#include <cstdint>

namespace oncoview::slide::demonoise {

inline uint64_t splitmix(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

inline double unitOf(uint64_t h)
{
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

inline uint64_t hash2(int64_t a, int64_t b, uint64_t seed)
{
    return splitmix(seed ^ splitmix(uint64_t(a) * 0x632BE59BD9B4E019ULL + uint64_t(b)));
}

// Smooth value noise in [0, 1] with unit lattice spacing.
inline double valueNoise(double x, double y, uint64_t seed)
{
    const double fx = std::floor(x);
    const double fy = std::floor(y);
    const auto ix = int64_t(fx);
    const auto iy = int64_t(fy);
    double tx = x - fx;
    double ty = y - fy;
    tx = tx * tx * (3 - 2 * tx);
    ty = ty * ty * (3 - 2 * ty);
    const double a = unitOf(hash2(ix, iy, seed));
    const double b = unitOf(hash2(ix + 1, iy, seed));
    const double c = unitOf(hash2(ix, iy + 1, seed));
    const double d = unitOf(hash2(ix + 1, iy + 1, seed));
    return (a + (b - a) * tx) * (1 - ty) + (c + (d - c) * tx) * ty;
}

struct Rng
{
    uint64_t state;
    double range(double lo, double hi)
    {
        state = splitmix(state);
        return lo + (hi - lo) * unitOf(state);
    }
};

} // namespace oncoview::slide::demonoise
