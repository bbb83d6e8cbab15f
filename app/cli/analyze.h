// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace oncoview::inference {
class ModelPackage;
}

namespace oncoview::app {

// Exit codes of `oncoview-cli analyze` (shared CLI.md).
inline constexpr int kExitUnreadable = 2;
inline constexpr int kExitRefusedPackage = 3;
inline constexpr int kExitMissingInput = 4;

struct AnalyzeOptions
{
    QString packageDir;
    std::optional<double> micronsPerPixel; // --mpp, for slides whose file has none
    bool useCache = true; // --no-cache turns the feature cache off
    QString device = QStringLiteral("cpu"); // --device cpu|cuda|auto
};

struct AnalyzeOutcome
{
    int exitCode = 0;
    QJsonObject json; // the result when exitCode is 0
    QString errorFile; // else the file the error is about
    QString errorReason; // and why, one line
};

// Analyses one study folder, NIfTI file or slide with a loaded package, through the same code
// the app runs in its engine jobs. `progress` gets a line now and then (stderr in the CLI).
AnalyzeOutcome analyzeOne(const inference::ModelPackage &package, const AnalyzeOptions &options,
                          const QString &path, bool showProgress);

// `oncoview-cli analyze --package DIR [--mpp X] [--no-cache] [--device D] PATH` and
// `oncoview-cli analyze --package DIR --batch LIST --out DIR`. Returns the exit code.
int analyzeCommand(const QStringList &arguments);

// --batch: one JSON per input in `outDir`, inputs with a result already there are skipped
// (resume), progress on stderr. Returns 0 when every input gave a result, else 1.
int analyzeBatch(const inference::ModelPackage &package, const AnalyzeOptions &options,
                 const QString &listFile, const QString &outDir);

// Prints "error: FILE: REASON" as one line on stderr and returns `exitCode`.
int printAnalyzeError(const QString &file, const QString &reason, int exitCode);

} // namespace oncoview::app
