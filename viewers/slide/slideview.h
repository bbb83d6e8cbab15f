// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/slide/minimap.h"
#include "viewers/slide/paninertia.h"
#include "viewers/slide/slidesource.h"
#include "viewers/slide/tilecache.h"
#include "viewers/slide/tilegrid.h"

// Qt
#include <QElapsedTimer>
#include <QPointF>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace oncoview::slide {

class TileLoader;

// Pans and zooms a whole-slide image. Tiles come from a TileLoader (2 worker threads) through
// a TileCache; while a tile of the wanted level is missing the view draws the area from the
// next coarser cached level, so it is never blank and never waits for a decode. Overlays: a
// scale bar (when the slide has an mpp), the magnification and a minimap with the viewport.
// Mouse: wheel zooms smoothly about the cursor, left-drag pans, a click on the minimap
// centres there. Keys: +/- zoom, arrows pan, Home fits the slide. All methods: GUI thread.
class SlideView : public QWidget
{
    Q_OBJECT

public:
    explicit SlideView(QWidget *parent = nullptr);
    ~SlideView() override;

    // Shows `source` fitted to the window (null clears the view). Drops the old tiles.
    void setSource(std::shared_ptr<SlideSource> source);
    std::shared_ptr<SlideSource> source() const { return m_source; }
    void setCacheBudget(qint64 bytes);
    qint64 cacheBudget() const { return m_cacheBudget; }

    // True when every visible tile of the level the view wants is in the cache (or failed to
    // read); vacuously true without a source.
    bool isFullyLoaded() const;
    // Level-0 pixels per widget pixel.
    double currentDownsample() const { return m_downsample; }
    // The level-0 point at the widget's centre.
    QPointF currentCenter() const { return m_center; }
    // The pyramid level the view draws at the current zoom.
    int wantedLevel() const;
    // Jumps (no animation) to `downsample` with `centerLevel0` at the widget's centre.
    void zoomTo(double downsample, QPointF centerLevel0);
    void fitToWindow();
    // Shows the slide at an objective magnification (1x ... 40x) about the view's centre: the
    // slide's objective power, else 10x per µm/px (40x = 0.25 µm/px). False when neither is known.
    bool setMagnification(double magnification);
    // The current magnification, or 0 when the slide gives neither power nor µm/px.
    double magnification() const;
    // A glide after a drag is running.
    bool isGliding() const { return m_inertiaTimer.isActive(); }
    // The level-0 rectangle the widget shows.
    QRectF visibleLevel0Rect() const;
    QPointF mapToLevel0(QPointF widgetPoint) const;
    QPointF mapFromLevel0(QPointF level0Point) const;
    // The first read error, or empty.
    QString readError() const { return m_readError; }
    // Draws a layer (annotations) over the tiles and under the scale bar and minimap, in
    // widget coordinates; an empty function removes it.
    void setLayerPainter(std::function<void(QPainter &)> painter);
    // An analysis layer (a heatmap) under the annotation layer; empty removes it.
    void setAnalysisPainter(std::function<void(QPainter &)> painter);
    // The view as an image `scale` times its size on screen (device pixels), read anew from
    // the slide at that resolution. With `overlays`, the heatmap and annotations are drawn
    // too; the scale bar always is, the minimap never. Reads the slide on the calling thread
    // (a view-sized read takes tens of milliseconds). A null image and `error` on failure.
    QImage renderImage(double scale, bool overlays, QString *error) const;
    // True over the minimap, where a click navigates instead of editing.
    bool isOverMinimap(QPointF widgetPoint) const;
    // False while the view moves (and 150 ms after): tiles are then scaled without smoothing,
    // which keeps zoom frames within 16 ms; the repaint after it settles is smooth.
    bool isSettled() const { return !m_settleTimer.isActive(); }

Q_SIGNALS:
    // The view became complete (see isFullyLoaded) after a change of source or viewport.
    void fullyLoaded();
    // The viewport moved or zoomed.
    void viewChanged();
    // Tiles could not be read (emitted once per slide; the view shows a banner too).
    void readErrorOccurred(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void viewportChanged();
    void onTilesReady();
    void checkFullyLoaded();
    void animateZoom();
    void zoomSmoothly(double factor, QPointF anchorWidget);
    void panBy(QPointF widgetDelta);
    void clampView();
    double fitDownsample() const;
    QRect screenRect(const QRectF &level0Rect) const;
    void paintTiles(QPainter &painter);
    void paintOverlays(QPainter &painter);
    void buildMinimap();
    void preloadCoarsestLevel();

    std::shared_ptr<SlideSource> m_source;
    std::function<void(QPainter &)> m_analysisPainter;
    std::shared_ptr<TileCache> m_cache;
    std::unique_ptr<TileLoader> m_loader;
    TileGrid m_grid;
    qint64 m_cacheBudget = qint64(512) << 20;

    QPointF m_center;
    double m_downsample = 1.0;
    bool m_autoFit = true; // refit on resize until the user zooms or pans
    bool m_complete = true;

    // Smooth wheel zoom: the downsample eases towards the target about a fixed anchor.
    QTimer m_zoomTimer;
    QTimer m_settleTimer;
    QTimer m_repaintThrottle;
    double m_targetDownsample = 1.0;
    QPointF m_anchorWidget;
    QPointF m_anchorLevel0;

    bool m_dragging = false;
    QPointF m_dragStart;
    QPointF m_dragCenter;
    // Glide after a drag (slideviewnavigation.cpp).
    PanInertia m_inertia;
    QTimer m_inertiaTimer;
    QElapsedTimer m_inertiaClock;
    double m_lastGlideMs = 0.0;
    void glide();
    double nativeMagnification() const;

    std::function<void(QPainter &)> m_layerPainter;
    MiniMap m_minimap; // null until the coarsest level is cached
    QString m_readError;
};

} // namespace oncoview::slide
