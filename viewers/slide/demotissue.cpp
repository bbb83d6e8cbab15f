// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/demotissue.h"

#include "viewers/slide/demonoise.h"

#include <algorithm>
#include <cmath>

namespace oncoview::slide {

using namespace demonoise;

namespace {

constexpr int kTextureSize = 256; // texels, a power of two (wraps with a mask)
constexpr int kTextureLattice = 4; // texels between value-noise lattice points
constexpr int kGridStep = 8; // output pixels between samples of the smooth fields
constexpr double kNucleusCell = 36.0; // level-0 px, 9 um at 0.25 um/px
constexpr double kMaxSplatDownsample = 8.0; // coarser levels tint instead of drawing nuclei
constexpr float kPi = 3.14159265f;
constexpr double kFar = 1e9; // distance to an outline that is not near the tile

struct Rgb
{
    float r, g, b;
};
constexpr Rgb kGlassRgb {244, 243, 246};
constexpr Rgb kStromaLight {243, 196, 219};
constexpr Rgb kStromaFibre {216, 118, 172};
constexpr Rgb kTumourCytoplasm {206, 146, 200};
constexpr Rgb kNucleusStroma {112, 58, 150};
constexpr Rgb kNucleusTumour {78, 36, 118};
// Mean nuclear area fraction per nucleus cell (probability x area / cell area), used where
// nuclei are smaller than a pixel so that coarse levels keep the mean colour of fine ones.
constexpr float kCoverageStroma = 0.013f;
constexpr float kCoverageTumour = 0.35f;
constexpr float kFibreMean = 0.22f;

Rgb mix(const Rgb &a, const Rgb &b, float t)
{
    return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t};
}

float clamp01(float v)
{
    return std::clamp(v, 0.0f, 1.0f);
}

DemoBlob randomBlob(Rng &rng, DemoPoint centre, double radius, double maxAmp)
{
    DemoBlob blob;
    blob.centre = centre;
    blob.radius = radius;
    blob.aspect = rng.range(0.62, 0.92);
    blob.rotation = rng.range(0.0, kPi);
    for (size_t k = 0; k < blob.amp.size(); ++k) {
        blob.amp[k] = rng.range(0.25, 1.0) * maxAmp / double(k + 1);
        blob.phase[k] = rng.range(0.0, 2 * kPi);
    }
    return blob;
}

} // namespace

DemoTissue::DemoTissue(int width, int height, uint64_t seed)
    : m_width(width)
    , m_height(height)
    , m_seed(seed)
{
    Rng rng {seed};
    const double side = std::min(width, height);
    const DemoPoint anchors[] = {{0.27, 0.42}, {0.64, 0.33}, {0.71, 0.71}};
    const int tumoursPerPiece[] = {2, 1, 1};
    for (size_t p = 0; p < std::size(anchors); ++p) {
        const DemoPoint centre {(anchors[p].x + rng.range(-0.03, 0.03)) * width,
                                (anchors[p].y + rng.range(-0.03, 0.03)) * height};
        m_pieces.push_back(randomBlob(rng, centre, side * rng.range(0.15, 0.18), 0.14));
        const DemoBlob &piece = m_pieces.back();
        for (int t = 0, tries = 0; t < tumoursPerPiece[p] && tries < 500; ++tries) {
            const double angle = rng.range(0, 2 * kPi);
            const double distance = piece.radius * piece.aspect * rng.range(0.1, 0.6);
            const DemoBlob tumour = randomBlob(
                rng, {centre.x + distance * std::cos(angle), centre.y + distance * std::sin(angle)},
                piece.radius * rng.range(0.15, 0.24), 0.18);
            // Well inside the tissue, and apart from the other tumours.
            bool ok = true;
            for (const DemoPoint &q : tumour.outline(48)) {
                ok = ok && piece.normalisedRadius(q.x, q.y) < 0.85;
            }
            for (const DemoBlob &other : m_tumours) {
                ok = ok
                    && std::hypot(other.centre.x - tumour.centre.x,
                                  other.centre.y - tumour.centre.y)
                        > other.boundingRadius() + tumour.boundingRadius() + 0.02 * side;
            }
            if (ok) {
                m_tumours.push_back(tumour);
                ++t;
            }
        }
    }
    // Tileable value noise for fibres and grain: bilinear over a wrapped lattice.
    const int lattice = kTextureSize / kTextureLattice;
    m_texture.resize(size_t(kTextureSize) * kTextureSize);
    for (int y = 0; y < kTextureSize; ++y) {
        for (int x = 0; x < kTextureSize; ++x) {
            const double lx = double(x) / kTextureLattice;
            const double ly = double(y) / kTextureLattice;
            const int ix = int(lx);
            const int iy = int(ly);
            double tx = lx - ix;
            double ty = ly - iy;
            tx = tx * tx * (3 - 2 * tx);
            ty = ty * ty * (3 - 2 * ty);
            const auto at = [&](int i, int j) {
                return unitOf(hash2(i % lattice, j % lattice, seed ^ 0x5EEDULL));
            };
            const double top = at(ix, iy) + (at(ix + 1, iy) - at(ix, iy)) * tx;
            const double bottom = at(ix, iy + 1) + (at(ix + 1, iy + 1) - at(ix, iy + 1)) * tx;
            m_texture[size_t(y) * kTextureSize + x] = float(top + (bottom - top) * ty);
        }
    }
}

