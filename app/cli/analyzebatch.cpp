// SPDX-License-Identifier: Apache-2.0
// `oncoview-cli analyze --batch LIST --out DIR`: many inputs, one JSON each, resumable.
#include "app/cli/analyze.h"

// Qt
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

#include <chrono>
#include <cstdio>

namespace oncoview::app {

namespace {

// One result file per input, named after it and its absolute path's hash, so two inputs
// called "study" in different folders never overwrite each other.
QString resultPath(const QString &outDir, const QString &input)
{
    const QString absolute = QFileInfo(input).absoluteFilePath();
    const QByteArray hash
        = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    QString name = QFileInfo(absolute).fileName();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QDir(outDir).filePath(QStringLiteral("%1-%2.json").arg(name, QString::fromLatin1(hash)));
}

// A result counts as done when it is a complete JSON object (QSaveFile never leaves half a file).
bool hasResult(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && QJsonDocument::fromJson(file.readAll()).isObject();
}

QStringList readList(const QString &listFile, QString *error)
{
    QFile file(listFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = file.errorString();
        return {};
    }
    QStringList inputs;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#'))) {
            inputs << line;
        }
    }
    return inputs;
}

} // namespace

int analyzeBatch(const inference::ModelPackage &package, const AnalyzeOptions &options,
                 const QString &listFile, const QString &outDir)
{
    QString error;
    const QStringList inputs = readList(listFile, &error);
    if (!error.isEmpty()) {
        return printAnalyzeError(listFile, error, kExitUnreadable);
    }
    if (!QDir().mkpath(outDir)) {
        return printAnalyzeError(outDir, QStringLiteral("cannot create the output folder"),
                                 kExitUnreadable);
    }
    int failures = 0, skipped = 0;
    for (int i = 0; i < inputs.size(); ++i) {
        const QString &input = inputs[i];
        const QString target = resultPath(outDir, input);
        if (hasResult(target)) {
            ++skipped;
            std::fprintf(stderr, "[%d/%d] %s: done before, skipped\n", i + 1, int(inputs.size()),
                         qPrintable(input));
            continue;
        }
        const auto start = std::chrono::steady_clock::now();
        const AnalyzeOutcome outcome = analyzeOne(package, options, input, false);
        QJsonObject json = outcome.json;
        if (outcome.exitCode != 0) {
            // Failures get a file too, so a resumed run does not retry what cannot work.
            ++failures;
            json = QJsonObject {{QStringLiteral("input"), input},
                                {QStringLiteral("error"), outcome.errorReason},
                                {QStringLiteral("error_file"), outcome.errorFile},
                                {QStringLiteral("exit"), outcome.exitCode}};
        }
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(QJsonDocument(json).toJson(QJsonDocument::Compact)) < 0
            || !file.commit()) {
            return printAnalyzeError(target, file.errorString(), kExitUnreadable);
        }
        const double seconds
            = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::fprintf(
            stderr, "[%d/%d] %s: %s (%.1f s)\n", i + 1, int(inputs.size()), qPrintable(input),
            outcome.exitCode == 0 ? "ok"
                                  : qPrintable(QStringLiteral("error: ") + outcome.errorReason),
            seconds);
    }
    std::fprintf(stderr, "%d inputs: %d analysed now, %d done before, %d failed\n",
                 int(inputs.size()), int(inputs.size()) - skipped - failures, skipped, failures);
    return failures == 0 ? 0 : 1;
}

} // namespace oncoview::app
