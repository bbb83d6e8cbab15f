// SPDX-License-Identifier: Apache-2.0
#include "ui/annotations/annotationtoolbar.h"

#include "viewers/slide/annotationoverlay.h"
#include "viewers/slide/annotations/annotationmodel.h"

// Qt
#include <QActionGroup>
#include <QComboBox>
#include <QLabel>
#include <QPixmap>
#include <QSpinBox>

namespace oncoview::ui {

using slide::AnnotationTool;

namespace {

struct ToolInfo
{
    AnnotationTool tool;
    const char *label;
    const char *key;
    const char *help;
};

// Keys as in QuPath; the overlay handles them while the slide view has the focus.
const ToolInfo kTools[] = {
    {AnnotationTool::Select, QT_TRANSLATE_NOOP("oncoview::ui::AnnotationToolBar", "Select"), "M",
     QT_TRANSLATE_NOOP("oncoview::ui::AnnotationToolBar",
                       "Select and move; drag a handle to edit a vertex, Alt-click removes it, "
                       "double-click on an edge adds one; drag empty slide to pan")},
    {AnnotationTool::Point, QT_TRANSLATE_NOOP("oncoview::ui::AnnotationToolBar", "Point"), ".",
     QT_TRANSLATE_NOOP("oncoview::ui::AnnotationToolBar", "Click to place a point")},
    {AnnotationTool::Rectangle, QT_TRANSLATE_NOOP("oncoview::ui::AnnotationToolBar", "Rectangle"),
     "R",
     QT_TRANSLATE_NOOP("oncoview::ui::AnnotationToolBar", "Drag a rectangle; Shift for a square")},
    {AnnotationTool::Ellipse, QT_TRANSLATE_NOOP("oncoview::ui::AnnotationToolBar", "Ellipse"), "O",
     QT_TRANSLATE_NOOP("oncoview::ui::AnnotationToolBar", "Drag an ellipse; Shift for a circle")},
    {AnnotationTool::Polygon, QT_TRANSLATE_NOOP("oncoview::ui::AnnotationToolBar", "Polygon"), "P",
     QT_TRANSLATE_NOOP("oncoview::ui::AnnotationToolBar",
                       "Click vertices; double-click or Enter closes, Backspace removes the "
                       "last vertex, Esc cancels")},
    {AnnotationTool::Freehand, QT_TRANSLATE_NOOP("oncoview::ui::AnnotationToolBar", "Freehand"),
     "F", QT_TRANSLATE_NOOP("oncoview::ui::AnnotationToolBar", "Drag to draw a closed outline")},
    {AnnotationTool::Brush, QT_TRANSLATE_NOOP("oncoview::ui::AnnotationToolBar", "Brush"), "B",
     QT_TRANSLATE_NOOP("oncoview::ui::AnnotationToolBar", "Paint an area with a round brush")},
};

} // namespace

AnnotationToolBar::AnnotationToolBar(slide::AnnotationOverlay *overlay,
                                     slide::AnnotationModel *model, QWidget *parent)
    : QToolBar(tr("Annotation tools"), parent)
    , m_overlay(overlay)
    , m_model(model)
    , m_toolGroup(new QActionGroup(this))
    , m_classes(new QComboBox(this))
    , m_brushSize(new QSpinBox(this))
{
    setObjectName(QStringLiteral("annotationToolBar"));
    for (const ToolInfo &info : kTools) {
        QAction *action = addAction(tr(info.label));
        action->setCheckable(true);
        action->setToolTip(QStringLiteral("%1 (%2): %3")
                               .arg(tr(info.label), QLatin1String(info.key), tr(info.help)));
        action->setChecked(info.tool == overlay->tool());
        m_toolGroup->addAction(action);
        m_toolActions.insert(info.tool, action);
        connect(action, &QAction::triggered, this,
                [this, tool = info.tool] { m_overlay->setTool(tool); });
    }
    connect(overlay, &slide::AnnotationOverlay::toolChanged, this,
            [this](AnnotationTool tool) { m_toolActions.value(tool)->setChecked(true); });

    addSeparator();
    addWidget(new QLabel(tr(" Class "), this));
    m_classes->setObjectName(QStringLiteral("drawClass"));
    m_classes->setToolTip(tr("The class new annotations get"));
    fillClasses();
    addWidget(m_classes);
    connect(m_classes, &QComboBox::currentIndexChanged, this,
            [this] { m_overlay->setDrawClass(m_classes->currentData().toString()); });
    connect(model, &slide::AnnotationModel::classesChanged, this, &AnnotationToolBar::fillClasses);
    addWidget(new QLabel(tr(" Brush "), this));
    m_brushSize->setAccessibleName(tr("Brush diameter"));
    m_brushSize->setRange(2, 400);
    m_brushSize->setSuffix(tr(" px"));
    m_brushSize->setValue(int(overlay->brushDiameter()));
    m_brushSize->setToolTip(tr("Brush diameter on screen"));
    addWidget(m_brushSize);
    connect(m_brushSize, &QSpinBox::valueChanged, overlay,
            &slide::AnnotationOverlay::setBrushDiameter);

    addSeparator();
    QAction *undo = model->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setToolTip(tr("Undo (Ctrl+Z)"));
    QAction *redo = model->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setToolTip(tr("Redo (Ctrl+Shift+Z)"));
    addAction(undo);
    addAction(redo);
    addAction(tr("Copy"), overlay, &slide::AnnotationOverlay::copySelection)
        ->setToolTip(tr("Copy the selection as GeoJSON (Ctrl+C)"));
    addAction(tr("Paste"), overlay, &slide::AnnotationOverlay::paste)
        ->setToolTip(tr("Paste annotations (Ctrl+V)"));
    addAction(tr("Lock"), overlay, &slide::AnnotationOverlay::toggleLockSelection)
        ->setToolTip(tr("Lock or unlock the selection (L)"));
    addAction(tr("Delete"), overlay, &slide::AnnotationOverlay::deleteSelection)
        ->setToolTip(tr("Delete the selection (Delete)"));
}

void AnnotationToolBar::fillClasses()
{
    const QString current = m_classes->currentData().toString();
    const QSignalBlocker blocker(m_classes);
    m_classes->clear();
    m_classes->addItem(tr("Unclassified"), QString());
    for (const slide::PathClass &pathClass : m_model->pathClasses().classes()) {
        QPixmap swatch(12, 12);
        swatch.fill(pathClass.color);
        m_classes->addItem(QIcon(swatch), pathClass.name, pathClass.name);
    }
    m_classes->setCurrentIndex(std::max(0, m_classes->findData(current)));
}

} // namespace oncoview::ui
