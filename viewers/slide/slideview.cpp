// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/slideview.h"

#include "viewers/slide/scalebar.h"
#include "viewers/slide/tileloader.h"

// Qt
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace oncoview::slide {

namespace {

const QColor kBackground(0x1e, 0x1e, 0x1e);
const QColor kPlaceholder(0x3a, 0x3a, 0x3a); // slide area with no tile of any level yet
constexpr double kMinDownsample = 0.25; // 4x beyond level 0
constexpr qint64 kMaxPinnedBytes = qint64(64) << 20;
constexpr int kMaxPreloadTiles = 256;

} // namespace

SlideView::SlideView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Slide view"));
    setAccessibleDescription(tr("Arrow keys pan, + and - zoom, 1 to 6 choose a magnification "
                                "(1×, 2×, 5×, 10×, 20×, 40×), Home fits the slide to the view."));
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_zoomTimer.setInterval(16);
    connect(&m_zoomTimer, &QTimer::timeout, this, &SlideView::animateZoom);
    m_inertiaTimer.setInterval(16);
    connect(&m_inertiaTimer, &QTimer::timeout, this, &SlideView::glide);
    m_repaintThrottle.setSingleShot(true);
    m_repaintThrottle.setInterval(33);
    connect(&m_repaintThrottle, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(150);
    connect(&m_settleTimer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
}

SlideView::~SlideView() = default;

void SlideView::setSource(std::shared_ptr<SlideSource> source)
{
    m_zoomTimer.stop();
    m_loader.reset(); // joins the workers of the old slide
    m_source = std::move(source);
    m_cache = std::make_shared<TileCache>(m_cacheBudget);
    m_minimap.clear();
    m_readError.clear();
    m_grid = m_source ? TileGrid(*m_source) : TileGrid();
    if (m_source) {
        m_loader = std::make_unique<TileLoader>(m_source, m_cache, 2);
        connect(m_loader.get(), &TileLoader::tilesReady, this, &SlideView::onTilesReady);
        connect(m_loader.get(), &TileLoader::readFailed, this, [this](const QString &message) {
            m_readError = message;
            update();
            Q_EMIT readErrorOccurred(message);
        });
        preloadCoarsestLevel();
    }
    m_complete = false;
    m_autoFit = true;
    fitToWindow();
}

void SlideView::setCacheBudget(qint64 bytes)
{
    m_cacheBudget = bytes;
    if (m_cache) {
        m_cache->setBudget(bytes);
    }
}

// The coarsest level is the fallback under every missing tile and the minimap's picture:
// load it first and pin it, unless it is too big (a single-level slide).
void SlideView::preloadCoarsestLevel()
{
    const int coarsest = m_grid.levelCount() - 1;
    const QSize size = m_grid.levelSize(coarsest);
    const qint64 bytes = qint64(size.width()) * size.height() * 4;
    if (bytes > kMaxPinnedBytes) {
        return;
    }
    m_cache->setPinnedLevel(coarsest);
    const QRectF all(QPointF(0, 0), QSizeF(m_grid.levelSize(0)));
    const std::vector<TileKey> keys = m_grid.tilesIn(coarsest, all);
    if (int(keys.size()) <= kMaxPreloadTiles) {
        m_loader->preload(keys);
    }
}

int SlideView::wantedLevel() const
{
    // A HiDPI screen shows each logical pixel with several device pixels: finer detail pays.
    // A level up to 20% coarser than the screen is taken (a 1.2x upscale is not visible at
    // overview zooms, OpenSeadragon accepts 2x): fitting a 40x slide then decodes level 32's
    // 20 tiles instead of level 16's 80, and the first full view comes in half the time.
    // From 1:1 down to ds 1.2, level 0 is still drawn.
    constexpr double kUpscaleTolerance = 1.2;
    return m_source
        ? m_grid.bestLevelForDownsample(m_downsample / devicePixelRatioF() * kUpscaleTolerance)
        : 0;
}

QRectF SlideView::visibleLevel0Rect() const
{
    const QSizeF size = QSizeF(width(), height()) * m_downsample;
    return QRectF(m_center - QPointF(size.width() / 2, size.height() / 2), size);
}

QPointF SlideView::mapToLevel0(QPointF p) const
{
    return m_center + (p - QPointF(width() / 2.0, height() / 2.0)) * m_downsample;
}

QPointF SlideView::mapFromLevel0(QPointF p) const
{
    return (p - m_center) / m_downsample + QPointF(width() / 2.0, height() / 2.0);
}

bool SlideView::isFullyLoaded() const
{
    if (!m_loader) {
        return true;
    }
    const std::vector<TileKey> keys = m_grid.tilesIn(wantedLevel(), visibleLevel0Rect());
    return std::all_of(keys.begin(), keys.end(),
                       [this](const TileKey &key) { return m_loader->isResolved(key); });
}

double SlideView::fitDownsample() const
{
    if (!m_source || width() <= 0 || height() <= 0) {
        return 1.0;
    }
    const QSizeF content = m_source->contentBounds().size();
    return std::max(content.width() / width(), content.height() / height());
}

void SlideView::fitToWindow()
{
    m_zoomTimer.stop();
    if (m_source) {
        m_downsample = m_targetDownsample = fitDownsample();
        m_center = m_source->contentBounds().center();
    }
    viewportChanged();
}

void SlideView::zoomTo(double downsample, QPointF centerLevel0)
{
    m_zoomTimer.stop();
    m_autoFit = false;
    m_downsample = m_targetDownsample = downsample;
    m_center = centerLevel0;
    clampView();
    viewportChanged();
}

void SlideView::clampView()
{
    if (!m_source) {
        return;
    }
    const double maxDownsample = std::max(1.0, fitDownsample() * 2.0);
    m_downsample = std::clamp(m_downsample, kMinDownsample, maxDownsample);
    m_targetDownsample = std::clamp(m_targetDownsample, kMinDownsample, maxDownsample);
    const QSize slide = m_grid.levelSize(0);
    m_center.setX(std::clamp(m_center.x(), 0.0, double(slide.width())));
    m_center.setY(std::clamp(m_center.y(), 0.0, double(slide.height())));
}

void SlideView::viewportChanged()
{
    m_settleTimer.start();
    if (m_loader) {
        m_loader->request(wantedLevel(), visibleLevel0Rect());
    }
    update();
    Q_EMIT viewChanged();
    checkFullyLoaded();
}

void SlideView::onTilesReady()
{
    if (m_minimap.isNull()) {
        buildMinimap();
    }
    // While tiles stream in, repaint at most every 33 ms: on a 2-core machine every full
    // repaint takes CPU from the decoders. The last tile of the view repaints at once.
    if (isFullyLoaded()) {
        update();
    } else if (!m_repaintThrottle.isActive()) {
        m_repaintThrottle.start();
    }
    checkFullyLoaded();
}

void SlideView::checkFullyLoaded()
{
    const bool complete = isFullyLoaded();
    if (complete && !m_complete) {
        m_complete = true;
        Q_EMIT fullyLoaded();
    }
    m_complete = complete;
}

void SlideView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_autoFit) {
        fitToWindow();
    } else {
        clampView();
        viewportChanged();
    }
}

