// SPDX-License-Identifier: Apache-2.0
#include "ui/seriesbrowser.h"
#include "ui/i18n/lowerlayertext.h"

// Qt
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QVBoxLayout>

#include <algorithm>

namespace oncoview::ui {

QImage seriesThumbnail(const mri::Series &series, int edge)
{
    if (series.phases.empty() || series.phases.front().voxels.empty()) {
        return {};
    }
    const mri::Volume &volume = series.phases.front();
    const int width = volume.size[0];
    const int height = volume.size[1];
    const int z = volume.size[2] / 2;
    const float *slice = volume.voxels.data() + size_t(z) * size_t(width) * size_t(height);
    std::vector<float> sorted(slice, slice + size_t(width) * size_t(height));
    // Percentile window: robust to the few hot voxels MR images often have.
    std::sort(sorted.begin(), sorted.end());
    const float low = sorted[sorted.size() / 200];
    const float high = std::max(sorted[sorted.size() - 1 - sorted.size() / 200], low + 1e-6f);
    QImage image(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < width; ++x) {
            const float value = (slice[size_t(y) * size_t(width) + size_t(x)] - low) / (high - low);
            line[x] = uchar(std::clamp(value, 0.0f, 1.0f) * 255.0f);
        }
    }
    return image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

SeriesBrowser::SeriesBrowser(QWidget *parent)
    : QDockWidget(tr("Series"), parent)
    , m_list(new QListWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("seriesBrowser"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_list->setAccessibleName(tr("Series of the study (the arrow keys show each)"));
    m_list->setIconSize(QSize(72, 72));
    m_list->setWordWrap(true);
    m_summary->setWordWrap(true);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    setWidget(body);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && m_list->item(row)->data(Qt::UserRole).isValid()) {
            Q_EMIT seriesActivated(m_list->item(row)->data(Qt::UserRole).toInt());
        }
    });
}

void SeriesBrowser::setStudy(const LoadedStudy &study)
{
    QSignalBlocker blocker(m_list);
    m_list->clear();
    for (size_t index = 0; index < study.series.size(); ++index) {
        const mri::SeriesInfo &info = study.series[index]->info;
        QString text = QString::fromStdString(info.description.empty() ? info.uid : info.description);
        text += QStringLiteral("\n%1 × %2 × %3").arg(info.size[0]).arg(info.size[1]).arg(info.size[2]);
        if (info.phases > 1) {
            text += tr(", %n phase(s)", nullptr, info.phases);
        }
        if (info.derived) {
            text += tr(" · derived map"); // computed by the scanner (SER, PE, subtraction, ADC)
        }
        auto *item = new QListWidgetItem(QPixmap::fromImage(seriesThumbnail(*study.series[index])), text);
        item->setData(Qt::UserRole, int(index));
        QStringList tips;
        for (const std::string &warning : info.warnings) {
            tips << QString::fromStdString(warning);
        }
        if (!tips.isEmpty()) {
            item->setText(text + QStringLiteral("\n⚠ ") + tr("%n warning(s)", nullptr, int(tips.size())));
            item->setToolTip(tips.join(QLatin1Char('\n')));
        }
        m_list->addItem(item);
    }
    QStringList problems = study.problems;
    for (const mri::SkippedFile &skipped : study.skipped) {
        problems << QStringLiteral("%1: %2").arg(QString::fromStdString(skipped.file),
                                                 lowerLayerText(skipped.reason));
    }
    m_summary->setText(problems.isEmpty() ? QString()
                                          : tr("%n file(s) skipped", nullptr, int(problems.size())));
    m_summary->setToolTip(problems.join(QLatin1Char('\n')));
}

void SeriesBrowser::setCurrent(int seriesIndex)
{
    QSignalBlocker blocker(m_list);
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toInt() == seriesIndex) {
            m_list->setCurrentRow(row);
        }
    }
}

int SeriesBrowser::count() const
{
    return m_list->count();
}

} // namespace oncoview::ui
