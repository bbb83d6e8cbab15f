// SPDX-License-Identifier: Apache-2.0
#include "ui/studyloader.h"

// Qt
#include <QPromise>
#include <QSettings>
#include <QtConcurrent>

// Local
#include "ui/i18n/lowerlayertext.h"
#include "viewers/mri/io/seriesloader.h"
#include "viewers/mri/io/studyscanner.h"

#include <filesystem>

namespace oncoview::ui {

namespace {

// Runs on a pool thread; the reading itself is readStudy, shared with the command line.
void loadStudy(QPromise<LoadedStudy> &promise, QString path, QStringList onlyFiles,
               std::shared_ptr<std::atomic<bool>> cancel)
{
    promise.setProgressRange(0, 1000);
    promise.addResult(readStudy(
        path,
        [&promise](int permille, const QString &text) {
            promise.setProgressValueAndText(permille, text);
        },
        cancel.get(), onlyFiles));
}

} // namespace

// Scanning is cheap (tags only) and gets the first 10%; pixel reading the rest, weighted by
// file count so the bar moves evenly.
bool groupsPhaseSeries()
{
    return QSettings().value(QStringLiteral("study/groupPhaseSeries"), true).toBool();
}

void setGroupsPhaseSeries(bool on)
{
    QSettings().setValue(QStringLiteral("study/groupPhaseSeries"), on);
}

LoadedStudy readStudy(const QString &path,
                      const std::function<void(int, const QString &)> &progress,
                      const std::atomic<bool> *cancel, const QStringList &onlyFiles)
{
    const std::atomic<bool> never {false};
    cancel = cancel ? cancel : &never;
    const auto report = [&](int permille, const QString &text) {
        if (progress) {
            progress(permille, text);
        }
    };
    LoadedStudy study;
    study.path = path;
    const std::filesystem::path fsPath(path.toStdString());
    mri::ScanOptions options;
    options.groupPhaseSeries = groupsPhaseSeries();
    for (const QString &file : onlyFiles) {
        options.onlyFiles.emplace_back(file.toStdString());
    }
    auto scan = mri::scanStudy(
        fsPath,
        [&](int done, int total) {
            report(total > 0 ? 100 * done / total : 0,
                   QObject::tr("Scanning %1 of %2 files").arg(done).arg(total));
        },
        cancel, options);
    study.skipped = std::move(scan.skipped);
    const int seriesCount = int(scan.series.size());
    for (int index = 0; index < seriesCount && !cancel->load(); ++index) {
        const mri::SeriesInfo &info = scan.series[size_t(index)];
        const QString name = QString::fromStdString(info.description.empty() ? info.uid : info.description);
        try {
            auto series = mri::loadSeries(
                info,
                [&](int done, int total) {
                    const int within = total > 0 ? 1000 * done / total : 0;
                    report(100 + (900 * index + 900 * within / 1000) / seriesCount,
                           QObject::tr("Reading %1").arg(name));
                },
                cancel);
            study.series.push_back(std::make_shared<const mri::Series>(std::move(series)));
        } catch (const std::exception &error) {
            study.problems << QObject::tr("%1: %2").arg(name,
                                                        lowerLayerText(std::string(error.what())));
        }
    }
    return study;
}

StudyLoader::StudyLoader(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<LoadedStudy>::progressValueChanged, this,
            [this](int value) { Q_EMIT progress(value / 10, m_watcher.progressText()); });
    connect(&m_watcher, &QFutureWatcher<LoadedStudy>::finished, this, [this] {
        if (m_cancel && m_cancel->load()) {
            Q_EMIT cancelled(m_path);
            if (!m_pendingPath.isEmpty()) {
                start(std::exchange(m_pendingPath, QString()),
                      std::exchange(m_pendingFiles, QStringList()));
            }
            return;
        }
        if (m_watcher.future().resultCount() == 0) {
            Q_EMIT failed(m_path, tr("The study could not be read."));
            return;
        }
        LoadedStudy study = m_watcher.result();
        if (study.series.empty()) {
            QString reason = study.problems.join(QStringLiteral("; "));
            if (reason.isEmpty() && !study.skipped.empty()) {
                const auto &first = study.skipped.front();
                reason = QStringLiteral("%1: %2").arg(QString::fromStdString(first.file),
                                                      QString::fromStdString(first.reason));
            }
            Q_EMIT failed(m_path, reason.isEmpty() ? tr("No DICOM or NIfTI images found.") : reason);
            return;
        }
        Q_EMIT loaded(study);
    });
}

StudyLoader::~StudyLoader()
{
    cancel();
    m_watcher.waitForFinished();
}

void StudyLoader::load(const QString &path, const QStringList &onlyFiles)
{
    if (m_watcher.isRunning()) {
        // Never wait on the GUI thread: the old load stops at its next file, then this starts.
        m_pendingPath = path;
        m_pendingFiles = onlyFiles;
        cancel();
        return;
    }
    start(path, onlyFiles);
}

void StudyLoader::start(const QString &path, const QStringList &onlyFiles)
{
    m_path = path;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_watcher.setFuture(QtConcurrent::run(loadStudy, path, onlyFiles, m_cancel));
}

void StudyLoader::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
}

} // namespace oncoview::ui
