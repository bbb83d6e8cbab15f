// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/breastphantom.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <random>
#include <thread>

namespace oncoview::mri {

namespace {

using Vec3 = std::array<double, 3>;
constexpr double kEdgeMm = 1.5; // partial-volume blur of every boundary

// Tissue fractions at one point; lesions replace the background tissue they sit in.
struct Fractions
{
    double fat = 0, fibro = 0, muscle = 0, organ = 0, malignant = 0, benign = 0;
};

struct Wave
{
    Vec3 k;
    double phase;
};

struct Anatomy
{
    std::vector<Wave> waves; // smooth random field that shapes fibroglandular tissue
    std::vector<PhantomFinding> findings;
};

// Signals of each tissue per contrast: T1 (DCE pre-contrast), T2, DWI b0, ADC (mm^2/s).
struct TissueSignal
{
    double t1, t2, b0, adc;
};
constexpr TissueSignal kFat {320, 260, 40, 0.5e-3};
constexpr TissueSignal kFibro {200, 150, 150, 1.8e-3};
constexpr TissueSignal kMuscle {150, 70, 60, 1.5e-3};
constexpr TissueSignal kOrgan {60, 90, 50, 2.0e-3};
constexpr TissueSignal kMalignant {170, 130, 200, 0.7e-3}; // restricted diffusion
constexpr TissueSignal kBenign {180, 460, 340, 2.2e-3}; // fluid-rich, bright on T2

double softInside(double normalizedRadius, double radiusMm)
{
    return std::clamp((1.0 - normalizedRadius) * radiusMm / kEdgeMm + 0.5, 0.0, 1.0);
}

double field(const Anatomy &a, const Vec3 &p)
{
    double s = 0;
    for (const Wave &w : a.waves) {
        s += std::sin(w.k[0] * p[0] + w.k[1] * p[1] + w.k[2] * p[2] + w.phase);
    }
    return s / std::sqrt(double(a.waves.size()));
}

Fractions fractionsAt(const Anatomy &a, const Vec3 &p)
{
    Fractions f;
    // Thorax: a rounded box posterior to y = 12 mm; pectoral muscle is its anterior band.
    const double bx = std::abs(p[0]) / 92.0, by = std::abs(p[1] - 52.0) / 40.0;
    const double body = softInside(std::pow(std::pow(bx, 4) + std::pow(by, 4), 0.25), 40.0);
    const double muscleBand = std::clamp((24.0 - p[1]) / kEdgeMm + 0.5, 0.0, 1.0);
    f.muscle = body * muscleBand;
    f.organ = body - f.muscle;
    // Two breasts, prone, hanging anteriorly (negative y in LPS).
    double breast = 0;
    for (double side : {-1.0, 1.0}) {
        const Vec3 c {side * 48.0, 8.0, 0.0}, r {36.0, 46.0, 40.0};
        const double n
            = std::sqrt(std::pow((p[0] - c[0]) / r[0], 2) + std::pow((p[1] - c[1]) / r[1], 2)
                        + std::pow((p[2] - c[2]) / r[2], 2));
        const double anterior = std::clamp((12.0 - p[1]) / kEdgeMm + 0.5, 0.0, 1.0);
        breast = std::max(breast, softInside(n, 40.0) * anterior);
        if (n < 1.2) { // fibroglandular cone: denser near the centre of the breast
            const double t = field(a, p) + 1.1 - 1.6 * n;
            const double fibro = breast * std::clamp(t * 1.5, 0.0, 1.0);
            f.fibro = std::max(f.fibro, fibro);
        }
    }
    f.fat = std::max(0.0, breast - f.fibro);
    for (const PhantomFinding &l : a.findings) {
        const Vec3 d {p[0] - l.centreLps[0], p[1] - l.centreLps[1], p[2] - l.centreLps[2]};
        double r = std::sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
        if (l.malignant && r > 0) { // irregular margin: radius modulated with direction
            r *= 1.0 + 0.12 * std::sin(5 * std::atan2(d[1], d[0])) * std::cos(3 * d[2] / r);
        }
        const double inside = softInside(r / l.radiusMm, l.radiusMm);
        (l.malignant ? f.malignant : f.benign)
            = std::max(l.malignant ? f.malignant : f.benign, inside);
    }
    return f;
}

double backgroundEnhancement(double kinetics, int phase)
{
    return phase <= 0 ? 0.0 : kinetics * (1.0 - std::exp(-phase / 1.5));
}

// Signal of a mixture; select picks the contrast, enh the per-tissue relative enhancement.
template<typename Select> double mix(const Fractions &f, Select select, const double enh[6])
{
    const double lesion = std::min(1.0, f.malignant + f.benign);
    const double bg = f.fat * select(kFat) * (1 + enh[0]) + f.fibro * select(kFibro) * (1 + enh[1])
        + f.muscle * select(kMuscle) * (1 + enh[2]) + f.organ * select(kOrgan) * (1 + enh[3]);
    const double les = f.malignant * select(kMalignant) * (1 + enh[4])
        + f.benign * select(kBenign) * (1 + enh[5]);
    const double background = f.fat + f.fibro + f.muscle + f.organ;
    return (background > 0 ? bg * (1 - lesion) : 0.0) + les;
}

Volume grid(std::array<int, 3> size, std::array<double, 3> spacing)
{
    Volume v;
    v.size = size;
    v.spacing = spacing;
    for (int i = 0; i < 3; ++i) { // centred on the patient-space origin
        v.origin[size_t(i)] = -0.5 * (size[size_t(i)] - 1) * spacing[size_t(i)];
    }
    v.voxels.assign(v.voxelCount(), 0.f);
    return v;
}

// Every voxel is independent: slices are shared out over the cores (a 512 x 512 x 200 grid takes
// about a minute on one core).
std::vector<Fractions> sampleFractions(const Anatomy &a, const Volume &g)
{
    std::vector<Fractions> out(g.voxelCount());
    std::atomic<int> nextSlice {0};
    const auto work = [&] {
        for (int z = nextSlice++; z < g.size[2]; z = nextSlice++) {
            for (int y = 0; y < g.size[1]; ++y) {
                for (int x = 0; x < g.size[0]; ++x) {
                    out[g.offset(x, y, z)] = fractionsAt(a, g.indexToLps(x, y, z));
                }
            }
        }
    };
    const int helpers = std::min<int>(int(std::thread::hardware_concurrency()), g.size[2]) - 1;
    std::vector<std::thread> threads;
    for (int i = 0; i < helpers; ++i) {
        threads.emplace_back(work);
    }
    work();
    for (auto &t : threads) {
        t.join();
    }
    return out;
}

template<typename SignalFn>
Volume render(Volume g, const std::vector<Fractions> &fr, SignalFn signal, double sigma,
              std::mt19937 &rng)
{
    std::normal_distribution<double> noise(0.0, sigma);
    for (size_t i = 0; i < fr.size(); ++i) {
        // Magnitude images: noise on the complex signal folds negative values (Rician-like).
        g.voxels[i] = float(std::abs(signal(fr[i]) + noise(rng)));
    }
    return g;
}

std::vector<PhantomFinding> placeFindings(const PhantomParams &p, std::mt19937 &rng)
{
    std::vector<PhantomFinding> out;
    if (!p.randomFindings) {
        if (p.malignant) {
            out.push_back({{44.0, -14.0, 6.0}, 9.0, true});
        }
        if (p.benign) {
            out.push_back({{-50.0, -10.0, -8.0}, 7.0, false});
        }
        return out;
    }
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    const auto randomPoint = [&]() {
        const double side = u(rng) < 0 ? -1.0 : 1.0;
        return Vec3 {side * 48.0 + 16.0 * u(rng), -12.0 + 14.0 * u(rng), 18.0 * u(rng)};
    };
    for (bool malignant : {true, false}) {
        if (malignant ? !p.malignant : !p.benign) {
            continue;
        }
        PhantomFinding f {randomPoint(), malignant ? 7.5 + 3.5 * u(rng) : 6.0 + 2.5 * u(rng),
                          malignant};
        for (int tries = 0; tries < 20 && !out.empty(); ++tries) {
            const auto &o = out.front();
            const double dx = f.centreLps[0] - o.centreLps[0], dy = f.centreLps[1] - o.centreLps[1],
                         dz = f.centreLps[2] - o.centreLps[2];
            if (std::sqrt(dx * dx + dy * dy + dz * dz) > f.radiusMm + o.radiusMm + 6) {
                break;
            }
            f.centreLps = randomPoint();
        }
        out.push_back(f);
    }
    return out;
}

} // namespace

double malignantEnhancement(int phase)
{
    // Type III: >100% at the first post-contrast phase, then wash-out of ~8% of peak per phase.
    return phase <= 0 ? 0.0 : 1.4 * (1.0 - 0.08 * (phase - 1));
}

double benignEnhancement(int phase)
{
    // Type I: slow, steadily rising.
    return phase <= 0 ? 0.0 : 0.9 * (1.0 - std::exp(-phase / 2.5));
}

PhantomStudy breastPhantom(const PhantomParams &params, uint32_t seed)
{
    std::mt19937 rng(seed);
    Anatomy anatomy;
    std::uniform_real_distribution<double> u(0.0, 1.0);
    for (int i = 0; i < 8; ++i) { // wavelengths of 12..30 mm
        const double len = 12.0 + 18.0 * u(rng), th = 2 * M_PI * u(rng), ph = M_PI * u(rng);
        const double k = 2 * M_PI / len;
        anatomy.waves.push_back(
            {{k * std::sin(ph) * std::cos(th), k * std::sin(ph) * std::sin(th), k * std::cos(ph)},
             2 * M_PI * u(rng)});
    }
    anatomy.findings = placeFindings(params, rng);
    PhantomStudy study;
    study.findings = anatomy.findings;
    const double sigma = params.noise * kFat.t1;

    const Volume dceGrid = grid(params.size, params.spacing);
    const auto dceFr = sampleFractions(anatomy, dceGrid);
    for (int p = 0; p < params.dcePhases; ++p) {
        const double enh[6] = {0.02 * (p > 0),
                               backgroundEnhancement(0.15, p),
                               backgroundEnhancement(0.25, p),
                               backgroundEnhancement(0.8, p),
                               malignantEnhancement(p),
                               benignEnhancement(p)};
        const auto t1 = [&](const Fractions &f) {
            return mix(
                f, [](const TissueSignal &s) { return s.t1; }, enh);
        };
        study.dce.push_back(render(dceGrid, dceFr, t1, sigma, rng));
        study.dceSeconds.push_back(p * params.phaseSeconds);
    }
    const double none[6] = {0, 0, 0, 0, 0, 0};
    const Volume t2Grid
        = grid({params.size[0], params.size[1], std::max(1, params.size[2] * 2 / 3)},
               {params.spacing[0], params.spacing[1], params.spacing[2] * 1.5});
    const auto t2 = [&](const Fractions &f) {
        return mix(
            f, [](const TissueSignal &s) { return s.t2; }, none);
    };
    study.t2 = render(t2Grid, sampleFractions(anatomy, t2Grid), t2, sigma, rng);

    // DWI: half the in-plane resolution, as in clinical protocols; same field of view.
    const Volume dwiGrid
        = grid({params.size[0] / 2, params.size[1] / 2, params.size[2] / 2},
               {params.spacing[0] * 2, params.spacing[1] * 2, params.spacing[2] * 2});
    const auto dwiFr = sampleFractions(anatomy, dwiGrid);
    for (double b : study.bValues) {
        const auto dwi = [&](const Fractions &f) {
            return mix(
                f, [b](const TissueSignal &s) { return s.b0 * std::exp(-b * s.adc); }, none);
        };
        study.dwi.push_back(render(dwiGrid, dwiFr, dwi, sigma * 0.5, rng));
    }
    return study;
}

} // namespace oncoview::mri
