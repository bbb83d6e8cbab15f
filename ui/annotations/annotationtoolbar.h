// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/slide/annotationtools.h"

// Qt
#include <QHash>
#include <QToolBar>

class QActionGroup;
class QComboBox;
class QSpinBox;

namespace oncoview::slide {
class AnnotationModel;
class AnnotationOverlay;
} // namespace oncoview::slide

namespace oncoview::ui {

// The slide annotation tools as a toolbar: one checkable action per tool (its QuPath key in
// the tooltip), the class new annotations get, the brush size, undo/redo, copy/paste,
// lock and delete. It drives an AnnotationOverlay and follows it when a key switches tools.
// GUI thread.
class AnnotationToolBar : public QToolBar
{
    Q_OBJECT

public:
    AnnotationToolBar(slide::AnnotationOverlay *overlay, slide::AnnotationModel *model,
                      QWidget *parent = nullptr);

    QAction *toolAction(slide::AnnotationTool tool) const { return m_toolActions.value(tool); }
    QComboBox *classChooser() const { return m_classes; }

private:
    void fillClasses();

    slide::AnnotationOverlay *m_overlay;
    slide::AnnotationModel *m_model;
    QActionGroup *m_toolGroup;
    QHash<slide::AnnotationTool, QAction *> m_toolActions;
    QComboBox *m_classes;
    QSpinBox *m_brushSize;
};

} // namespace oncoview::ui
