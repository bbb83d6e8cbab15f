// SPDX-License-Identifier: Apache-2.0
#include "app/cli/analyze.h"

// Qt
#include <QFileInfo>
#include <QJsonDocument>

// Local
#include "app/cli/probe.h"
#include "inference/analysis/analysiserror.h"
#include "inference/job.h"
#include "inference/modelpackage.h"
#include "inference/torchruntime.h"
#include "ui/analysis/analysisruns.h"
#include "ui/slide/slideanalysisaccess.h"
#include "viewers/slide/slideopener.h"

#include <chrono>
#include <cstdio>

namespace oncoview::app {

namespace {

using inference::analysis::AnalysisError;

int exitCodeFor(AnalysisError::Kind kind)
{
    switch (kind) {
    case AnalysisError::Kind::UnreadableInput:
        return kExitUnreadable;
    case AnalysisError::Kind::RefusedPackage:
        return kExitRefusedPackage;
    case AnalysisError::Kind::MissingInput:
        return kExitMissingInput;
    }
    return kExitUnreadable;
}

AnalyzeOutcome failure(int exitCode, const QString &file, const QString &reason)
{
    AnalyzeOutcome outcome;
    outcome.exitCode = exitCode;
    outcome.errorFile = file;
    outcome.errorReason = reason;
    return outcome;
}

// Patches/s and ETA, at most twice a second: enough to watch, not a flood in CI logs.
std::function<void(const inference::analysis::SlideProgress &)> stderrSlideProgress(bool show)
{
    using Clock = std::chrono::steady_clock;
    return [show, last = Clock::time_point()](const inference::analysis::SlideProgress &p) mutable {
        if (!show || Clock::now() - last < std::chrono::milliseconds(500)) {
            return;
        }
        last = Clock::now();
        std::fprintf(stderr, "%s: %lld/%lld, %.0f patches/s, ETA %.0f s\n", p.stage.c_str(),
                     static_cast<long long>(p.done), static_cast<long long>(p.total),
                     p.patchesPerSecond, p.etaSeconds);
    };
}

AnalyzeOutcome analyzeSlideFile(const inference::ModelPackage &package,
                                const AnalyzeOptions &options, const QString &path,
                                bool showProgress)
{
    QString why;
    std::shared_ptr<slide::SlideSource> source = slide::openSlide(path, &why);
    if (!source) {
        return failure(kExitUnreadable, path, why);
    }
    const ui::SlideAnalysisAccess access(source);
    inference::analysis::SlideAnalysisOptions slideOptions
        = ui::slideAnalysisOptions(options.micronsPerPixel);
    slideOptions.useCache = options.useCache;
    // The provenance's package sha256 also keys the feature cache: hashed once.
    ui::AnalysisProvenance provenance
        = ui::makeProvenance(package.manifest(), options.packageDir,
                             QString::fromStdString(package.device()), ui::slideInputJson(access));
    const auto result = inference::analysis::analyzeSlide(
        package, provenance.packageSha256.toStdString(), access, slideOptions,
        stderrSlideProgress(showProgress), [] { return false; });
    provenance.time = QDateTime::currentDateTimeUtc();
    AnalyzeOutcome outcome;
    outcome.json = ui::slideAnalysisJson(result, provenance);
    return outcome;
}

AnalyzeOutcome analyzeStudyPath(const inference::ModelPackage &package,
                                const AnalyzeOptions &options, const QString &path)
{
    const auto start = std::chrono::steady_clock::now();
    const ui::LoadedStudy study = ui::readStudy(path);
    if (study.series.empty()) {
        QString reason = study.problems.join(QStringLiteral("; "));
        if (reason.isEmpty() && !study.skipped.empty()) {
            return failure(kExitUnreadable, QString::fromStdString(study.skipped.front().file),
                           QString::fromStdString(study.skipped.front().reason));
        }
        return failure(kExitUnreadable, path,
                       reason.isEmpty() ? QStringLiteral("no DICOM or NIfTI images found")
                                        : reason);
    }
    ui::MriPrepared prepared = ui::prepareMriInputs(study, package.manifest());
    const QJsonObject inputJson = prepared.inputJson;
    const ui::MriRun run = ui::runMriModel(package, std::move(prepared));
    const ui::AnalysisProvenance provenance
        = ui::makeProvenance(package.manifest(), options.packageDir,
                             QString::fromStdString(package.device()), inputJson);
    AnalyzeOutcome outcome;
    outcome.json = ui::mriAnalysisJson(package.manifest(), run, provenance);
    outcome.json.insert(QStringLiteral("model_seconds"), run.seconds);
    outcome.json.insert(
        QStringLiteral("seconds"),
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    return outcome;
}

} // namespace

int printAnalyzeError(const QString &file, const QString &reason, int exitCode)
{
    QString line = QStringLiteral("error: %1: %2").arg(file, reason);
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::fprintf(stderr, "%s\n", qPrintable(line));
    return exitCode;
}

AnalyzeOutcome analyzeOne(const inference::ModelPackage &package, const AnalyzeOptions &options,
                          const QString &path, bool showProgress)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return failure(kExitUnreadable, path, QStringLiteral("no such file or directory"));
    }
    try {
        if (isSlideFile(info)) {
            return analyzeSlideFile(package, options, path, showProgress);
        }
        if (package.manifest().mil) {
            return failure(
                kExitRefusedPackage, options.packageDir,
                QStringLiteral("package '%1' is a slide (MIL) package; it cannot analyse "
                               "an MRI study")
                    .arg(QString::fromStdString(package.manifest().name)));
        }
        return analyzeStudyPath(package, options, path);
    } catch (const AnalysisError &error) {
        return failure(exitCodeFor(error.kind()), path, QString::fromStdString(error.what()));
    } catch (const std::exception &error) {
        // A model that throws on this input is a package problem, not the file's.
        return failure(kExitRefusedPackage, options.packageDir,
                       QString::fromStdString(error.what()));
    }
}

