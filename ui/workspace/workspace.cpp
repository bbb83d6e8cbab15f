// SPDX-License-Identifier: Apache-2.0
#include "ui/workspace/workspace.h"

namespace oncoview::ui {

PaneVisibility panesFor(Workspace workspace, bool studyOpen, bool slideOpen, bool dceLayout)
{
    PaneVisibility panes;
    switch (workspace) {
    case Workspace::Radiology:
        panes = {true, false};
        break;
    case Workspace::Pathology:
        panes = {false, true};
        break;
    case Workspace::Case:
        panes = {true, true};
        break;
    case Workspace::Automatic:
        // Only what is open; nothing or both: the case view.
        if (studyOpen != slideOpen) {
            panes = {studyOpen, slideOpen};
        }
        break;
    }
    if (dceLayout && panes.mri) {
        panes.slide = false;
    }
    return panes;
}

QString workspaceKey(Workspace workspace)
{
    switch (workspace) {
    case Workspace::Radiology:
        return QStringLiteral("radiology");
    case Workspace::Pathology:
        return QStringLiteral("pathology");
    case Workspace::Case:
        return QStringLiteral("case");
    case Workspace::Automatic:
        break;
    }
    return QStringLiteral("automatic");
}

Workspace workspaceFromKey(const QString &key)
{
    for (const Workspace workspace :
         {Workspace::Radiology, Workspace::Pathology, Workspace::Case}) {
        if (key == workspaceKey(workspace)) {
            return workspace;
        }
    }
    return Workspace::Automatic;
}

} // namespace oncoview::ui
