// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDockWidget>
#include <QRectF>

// Local
#include "ui/slide/attentionexport.h"
#include "ui/slide/slideanalysis.h"
#include "viewers/slide/attentionheatmap.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSlider;

namespace oncoview::ui {

// The slide analysis panel: Analyze / Cancel with progress (patches/s, ETA), the attention
// heatmap's controls and legend, and a gallery of the most attended patches (a click goes
// there). The heatmap itself is drawn by the slide view through heatmap(). GUI thread only.
class SlideAnalysisDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit SlideAnalysisDock(SlideAnalysis *analysis, QWidget *parent = nullptr);

    const slide::AttentionHeatmap &heatmap() const { return m_heatmap; }
    // Shows `outcome` (heatmap, gallery) for the slide at `source`; null clears.
    void showOutcome(std::shared_ptr<const SlideAnalysisOutcome> outcome,
                     std::shared_ptr<slide::SlideSource> source);
    void clear();
    int galleryCount() const;
    QAction *analyzeAction() const { return m_analyzeAction; }
    // Writes the shown attention map (.geojson: QuPath tiles; .png: image + world file);
    // "" or why not.
    QString exportHeatmap(const QString &path) const;
    // The map shown and exported: MIL attention, or attention rollout where the package
    // exposes its aggregator's layers (the choice is offered only then).
    SlideMap map() const;
    void setMap(SlideMap map);
    bool offersRollout() const;

Q_SIGNALS:
    void analyzeRequested();
    void heatmapChanged();
    // The level-0 area of a gallery patch the user clicked.
    void patchActivated(const QRectF &level0Rect);
    // The attention map was exported (File-type detail; error empty on success).
    void exported(const QString &detail, const QString &error);

private:
    void onProgress(const QString &stage, qint64 done, qint64 total, double perSecond, double eta);
    void setRunning(bool running);
    void fillGallery(std::shared_ptr<slide::SlideSource> source);
    void showMap();

    SlideAnalysis *m_analysis;
    slide::AttentionHeatmap m_heatmap;
    std::shared_ptr<const SlideAnalysisOutcome> m_outcome;
    QAction *m_analyzeAction;
    QLabel *m_package;
    QPushButton *m_analyze;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QLabel *m_status;
    QComboBox *m_map;
    QCheckBox *m_show;
    QCheckBox *m_mask;
    QSlider *m_opacity;
    QSlider *m_threshold;
    QListWidget *m_gallery;
};

} // namespace oncoview::ui
