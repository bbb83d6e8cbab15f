// SPDX-License-Identifier: Apache-2.0
// DCE analysis: kinetics on the breast phantom, volume maths and ROI statistics with known
// answers, rigid motion correction recovering a known displacement.
#include <catch2/catch.hpp>

#include "viewers/mri/dce/dcekinetics.h"
#include "viewers/mri/dce/motioncorrection.h"
#include "viewers/mri/dce/roistats.h"
#include "viewers/mri/dce/volumemath.h"
#include "viewers/mri/io/breastphantom.h"

#include <chrono>
#include <cmath>

using namespace oncoview::mri;

namespace {

// Generated once: several test cases read the same default phantom.
const PhantomStudy &phantom()
{
    static const PhantomStudy study = breastPhantom(PhantomParams {}, 7);
    return study;
}

const PhantomFinding &finding(bool malignant)
{
    for (const PhantomFinding &f : phantom().findings) {
        if (f.malignant == malignant) {
            return f;
        }
    }
    throw std::logic_error("default phantom lacks a finding");
}

std::array<int, 3> nearestVoxel(const Volume &v, const std::array<double, 3> &lps)
{
    const auto c = v.lpsToIndex(lps);
    return {int(std::lround(c[0])), int(std::lround(c[1])), int(std::lround(c[2]))};
}

Volume makeVolume(std::array<int, 3> size, std::array<double, 3> spacing = {1, 1, 1},
                  float value = 0.f)
{
    Volume v;
    v.size = size;
    v.spacing = spacing;
    v.voxels.assign(v.voxelCount(), value);
    return v;
}

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

} // namespace

TEST_CASE("BI-RADS thresholds classify at their boundaries", "[kinetics]")
{
    CHECK(classifyInitial(49.9) == InitialPhase::Slow);
    CHECK(classifyInitial(50.0) == InitialPhase::Medium);
    CHECK(classifyInitial(100.0) == InitialPhase::Medium);
    CHECK(classifyInitial(100.1) == InitialPhase::Rapid);
    CHECK(classifyDelayed(10.1) == CurveType::Persistent);
    CHECK(classifyDelayed(10.0) == CurveType::Plateau);
    CHECK(classifyDelayed(-10.0) == CurveType::Plateau);
    CHECK(classifyDelayed(-10.1) == CurveType::Washout);
    CHECK(std::string(curveTypeName(CurveType::Washout)) == "wash-out");
}

TEST_CASE("curve analysis takes the peak within the early window", "[kinetics]")
{
    TimeIntensityCurve c {{0, 60, 120, 180, 300}, {100, 150, 180, 170, 150}, 1};
    CurveAnalysis a = analyseCurve(c);
    CHECK(a.earlyPhase == 2);
    CHECK(a.initialEnhancementPercent == Approx(80.0));
    CHECK(a.initial == InitialPhase::Medium);
    CHECK(a.delayedChangePercent == Approx(-100.0 / 6.0));
    CHECK(a.shape == CurveType::Washout);
    CHECK(a.label == CurveType::Washout);

    KineticParams strict;
    strict.enhancementThresholdPercent = 100; // CADstream's strictest setting
    a = analyseCurve(c, strict);
    CHECK_FALSE(a.enhancing);
    CHECK(a.label == CurveType::NonEnhancing);
    CHECK(a.shape == CurveType::Washout);

    // First post-contrast phase after the window: it is the early phase all the same.
    a = analyseCurve({{0, 150, 300}, {100, 250, 260}, 1});
    CHECK(a.earlyPhase == 1);
    CHECK(a.initial == InitialPhase::Rapid);
    CHECK(a.shape == CurveType::Plateau);

    CHECK_THROWS_AS(analyseCurve({{0, 60}, {100}, 1}), std::invalid_argument);
    CHECK_THROWS_AS(analyseCurve({{0, 90, 60}, {100, 200, 150}, 1}), std::invalid_argument);
    CHECK_THROWS_AS(analyseCurve({{0}, {100}, 1}), std::invalid_argument);
}