bool DemoTissue::isTissue(double x, double y) const
{
    return std::any_of(m_pieces.begin(), m_pieces.end(),
                       [&](const DemoBlob &b) { return b.normalisedRadius(x, y) < 1.0; });
}

bool DemoTissue::isTumour(double x, double y) const
{
    return std::any_of(m_tumours.begin(), m_tumours.end(),
                       [&](const DemoBlob &b) { return b.normalisedRadius(x, y) < 1.0; });
}

float DemoTissue::texture(float u, float v) const
{
    const float fu = std::floor(u);
    const float fv = std::floor(v);
    const float tu = u - fu;
    const float tv = v - fv;
    const int mask = kTextureSize - 1;
    const int x0 = int(fu) & mask;
    const int y0 = int(fv) & mask;
    const int x1 = (x0 + 1) & mask;
    const int y1 = (y0 + 1) & mask;
    const float *t = m_texture.data();
    const float top
        = t[y0 * kTextureSize + x0] + (t[y0 * kTextureSize + x1] - t[y0 * kTextureSize + x0]) * tu;
    const float bottom
        = t[y1 * kTextureSize + x0] + (t[y1 * kTextureSize + x1] - t[y1 * kTextureSize + x0]) * tu;
    return top + (bottom - top) * tv;
}

// The smooth fields of one tile sampled every kGridStep output pixels; per-pixel values are
// bilinear. This keeps atan2/cos (the blob outlines) off the per-pixel path.
struct DemoTissue::Fields
{
    int width = 0;
    int height = 0;
    int gridWidth = 0;
    int gridHeight = 0;
    // Approximate signed distances in level-0 pixels to the nearest outline (< 0 inside).
    std::vector<float> tissue;
    std::vector<float> tumour;
    std::vector<float> cosAngle; // fibre direction
    std::vector<float> sinAngle;
    bool anyTissue = false;

    // Bilinear value of `grid` at output position (x, y), clamped to the tile.
    float at(const std::vector<float> &grid, float x, float y) const
    {
        const float gx = std::clamp(x / kGridStep, 0.0f, float(gridWidth - 1) - 1e-3f);
        const float gy = std::clamp(y / kGridStep, 0.0f, float(gridHeight - 1) - 1e-3f);
        const int ix = int(gx);
        const int iy = int(gy);
        const float tx = gx - ix;
        const float ty = gy - iy;
        const float *row0 = grid.data() + size_t(iy) * gridWidth + ix;
        const float *row1 = row0 + gridWidth;
        const float top = row0[0] + (row0[1] - row0[0]) * tx;
        const float bottom = row1[0] + (row1[1] - row1[0]) * tx;
        return top + (bottom - top) * ty;
    }
};

