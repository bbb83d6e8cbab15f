// SPDX-License-Identifier: Apache-2.0
// Overlay layers (colormap, threshold, resampling through patient space, drawing in an MPR view)
// and the DCE layout's computations (subtraction, sphere curves and shares, phase times).
#include <catch2/catch.hpp>

#include "viewers/mri/dce/roistats.h"
#include "viewers/mri/dcepreparation.h"
#include "viewers/mri/io/breastphantom.h"
#include "viewers/mri/io/demostudywriter.h"
#include "viewers/mri/io/studyscanner.h"
#include "viewers/mri/mprcursor.h"
#include "viewers/mri/mprview.h"
#include "viewers/mri/overlaylayer.h"
#include "viewers/mri/vtkvolumeconvert.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QOpenGLContext>
#include <QTemporaryDir>

#include "tests/support/prerequisite.h"
#include <cmath>
#include <set>

using namespace oncoview::mri;

namespace {

std::shared_ptr<Volume> grid(std::array<int, 3> size, std::array<double, 3> spacing,
                             std::array<double, 3> origin,
                             std::array<double, 9> direction = {1, 0, 0, 0, 1, 0, 0, 0, 1})
{
    auto v = std::make_shared<Volume>();
    v->size = size;
    v->spacing = spacing;
    v->origin = origin;
    v->direction = direction;
    v->voxels.assign(v->voxelCount(), 0.f);
    return v;
}

const PhantomStudy &phantom()
{
    static const PhantomStudy study = breastPhantom(PhantomParams {}, 1);
    return study;
}

const PhantomFinding &finding(bool malignant)
{
    for (const PhantomFinding &f : phantom().findings) {
        if (f.malignant == malignant) {
            return f;
        }
    }
    throw std::logic_error("phantom lacks a finding");
}

} // namespace

TEST_CASE("overlay colours follow the colormap, threshold and labels", "[overlay]")
{
    OverlayLayer heat;
    heat.volume = grid({4, 4, 4}, {1, 1, 1}, {0, 0, 0});
    heat.minimum = 0;
    heat.maximum = 100;
    heat.threshold = 20;
    CHECK(overlayRgba(heat, 19.9)[3] == 0); // below threshold: not drawn
    CHECK(overlayRgba(heat, std::nan(""))[3] == 0);
    const Rgba top = overlayRgba(heat, 100);
    CHECK(top == Rgba {255, 255, 255, 255}); // hot: white at the top
    const Rgba third = overlayRgba(heat, 100.0 / 3);
    CHECK(third[0] == 255);
    CHECK(third[1] == 0);
    CHECK(overlayRgba(heat, 1000) == top); // clamped above the range
    // Jet runs blue -> red.
    CHECK(colormapRgba(OverlayColormap::Jet, 0)[2] > 100);
    CHECK(colormapRgba(OverlayColormap::Jet, 0)[0] == 0);
    CHECK(colormapRgba(OverlayColormap::Jet, 1)[0] > 100);
    CHECK(colormapRgba(OverlayColormap::Jet, 1)[2] == 0);

    const OverlayLayer kinetic = kineticMapLayer(heat.volume);
    CHECK(overlayRgba(kinetic, 0)[3] == 0); // non-enhancing transparent
    const Rgba washout = overlayRgba(kinetic, 3);
    CHECK(washout[0] == 255);
    CHECK(washout[3] == 255);
    CHECK(overlayRgba(kinetic, 2.9) == washout); // labels round to the nearest integer
    CHECK(overlayRgba(kinetic, 1)[2] > overlayRgba(kinetic, 1)[0]); // persistent is blue
    CHECK(overlayRgba(kinetic, 7)[3] == 0); // unlisted label
    // An open range means the volume's own range.
    OverlayLayer open = heat;
    open.maximum = open.minimum = 0;
    auto v = grid({2, 1, 1}, {1, 1, 1}, {0, 0, 0});
    v->voxels = {5.f, 15.f};
    open.volume = v;
    CHECK(open.colourRange() == std::pair<double, double>(5.0, 15.0));
}