TEST_CASE("phantom lesions show their kinetic curve types", "[kinetics]")
{
    const PhantomStudy &s = phantom();
    const PhantomFinding &malignant = finding(true);
    const auto m = nearestVoxel(s.dce[0], malignant.centreLps);
    const CurveAnalysis atVoxel = analyseCurve(curveAtVoxel(s.dce, s.dceSeconds, m[0], m[1], m[2]));
    CHECK(atVoxel.initial == InitialPhase::Rapid);
    CHECK(atVoxel.shape == CurveType::Washout);
    CHECK(atVoxel.label == CurveType::Washout);

    // ROI mean: noise averages out, so compare with the phantom's own enhancement model.
    const auto roi = sphereMask(s.dce[0], malignant.centreLps, 4.0);
    const TimeIntensityCurve curve = curveInMask(s.dce, s.dceSeconds, roi);
    CHECK(curve.voxelCount > 20);
    const CurveAnalysis a = analyseCurve(curve);
    CHECK(a.initialEnhancementPercent == Approx(malignantEnhancement(1) * 100).margin(8));
    const double late = (1 + malignantEnhancement(4)) / (1 + malignantEnhancement(1)) - 1;
    CHECK(a.delayedChangePercent == Approx(late * 100).margin(3));
    CHECK(a.shape == CurveType::Washout);

    const PhantomFinding &benign = finding(false);
    const TimeIntensityCurve bc
        = curveInMask(s.dce, s.dceSeconds, sphereMask(s.dce[0], benign.centreLps, 3.0));
    const CurveAnalysis b = analyseCurve(bc);
    CHECK(b.shape == CurveType::Persistent);
    CHECK(b.initial == InitialPhase::Slow); // type I, slow rise in this phantom
    const auto bv = nearestVoxel(s.dce[0], benign.centreLps);
    CHECK(analyseCurve(curveAtVoxel(s.dce, s.dceSeconds, bv[0], bv[1], bv[2])).shape
          == CurveType::Persistent);
}

TEST_CASE("kinetic map of the phantom marks the lesion as wash-out", "[kinetics]")
{
    const PhantomStudy &s = phantom();
    const auto start = std::chrono::steady_clock::now();
    const KineticMap map = computeKineticMap(s.dce, s.dceSeconds);
    WARN("kinetic map of " << s.dce[0].size[0] << "x" << s.dce[0].size[1] << "x" << s.dce[0].size[2]
                           << "x" << s.dce.size() << ": " << seconds(start) * 1000 << " ms");
    REQUIRE(sameGrid(map.labels, s.dce[0]));
    CHECK(map.minPreSignal > 0);

    const PhantomFinding &malignant = finding(true);
    const KineticSummary lesion
        = summarizeKinetics(map, sphereMask(s.dce[0], malignant.centreLps, 6.0));
    CHECK(lesion.enhancingVoxels > lesion.roiVoxels * 9 / 10);
    CHECK(lesion.washoutShare > 0.8);
    CHECK(lesion.worst == CurveType::Washout);
    CHECK(lesion.persistentShare + lesion.plateauShare + lesion.washoutShare == Approx(1.0));

    // Wash-out is specific: almost none of it outside the malignant lesion.
    const auto nearLesion = sphereMask(s.dce[0], malignant.centreLps, malignant.radiusMm + 4);
    size_t washoutInside = 0, washoutOutside = 0;
    for (size_t i = 0; i < nearLesion.size(); ++i) {
        if (map.labels.voxels[i] == float(CurveType::Washout)) {
            ++(nearLesion[i] ? washoutInside : washoutOutside);
        }
    }
    CHECK(washoutOutside * 20 < washoutInside);

    // The benign structure rises slowly: below the default 50 % threshold, persistent at 20 %.
    const auto benignRoi = sphereMask(s.dce[0], finding(false).centreLps, 4.0);
    const KineticSummary benignDefault = summarizeKinetics(map, benignRoi);
    CHECK(benignDefault.roiVoxels > 40);
    CHECK(benignDefault.enhancingVoxels * 10 < benignDefault.roiVoxels);
    KineticParams low;
    low.enhancementThresholdPercent = 20;
    const KineticSummary benign
        = summarizeKinetics(computeKineticMap(s.dce, s.dceSeconds, low), benignRoi);
    CHECK(benign.persistentShare > 0.8);

    std::atomic<bool> cancel {true};
    CHECK_THROWS_AS(computeKineticMap(s.dce, s.dceSeconds, {}, &cancel), AnalysisCancelled);
    CHECK_THROWS_AS(summarizeKinetics(map, std::vector<uint8_t>(10, 1)), std::invalid_argument);
}