int analyzeCommand(const QStringList &arguments)
{
    AnalyzeOptions options;
    QString input, batchList, outDir;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        const bool hasValue = i + 1 < arguments.size();
        if (a == QLatin1String("--package") && hasValue) {
            options.packageDir = arguments[++i];
        } else if (a == QLatin1String("--mpp") && hasValue) {
            bool ok = false;
            options.micronsPerPixel = arguments[++i].toDouble(&ok);
            if (!ok || !(*options.micronsPerPixel > 0.0)) {
                return printAnalyzeError(arguments[i],
                                         QStringLiteral("--mpp needs a positive number"), 64);
            }
        } else if (a == QLatin1String("--no-cache")) {
            options.useCache = false;
        } else if (a == QLatin1String("--device") && hasValue) {
            options.device = arguments[++i];
        } else if (a == QLatin1String("--batch") && hasValue) {
            batchList = arguments[++i];
        } else if (a == QLatin1String("--out") && hasValue) {
            outDir = arguments[++i];
        } else if (!a.startsWith(QLatin1String("--")) && input.isEmpty()) {
            input = a;
        } else {
            return printAnalyzeError(a, QStringLiteral("unknown or incomplete option"), 64);
        }
    }
    if (options.packageDir.isEmpty() || (input.isEmpty() == batchList.isEmpty())
        || (!batchList.isEmpty() && outDir.isEmpty())) {
        std::fputs("usage: oncoview-cli analyze --package DIR [--mpp UM] [--no-cache] "
                   "[--device cpu|cuda|auto] PATH\n"
                   "       oncoview-cli analyze --package DIR --batch LIST --out DIR\n",
                   stderr);
        return 64;
    }
    inference::PackageLoadOptions load;
    const auto preference = options.device == QLatin1String("cuda")
        ? inference::DevicePreference::Cuda
        : options.device == QLatin1String("auto") ? inference::DevicePreference::Auto
                                                  : inference::DevicePreference::Cpu;
    load.device = inference::torchruntime::resolveDevice(preference);
    const inference::PackageLoad package
        = inference::loadPackage(options.packageDir.toStdString(), load);
    if (!package) {
        return printAnalyzeError(options.packageDir, QString::fromStdString(package.error),
                                 kExitRefusedPackage);
    }
    if (!batchList.isEmpty()) {
        return analyzeBatch(*package.package, options, batchList, outDir);
    }
    const AnalyzeOutcome outcome = analyzeOne(*package.package, options, input, true);
    if (outcome.exitCode != 0) {
        return printAnalyzeError(outcome.errorFile, outcome.errorReason, outcome.exitCode);
    }
    std::printf("%s\n", QJsonDocument(outcome.json).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace oncoview::app