void DemoTissue::sampleFields(Fields &f, double ds, double x0, double y0) const
{
    f.gridWidth = f.width / kGridStep + 2;
    f.gridHeight = f.height / kGridStep + 2;
    const double x1 = x0 + f.width * ds;
    const double y1 = y0 + f.height * ds;
    const auto near = [&](const DemoBlob &b) {
        const double margin = b.boundingRadius() * 1.05 + kGridStep * ds;
        return b.centre.x + margin > x0 && b.centre.x - margin < x1 && b.centre.y + margin > y0
            && b.centre.y - margin < y1;
    };
    std::vector<const DemoBlob *> pieces;
    std::vector<const DemoBlob *> tumours;
    for (const DemoBlob &b : m_pieces) {
        if (near(b)) {
            pieces.push_back(&b);
        }
    }
    for (const DemoBlob &b : m_tumours) {
        if (near(b)) {
            tumours.push_back(&b);
        }
    }
    f.anyTissue = false;
    if (pieces.empty()) {
        return;
    }
    const size_t count = size_t(f.gridWidth) * f.gridHeight;
    f.tissue.resize(count);
    f.tumour.resize(count);
    f.cosAngle.resize(count);
    f.sinAngle.resize(count);
    for (int gy = 0; gy < f.gridHeight; ++gy) {
        for (int gx = 0; gx < f.gridWidth; ++gx) {
            const double x = x0 + gx * kGridStep * ds;
            const double y = y0 + gy * kGridStep * ds;
            const size_t i = size_t(gy) * f.gridWidth + gx;
            // Ragged edges: two octaves of noise on the outline.
            const double rough = 0.04 * (valueNoise(x / 900, y / 900, m_seed ^ 1) - 0.5)
                + 0.02 * (valueNoise(x / 160, y / 160, m_seed ^ 2) - 0.5);
            double inside = kFar;
            for (const DemoBlob *b : pieces) {
                inside = std::min(inside, (b->normalisedRadius(x, y) - 1.0 + rough) * b->radius);
            }
            f.tissue[i] = float(inside);
            f.anyTissue = f.anyTissue || inside < 2.0 * kGridStep * ds;
            const double infiltrate = 0.06 * (valueNoise(x / 500, y / 500, m_seed ^ 3) - 0.5);
            double tumour = kFar;
            for (const DemoBlob *b : tumours) {
                tumour
                    = std::min(tumour, (b->normalisedRadius(x, y) - 1.0 + infiltrate) * b->radius);
            }
            f.tumour[i] = float(tumour);
            const double angle = 4 * kPi * valueNoise(x / 2500, y / 2500, m_seed ^ 4);
            f.cosAngle[i] = float(std::cos(angle));
            f.sinAngle[i] = float(std::sin(angle));
        }
    }
}

void DemoTissue::shadePixels(const Fields &f, double ds, double x0, double y0, uint8_t *rgb) const
{
    Shading shading;
    shading.fibreAmount = clamp01(float((8.0 - ds) / 6.0));
    shading.grainAmount = clamp01(float(1.0 - ds / 32.0));
    shading.tint = ds > kMaxSplatDownsample;
    shading.tumourEdge = float(std::max(40.0, ds));
    // The fields interpolated down to one row, then along it: 4 lerps per pixel and field.
    const int gw = f.gridWidth;
    std::vector<float> row(size_t(gw) * 4);
    for (int j = 0; j < f.height; ++j) {
        const float gy = std::min((j + 0.5f) / kGridStep, float(f.gridHeight - 1) - 1e-3f);
        const int iy = int(gy);
        const float ty = gy - iy;
        const std::vector<float> *grids[] = {&f.tissue, &f.tumour, &f.cosAngle, &f.sinAngle};
        for (int k = 0; k < 4; ++k) {
            const float *top = grids[k]->data() + size_t(iy) * gw;
            for (int g = 0; g < gw; ++g) {
                row[size_t(k * gw + g)] = top[g] + (top[g + gw] - top[g]) * ty;
            }
        }
        shadeRow(shading, row.data(), gw, ds, x0, float(y0 + (j + 0.5) * ds),
                 rgb + size_t(j) * f.width * 3, f.width);
    }
}