TEST_CASE("the strongest enhancement is a region, not a lone noisy voxel", "[kinetics]")
{
    Volume labels = makeVolume({20, 20, 10});
    Volume percent = makeVolume({20, 20, 10});
    CHECK_FALSE(strongestEnhancement(labels, percent)); // nothing enhances
    // A lone voxel at 400 % and a 3 x 3 x 3 block at 120 % (its centre 130 %).
    labels.at(3, 3, 3) = 3;
    percent.at(3, 3, 3) = 400;
    for (int z = 5; z <= 7; ++z) {
        for (int y = 10; y <= 12; ++y) {
            for (int x = 14; x <= 16; ++x) {
                labels.at(x, y, z) = 1;
                percent.at(x, y, z) = 120;
            }
        }
    }
    percent.at(15, 11, 6) = 130;
    // Enhancement where the map leaves the voxel unlabelled (masked) does not count.
    percent.at(1, 18, 1) = 900;
    const auto hot = strongestEnhancement(labels, percent);
    REQUIRE(hot);
    CHECK(hot->voxel == std::array<int, 3> {15, 11, 6});
    CHECK(hot->meanPercent == Approx((26 * 120 + 130) / 27.0));
    CHECK_FALSE(strongestEnhancement(labels, makeVolume({20, 20, 9}))); // grids differ
}

TEST_CASE("kinetics reject inconsistent phases", "[kinetics]")
{
    const std::vector<Volume> phases {makeVolume({4, 4, 4}, {1, 1, 1}, 100),
                                      makeVolume({4, 4, 4}, {1, 1, 1}, 200)};
    CHECK_THROWS_AS(curveAtVoxel(phases, {0}, 0, 0, 0), std::invalid_argument);
    CHECK_THROWS_AS(curveAtVoxel(phases, {0, 60}, 4, 0, 0), std::invalid_argument);
    CHECK_THROWS_AS(curveInMask(phases, {0, 60}, std::vector<uint8_t>(64, 0)),
                    std::invalid_argument);
    auto shifted = phases;
    shifted[1].origin[2] = 5;
    CHECK_THROWS_WITH(computeKineticMap(shifted, {0, 60}), Catch::Contains("different grid"));
    const KineticMap map = computeKineticMap(phases, {0, 60});
    CHECK(map.labels.at(1, 2, 3) == 0.f); // 100 % rise, but no delayed phase to type
    CHECK(map.initialEnhancementPercent.at(1, 2, 3) == Approx(100));
}

TEST_CASE("subtraction requires one grid", "[volumemath]")
{
    Volume pre = makeVolume({3, 2, 2}, {1, 1, 2}, 10.f);
    Volume post = pre;
    for (size_t i = 0; i < post.voxels.size(); ++i) {
        post.voxels[i] = float(i);
    }
    const Volume d = subtract(post, pre);
    CHECK(d.at(2, 1, 1) == Approx(11.0 - 10.0));
    CHECK(d.at(0, 0, 0) == Approx(-10.0));
    CHECK(sameGrid(d, post));
    Volume other = pre;
    other.spacing[2] = 3;
    CHECK_THROWS_WITH(subtract(post, other),
                      Catch::Contains("different grids") && Catch::Contains("spacing"));
    CHECK_THROWS_AS(subtract(post, makeVolume({3, 2, 1})), std::invalid_argument);
    CHECK_THROWS_AS(subtract(post, Volume {}), std::invalid_argument);
}

TEST_CASE("MIP and thin-slab MIP", "[volumemath]")
{
    Volume v = makeVolume({4, 3, 10}, {1, 1, 2});
    for (int z = 0; z < 10; ++z) {
        for (int y = 0; y < 3; ++y) {
            for (int x = 0; x < 4; ++x) {
                v.at(x, y, z) = float(x + 10 * y + 100 * (z == 4 ? 9 : z % 7));
            }
        }
    }
    const Volume mz = maximumIntensityProjection(v, 2);
    REQUIRE(mz.size == std::array<int, 3> {4, 3, 1});
    CHECK(mz.at(3, 2, 0) == Approx(3 + 20 + 900));
    CHECK(mz.origin[2] == Approx(9.0)); // middle of slices 0..9 at 2 mm
    const Volume mx = maximumIntensityProjection(v, 0);
    REQUIRE(mx.size == std::array<int, 3> {1, 3, 10});
    CHECK(mx.at(0, 1, 3) == Approx(3 + 10 + 300));
    CHECK(mx.origin[0] == Approx(1.5));

    CHECK(slabMip(v, 2, 2, 3).at(0, 0, 0) == Approx(300)); // slices 1..3
    CHECK(slabMip(v, 2, 5, 3).at(1, 0, 0) == Approx(901)); // slices 4..6 hold the 900 slice
    CHECK(slabMip(v, 2, 8, 1).at(0, 0, 0) == Approx(100)); // slice 8: 8 % 7
    const Volume edge = slabMip(v, 2, 0, 5); // clipped to slices 0..2
    CHECK(edge.at(0, 0, 0) == Approx(200));
    CHECK(edge.origin[2] == Approx(2.0));
    CHECK_THROWS_AS(slabMip(v, 2, 10, 3), std::invalid_argument);
    CHECK_THROWS_AS(slabMip(v, 3, 0, 3), std::invalid_argument);
    CHECK_THROWS_AS(slabMip(v, 2, 0, 0), std::invalid_argument);
}