void SlideView::zoomSmoothly(double factor, QPointF anchorWidget)
{
    if (!m_source) {
        return;
    }
    m_autoFit = false;
    m_anchorWidget = anchorWidget;
    m_anchorLevel0 = mapToLevel0(anchorWidget);
    m_targetDownsample *= factor;
    clampView();
    if (!m_zoomTimer.isActive()) {
        m_zoomTimer.start();
    }
}

// Eases the zoom towards its target (a third of the remaining log-distance per 16 ms frame)
// while the level-0 point under the anchor stays under it.
void SlideView::animateZoom()
{
    const double remaining = std::log(m_targetDownsample / m_downsample);
    if (std::abs(remaining) < 0.003) {
        m_downsample = m_targetDownsample;
        m_zoomTimer.stop();
    } else {
        m_downsample *= std::exp(remaining / 3.0);
    }
    m_center
        = m_anchorLevel0 - (m_anchorWidget - QPointF(width() / 2.0, height() / 2.0)) * m_downsample;
    clampView();
    viewportChanged();
}

void SlideView::panBy(QPointF widgetDelta)
{
    m_autoFit = false;
    m_center -= widgetDelta * m_downsample;
    clampView();
    viewportChanged();
}

void SlideView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0.0) {
        zoomSmoothly(std::pow(1.25, -steps), event->position());
    }
    event->accept();
}

void SlideView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_source) {
        return QWidget::mousePressEvent(event);
    }
    if (const auto target = m_minimap.level0At(event->position(), size())) {
        zoomTo(m_downsample, *target);
        return;
    }
    m_zoomTimer.stop();
    m_inertiaTimer.stop(); // grabbing a gliding slide stops it
    m_inertia.reset();
    m_inertiaClock.start();
    m_inertia.track(event->position(), 0.0);
    m_dragging = true;
    m_dragStart = event->position();
    m_dragCenter = m_center;
    setCursor(Qt::ClosedHandCursor);
}

void SlideView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        return QWidget::mouseMoveEvent(event);
    }
    m_autoFit = false;
    m_inertia.track(event->position(), double(m_inertiaClock.nsecsElapsed()) * 1e-6);
    m_center = m_dragCenter - (event->position() - m_dragStart) * m_downsample;
    clampView();
    viewportChanged();
}

