// SPDX-License-Identifier: Apache-2.0
// bench_mri_load: loading a DICOM folder (default: the 640-file, 40-phase Bruker DCE series in
// the shared data) with OncoView's scanner + loader against `dcm2niix` converting the same folder
// to NIfTI in the same run. Both read the same files from a warm page cache (one untimed warm-up
// each); rounds alternate. OncoView's time covers the scan (grouping, phase split) and decoding
// every phase into float volumes; dcm2niix's covers its process writing uncompressed NIfTI
// (`-z n`) into a temporary folder. Prints JSON lines (../shared/CLI.md).
#include "benchjson.h"

#include "viewers/mri/io/loaderror.h"
#include "viewers/mri/io/seriesloader.h"
#include "viewers/mri/io/studyscanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <filesystem>
#include <iostream>

using namespace oncoview;
using namespace oncoview::mri;

namespace {

constexpr const char *kBench = "mri_load";

struct Options
{
    QString folder = QStringLiteral(ONCOVIEW_SHARED_DATA)
        + QStringLiteral("/dicom/bruker_9.4T_mouse_DCE/DCE_16sl_x_40dyn");
    QString dcm2niix = QStringLiteral("dcm2niix");
    int rounds = 5;
    int expectPhases = 40; // the default folder's truth; 0 skips the check
    int expectSlices = 16;
};

[[noreturn]] void usage(const std::string &problem)
{
    std::cerr << "error: " << problem
              << "\nusage: bench_mri_load [--folder DIR] [--rounds N] [--dcm2niix PATH]"
                 " [--expect-phases N --expect-slices N (0: no check)]\n";
    std::exit(2);
}

Options parseOptions(const QStringList &args)
{
    Options o;
    for (int i = 1; i < args.size(); i += 2) {
        if (i + 1 >= args.size()) {
            usage(args[i].toStdString() + " needs a value");
        }
        const QString &name = args[i];
        const QString &value = args[i + 1];
        bool ok = true;
        if (name == QLatin1String("--folder")) {
            o.folder = value;
            o.expectPhases = o.expectSlices = 0;
        } else if (name == QLatin1String("--dcm2niix")) {
            o.dcm2niix = value;
        } else if (name == QLatin1String("--rounds")) {
            o.rounds = value.toInt(&ok);
            ok = ok && o.rounds > 0;
        } else if (name == QLatin1String("--expect-phases")) {
            o.expectPhases = value.toInt(&ok);
        } else if (name == QLatin1String("--expect-slices")) {
            o.expectSlices = value.toInt(&ok);
        } else {
            usage("unknown option " + name.toStdString());
        }
        if (!ok) {
            usage(name.toStdString() + " needs a number");
        }
    }
    return o;
}

struct OncoViewTimes
{
    double scanMs = 0, loadMs = 0;
    int phases = 0, slices = 0;
};

// Scan + load of the folder's largest series, as the app does on opening a folder.
OncoViewTimes loadWithOncoView(const Options &o)
{
    QElapsedTimer timer;
    timer.start();
    const StudyScan scan = scanStudy(o.folder.toStdString());
    OncoViewTimes t;
    t.scanMs = timer.nsecsElapsed() / 1e6;
    if (scan.series.empty()) {
        std::cerr << "error: " << o.folder.toStdString() << ": no image series found"
                  << (scan.skipped.empty() ? "" : " (" + scan.skipped.front().reason + ")") << "\n";
        std::exit(1);
    }
    const SeriesInfo *largest = &scan.series.front();
    for (const auto &s : scan.series) {
        if (s.phases * s.size[2] > largest->phases * largest->size[2]) {
            largest = &s;
        }
    }
    timer.restart();
    try {
        const Series series = loadSeries(*largest);
        t.loadMs = timer.nsecsElapsed() / 1e6;
        t.phases = int(series.phases.size());
        t.slices = series.phases.empty() ? 0 : series.phases.front().size[2];
    } catch (const LoadError &e) {
        std::cerr << "error: " << e.file() << ": " << e.reason() << "\n";
        std::exit(1);
    }
    if ((o.expectPhases && t.phases != o.expectPhases)
        || (o.expectSlices && t.slices != o.expectSlices)) {
        std::cerr << "error: loaded " << t.phases << " phases x " << t.slices
                  << " slices, expected " << o.expectPhases << " x " << o.expectSlices << "\n";
        std::exit(1);
    }
    return t;
}

double runDcm2niix(const Options &o)
{
    QTemporaryDir out;
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(
        o.dcm2niix,
        {QStringLiteral("-z"), QStringLiteral("n"), QStringLiteral("-o"), out.path(), o.folder});
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        std::cerr << "error: " << o.dcm2niix.toStdString() << " failed ("
                  << process.errorString().toStdString()
                  << "); install the Debian package dcm2niix\n"
                  << process.readAll().toStdString();
        std::exit(1);
    }
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options o = parseOptions(app.arguments());
    if (!std::filesystem::is_directory(o.folder.toStdString())) {
        usage(o.folder.toStdString() + " is not a folder (shared data missing?)");
    }
    // Warm-up: both read the files once, so neither pays for a cold page cache.
    loadWithOncoView(o);
    runDcm2niix(o);
    std::vector<double> ours, scans, loads, theirs;
    OncoViewTimes last;
    for (int round = 0; round < o.rounds; ++round) {
        last = loadWithOncoView(o);
        ours.push_back(last.scanMs + last.loadMs);
        scans.push_back(last.scanMs);
        loads.push_back(last.loadMs);
        theirs.push_back(runDcm2niix(o));
    }
    const double baseline = bench::quantile(theirs, 0.5);
    bench::printMetric(kBench, "load_ms", bench::quantile(ours, 0.5), "ms",
                       bench::Baseline {baseline, "ratio<=0.7"});
    bench::printMetric(kBench, "scan_ms", bench::quantile(scans, 0.5), "ms");
    bench::printMetric(kBench, "decode_ms", bench::quantile(loads, 0.5), "ms");
    bench::printMetric(kBench, "dcm2niix_ms", baseline, "ms");
    bench::printMetric(kBench, "phases", last.phases, "count");
    bench::printMetric(kBench, "slices_per_phase", last.slices, "count");
    return 0;
}