TEST_CASE("overlays resample onto another grid through patient space", "[overlay]")
{
    // A label cube on a coarse, rotated grid (i towards posterior, j towards the right).
    auto labels = grid({20, 20, 10}, {2, 2, 4}, {19, -20, -20}, {0, -1, 0, 1, 0, 0, 0, 0, 1});
    for (int z = 3; z < 7; ++z) {
        for (int y = 5; y < 10; ++y) {
            for (int x = 8; x < 12; ++x) {
                labels->at(x, y, z) = 3;
            }
        }
    }
    labels->at(0, 0, 0) = 1;
    const auto base = grid({40, 40, 40}, {1, 1, 1}, {-20, -20, -20});
    OverlayLayer layer = kineticMapLayer(labels);
    const Volume onBase = resampleOverlayToGrid(layer, *base);
    REQUIRE(onBase.size == base->size);
    std::set<float> values(onBase.voxels.begin(), onBase.voxels.end());
    CHECK(values == std::set<float> {0.f, 1.f, 3.f}); // nearest neighbour: no invented labels
    // Every base voxel carries the label found at the same patient point in the source.
    for (int z = 0; z < 40; z += 3) {
        for (int y = 0; y < 40; y += 3) {
            for (int x = 0; x < 40; x += 3) {
                const auto idx = labels->lpsToIndex(base->indexToLps(x, y, z));
                const int i = int(std::lround(idx[0])), j = int(std::lround(idx[1])),
                          k = int(std::lround(idx[2]));
                const float expected = labels->contains(i, j, k) ? labels->at(i, j, k) : 0.f;
                REQUIRE(onBase.at(x, y, z) == expected);
            }
        }
    }
    // A heatmap is interpolated: between two values it takes values in between.
    auto heat = grid({2, 1, 1}, {10, 1, 1}, {0, 0, 0});
    heat->voxels = {0.f, 100.f};
    OverlayLayer heatLayer;
    heatLayer.volume = heat;
    const auto line = grid({11, 1, 1}, {1, 1, 1}, {0, 0, 0});
    const Volume sampled = resampleOverlayToGrid(heatLayer, *line);
    CHECK(sampled.at(5, 0, 0) == Approx(50.f));
    CHECK_THROWS_AS(resampleOverlayToGrid(OverlayLayer {}, *line), std::invalid_argument);
}

TEST_CASE("DCE preparation subtracts, and sphere queries match the mask-based ones", "[dce]")
{
    const PhantomStudy &s = phantom();
    auto series = std::make_shared<Series>();
    series->phases = s.dce;
    series->info.phases = int(s.dce.size());
    const DcePhases prepared = prepareDcePhases(series, false);
    CHECK(prepared.phases->data() == series->phases.data()); // shared, not copied
    REQUIRE(prepared.subtractions.size() == s.dce.size());
    CHECK_FALSE(prepared.subtractions[0]);
    const Volume &sub = *prepared.subtractions[2];
    for (size_t i = 0; i < sub.voxels.size(); i += 997) {
        REQUIRE(sub.voxels[i] == Approx(s.dce[2].voxels[i] - s.dce[0].voxels[i]));
    }

    const PhantomFinding &lesion = finding(true);
    const auto mask = sphereMask(s.dce[0], lesion.centreLps, 4.0);
    const TimeIntensityCurve viaMask = curveInMask(s.dce, s.dceSeconds, mask);
    const TimeIntensityCurve viaSphere = curveInSphere(s.dce, s.dceSeconds, lesion.centreLps, 4.0);
    CHECK(viaSphere.voxelCount == viaMask.voxelCount);
    for (size_t p = 0; p < s.dce.size(); ++p) {
        CHECK(viaSphere.values[p] == Approx(viaMask.values[p]));
    }
    CHECK(analyseCurve(viaSphere).label == CurveType::Washout);
    CHECK(curveInSphere(s.dce, s.dceSeconds, lesion.centreLps, 0).voxelCount == 1);
    CHECK_THROWS_AS(curveInSphere(s.dce, s.dceSeconds, {500, 0, 0}, 3), std::invalid_argument);

    const KineticMap map = computeKineticMap(s.dce, s.dceSeconds);
    const auto lesionMask = sphereMask(map.labels, lesion.centreLps, lesion.radiusMm * 0.6);
    const KineticSummary a = summarizeKinetics(map, lesionMask);
    const KineticSummary b = kineticSharesInSphere(map, lesion.centreLps, lesion.radiusMm * 0.6);
    CHECK(b.roiVoxels == a.roiVoxels);
    CHECK(b.washoutShare == Approx(a.washoutShare));
    CHECK(b.worst == CurveType::Washout);
    CHECK(b.washoutShare > 0.6);
    const KineticSummary benign
        = kineticSharesInSphere(map, finding(false).centreLps, finding(false).radiusMm * 0.6);
    // The benign structure rises slowly (< 50 %): its curve is persistent but the map at the
    // default threshold leaves it uncoloured.
    CHECK(benign.enhancingVoxels * 10 < benign.roiVoxels);
    CHECK(analyseCurve(curveInSphere(s.dce, s.dceSeconds, finding(false).centreLps, 3)).shape
          == CurveType::Persistent);

    // ADC needs two b-values.
    Series dwi;
    dwi.phases = s.dwi;
    dwi.info.bValues = s.bValues;
    CHECK(adcFromDwi(dwi).size == s.dwi[0].size);
    dwi.info.bValues = {800, 800};
    CHECK_THROWS_AS(adcFromDwi(dwi), std::invalid_argument);
}

