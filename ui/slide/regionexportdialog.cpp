// SPDX-License-Identifier: Apache-2.0
#include "ui/slide/regionexportdialog.h"

// Qt
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

// Local
#include "viewers/slide/export/regionwriter.h"
#include "viewers/slide/slidesource.h"

namespace oncoview::ui {

RegionExportDialog::RegionExportDialog(RegionExportSource source, QWidget *parent)
    : QDialog(parent)
    , m_source(std::move(source))
    , m_selected(new QRadioButton(tr("The selected &annotation's bounding box"), this))
    , m_visible(new QRadioButton(tr("What the &view shows"), this))
    , m_resolution(new QDoubleSpinBox(this))
    , m_size(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_export(nullptr)
    , m_cancel(nullptr)
{
    setWindowTitle(tr("Export Slide Region"));
    setObjectName(QStringLiteral("region-export-dialog"));
    if (const auto mpp = m_source.slide->micronsPerPixel(); mpp && mpp->width() > 0) {
        m_slideMpp = mpp->width();
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("<b>%1</b>").arg(QFileInfo(m_source.slidePath).fileName().toHtmlEscaped()), this));
    layout->addWidget(m_selected);
    layout->addWidget(m_visible);
    m_selected->setEnabled(m_source.selectedArea.has_value());
    (m_source.selectedArea ? m_selected : m_visible)->setChecked(true);
    auto *form = new QFormLayout;
    // With a pixel size the user thinks in µm/px; without one, in the slide's own pixels.
    if (m_slideMpp) {
        m_resolution->setDecimals(3);
        m_resolution->setRange(*m_slideMpp, *m_slideMpp * 4096);
        m_resolution->setSuffix(tr(" µm/px"));
        m_resolution->setValue(std::max(*m_slideMpp, *m_slideMpp * m_source.viewDownsample));
        form->addRow(tr("&Resolution:"), m_resolution);
    } else {
        m_resolution->setDecimals(2);
        m_resolution->setRange(1.0, 4096);
        m_resolution->setSuffix(tr(" × downsample"));
        m_resolution->setValue(std::max(1.0, m_source.viewDownsample));
        form->addRow(tr("&Downsample:"), m_resolution);
    }
    m_resolution->setAccessibleName(tr("Resolution of the exported image"));
    form->addRow(tr("Size:"), m_size);
    layout->addLayout(form);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_export, &QPushButton::clicked, this, &RegionExportDialog::chooseFileAndExport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_watcher.isRunning()) {
            m_cancelFlag->store(true); // the worker stops at the next chunk
        } else {
            reject();
        }
    });
    connect(m_resolution, &QDoubleSpinBox::valueChanged, this, &RegionExportDialog::updateSize);
    connect(m_selected, &QRadioButton::toggled, this, &RegionExportDialog::updateSize);
    updateSize();
}

RegionExportDialog::~RegionExportDialog()
{
    if (m_watcher.isRunning()) {
        m_cancelFlag->store(true);
        m_watcher.waitForFinished(); // the worker holds the slide; it stops within a chunk
    }
}

double RegionExportDialog::downsample() const
{
    return m_slideMpp ? m_resolution->value() / *m_slideMpp : m_resolution->value();
}

QRectF RegionExportDialog::area() const
{
    const QRectF slideRect(QPointF(0, 0), QSizeF(m_source.slide->levelSize(0)));
    const QRectF wanted = m_selected->isChecked() && m_source.selectedArea ? *m_source.selectedArea
                                                                           : m_source.visibleArea;
    return wanted.intersected(slideRect);
}

void RegionExportDialog::setResolution(double micronsPerPixelOrDownsample)
{
    m_resolution->setValue(micronsPerPixelOrDownsample);
}

void RegionExportDialog::updateSize()
{
    const QSize size = slide::regionOutputSize({area(), downsample()});
    const qint64 pixels = qint64(size.width()) * size.height();
    const bool fits = !size.isEmpty() && size.width() <= slide::kMaxRegionSide
        && size.height() <= slide::kMaxRegionSide && pixels <= slide::kMaxRegionPixels;
    QString text = tr("%1 × %2 pixels").arg(size.width()).arg(size.height());
    if (!fits) {
        text += QLatin1Char(' ')
            + tr("(too large: at most %1 pixels a side; choose a coarser resolution)")
                  .arg(slide::kMaxRegionSide);
    }
    m_size->setText(text);
    m_export->setEnabled(fits && !m_watcher.isRunning());
}

void RegionExportDialog::chooseFileAndExport()
{
    const QString base = QFileInfo(m_source.slidePath).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        this, windowTitle(), QDir::home().filePath(base + QStringLiteral("-region.tif")),
        tr("TIFF with pixel size (*.tif *.tiff);;PNG (*.png)"));
    if (!path.isEmpty()) {
        startExport(path);
    }
}

void RegionExportDialog::startExport(const QString &path)
{
    if (m_watcher.isRunning()) {
        return;
    }
    const slide::RegionRequest request {area(), downsample()};
    slide::RegionMetadata metadata;
    metadata.micronsPerPixel = m_slideMpp ? *m_slideMpp * request.downsample : 0.0;
    metadata.description
        = QStringLiteral("OncoView region of %1: level-0 x %2 y %3 w %4 h %5, downsample %6")
              .arg(QFileInfo(m_source.slidePath).fileName())
              .arg(request.level0Area.x(), 0, 'f', 0)
              .arg(request.level0Area.y(), 0, 'f', 0)
              .arg(request.level0Area.width(), 0, 'f', 0)
              .arg(request.level0Area.height(), 0, 'f', 0)
              .arg(request.downsample, 0, 'g', 6);
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_running = true;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_export->setEnabled(false);
    QPointer<QProgressBar> bar(m_progress);
    const auto progress = [bar](double done) {
        QMetaObject::invokeMethod(
            bar,
            [bar, done] {
                if (bar)
                    bar->setValue(int(done * 100));
            },
            Qt::QueuedConnection);
    };
    disconnect(&m_watcher, nullptr, this, nullptr);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this, path] { done(path); });
    m_watcher.setFuture(QtConcurrent::run(
        [slide = m_source.slide, request, metadata, path, progress, flag = m_cancelFlag] {
            return slide::exportSlideRegion(*slide, request, metadata, path, progress, flag.get());
        }));
}

void RegionExportDialog::done(const QString &path)
{
    m_running = false;
    m_lastError = m_watcher.result();
    const bool cancelled = m_cancelFlag->load();
    m_progress->setVisible(false);
    updateSize();
    Q_EMIT finished(path, m_lastError, cancelled && m_lastError.isEmpty());
    if (!m_lastError.isEmpty()) {
        if (isVisible()) {
            QMessageBox::warning(this, windowTitle(), m_lastError);
        }
        return;
    }
    if (!cancelled) {
        accept();
    }
}

} // namespace oncoview::ui