TEST_CASE("resampling through patient space honours orientation", "[volumemath]")
{
    // A linear field in LPS is reproduced exactly by trilinear interpolation.
    const auto field
        = [](const std::array<double, 3> &p) { return 2 * p[0] + 3 * p[1] - p[2] + 5; };
    Volume moving = makeVolume({20, 16, 12}, {1.2, 1.5, 2.5});
    const double a = 30 * M_PI / 180; // oblique: rotated 30 degrees about the k axis
    moving.direction = {std::cos(a), -std::sin(a), 0, std::sin(a), std::cos(a), 0, 0, 0, 1};
    moving.origin = {-3, 2, -10};
    for (int z = 0; z < 12; ++z) {
        for (int y = 0; y < 16; ++y) {
            for (int x = 0; x < 20; ++x) {
                moving.at(x, y, z) = float(field(moving.indexToLps(x, y, z)));
            }
        }
    }
    Volume reference = makeVolume({30, 30, 20}, {1, 1, 1});
    reference.origin = {-10, -5, -12};
    const Volume out = resampleToGrid(moving, reference, -999.f);
    REQUIRE(sameGrid(out, reference));
    int inside = 0, outside = 0;
    for (int z = 0; z < 20; ++z) {
        for (int y = 0; y < 30; ++y) {
            for (int x = 0; x < 30; ++x) {
                const auto p = reference.indexToLps(x, y, z);
                const auto c = moving.lpsToIndex(p);
                const bool in
                    = c[0] >= 0 && c[1] >= 0 && c[2] >= 0 && c[0] <= 19 && c[1] <= 15 && c[2] <= 11;
                const bool out2 = c[0] < -0.5 || c[1] < -0.5 || c[2] < -0.5 || c[0] > 19.5
                    || c[1] > 15.5 || c[2] > 11.5;
                if (in) {
                    ++inside;
                    REQUIRE(out.at(x, y, z) == Approx(field(p)).margin(1e-3));
                } else if (out2) {
                    ++outside;
                    REQUIRE(out.at(x, y, z) == -999.f);
                }
            }
        }
    }
    CHECK(inside > 1000);
    CHECK(outside > 1000);
    // Onto its own grid it is the identity.
    const Volume self = resampleToGrid(moving, moving);
    CHECK(self.at(7, 9, 4) == Approx(moving.at(7, 9, 4)).margin(1e-3));
    std::atomic<bool> cancel {true};
    CHECK_THROWS_AS(resampleToGrid(moving, reference, 0.f, &cancel), AnalysisCancelled);
}

TEST_CASE("ADC from two or more b-values", "[volumemath]")
{
    const double adc = 1.2e-3;
    std::vector<Volume> dwi {makeVolume({4, 4, 2}, {2, 2, 4}, 1000.f),
                             makeVolume({4, 4, 2}, {2, 2, 4}, float(1000 * std::exp(-400 * adc))),
                             makeVolume({4, 4, 2}, {2, 2, 4}, float(1000 * std::exp(-800 * adc)))};
    dwi[0].at(1, 1, 1) = 5; // background: masked
    AdcParams params;
    params.minS0 = 50;
    const Volume two = adcMap({dwi[0], dwi[2]}, {0, 800}, params);
    CHECK(two.at(0, 0, 0) == Approx(adc).epsilon(1e-4));
    CHECK(two.at(1, 1, 1) == 0.f);
    const Volume three = adcMap(dwi, {0, 400, 800}); // automatic mask
    CHECK(three.at(3, 2, 1) == Approx(adc).epsilon(1e-4));
    CHECK(three.at(1, 1, 1) == 0.f);
    CHECK_THROWS_AS(adcMap({dwi[0]}, {0}), std::invalid_argument);
    CHECK_THROWS_AS(adcMap({dwi[0], dwi[2]}, {800, 800}), std::invalid_argument);
    CHECK_THROWS_AS(adcMap({dwi[0], makeVolume({4, 4, 3})}, {0, 800}), std::invalid_argument);
}

