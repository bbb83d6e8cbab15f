// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/mriviewer.h"

#include "viewers/mri/measuretool.h"
#include "viewers/mri/mprcursor.h"
#include "viewers/mri/volumeview3d.h"
#include "viewers/mri/vtkvolumeconvert.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace oncoview::mri {

namespace {
bool sameGeometry(const Volume &a, const Volume &b)
{
    return a.size == b.size && a.spacing == b.spacing && a.origin == b.origin
        && a.direction == b.direction;
}

void setDarkBackground(QWidget *widget, const QColor &colour)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Window, colour);
    palette.setColor(QPalette::WindowText, QColor(220, 220, 220));
    palette.setColor(QPalette::ButtonText, QColor(220, 220, 220));
    palette.setColor(QPalette::Button, QColor(45, 45, 48));
    widget->setPalette(palette);
    widget->setAutoFillBackground(true);
}
} // namespace

MriViewer::MriViewer(QWidget *parent)
    : QWidget(parent)
    , m_cursor(new MprCursor(this))
    , m_view3d(new VolumeView3D)
{
    auto *grid = new QWidget;
    // The 1 px gaps between views show this colour: thin borders.
    setDarkBackground(grid, QColor(60, 60, 66));
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(1, 1, 1, 1);
    gridLayout->setSpacing(1);
    const MprOrientation orientations[3]
        = {MprOrientation::Axial, MprOrientation::Coronal, MprOrientation::Sagittal};
    for (int i = 0; i < 3; ++i) {
        m_mpr[i] = new MprView(orientations[i], m_cursor);
        m_measure[i] = new MeasureTool(m_mpr[i]); // D distance, E ellipse (owned by the view)
        gridLayout->addWidget(m_mpr[i], i / 2, i % 2);
        connect(m_mpr[i], &MprView::windowLevelEdited, this, &MriViewer::setWindowLevel);
    }
    gridLayout->addWidget(m_view3d, 1, 1);
    for (VtkGlWidget *view :
         {static_cast<VtkGlWidget *>(m_mpr[0]), static_cast<VtkGlWidget *>(m_mpr[1]),
          static_cast<VtkGlWidget *>(m_mpr[2]), static_cast<VtkGlWidget *>(m_view3d)}) {
        connect(view, &VtkGlWidget::frameRendered, this, [this, view] { onViewRendered(view); });
    }
    connect(m_cursor, &MprCursor::positionChanged, this, &MriViewer::cursorChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(makeToolbar());
    layout->addWidget(grid, 1);
    setDarkBackground(this, QColor(24, 24, 27));
    showMessage(tr("No series loaded"));
}

MriViewer::~MriViewer() = default;

QWidget *MriViewer::makeToolbar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(6, 2, 6, 2);
    row->setSpacing(4);
    m_titleLabel = new QLabel;
    m_titleLabel->setTextFormat(Qt::PlainText);
    row->addWidget(m_titleLabel, 1);

    m_crosshairButton = new QToolButton;
    auto *crosshair = new QAction(tr("Crosshair"), this);
    crosshair->setCheckable(true);
    crosshair->setShortcut(QKeySequence(Qt::Key_C));
    crosshair->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    crosshair->setToolTip(tr("Crosshair mode (C): left-click places the cursor; "
                             "off: left-drag changes window/level"));
    connect(crosshair, &QAction::toggled, this, &MriViewer::setCrosshairMode);
    addAction(crosshair);
    m_crosshairButton->setDefaultAction(crosshair);
    row->addWidget(m_crosshairButton);

    auto *presets = new QToolButton;
    presets->setText(tr("W/L"));
    presets->setToolTip(tr("Window/level presets (A: auto)"));
    presets->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(presets);
    for (const WindowPreset preset : allWindowPresets()) {
        QAction *action = menu->addAction(windowPresetName(preset));
        if (preset == WindowPreset::Auto) {
            action->setShortcut(QKeySequence(Qt::Key_A));
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(action);
        }
        connect(action, &QAction::triggered, this, [this, preset] { applyWindowPreset(preset); });
    }
    presets->setMenu(menu);
    row->addWidget(presets);

    auto *reset = new QToolButton;
    reset->setText(tr("Reset"));
    reset->setToolTip(tr("Reset zoom, pan and 3D camera (R in a view)"));
    connect(reset, &QToolButton::clicked, this, [this] {
        for (MprView *view : m_mpr) {
            view->resetView();
        }
        m_view3d->resetCamera();
    });
    row->addWidget(reset);
    return bar;
}

