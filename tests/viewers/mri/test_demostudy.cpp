// SPDX-License-Identifier: Apache-2.0
// Synthetic breast phantom and the demo DICOM study: write, scan, load, check the physiology.
#include <catch2/catch.hpp>

#include "scratchdir.h"

#include "viewers/mri/io/breastphantom.h"
#include "viewers/mri/io/demostudywriter.h"
#include "viewers/mri/io/seriesloader.h"
#include "viewers/mri/io/studyscanner.h"

#include <chrono>
#include <cmath>
#include <filesystem>
#include <random>

using namespace oncoview::mri;
namespace fs = std::filesystem;

namespace {

using TempDir = oncoview::mri::test::ScratchDir;

// Mean over a small cube around an LPS point (robust to the phantom's noise).
double meanAround(const Volume &v, const std::array<double, 3> &lps, double radiusMm)
{
    const auto c = v.lpsToIndex(lps);
    double sum = 0;
    int n = 0;
    for (int z = int(std::floor(c[2] - 3)); z <= int(std::ceil(c[2] + 3)); ++z) {
        for (int y = int(std::floor(c[1] - 8)); y <= int(std::ceil(c[1] + 8)); ++y) {
            for (int x = int(std::floor(c[0] - 8)); x <= int(std::ceil(c[0] + 8)); ++x) {
                if (!v.contains(x, y, z)) {
                    continue;
                }
                const auto p = v.indexToLps(x, y, z);
                const double d = std::hypot(p[0] - lps[0], p[1] - lps[1], p[2] - lps[2]);
                if (d <= radiusMm) {
                    sum += v.at(x, y, z);
                    ++n;
                }
            }
        }
    }
    return n ? sum / n : 0.0;
}

const SeriesInfo *byRole(const StudyScan &scan, const std::string &role)
{
    for (const SeriesInfo &s : scan.series) {
        if (s.role == role) {
            return &s;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("Volume index <-> LPS round trip with an oblique direction", "[mri][volume]")
{
    Volume v;
    v.size = {10, 20, 30};
    v.spacing = {0.5, 2.0, 3.0};
    v.origin = {10, -20, 5};
    const double c = std::cos(0.3), s = std::sin(0.3);
    v.direction = {c, -s, 0, s, c, 0, 0, 0, 1}; // rotation about S
    const auto p = v.indexToLps(3, 4, 5);
    const auto idx = v.lpsToIndex(p);
    CHECK(idx[0] == Approx(3));
    CHECK(idx[1] == Approx(4));
    CHECK(idx[2] == Approx(5));
    CHECK(p[2] == Approx(5 + 15.0));
}

TEST_CASE("phantom kinetics: wash-out lesion and persistent benign curve", "[mri][phantom]")
{
    CHECK(malignantEnhancement(1) > 1.0);
    const double peak = 1 + malignantEnhancement(1), last = 1 + malignantEnhancement(4);
    CHECK(last < 0.9 * peak);
    for (int p = 1; p < 5; ++p) {
        CHECK(benignEnhancement(p) > benignEnhancement(p - 1));
    }
}

TEST_CASE("random phantoms place findings as asked (training data)", "[mri][phantom]")
{
    PhantomParams params;
    params.size = {48, 48, 16};
    params.spacing = {4, 4, 6};
    params.randomFindings = true;
    params.benign = false;
    const PhantomStudy a = breastPhantom(params, 7);
    const PhantomStudy b = breastPhantom(params, 8);
    REQUIRE(a.findings.size() == 1);
    CHECK(a.findings.front().malignant);
    CHECK(a.findings.front().centreLps != b.findings.front().centreLps);
    CHECK(breastPhantom(params, 7).dce.front().voxels == a.dce.front().voxels);
    params.malignant = false;
    params.benign = true;
    const PhantomStudy c = breastPhantom(params, 9);
    REQUIRE(c.findings.size() == 1);
    CHECK_FALSE(c.findings.front().malignant);
}

TEST_CASE("demo study round trip: DICOM write, scan, load, kinetics, geometry", "[mri][demo]")
{
    TempDir tmp;
    const auto t0 = std::chrono::steady_clock::now();
    const auto findings = writeDemoStudy(tmp.path, 1);
    const StudyScan scan = scanStudy(tmp.path);
    REQUIRE(findings.size() == 2);
    CHECK(scan.skipped.empty());
    REQUIRE(scan.series.size() == 3);
    const SeriesInfo *dceInfo = byRole(scan, "dce");
    const SeriesInfo *t2Info = byRole(scan, "t2");
    const SeriesInfo *dwiInfo = byRole(scan, "dwi");
    REQUIRE(dceInfo);
    REQUIRE(t2Info);
    REQUIRE(dwiInfo);
    CHECK(dceInfo->phases >= 5);
    CHECK(dceInfo->warnings.empty());
    CHECK(dwiInfo->bValues == std::vector<double> {0, 800});
    const Series dce = loadSeries(*dceInfo), t2 = loadSeries(*t2Info), dwi = loadSeries(*dwiInfo);
    const double seconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    WARN("write + scan + load of the demo study: " << seconds
                                                   << " s"); // timing: see bench_mri_load

    const PhantomFinding &lesion = findings[0].malignant ? findings[0] : findings[1];
    const PhantomFinding &benign = findings[0].malignant ? findings[1] : findings[0];
    std::vector<double> lesionCurve, benignCurve;
    for (const Volume &v : dce.phases) {
        lesionCurve.push_back(meanAround(v, lesion.centreLps, lesion.radiusMm * 0.5));
        benignCurve.push_back(meanAround(v, benign.centreLps, benign.radiusMm * 0.5));
    }
    // Wash-out: >100% rise at the first post-contrast phase, >10% fall from peak by the end.
    CHECK(lesionCurve[1] > 2.0 * lesionCurve[0]);
    CHECK(lesionCurve.back() < 0.9 * lesionCurve[1]);
    // Persistent: steady rise.
    for (size_t p = 1; p < benignCurve.size(); ++p) {
        CHECK(benignCurve[p] > benignCurve[p - 1]);
    }
    // Lesion bright on b800 (restricted diffusion), benign bright on T2.
    const Volume &b800 = dwi.phases[1];
    CHECK(meanAround(b800, lesion.centreLps, lesion.radiusMm * 0.5)
          > 1.5 * meanAround(b800, benign.centreLps, benign.radiusMm * 0.5));
    CHECK(meanAround(t2.phases[0], benign.centreLps, benign.radiusMm * 0.5)
          > 2.0 * meanAround(t2.phases[0], lesion.centreLps, lesion.radiusMm * 0.5));

    // One patient point maps consistently: the lesion centre lands inside the volume of
    // every series and each series' index maps back to the same LPS position.
    for (const Series *s : {&dce, &t2, &dwi}) {
        const Volume &v = s->phases.front();
        const auto idx = v.lpsToIndex(lesion.centreLps);
        CHECK(v.contains(int(std::lround(idx[0])), int(std::lround(idx[1])),
                         int(std::lround(idx[2]))));
        const auto back = v.indexToLps(idx[0], idx[1], idx[2]);
        for (int i = 0; i < 3; ++i) {
            CHECK(back[i] == Approx(lesion.centreLps[i]).margin(1e-6));
        }
    }
}
