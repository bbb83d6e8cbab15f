// SPDX-License-Identifier: Apache-2.0
// bench_gui_stall: the longest GUI event-loop stall while a long inference job runs. A 1 ms
// heartbeat QTimer on the GUI thread records the gap between consecutive ticks; the baseline is
// the same heartbeat with no job. The job goes through ui::InferenceService (the application's
// Qt adapter): the engine thread loads the demo ABMIL package (hashing + dry run) and runs many
// forward passes, reporting progress after each, which arrives as queued signals on the GUI
// thread. Prints JSON lines (../shared/CLI.md); a frame at 60 Hz is 16 ms, hence the goal.
#include "benchjson.h"

#include "inference/demopackages.h"
#include "inference/job.h"
#include "inference/preprocess.h"
#include "ui/inferenceservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <iostream>
#include <thread>

using namespace oncoview;
using namespace oncoview::inference;

namespace {

constexpr const char *kBench = "gui_stall";

struct Options
{
    int passes = 300; // forward passes in the long job
    int64_t bagSize = 128; // patches per pass
    int idleMs = 2000; // baseline duration
    // Intra-op threads of the engine; the default leaves one core to the GUI thread.
    int threads = int(std::max(1u, std::thread::hardware_concurrency() - 1));
};

Options parseOptions(const QStringList &arguments)
{
    Options o;
    for (int i = 1; i + 1 < arguments.size(); i += 2) {
        bool ok = false;
        const int value = arguments[i + 1].toInt(&ok);
        const QString &name = arguments[i];
        if (!ok || value < 1) {
            std::cerr << "error: " << qPrintable(name) << " needs a positive number\n";
            std::exit(2);
        }
        if (name == QLatin1String("--passes")) {
            o.passes = value;
        } else if (name == QLatin1String("--bag-size")) {
            o.bagSize = value;
        } else if (name == QLatin1String("--idle-ms")) {
            o.idleMs = value;
        } else if (name == QLatin1String("--threads")) {
            o.threads = value;
        } else {
            std::cerr << "error: unknown option " << qPrintable(name)
                      << "\nusage: bench_gui_stall [--passes N] [--bag-size N] [--idle-ms N] "
                         "[--threads N]\n";
            std::exit(2);
        }
    }
    return o;
}

// Ticks every millisecond on the GUI thread and keeps the gaps between ticks.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gapsMs.push_back(double(now - m_last) / 1e6);
            m_last = now;
        });
    }
    // GUI thread.
    void start()
    {
        m_gapsMs.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    // GUI thread. Returns the gaps (ms) since start().
    std::vector<double> stop()
    {
        m_timer.stop();
        return m_gapsMs;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_gapsMs;
};

std::vector<double> measureIdle(Heartbeat &heartbeat, int milliseconds)
{
    QEventLoop loop;
    heartbeat.start();
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
    return heartbeat.stop();
}

// The long job: many forward passes of the package's model, progress after each.
JobRequest longJob(const std::filesystem::path &package, const Options &o)
{
    std::vector<int> flags(size_t(o.bagSize));
    for (size_t i = 0; i < flags.size(); ++i) {
        flags[i] = i % 3 == 0 ? 1 : 0;
    }
    JobRequest request;
    request.packageDir = package;
    request.label = "bench_gui_stall";
    request.inputs["patches"] = demo::makeSyntheticPatches(flags, 7);
    const int passes = o.passes;
    request.job = [passes](JobContext &context) {
        NamedTensors last;
        for (int i = 0; i < passes; ++i) {
            context.throwIfCancelled();
            last = context.forward(context.inputs());
            context.setProgress(double(i + 1) / passes);
        }
        return last;
    };
    return request;
}

struct JobMeasurement
{
    std::vector<double> gapsMs;
    int progressSignals = 0;
    double seconds = 0.0; // submit to finished signal, model loading included
    QString error;
};

JobMeasurement measureJob(Heartbeat &heartbeat, const std::filesystem::path &package,
                          const Options &o)
{
    JobMeasurement m;
    ui::InferenceService service(nullptr, EngineOptions {DevicePreference::Cpu, o.threads});
    QEventLoop loop;
    QString progressText; // what a progress bar would format on each signal
    QObject::connect(&service, &ui::InferenceService::progress, &loop,
                     [&](quint64, double fraction) {
                         ++m.progressSignals;
                         progressText = QStringLiteral("%1 %").arg(fraction * 100.0, 0, 'f', 1);
                     });
    QObject::connect(&service, &ui::InferenceService::finished, &loop, &QEventLoop::quit);
    QObject::connect(&service, &ui::InferenceService::failed, &loop,
                     [&](const inference::JobError &error) {
                         m.error = QString::fromStdString(error.message);
                         loop.quit();
                     });
    // Inputs are made before the heartbeat starts: only submit() and the job are measured.
    JobRequest request = longJob(package, o);
    QElapsedTimer clock;
    clock.start();
    heartbeat.start();
    service.submit(std::move(request));
    loop.exec();
    m.gapsMs = heartbeat.stop();
    m.seconds = double(clock.nsecsElapsed()) / 1e9;
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options o = parseOptions(app.arguments());
    QTemporaryDir dir;
    const std::filesystem::path package = dir.filePath(QStringLiteral("demo-abmil")).toStdString();
    // Trained before any measurement: the job then only loads and runs it.
    const demo::TrainingReport report = demo::writeDemoMilPackage(package, 1);
    if (!report.ok()) {
        std::cerr << "error: cannot build the demo package: " << report.error << "\n";
        return 1;
    }
    Heartbeat heartbeat;
    const std::vector<double> idle = measureIdle(heartbeat, o.idleMs);
    const JobMeasurement job = measureJob(heartbeat, package, o);
    if (!job.error.isEmpty()) {
        std::cerr << "error: the inference job failed: " << qPrintable(job.error) << "\n";
        return 1;
    }
    using bench::Baseline;
    using bench::printMetric;
    using bench::quantile;
    printMetric(kBench, "engine_threads", o.threads, "threads");
    printMetric(kBench, "job_seconds", job.seconds, "s");
    printMetric(kBench, "progress_signals", job.progressSignals, "signals");
    printMetric(kBench, "heartbeats_during_job", double(job.gapsMs.size()), "ticks");
    // Many long gaps point at the design; one or two at a busy machine (compare the baseline).
    const auto over16 = [](const std::vector<double> &gaps) {
        return double(std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 16.0; }));
    };
    printMetric(kBench, "stalls_over_16ms", over16(job.gapsMs), "stalls",
                Baseline {over16(idle), "value==0"});
    printMetric(kBench, "max_stall_ms", quantile(job.gapsMs, 1.0), "ms",
                Baseline {quantile(idle, 1.0), "value<=16"});
    printMetric(kBench, "p99_stall_ms", quantile(job.gapsMs, 0.99), "ms",
                Baseline {quantile(idle, 0.99), "value<=16"});
    return 0;
}