TEST_CASE("phantom ADC restricts in the malignant lesion, and maps onto the DCE grid",
          "[volumemath]")
{
    const PhantomStudy &s = phantom();
    const Volume adc = adcMap(s.dwi, s.bValues);
    const Volume onDce = resampleToGrid(adc, s.dce[0]);
    const auto roiMean = [](const Volume &v, const PhantomFinding &f) {
        return roiStats(v, sphereMask(v, f.centreLps, f.radiusMm * 0.5)).mean;
    };
    CHECK(roiMean(adc, finding(true)) == Approx(0.7e-3).margin(0.1e-3));
    CHECK(roiMean(adc, finding(false)) == Approx(2.2e-3).margin(0.2e-3));
    CHECK(roiMean(onDce, finding(true)) == Approx(0.7e-3).margin(0.1e-3));
    CHECK(roiMean(onDce, finding(false)) == Approx(2.2e-3).margin(0.2e-3));
}

TEST_CASE("ROI statistics and distances", "[roi]")
{
    Volume v = makeVolume({40, 40, 30}, {0.5, 0.5, 2.0});
    for (size_t i = 0; i < v.voxels.size(); ++i) {
        v.voxels[i] = float(i % 7); // 0..6
    }
    const std::array<double, 3> centre = v.indexToLps(20, 20, 15);

    const auto box = boxMask(v, 2, centre, {1.0, 2.0}); // 5 x 9 voxels of 0.25 mm^2
    const RoiStats b = roiStats(v, box);
    CHECK(b.voxelCount == 45);
    CHECK(b.planeAxis == 2);
    CHECK(b.areaMm2 == Approx(45 * 0.25));
    CHECK(b.volumeMm3 == Approx(45 * 0.5));
    double sum = 0, sq = 0;
    float lo = 99, hi = -1;
    for (size_t i = 0; i < box.size(); ++i) {
        if (box[i]) {
            sum += v.voxels[i];
            lo = std::min(lo, v.voxels[i]);
            hi = std::max(hi, v.voxels[i]);
        }
    }
    const double mean = sum / 45;
    for (size_t i = 0; i < box.size(); ++i) {
        sq += box[i] ? (v.voxels[i] - mean) * (v.voxels[i] - mean) : 0;
    }
    CHECK(b.mean == Approx(mean));
    CHECK(b.sd == Approx(std::sqrt(sq / 44)));
    CHECK(b.min == lo);
    CHECK(b.max == hi);

    const RoiStats e = roiStats(v, ellipseMask(v, 2, centre, {6.0, 4.0}));
    CHECK(e.areaMm2 == Approx(M_PI * 6 * 4).epsilon(0.03));
    const RoiStats sagittal = roiStats(v, ellipseMask(v, 0, centre, {5.0, 10.0}));
    CHECK(sagittal.planeAxis == 0);
    CHECK(sagittal.areaMm2 == Approx(M_PI * 5 * 10).epsilon(0.08)); // 2 mm slices: coarse

    Volume iso = makeVolume({40, 40, 40}, {1, 1, 1}, 3.f);
    const RoiStats ball = roiStats(iso, sphereMask(iso, iso.indexToLps(20, 20, 20), 10.0));
    CHECK(ball.planeAxis == -1);
    CHECK(ball.areaMm2 == 0);
    CHECK(ball.volumeMm3 == Approx(4.0 / 3.0 * M_PI * 1000).epsilon(0.03));
    CHECK(ball.mean == Approx(3.0));
    CHECK(ball.sd == Approx(0.0).margin(1e-9));

    CHECK(distanceMm({1, 2, 3}, {4, 6, 3}) == Approx(5.0));
    CHECK_THROWS_AS(roiStats(v, std::vector<uint8_t>(5, 1)), std::invalid_argument);
    CHECK_THROWS_AS(ellipseMask(v, 2, {0, 0, 500}, {3, 3}), std::invalid_argument);
    CHECK_THROWS_AS(sphereMask(v, centre, 0), std::invalid_argument);
    CHECK(roiStats(v, std::vector<uint8_t>(v.voxelCount(), 0)).voxelCount == 0);
}