TEST_CASE("DCE phase times come from the demo study's files", "[dce][demo]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    writeDemoStudy(tmp.path().toStdString(), 1);
    const StudyScan scan = scanStudy(tmp.path().toStdString());
    const SeriesInfo *dce = nullptr;
    for (const SeriesInfo &s : scan.series) {
        dce = s.role == "dce" ? &s : dce;
    }
    REQUIRE(dce);
    bool assumed = true;
    const std::vector<double> seconds = dcePhaseSeconds(*dce, 60, &assumed);
    CHECK_FALSE(assumed);
    REQUIRE(seconds.size() == phantom().dceSeconds.size());
    for (size_t p = 0; p < seconds.size(); ++p) {
        CHECK(seconds[p] == Approx(phantom().dceSeconds[p] - phantom().dceSeconds[0]).margin(1));
    }
    SeriesInfo noTimes = *dce;
    noTimes.phaseSeconds.clear();
    CHECK(dcePhaseSeconds(noTimes, 60, &assumed)[2] == 120);
    CHECK(assumed);
}

TEST_CASE("an MPR view draws the overlay in its colours where the labels are", "[views][overlay]")
{
    {
        QOpenGLContext context;
        if (!context.create()) {
            ONCOVIEW_SKIP_OR_FAIL("no OpenGL: skipped (run under xvfb-run)");
            return;
        }
    }
    auto base = grid({60, 60, 20}, {1, 1, 2}, {-30, -30, -20});
    for (size_t i = 0; i < base->voxels.size(); ++i) {
        base->voxels[i] = float(100 + (i % 60)); // grey ramp
    }
    // Label map on a coarser grid: a wash-out block right of centre, persistent block left.
    auto labels = grid({30, 30, 10}, {2, 2, 4}, {-29, -29, -18});
    for (int z = 0; z < 10; ++z) {
        for (int y = 10; y < 20; ++y) {
            for (int x = 18; x < 26; ++x) {
                labels->at(x, y, z) = 3;
            }
            for (int x = 4; x < 12; ++x) {
                labels->at(x, y, z) = 1;
            }
        }
    }
    MprCursor cursor;
    cursor.setGeometry(*base);
    MprView view(MprOrientation::Axial, &cursor);
    view.resize(400, 400);
    view.show();
    view.setImage(makeVtkImage(base), WindowLevel {200, 130});
    view.setOverlay(kineticMapLayer(labels, 1.0));
    QElapsedTimer timer;
    timer.start();
    while (view.frameCount() == 0 && timer.elapsed() < 20000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    REQUIRE(view.frameCount() > 0);
    const QImage image = view.grabFramebuffer();
    const auto pixel = [&](const std::array<double, 3> &lps) {
        const QPointF p = view.lpsToWidget(lps) * image.devicePixelRatio();
        return image.pixel(p.toPoint());
    };
    const QRgb washout = pixel(labels->indexToLps(22, 15, 5));
    const QRgb persistent = pixel(labels->indexToLps(8, 15, 5));
    const QRgb plain = pixel(labels->indexToLps(15, 25, 5));
    INFO("wash-out " << std::hex << washout << " persistent " << persistent << " plain " << plain);
    CHECK(qRed(washout) > 200);
    CHECK(qGreen(washout) < 90);
    CHECK(qBlue(persistent) > 200);
    CHECK(qRed(persistent) < 120);
    CHECK(std::abs(qRed(plain) - qBlue(plain)) < 10); // grey: no overlay there
    // Opacity 0 hides it; clearing removes it.
    view.setOverlayOpacity(0);
    view.repaint();
    const QImage hidden = view.grabFramebuffer();
    const QPointF p = view.lpsToWidget(labels->indexToLps(22, 15, 5)) * hidden.devicePixelRatio();
    const QRgb under = hidden.pixel(p.toPoint());
    CHECK(std::abs(qRed(under) - qBlue(under)) < 10);
    view.clearOverlay();
    CHECK_FALSE(view.hasOverlay());
}