// Fibres: three layers of stretched noise at fixed directions (0, 60, 120 degrees), weighted
// by how well each matches the local direction (cos, sin of a slowly varying angle). Rotating
// the coordinates by the varying angle itself would turn far-from-origin pixels into moire.
float DemoTissue::fibreAt(float x, float y, float c, float s) const
{
    static constexpr float kCos[] = {1.0f, 0.5f, -0.5f};
    static constexpr float kSin[] = {0.0f, 0.8660254f, 0.8660254f};
    const float c2 = c * c - s * s; // the direction is axial: compare doubled angles
    const float s2 = 2.0f * c * s;
    const float wave = 12.0f * (texture(x / 700.0f + 101.0f, y / 700.0f + 53.0f) - 0.5f);
    float sum = 0.0f;
    float weights = 0.0f;
    for (int k = 0; k < 3; ++k) {
        const float cos2k = kCos[k] * kCos[k] - kSin[k] * kSin[k];
        const float sin2k = 2.0f * kCos[k] * kSin[k];
        float w = c2 * cos2k + s2 * sin2k;
        if (w <= 0.0f) {
            continue;
        }
        w *= w;
        const float along = (x * kCos[k] + y * kSin[k]) / 60.0f + 17.0f * k;
        const float across = (y * kCos[k] - x * kSin[k]) / 3.0f + wave;
        const float ridge = 1.0f - std::abs(2.0f * texture(along, across) - 1.0f);
        sum += w * ridge * ridge * ridge * ridge;
        weights += w;
    }
    return weights > 0.0f ? sum / weights : kFibreMean;
}

void DemoTissue::shadeRow(const Shading &sh, const float *row, int gw, double ds, double x0,
                          float y, uint8_t *out, int width) const
{
    const float invDs = float(1.0 / ds);
    for (int i = 0; i < width; ++i, out += 3) {
        const int g = i / kGridStep;
        const float t = ((i % kGridStep) + 0.5f) / kGridStep;
        const auto at = [&](int k) {
            const float *r = row + size_t(k * gw + g);
            return r[0] + (r[1] - r[0]) * t;
        };
        const float alpha = clamp01(0.5f - at(0) * invDs);
        if (alpha <= 0.0f) {
            out[0] = kGlass[0], out[1] = kGlass[1], out[2] = kGlass[2];
            continue;
        }
        const float x = float(x0 + (i + 0.5) * ds);
        const float tumour = clamp01(0.5f - at(1) / sh.tumourEdge);
        float fibre = kFibreMean;
        if (sh.fibreAmount > 0.0f) {
            fibre = kFibreMean + sh.fibreAmount * (fibreAt(x, y, at(2), at(3)) - kFibreMean);
        }
        float grain = 1.0f;
        if (sh.grainAmount > 0.0f) {
            grain
                += sh.grainAmount * 0.16f * (texture(x / 90.0f + 37.0f, y / 90.0f + 11.0f) - 0.5f);
        }
        Rgb colour = mix(mix(kStromaLight, kStromaFibre, fibre * (1.0f - tumour)), kTumourCytoplasm,
                         tumour);
        colour = {colour.r * grain, colour.g * grain, colour.b * grain};
        if (sh.tint) {
            const float coverage = kCoverageStroma + (kCoverageTumour - kCoverageStroma) * tumour;
            colour = mix(colour, mix(kNucleusStroma, kNucleusTumour, tumour), coverage);
        }
        colour = mix(kGlassRgb, colour, alpha);
        out[0] = uint8_t(std::clamp(colour.r, 0.0f, 255.0f));
        out[1] = uint8_t(std::clamp(colour.g, 0.0f, 255.0f));
        out[2] = uint8_t(std::clamp(colour.b, 0.0f, 255.0f));
    }
}

namespace {

struct Nucleus
{
    float x, y; // output pixels
    float major, minor; // output pixels
    float cosR, sinR;
    Rgb colour;
};

void drawNucleus(const Nucleus &n, int width, int height, float chromatin, uint8_t *rgb)
{
    const int left = std::max(0, int(n.x - n.major - 1));
    const int right = std::min(width - 1, int(n.x + n.major + 1));
    const int top = std::max(0, int(n.y - n.major - 1));
    const int bottom = std::min(height - 1, int(n.y + n.major + 1));
    for (int j = top; j <= bottom; ++j) {
        uint8_t *out = rgb + (size_t(j) * width + left) * 3;
        for (int i = left; i <= right; ++i, out += 3) {
            const float dx = i + 0.5f - n.x;
            const float dy = j + 0.5f - n.y;
            const float lx = (dx * n.cosR + dy * n.sinR) / n.major;
            const float ly = (dy * n.cosR - dx * n.sinR) / n.minor;
            const float cover = clamp01((1.0f - std::sqrt(lx * lx + ly * ly)) * n.minor + 0.5f);
            if (cover <= 0.0f) {
                continue;
            }
            // Chromatin: darker rim and speckle so nuclei are not flat discs at full zoom.
            const float shade = 1.0f + chromatin * (0.25f * (lx * lx + ly * ly) - 0.12f);
            const float a = cover * 0.92f;
            out[0] = uint8_t(out[0] + (std::min(255.0f, n.colour.r * shade) - out[0]) * a);
            out[1] = uint8_t(out[1] + (std::min(255.0f, n.colour.g * shade) - out[1]) * a);
            out[2] = uint8_t(out[2] + (std::min(255.0f, n.colour.b * shade) - out[2]) * a);
        }
    }
}

} // namespace