namespace {

// moving(p) = fixed(T^-1(p)): the content moved by T, so registration should find T.
Volume displaced(const Volume &fixed, const RigidTransform &t)
{
    RigidTransform inverse = t;
    for (size_t r = 0; r < 3; ++r) {
        inverse.translationMm[r] = 0;
        for (size_t c = 0; c < 3; ++c) {
            inverse.rotation[r * 3 + c] = t.rotation[c * 3 + r];
            inverse.translationMm[r] -= t.rotation[c * 3 + r] * t.translationMm[c];
        }
    }
    return applyRigid(fixed, inverse, fixed);
}

// Largest distance between where two transforms send the corners of a box around the breasts.
double residualMm(const RigidTransform &found, const RigidTransform &truth)
{
    double worst = 0;
    for (double x : {-80.0, 80.0}) {
        for (double y : {-50.0, 10.0}) {
            for (double z : {-30.0, 30.0}) {
                worst = std::max(worst, distanceMm(found.apply({x, y, z}), truth.apply({x, y, z})));
            }
        }
    }
    return worst;
}

} // namespace

TEST_CASE("motion correction recovers a known shift", "[motion]")
{
    const PhantomStudy &s = phantom();
    RigidTransform truth;
    truth.translationMm = {2.5, -1.5, 2.0};
    const Volume moving = displaced(s.dce[2], truth);
    const RigidTransform found = registerRigid(s.dce[0], moving);
    WARN("rigid registration, one phase: " << found.seconds << " s, " << found.iterations
                                           << " iterations, residual " << residualMm(found, truth)
                                           << " mm");
    CHECK(residualMm(found, truth) < 1.0);
    WARN("motion correction: " << found.seconds
                               << " s"); // ~1 s on a free core; timing is not a test

    // Resampled back, the phase lines up with the pre-contrast again.
    const auto body = sphereMask(s.dce[0], finding(true).centreLps, 25.0);
    const auto meanAbsDiff = [&](const Volume &a, const Volume &b) {
        double sum = 0;
        size_t n = 0;
        for (size_t i = 0; i < body.size(); ++i) {
            if (body[i]) {
                sum += std::abs(a.voxels[i] - b.voxels[i]);
                ++n;
            }
        }
        return sum / double(n);
    };
    const Volume corrected = applyRigid(moving, found, s.dce[0]);
    CHECK(meanAbsDiff(corrected, s.dce[2]) < 0.5 * meanAbsDiff(moving, s.dce[2]));

    MotionCorrectionParams off;
    off.enabled = false;
    const auto passed = correctMotion({s.dce[0], moving}, 0, off);
    CHECK(passed.phases[1].voxels == moving.voxels);
    CHECK(passed.transforms[1].rotationDegrees() == 0);
    CHECK_THROWS_AS(correctMotion({s.dce[0]}, 1), std::invalid_argument);
    std::atomic<bool> cancel {true};
    CHECK_THROWS_AS(correctMotion({s.dce[0], moving}, 0, {}, {}, &cancel), AnalysisCancelled);
    MotionCorrectionParams bad;
    bad.samplesPerLevel = 0;
    CHECK_THROWS_AS(registerRigid(s.dce[0], moving, bad), std::invalid_argument);
}

TEST_CASE("motion correction of a rotated, shifted series", "[motion][slow]")
{
    const PhantomStudy &s = phantom();
    RigidTransform truth;
    const double a = 3 * M_PI / 180; // 3 degrees about the feet-head axis
    truth.rotation = {std::cos(a), -std::sin(a), 0, std::sin(a), std::cos(a), 0, 0, 0, 1};
    truth.centreLps = {0, -10, 0};
    truth.translationMm = {-2.0, 1.0, 1.5};
    std::vector<Volume> phases {s.dce[0], displaced(s.dce[1], truth), displaced(s.dce[4], truth)};
    int calls = 0;
    const auto start = std::chrono::steady_clock::now();
    const MotionCorrectionResult r = correctMotion(phases, 0, {}, [&](int, int) { ++calls; });
    WARN("motion correction, 2 phases: " << seconds(start) << " s");
    CHECK(calls == 3);
    REQUIRE(r.transforms.size() == 3);
    CHECK(r.transforms[0].rotationDegrees() == 0);
    for (int p : {1, 2}) {
        CHECK(residualMm(r.transforms[size_t(p)], truth) < 1.0);
        CHECK(r.transforms[size_t(p)].rotationDegrees() == Approx(3.0).margin(0.5));
        CHECK(sameGrid(r.phases[size_t(p)], s.dce[0]));
    }
}
