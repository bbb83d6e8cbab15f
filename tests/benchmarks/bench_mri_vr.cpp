// SPDX-License-Identifier: Apache-2.0
// bench_mri_vr: 3D volume rendering of a 512 x 512 x 200 synthetic breast volume (--size) in the
// MriViewer's 3D view (about 800 x 500 px). Interactive: a left-drag rotation of --steps mouse
// moves, each followed by the event loop drawing the view and composing the window; frames per
// second = 1000 / mean frame wall time (after 10 frames of settling), per preset. Idle: after the
// release, the still frame the view draws on its own once idle; its render time is how long the GUI
// thread is held. The baseline of the still frame is a full one-ray-per-pixel frame (what an
// unbudgeted still frame costs on this renderer). Run under xvfb-run -a -s "-screen 0
// 1920x1080x24". JSON lines.
#include "benchjson.h"
#include "benchmriview.h"

#include "viewers/mri/volumeview3d.h"

#include <QApplication>
#include <QMouseEvent>

#include <numeric>
#include <vector>

using namespace oncoview;
using namespace oncoview::mri;

namespace {
constexpr const char *kBench = "mri_vr";

// Drags for `moves` mouse moves and returns the wall time of each (event + repaint).
std::vector<double> dragFrames(VolumeView3D *view, int moves)
{
    QPointF pos(view->width() * 0.3, view->height() * 0.5);
    bench::sendMouse(view, QEvent::MouseButtonPress, pos, Qt::LeftButton);
    std::vector<double> frames;
    QElapsedTimer timer;
    for (int i = 0; i < moves; ++i) {
        timer.start();
        pos += QPointF(3, (i / 20) % 2 ? 1 : -1);
        bench::sendMouse(view, QEvent::MouseMove, pos, Qt::LeftButton);
        // As in the app: the event loop draws the view and composes the window once.
        const quint64 before = view->frameCount();
        while (view->frameCount() == before) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        QCoreApplication::processEvents(); // the window flush that follows the frame
        frames.push_back(timer.nsecsElapsed() / 1e6);
        if (qEnvironmentVariableIsSet("ONCOVIEW_BENCH_VERBOSE")) {
            std::fprintf(stderr, "frame %d: %.1f ms (render %.1f ms, %.2f px per ray)\n", i,
                         frames.back(), view->lastRenderMs(),
                         view->interactiveImageSampleDistance());
        }
    }
    bench::sendMouse(view, QEvent::MouseButtonRelease, pos, Qt::NoButton);
    return frames;
}

// Waits for the still frame after a release; returns its render time (ms).
double waitForStillFrame(VolumeView3D *view)
{
    QElapsedTimer timer;
    timer.start();
    while (view->isInteracting() && timer.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const quint64 before = view->frameCount();
    while (view->frameCount() == before && timer.elapsed() < 20000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return view->lastRenderMs();
}
} // namespace

int main(int argc, char **argv)
{
    QSurfaceFormat::setDefaultFormat(vtkSurfaceFormat());
    QApplication app(argc, argv);
    auto o = bench::parseViewBenchOptions(app.arguments(), "bench_mri_vr");
    const std::string renderer = bench::requireGlRenderer();
    MriViewer viewer;
    bench::showViewer(viewer, bench::syntheticBreastVolume(o.size), o);
    VolumeView3D *view = viewer.volumeView();
    std::fprintf(stderr, "renderer: %s, volume %dx%dx%d, 3D view %dx%d\n", renderer.c_str(),
                 o.size[0], o.size[1], o.size[2], view->width(), view->height());

    // Full quality (one ray per pixel, every voxel): the cost an unbudgeted still frame has.
    const double budget = view->stillFrameBudgetMs();
    view->setStillFrameBudgetMs(0);
    std::vector<double> full;
    for (int i = 0; i < 3; ++i) {
        view->rotate(5, 0);
        view->repaint();
        full.push_back(view->lastRenderMs());
    }
    view->setStillFrameBudgetMs(budget);

    for (const VolumePreset preset : {VolumePreset::MrDefault, VolumePreset::Mip}) {
        view->setPreset(preset);
        view->repaint();
        std::vector<double> frames = dragFrames(view, o.steps);
        frames.erase(frames.begin(), frames.begin() + std::min<size_t>(10, frames.size()));
        const double mean = std::accumulate(frames.begin(), frames.end(), 0.0) / frames.size();
        const std::string p = preset == VolumePreset::Mip ? "mip_" : "";
        bench::printMetric(kBench, p + "interactive_fps", 1000.0 / mean, "fps",
                           bench::Baseline {20, "value>=20 (baseline = goal)"});
        bench::printMetric(kBench, p + "interactive_frame_p95_ms", bench::quantile(frames, 0.95),
                           "ms");
        bench::printMetric(kBench, p + "interactive_image_sample_distance",
                           view->interactiveImageSampleDistance(), "px");
        // Idle: the view draws its still frame by itself; three drag/release cycles.
        std::vector<double> still;
        for (int i = 0; i < 3; ++i) {
            if (i > 0) {
                dragFrames(view, 15);
            }
            still.push_back(waitForStillFrame(view));
        }
        bench::printMetric(kBench, p + "idle_frame_ms", bench::quantile(still, 0.5), "ms",
                           bench::Baseline {bench::quantile(full, 0.5), "GUI held this long"});
        bench::printMetric(kBench, p + "idle_image_sample_distance",
                           view->stillImageSampleDistance(), "px");
    }
    bench::printMetric(kBench, "full_quality_frame_ms", bench::quantile(full, 0.5), "ms");
    return 0;
}
