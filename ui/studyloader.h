// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QFutureWatcher>
#include <QObject>
#include <QString>

// Local
#include "viewers/mri/io/volume.h"

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace oncoview::ui {

// A study as the window holds it: immutable series shared with viewers and inference requests.
struct LoadedStudy
{
    QString path;
    std::vector<std::shared_ptr<const mri::Series>> series;
    std::vector<mri::SkippedFile> skipped;
    QStringList problems; // series that were found but could not be read
};

// Whether single-phase series that are the phases of one DCE are read as one series (the
// default; mri::ScanOptions), remembered in the settings.
bool groupsPhaseSeries();
void setGroupsPhaseSeries(bool on);

// Reads a DICOM folder or NIfTI file: scan (tags only), then the pixels of every series.
// Blocking, any thread; `progress` gets 0..1000 and a line of text; `cancel` is polled between
// files. Series that cannot be read are listed in `problems`. `onlyFiles`, when not empty, are
// the folder's files to read (mri::ScanOptions::onlyFiles).
LoadedStudy readStudy(const QString &path,
                      const std::function<void(int permille, const QString &text)> &progress = {},
                      const std::atomic<bool> *cancel = nullptr, const QStringList &onlyFiles = {});

// Opens a DICOM folder or NIfTI file on a worker thread: scan (tags only), then read pixels.
// Progress and the result arrive on the GUI thread; cancel is honoured between files.
class StudyLoader : public QObject
{
    Q_OBJECT
public:
    explicit StudyLoader(QObject *parent = nullptr);
    ~StudyLoader() override;

    // GUI thread. Cancels a load already running. `onlyFiles`: see readStudy.
    void load(const QString &path, const QStringList &onlyFiles = {});
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void progress(int percent, const QString &detail);
    void loaded(const oncoview::ui::LoadedStudy &study);
    void failed(const QString &path, const QString &message);
    void cancelled(const QString &path);

private:
    void start(const QString &path, const QStringList &onlyFiles);

    QFutureWatcher<LoadedStudy> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QString m_path;
    QString m_pendingPath;
    QStringList m_pendingFiles;
};

} // namespace oncoview::ui