void SlideView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        unsetCursor();
        m_lastGlideMs = double(m_inertiaClock.nsecsElapsed()) * 1e-6;
        if (m_inertia.release(m_lastGlideMs)) {
            m_inertiaTimer.start();
        }
    }
    QWidget::mouseReleaseEvent(event);
}

// Rounded from level-0 edges, so neighbouring tiles share their screen edges exactly.
QRect SlideView::screenRect(const QRectF &r) const
{
    const QPointF a = mapFromLevel0(r.topLeft());
    const QPointF b = mapFromLevel0(r.bottomRight());
    return QRect(QPoint(int(std::lround(a.x())), int(std::lround(a.y()))),
                 QPoint(int(std::lround(b.x())) - 1, int(std::lround(b.y())) - 1));
}

void SlideView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), kBackground);
    if (!m_source) {
        painter.setPen(QColor(0x9a, 0x9a, 0x9a));
        painter.drawText(rect(), Qt::AlignCenter, tr("No slide open"));
        return;
    }
    paintTiles(painter);
    if (m_analysisPainter) {
        painter.save();
        m_analysisPainter(painter);
        painter.restore();
    }
    if (m_layerPainter) {
        painter.save();
        m_layerPainter(painter);
        painter.restore();
    }
    paintOverlays(painter);
}

void SlideView::setLayerPainter(std::function<void(QPainter &)> painter)
{
    m_layerPainter = std::move(painter);
    update();
}

void SlideView::setAnalysisPainter(std::function<void(QPainter &)> painter)
{
    m_analysisPainter = std::move(painter);
    update();
}

bool SlideView::isOverMinimap(QPointF widgetPoint) const
{
    return m_minimap.level0At(widgetPoint, size()).has_value();
}

// Wanted-level tiles where cached; every hole is filled from the next coarser cached level,
// level by level, clipped to what is still missing.
void SlideView::paintTiles(QPainter &painter)
{
    const int level = wantedLevel();
    const QRectF area = visibleLevel0Rect();
    const QRect slideRect = screenRect(QRectF(QPointF(0, 0), QSizeF(m_grid.levelSize(0))));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, isSettled());
    QRegion missing;
    for (const TileKey &key : m_grid.tilesIn(level, area)) {
        const QImage image = m_cache->find(key);
        const QRect target = screenRect(m_grid.level0Rect(key));
        if (image.isNull()) {
            missing += target;
        } else {
            painter.drawImage(target, image);
        }
    }
    for (int coarser = level + 1; coarser < m_grid.levelCount() && !missing.isEmpty(); ++coarser) {
        const QRectF holes(mapToLevel0(missing.boundingRect().topLeft()),
                           mapToLevel0(missing.boundingRect().bottomRight() + QPoint(1, 1)));
        QRegion covered;
        painter.setClipRegion(missing);
        for (const TileKey &key : m_grid.tilesIn(coarser, holes)) {
            const QRect target = screenRect(m_grid.level0Rect(key));
            if (!missing.intersects(target)) {
                continue;
            }
            const QImage image = m_cache->find(key);
            if (!image.isNull()) {
                painter.drawImage(target, image);
                covered += target;
            }
        }
        painter.setClipping(false);
        missing -= covered;
    }
    if (!missing.isEmpty()) {
        painter.setClipRegion(missing.intersected(slideRect));
        painter.fillRect(slideRect, kPlaceholder);
        painter.setClipping(false);
    }
}

void SlideView::paintOverlays(QPainter &painter)
{
    const auto mpp = m_source->micronsPerPixel();
    const auto power = m_source->objectivePower();
    paintScaleBar(
        painter, rect(), mpp ? std::optional<double>(mpp->width() * m_downsample) : std::nullopt,
        power ? std::optional<double>(*power / m_downsample) : std::nullopt, m_downsample);
    m_minimap.paint(painter, size(), visibleLevel0Rect());
    if (!m_readError.isEmpty()) {
        const QRect banner(8, 8, width() - 16 - MiniMap::kMaxSide - 8, 28);
        painter.fillRect(banner, QColor(120, 20, 20, 220));
        painter.setPen(Qt::white);
        painter.drawText(banner.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                         tr("Some tiles could not be read: %1").arg(m_readError));
    }
}

// Composes the minimap from the pinned coarsest level once all its tiles are in the cache.
void SlideView::buildMinimap()
{
    const int coarsest = m_grid.levelCount() - 1;
    if (m_cache->pinnedLevel() == coarsest) {
        m_minimap.build(m_grid, coarsest, *m_cache);
    }
}

} // namespace oncoview::slide
