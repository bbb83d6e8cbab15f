// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

// Local
#include "ui/workspace/workspace.h"

class QAction;
class QActionGroup;
class QSplitter;

namespace oncoview::ui {

// Shows the panes the workspace calls for and, with each pane, the docks and toolbars that
// work on it: a pathologist with a slide open gets the slide across the window with the
// annotation tools, and no empty MRI pane or series list. The user's choice is remembered
// (QSettings "window/workspace"). GUI thread only.
class WorkspaceController : public QObject
{
    Q_OBJECT
public:
    // A pane and the tools (docks, toolbars) that belong to it. Tools shared by both parts
    // (chat, queue, explanations) belong to neither and stay as the user left them.
    struct Part
    {
        QWidget *pane = nullptr;
        QList<QWidget *> tools;
    };

    WorkspaceController(Part mri, Part slide, QObject *parent = nullptr);

    Workspace workspace() const { return m_workspace; }
    // The user's choice (View > Workspace): applied and remembered for the next start.
    void chooseWorkspace(Workspace workspace);
    // What is open. Opening something the chosen workspace hides switches to Automatic for
    // this session (a file the user just opened must be on screen); the remembered choice stays.
    void setStudyOpen(bool open);
    void setSlideOpen(bool open);
    void setDceLayout(bool on);

    PaneVisibility panes() const { return m_panes; }

    // For saving the window layout: QMainWindow::saveState() records the tools this
    // controller hid as closed, so their names are saved beside it...
    QStringList toolsHiddenByWorkspace() const;
    // ...and after restoreState() this tells apart the tools the user closed from those the
    // workspace hid, hiding or showing each as the panes now on screen call for.
    void adoptRestoredTools(const QStringList &hiddenByWorkspace);
    // The splitter's sizes with both panes shown (the current ones, or those before a pane
    // was hidden), and setting them (applied now, or when both panes next show).
    QList<int> sideBySideSizes() const;
    void setSideBySideSizes(const QList<int> &sizes);
    // Checkable actions, one per workspace, for the View menu; the current one is checked.
    QList<QAction *> actions() const;

Q_SIGNALS:
    void panesChanged();

private:
    void setWorkspace(Workspace workspace);
    void apply();
    // The splitter holding both panes (their parent), and whether both are on screen.
    QSplitter *splitter() const;
    bool sideBySide() const;
    // Hides a part's pane and the tools that were on screen, remembering them; showing it
    // brings back those (all of them the first time), not ones the user had closed.
    static void showPart(Part &part, QList<QPointer<QWidget>> &hiddenTools, bool show);

    Part m_mri;
    Part m_slide;
    QList<int> m_sizesSideBySide; // the splitter's sizes when both panes were last shown
    QList<QPointer<QWidget>> m_mriToolsHidden;
    QList<QPointer<QWidget>> m_slideToolsHidden;
    Workspace m_workspace = Workspace::Automatic;
    PaneVisibility m_panes;
    bool m_studyOpen = false;
    bool m_slideOpen = false;
    bool m_dceClaimsWidth = false; // the DCE layout is up and no slide was opened since
    QActionGroup *m_group = nullptr;
};

} // namespace oncoview::ui
