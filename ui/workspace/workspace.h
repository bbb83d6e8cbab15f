// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QString>

namespace oncoview::ui {

// What fills the window. Automatic follows what is open: a study alone gets the whole window,
// a slide alone too, and both are shown side by side as one case. The others are the user's
// fixed choice: radiology (MRI only), pathology (slide only), or the case side by side.
enum class Workspace { Automatic, Radiology, Pathology, Case };

// Which of the two panes are on screen.
struct PaneVisibility
{
    bool mri = true;
    bool slide = true;
    bool operator==(const PaneVisibility &) const = default;
};

// What `workspace` shows given what is open. The breast DCE reading layout needs the whole
// width, so while it is up the slide pane gives way to it. Nothing open: both panes, empty,
// each saying what it will show.
PaneVisibility panesFor(Workspace workspace, bool studyOpen, bool slideOpen, bool dceLayout);

// The name stored in the settings ("automatic", "radiology", "pathology", "case") and back;
// an unknown name reads as Automatic.
QString workspaceKey(Workspace workspace);
Workspace workspaceFromKey(const QString &key);

} // namespace oncoview::ui
