// SPDX-License-Identifier: Apache-2.0
// bench_mri_reslice: how long one slice step takes to draw in the MPR views, stepping through a
// 512 x 512 x 200 synthetic breast volume (--size) in the 2x2 MriViewer. Per orientation, each
// step moves the shared cursor one slice (as the wheel or arrow keys do) and repaints that view
// synchronously; `render` is the view's paintGL (VTK reslice + draw + blit). Then a crosshair
// drag: synthetic left-button mouse moves across the axial view in crosshair mode, each moving
// the cursor; `drag_step` is the wall time from the event until the event loop redrew the three
// views and composed the window. Run under xvfb-run -a -s "-screen 0 1920x1080x24". Prints JSON
// lines.
#include "benchjson.h"
#include "benchmriview.h"

#include "viewers/mri/mprview.h"

#include <QApplication>
#include <QMouseEvent>

#include <vector>

using namespace oncoview;
using namespace oncoview::mri;

namespace {
constexpr const char *kBench = "mri_reslice";
constexpr double goalP95Ms = 8;
} // namespace

int main(int argc, char **argv)
{
    QSurfaceFormat::setDefaultFormat(vtkSurfaceFormat());
    QApplication app(argc, argv);
    const auto o = bench::parseViewBenchOptions(app.arguments(), "bench_mri_reslice");
    const std::string renderer = bench::requireGlRenderer();
    MriViewer viewer;
    bench::showViewer(viewer, bench::syntheticBreastVolume(o.size), o);
    std::fprintf(stderr, "renderer: %s, volume %dx%dx%d\n", renderer.c_str(), o.size[0], o.size[1],
                 o.size[2]);

    std::vector<double> all;
    for (const MprOrientation orientation :
         {MprOrientation::Axial, MprOrientation::Coronal, MprOrientation::Sagittal}) {
        MprView *view = viewer.mprView(orientation);
        std::vector<double> times;
        int direction = 1;
        for (int i = 0; i < o.steps; ++i) {
            if (view->sliceIndex() + direction < 0
                || view->sliceIndex() + direction >= view->sliceCount()) {
                direction = -direction; // bounce at the ends
            }
            view->stepSlices(direction);
            view->repaint();
            times.push_back(view->lastRenderMs());
            // The other views were marked dirty by the cursor; draw them outside the timing.
            QCoreApplication::processEvents();
        }
        const std::string name = mprOrientationName(orientation).toLower().toStdString();
        bench::printMetric(kBench, name + "_render_p50_ms", bench::quantile(times, 0.5), "ms");
        bench::printMetric(kBench, name + "_render_p95_ms", bench::quantile(times, 0.95), "ms");
        all.insert(all.end(), times.begin(), times.end());
    }
    bench::printMetric(kBench, "render_p50_ms", bench::quantile(all, 0.5), "ms");
    bench::printMetric(kBench, "render_p95_ms", bench::quantile(all, 0.95), "ms",
                       bench::Baseline {goalP95Ms, "value<=8 (baseline = goal)"});

    // Crosshair drag in the axial view: every move re-slices coronal and sagittal.
    viewer.setCrosshairMode(true);
    MprView *axial = viewer.mprView(MprOrientation::Axial);
    const QPointF a(axial->width() * 0.2, axial->height() * 0.3);
    const QPointF b(axial->width() * 0.8, axial->height() * 0.7);
    bench::sendMouse(axial, QEvent::MouseButtonPress, a, Qt::LeftButton);
    std::vector<double> drag;
    QElapsedTimer timer;
    for (int i = 0; i < o.steps; ++i) {
        const double t = double(i % 100) / 99;
        timer.start();
        bench::sendMouse(axial, QEvent::MouseMove, a + (b - a) * t, Qt::LeftButton);
        // As in the event loop: one window update draws the three dirty views, then composes.
        const quint64 coronal = viewer.mprView(MprOrientation::Coronal)->frameCount();
        const quint64 sagittal = viewer.mprView(MprOrientation::Sagittal)->frameCount();
        while (viewer.mprView(MprOrientation::Coronal)->frameCount() == coronal
               || viewer.mprView(MprOrientation::Sagittal)->frameCount() == sagittal) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        drag.push_back(timer.nsecsElapsed() / 1e6);
    }
    bench::sendMouse(axial, QEvent::MouseButtonRelease, b, Qt::NoButton);
    bench::printMetric(kBench, "drag_step_p50_ms", bench::quantile(drag, 0.5), "ms");
    bench::printMetric(kBench, "drag_step_p95_ms", bench::quantile(drag, 0.95), "ms");
    return 0;
}