void MriViewer::setOverlay(const OverlayLayer &layer)
{
    for (MprView *view : m_mpr) {
        view->setOverlay(layer);
    }
    if (layer.showIn3D) {
        m_view3d->setOverlay(layer);
    } else {
        m_view3d->clearOverlay();
    }
}

void MriViewer::clearOverlay()
{
    for (MprView *view : m_mpr) {
        view->clearOverlay();
    }
    m_view3d->clearOverlay();
}

void MriViewer::setVolume(std::shared_ptr<const Volume> volume, const QString &title)
{
    const bool keepCursor = volume && m_volume && sameGeometry(*volume, *m_volume);
    m_title = title;
    m_titleLabel->setText(title);
    if (!volume) {
        m_volume.reset();
        showMessage(tr("No series loaded"));
        return;
    }
    if (const QString problem = volumeProblem(*volume); !problem.isEmpty()) {
        m_volume.reset();
        const QString message = tr("Cannot display %1: %2").arg(title, problem);
        qWarning("MriViewer: %s", qUtf8Printable(message));
        showMessage(message);
        Q_EMIT volumeRejected(message);
        return;
    }
    m_volume = std::move(volume);
    m_stats = IntensityStats(*m_volume);
    const VtkVolumeImage image = makeVtkImage(m_volume);
    m_cursor->setGeometry(*m_volume);
    if (!keepCursor) {
        const auto &s = m_volume->size;
        m_cursor->setPosition(
            m_volume->indexToLps((s[0] - 1) / 2.0, (s[1] - 1) / 2.0, (s[2] - 1) / 2.0));
    }
    const WindowLevel initial = m_stats.preset(WindowPreset::Auto);
    for (MprView *view : m_mpr) {
        view->setImage(image, initial);
    }
    m_view3d->setImage(image, m_stats);
    expectFrames();
}

void MriViewer::showMessage(const QString &message)
{
    for (MprView *view : m_mpr) {
        view->clearImage(message);
    }
    m_view3d->clearImage(message);
    expectFrames();
}

void MriViewer::expectFrames()
{
    m_hasRendered = false;
    m_waitingFor = {m_mpr[0], m_mpr[1], m_mpr[2], m_view3d};
    for (VtkGlWidget *view : m_waitingFor) {
        view->update();
    }
}

void MriViewer::onViewRendered(VtkGlWidget *view)
{
    if (m_waitingFor.remove(view) && m_waitingFor.isEmpty() && !m_hasRendered) {
        m_hasRendered = true;
        Q_EMIT rendered();
    }
}

std::array<double, 3> MriViewer::cursorLps() const
{
    return m_cursor->position();
}

void MriViewer::setCursorLps(const std::array<double, 3> &lps)
{
    m_cursor->setPosition(lps);
}

WindowLevel MriViewer::windowLevel() const
{
    return m_mpr[0]->windowLevel();
}

void MriViewer::setWindowLevel(WindowLevel windowLevel)
{
    for (MprView *view : m_mpr) {
        view->setWindowLevel(windowLevel);
    }
}

void MriViewer::applyWindowPreset(WindowPreset preset)
{
    if (m_volume) {
        setWindowLevel(m_stats.preset(preset));
    }
}

void MriViewer::setCrosshairMode(bool on)
{
    m_crosshairMode = on;
    if (m_crosshairButton->defaultAction()->isChecked() != on) {
        m_crosshairButton->defaultAction()->setChecked(on);
    }
    for (MprView *view : m_mpr) {
        view->setCrosshairMode(on);
    }
}

MprView *MriViewer::mprView(MprOrientation orientation) const
{
    return m_mpr[static_cast<int>(orientation)];
}

MeasureTool *MriViewer::measureTool(MprOrientation orientation) const
{
    return m_measure[static_cast<int>(orientation)];
}

} // namespace oncoview::mri
