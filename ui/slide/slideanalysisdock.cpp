// SPDX-License-Identifier: Apache-2.0
#include "ui/slide/slideanalysisdock.h"

// Qt
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace oncoview::ui {

namespace {

constexpr int kGalleryPatches = 12;
constexpr int kThumbnail = 96;

QSlider *percentSlider(int value, QWidget *parent)
{
    auto *slider = new QSlider(Qt::Horizontal, parent);
    slider->setRange(0, 100);
    slider->setValue(value);
    return slider;
}

} // namespace

SlideAnalysisDock::SlideAnalysisDock(SlideAnalysis *analysis, QWidget *parent)
    : QDockWidget(tr("Slide analysis"), parent)
    , m_analysis(analysis)
    , m_analyzeAction(new QAction(tr("Analyze &Slide"), this))
{
    setObjectName(QStringLiteral("slideAnalysisDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    m_package = new QLabel(body);
    m_package->setWordWrap(true);
    layout->addWidget(m_package);

    auto *buttons = new QHBoxLayout;
    m_analyze = new QPushButton(tr("Analyze Slide"), body);
    m_analyze->setObjectName(QStringLiteral("analyzeSlideButton"));
    m_analyze->setToolTip(tr("Run the slide model on the open slide (nothing runs until you ask)"));
    m_cancel = new QPushButton(tr("Cancel"), body);
    m_export = new QPushButton(tr("Export…"), body);
    m_export->setObjectName(QStringLiteral("exportHeatmapButton"));
    m_export->setToolTip(tr("Save the attention map as QuPath GeoJSON tiles or as a PNG with a "
                            "world file"));
    m_export->setEnabled(false);
    buttons->addWidget(m_analyze);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    m_progress = new QProgressBar(body);
    m_progress->setRange(0, 1000);
    m_status = new QLabel(body);
    m_status->setObjectName(QStringLiteral("slideAnalysisStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    auto *form = new QFormLayout;
    m_map = new QComboBox(body);
    m_map->setObjectName(QStringLiteral("slideMapChoice"));
    m_map->addItem(tr("MIL attention"), int(SlideMap::Attention));
    m_map->addItem(tr("Attention rollout"), int(SlideMap::Rollout));
    m_map->setToolTip(tr("MIL attention: the aggregator's weight of each patch. Attention "
                         "rollout: how much each patch flows into the class token through all "
                         "of the aggregator's attention layers."));
    m_map->setAccessibleName(tr("Slide map"));
    m_map->setVisible(false);
    form->addRow(m_map);
    m_show = new QCheckBox(tr("Attention heatmap"), body);
    m_show->setChecked(true);
    m_mask = new QCheckBox(tr("Detected tissue instead"), body);
    m_opacity = percentSlider(50, body);
    m_threshold = percentSlider(0, body);
    form->addRow(m_show);
    form->addRow(m_mask);
    form->addRow(tr("Opacity"), m_opacity);
    form->addRow(tr("Hide below"), m_threshold);
    layout->addLayout(form);
    auto *legend = new QLabel(body);
    legend->setPixmap(QPixmap::fromImage(slide::AttentionHeatmap::colorBar(160, 10)));
    layout->addWidget(legend);
    auto *legendText = new QLabel(tr("Low → high attention, relative to the most attended patch. "
                                     "Attention is the model's weighting of patches, not a "
                                     "probability of tumour."),
                                  body);
    legendText->setWordWrap(true);
    layout->addWidget(legendText);

    layout->addWidget(new QLabel(tr("Most attended patches (click to go there)"), body));
    m_gallery = new QListWidget(body);
    m_gallery->setAccessibleName(tr("Patches with the most attention"));
    m_gallery->setObjectName(QStringLiteral("attentionGallery"));
    m_gallery->setViewMode(QListView::IconMode);
    m_gallery->setIconSize(QSize(kThumbnail, kThumbnail));
    m_gallery->setResizeMode(QListView::Adjust);
    m_gallery->setMovement(QListView::Static);
    layout->addWidget(m_gallery, 1);
    setWidget(body);

    m_analyzeAction->setShortcut(QKeySequence(tr("Ctrl+Alt+S")));
    connect(m_analyzeAction, &QAction::triggered, this, &SlideAnalysisDock::analyzeRequested);
    connect(m_analyze, &QPushButton::clicked, this, &SlideAnalysisDock::analyzeRequested);
    connect(m_cancel, &QPushButton::clicked, m_analysis, &SlideAnalysis::cancel);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export attention map"), QStringLiteral("attention.geojson"),
            tr("QuPath GeoJSON tiles (*.geojson);;PNG with world file (*.png)"));
        if (path.isEmpty()) {
            return;
        }
        const QString error = exportHeatmap(path);
        Q_EMIT exported(QFileInfo(path).suffix().toLower(), error);
        m_status->setText(error.isEmpty() ? tr("Saved %1").arg(QFileInfo(path).fileName()) : error);
    });
    connect(m_analysis, &SlideAnalysis::progressed, this, &SlideAnalysisDock::onProgress);
    connect(m_analysis, &SlideAnalysis::busyChanged, this,
            [this] { setRunning(m_analysis->isBusy()); });
    connect(m_analysis, &SlideAnalysis::failed, this,
            [this](const QString &, const QString &message) { m_status->setText(message); });
    const auto restyle = [this] {
        m_heatmap.setOpacity(m_show->isChecked() ? m_opacity->value() / 100.0 : 0.0);
        m_heatmap.setThreshold(m_threshold->value() / 100.0);
        m_heatmap.setShowMask(m_mask->isChecked());
        Q_EMIT heatmapChanged();
    };
    connect(m_show, &QCheckBox::toggled, this, restyle);
    connect(m_mask, &QCheckBox::toggled, this, restyle);
    connect(m_opacity, &QSlider::valueChanged, this, restyle);
    connect(m_threshold, &QSlider::valueChanged, this, restyle);
    connect(m_map, &QComboBox::currentIndexChanged, this, [this] {
        showMap();
        Q_EMIT heatmapChanged();
    });
    connect(m_gallery, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT patchActivated(item->data(Qt::UserRole).toRectF());
    });
    setRunning(false);
}

void SlideAnalysisDock::setRunning(bool running)
{
    m_analyze->setEnabled(!running);
    m_analyzeAction->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    if (running) {
        m_progress->setValue(0);
        m_status->setText(tr("Finding tissue…"));
    }
    m_package->setText(m_analysis->manifest()
                           ? tr("Package: %1 %2")
                                 .arg(QString::fromStdString(m_analysis->manifest()->name),
                                      QString::fromStdString(m_analysis->manifest()->version))
                           : tr("No slide model package is chosen (AI menu)."));
}

void SlideAnalysisDock::onProgress(const QString &stage, qint64 done, qint64 total,
                                   double perSecond, double eta)
{
    if (stage == QLatin1String("patches") && total > 0) {
        m_progress->setValue(int(1000 * done / total));
        m_status->setText(tr("%1 of %2 patches · %3 patches/s · about %4 s left")
                              .arg(done)
                              .arg(total)
                              .arg(perSecond, 0, 'f', 0)
                              .arg(eta, 0, 'f', 0));
    } else if (stage == QLatin1String("aggregate")) {
        m_status->setText(tr("Weighing the patches (attention)…"));
    }
}

QString SlideAnalysisDock::exportHeatmap(const QString &path) const
{
    if (!m_outcome) {
        return tr("There is no attention map to export yet.");
    }
    return exportAttention(m_outcome->result, path, {}, map());
}

SlideMap SlideAnalysisDock::map() const
{
    return SlideMap(m_map->currentData().toInt());
}

void SlideAnalysisDock::setMap(SlideMap map)
{
    m_map->setCurrentIndex(m_map->findData(int(map)));
}

bool SlideAnalysisDock::offersRollout() const
{
    return m_outcome && !m_outcome->result.rollout.empty();
}

void SlideAnalysisDock::showMap()
{
    if (!m_outcome) {
        return;
    }
    const auto &r = m_outcome->result;
    // A result without rollout shows attention whatever was chosen for the previous one.
    const SlideMap shown = offersRollout() ? map() : SlideMap::Attention;
    m_heatmap.setCells(r.grid.columns, r.grid.rows, r.grid.patchSideLevel0,
                       attentionCells(r, shown));
}

void SlideAnalysisDock::clear()
{
    m_outcome.reset();
    m_map->setVisible(false);
    m_export->setEnabled(false);
    m_heatmap.clear();
    m_gallery->clear();
    m_status->clear();
    Q_EMIT heatmapChanged();
}

void SlideAnalysisDock::showOutcome(std::shared_ptr<const SlideAnalysisOutcome> outcome,
                                    std::shared_ptr<slide::SlideSource> source)
{
    clear();
    m_outcome = std::move(outcome);
    m_export->setEnabled(m_outcome != nullptr);
    if (!m_outcome) {
        return;
    }
    const auto &r = m_outcome->result;
    m_map->setVisible(offersRollout());
    showMap();
    m_heatmap.setMask(r.mask.width, r.mask.height, r.mask.downsample, r.mask.mask);
    QString status = tr("%1 patches, %2 s%3")
                         .arg(r.grid.patches.size())
                         .arg(r.totalSeconds, 0, 'f', 1)
                         .arg(r.cacheHit                 ? tr(" (features from the cache)")
                                  : r.resumedPatches > 0 ? tr(" (resumed from an earlier run)")
                                                         : QString());
    if (!r.rolloutError.empty()) {
        status += QLatin1Char('\n')
            + tr("No attention rollout: %1").arg(QString::fromStdString(r.rolloutError));
    }
    m_status->setText(status);
    fillGallery(std::move(source));
    Q_EMIT heatmapChanged();
}

int SlideAnalysisDock::galleryCount() const
{
    return m_gallery->count();
}

void SlideAnalysisDock::fillGallery(std::shared_ptr<slide::SlideSource> source)
{
    if (!source || !m_outcome) {
        return;
    }
    const auto top = m_outcome->result.topPatches(kGalleryPatches);
    const double side = m_outcome->result.grid.patchSideLevel0;
    for (const auto &patch : top) {
        auto *item
            = new QListWidgetItem(tr("%1%").arg(patch.attention * 100.0, 0, 'f', 1), m_gallery);
        const QRectF area(patch.location.x0, patch.location.y0, side, side);
        item->setData(Qt::UserRole, area);
        item->setToolTip(tr("Attention %1% · level-0 (%2, %3)")
                             .arg(patch.attention * 100.0, 0, 'f', 2)
                             .arg(patch.location.x0)
                             .arg(patch.location.y0));
    }
    // Thumbnails are decoded off the GUI thread (a slide read can take tens of milliseconds).
    QtConcurrent::run([source, top] {
        QList<QImage> images;
        for (const auto &patch : top) {
            const QImage image
                = source->readRegion(patch.location.level, patch.location.x0, patch.location.y0,
                                     patch.location.readSize, patch.location.readSize);
            images << (image.isNull() ? QImage() : image.scaled(kThumbnail, kThumbnail));
        }
        return images;
    }).then(this, [this, outcome = m_outcome](const QList<QImage> &images) {
        if (outcome != m_outcome) {
            return; // a newer result replaced the gallery meanwhile
        }
        for (int i = 0; i < images.size() && i < m_gallery->count(); ++i) {
            if (!images[i].isNull()) {
                m_gallery->item(i)->setIcon(QIcon(QPixmap::fromImage(images[i])));
            }
        }
    });
}

} // namespace oncoview::ui