void DemoTissue::splatNuclei(const Fields &f, double ds, double x0, double y0, uint8_t *rgb) const
{
    const double margin = 24.0; // largest nucleus radius, level-0 px
    const auto firstX = int64_t(std::floor((x0 - margin) / kNucleusCell));
    const auto lastX = int64_t(std::floor((x0 + f.width * ds + margin) / kNucleusCell));
    const auto firstY = int64_t(std::floor((y0 - margin) / kNucleusCell));
    const auto lastY = int64_t(std::floor((y0 + f.height * ds + margin) / kNucleusCell));
    const float chromatin = ds <= 2.0 ? 1.0f : 0.0f;
    const float tumourEdge = float(std::max(40.0, ds));
    for (int64_t cy = firstY; cy <= lastY; ++cy) {
        for (int64_t cx = firstX; cx <= lastX; ++cx) {
            uint64_t h = hash2(cx, cy, m_seed ^ 0x4E55C1ULL);
            const double px = (double(cx) + 0.1 + 0.8 * unitOf(h)) * kNucleusCell;
            h = splitmix(h);
            const double py = (double(cy) + 0.1 + 0.8 * unitOf(h)) * kNucleusCell;
            const float ox = float((px - x0) / ds);
            const float oy = float((py - y0) / ds);
            const float alpha = clamp01(0.5f - f.at(f.tissue, ox, oy) / float(ds));
            const float tumour = clamp01(0.5f - f.at(f.tumour, ox, oy) / tumourEdge);
            h = splitmix(h);
            if (alpha < 0.5f || unitOf(h) >= 0.16 + (0.92 - 0.16) * tumour) {
                continue;
            }
            h = splitmix(h);
            const bool tumourCell = unitOf(h) < tumour;
            h = splitmix(h);
            const float u = float(unitOf(h));
            h = splitmix(h);
            const float v = float(unitOf(h));
            Nucleus n {ox, oy, 0, 0, 1, 0, kNucleusStroma};
            if (tumourCell) {
                n.major = 11.0f + 5.0f * u;
                n.minor = n.major * (0.75f + 0.2f * v);
                n.cosR = std::cos(v * 2 * kPi);
                n.sinR = std::sin(v * 2 * kPi);
                const float dark = 0.85f + 0.3f * u;
                n.colour
                    = {kNucleusTumour.r * dark, kNucleusTumour.g * dark, kNucleusTumour.b * dark};
            } else if (u < 0.3f) { // lymphocyte: small, round, very dark
                n.major = n.minor = 6.0f;
                n.colour = {60, 30, 100};
            } else { // fibroblast: elongated along the fibres
                n.major = 8.0f + 2.0f * v;
                n.minor = n.major * 0.4f;
                n.cosR = f.at(f.cosAngle, ox, oy);
                n.sinR = f.at(f.sinAngle, ox, oy);
            }
            n.major /= float(ds);
            n.minor /= float(ds);
            drawNucleus(n, f.width, f.height, chromatin, rgb);
        }
    }
}

bool DemoTissue::render(double downsample, double x0, double y0, int width, int height,
                        uint8_t *rgb) const
{
    Fields fields;
    fields.width = width;
    fields.height = height;
    sampleFields(fields, downsample, x0, y0);
    if (!fields.anyTissue) {
        for (size_t i = 0; i < size_t(width) * height; ++i) {
            std::copy(kGlass.begin(), kGlass.end(), rgb + i * 3);
        }
        return false;
    }
    shadePixels(fields, downsample, x0, y0, rgb);
    if (downsample <= kMaxSplatDownsample) {
        splatNuclei(fields, downsample, x0, y0, rgb);
    }
    return true;
}

} // namespace oncoview::slide
