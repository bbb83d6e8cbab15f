// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>
#include <QRectF>

#include <atomic>
#include <memory>
#include <optional>

class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace oncoview::slide {
class SlideSource;
}

namespace oncoview::ui {

// What the region export starts from: the slide, the region on screen and the selected
// annotation's bounds (level-0 pixels).
struct RegionExportSource
{
    std::shared_ptr<slide::SlideSource> slide;
    QString slidePath;
    QRectF visibleArea; // what the view shows, clipped to the slide
    double viewDownsample = 1.0; // level-0 pixels per screen pixel
    std::optional<QRectF> selectedArea; // the selected annotation's bounding box
};

// File > Export Slide Region: the selected annotation's region or the view's, at a chosen
// µm/px (downsample when the slide has no pixel size), as a TIFF with its pixel size or a
// PNG. Runs in the background with progress and Cancel; the window stays usable.
class RegionExportDialog : public QDialog
{
    Q_OBJECT

public:
    RegionExportDialog(RegionExportSource source, QWidget *parent = nullptr);
    ~RegionExportDialog() override;

    // The level-0 pixels per output pixel the controls ask for.
    double downsample() const;
    QRectF area() const;
    void setResolution(double micronsPerPixelOrDownsample);
    // Starts writing `path` (tests call it; the Export button asks for a file first).
    void startExport(const QString &path);
    // From startExport() until finished() is emitted (the worker may end sooner).
    bool isRunning() const { return m_running; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // The export ended: written (empty error), cancelled or failed.
    void finished(const QString &path, const QString &error, bool cancelled);

private:
    void updateSize();
    void chooseFileAndExport();
    void done(const QString &path);

    RegionExportSource m_source;
    std::optional<double> m_slideMpp; // µm per level-0 pixel
    QRadioButton *m_selected;
    QRadioButton *m_visible;
    QDoubleSpinBox *m_resolution;
    QLabel *m_size;
    QProgressBar *m_progress;
    QPushButton *m_export;
    QPushButton *m_cancel;
    QFutureWatcher<QString> m_watcher;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    QString m_lastError;
};

} // namespace oncoview::ui
