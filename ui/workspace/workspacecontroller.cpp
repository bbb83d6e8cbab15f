// SPDX-License-Identifier: Apache-2.0
#include "ui/workspace/workspacecontroller.h"

// Qt
#include <QAction>
#include <QActionGroup>
#include <QSettings>
#include <QSplitter>

// Local
#include "ui/session/crashreporter.h"

namespace oncoview::ui {

namespace {

const QString settingsKey = QStringLiteral("window/workspace");

} // namespace

WorkspaceController::WorkspaceController(Part mri, Part slide, QObject *parent)
    : QObject(parent)
    , m_mri(std::move(mri))
    , m_slide(std::move(slide))
    , m_workspace(workspaceFromKey(QSettings().value(settingsKey).toString()))
    , m_group(new QActionGroup(this))
{
    const std::pair<Workspace, QString> choices[] = {
        {Workspace::Automatic, tr("&Automatic: What Is Open")},
        {Workspace::Radiology, tr("&Radiology: MRI Only")},
        {Workspace::Pathology, tr("&Pathology: Slide Only")},
        {Workspace::Case, tr("&Case: MRI and Slide Side by Side")},
    };
    for (const auto &[workspace, text] : choices) {
        QAction *action = m_group->addAction(text);
        action->setCheckable(true);
        action->setData(int(workspace));
        action->setObjectName(QStringLiteral("workspace-") + workspaceKey(workspace));
        connect(action, &QAction::triggered, this,
                [this, workspace = workspace] { chooseWorkspace(workspace); });
    }
    m_panes = {!m_mri.pane->isHidden(), !m_slide.pane->isHidden()};
    apply();
}

QList<QAction *> WorkspaceController::actions() const
{
    return m_group->actions();
}

void WorkspaceController::chooseWorkspace(Workspace workspace)
{
    QSettings().setValue(settingsKey, workspaceKey(workspace));
    noteAction(QStringLiteral("workspace: ") + workspaceKey(workspace));
    setWorkspace(workspace);
}

void WorkspaceController::setStudyOpen(bool open)
{
    m_studyOpen = open;
    if (open && !panesFor(m_workspace, m_studyOpen, m_slideOpen, false).mri) {
        m_workspace = Workspace::Automatic;
    }
    apply();
}

void WorkspaceController::setSlideOpen(bool open)
{
    m_slideOpen = open;
    if (open) {
        // A slide opened while the DCE layout is up is shown beside it, not behind it.
        m_dceClaimsWidth = false;
        if (!panesFor(m_workspace, m_studyOpen, m_slideOpen, false).slide) {
            m_workspace = Workspace::Automatic;
        }
    }
    apply();
}

void WorkspaceController::setDceLayout(bool on)
{
    m_dceClaimsWidth = on;
    apply();
}

void WorkspaceController::setWorkspace(Workspace workspace)
{
    m_workspace = workspace;
    apply();
}

void WorkspaceController::apply()
{
    for (QAction *action : m_group->actions()) {
        action->setChecked(action->data().toInt() == int(m_workspace));
    }
    const PaneVisibility panes = panesFor(m_workspace, m_studyOpen, m_slideOpen, m_dceClaimsWidth);
    // A splitter gives a hidden pane's width to the other and does not give it back as it
    // was: keep the side-by-side sizes the user set.
    QSplitter *panesSplitter = splitter();
    const bool wasSideBySide = sideBySide();
    if (panesSplitter && wasSideBySide && !(panes.mri && panes.slide)) {
        m_sizesSideBySide = panesSplitter->sizes();
    }
    showPart(m_mri, m_mriToolsHidden, panes.mri);
    showPart(m_slide, m_slideToolsHidden, panes.slide);
    if (panesSplitter && !wasSideBySide && sideBySide() && !m_sizesSideBySide.isEmpty()) {
        panesSplitter->setSizes(m_sizesSideBySide);
    } else if (panesSplitter) {
        panesSplitter->refresh();
    }
    if (panes != m_panes) {
        m_panes = panes;
        Q_EMIT panesChanged();
    }
}

void WorkspaceController::showPart(Part &part, QList<QPointer<QWidget>> &hiddenTools, bool show)
{
    if (show == !part.pane->isHidden()) {
        return;
    }
    part.pane->setVisible(show);
    if (show) {
        for (const QPointer<QWidget> &tool : hiddenTools) {
            if (tool) {
                tool->show();
            }
        }
        hiddenTools.clear();
        return;
    }
    hiddenTools.clear();
    for (QWidget *tool : part.tools) {
        if (!tool->isHidden()) {
            hiddenTools << tool;
            tool->hide();
        }
    }
}

QStringList WorkspaceController::toolsHiddenByWorkspace() const
{
    QStringList names;
    for (const auto *hidden : {&m_mriToolsHidden, &m_slideToolsHidden}) {
        for (const QPointer<QWidget> &tool : *hidden) {
            if (tool) {
                names << tool->objectName();
            }
        }
    }
    return names;
}

void WorkspaceController::adoptRestoredTools(const QStringList &hiddenByWorkspace)
{
    const auto adopt = [&](Part &part, QList<QPointer<QWidget>> &hidden) {
        hidden.clear();
        for (QWidget *tool : part.tools) {
            const bool wasHiddenByWorkspace = hiddenByWorkspace.contains(tool->objectName());
            if (part.pane->isHidden()) {
                if (wasHiddenByWorkspace || !tool->isHidden()) {
                    hidden << tool;
                    tool->hide();
                }
            } else if (wasHiddenByWorkspace) {
                tool->show();
            }
        }
    };
    adopt(m_mri, m_mriToolsHidden);
    adopt(m_slide, m_slideToolsHidden);
}

QSplitter *WorkspaceController::splitter() const
{
    return qobject_cast<QSplitter *>(m_mri.pane->parentWidget());
}

bool WorkspaceController::sideBySide() const
{
    return !m_mri.pane->isHidden() && !m_slide.pane->isHidden();
}

QList<int> WorkspaceController::sideBySideSizes() const
{
    if (QSplitter *panesSplitter = splitter(); panesSplitter && sideBySide()) {
        return panesSplitter->sizes();
    }
    return m_sizesSideBySide;
}

void WorkspaceController::setSideBySideSizes(const QList<int> &sizes)
{
    if (sizes.size() != 2 || sizes[0] < 0 || sizes[1] < 0 || sizes[0] + sizes[1] <= 0) {
        return; // not a layout this window wrote
    }
    m_sizesSideBySide = sizes;
    if (QSplitter *panesSplitter = splitter(); panesSplitter && sideBySide()) {
        panesSplitter->setSizes(sizes);
    }
}

} // namespace oncoview::ui
