// SPDX-License-Identifier: Apache-2.0
// MainWindow: what is open, for the session record, and reopening it after an abnormal end.
#include "ui/mainwindow.h"

// Qt
#include <QFileInfo>
#include <QStatusBar>
#include <QToolBar>

// Local
#include "ui/session/crashreporter.h"
#include "ui/session/restorebar.h"

namespace oncoview::ui {

SessionSnapshot MainWindow::sessionSnapshot() const
{
    SessionSnapshot snapshot;
    snapshot.study = m_study.path;
    snapshot.slide = m_slidePath;
    snapshot.dceLayout = m_mriLayout == MriLayout::Dce;
    return snapshot;
}

RestoreBar *MainWindow::restoreBar() const
{
    return m_restoreBar;
}

void MainWindow::offerSessionRestore(const SessionSnapshot &previous,
                                     const QStringList &crashReports)
{
    delete m_restoreBar;
    m_restoreBar = new RestoreBar(previous, crashReports, this);
    // A row of its own above the other toolbars, where it is seen first.
    QToolBar *first = nullptr;
    for (QToolBar *bar : findChildren<QToolBar *>(Qt::FindDirectChildrenOnly)) {
        if (bar != m_restoreBar && toolBarArea(bar) == Qt::TopToolBarArea) {
            first = bar;
            break;
        }
    }
    if (first) {
        insertToolBar(first, m_restoreBar);
        insertToolBarBreak(first);
    } else {
        addToolBar(Qt::TopToolBarArea, m_restoreBar);
    }
    connect(m_restoreBar, &RestoreBar::restoreRequested, this, &MainWindow::restoreSession);
}

void MainWindow::restoreSession(const SessionSnapshot &previous)
{
    noteAction(QStringLiteral("restore session"));
    QStringList missing;
    bool opening = false;
    if (!previous.study.isEmpty() && !QFileInfo::exists(previous.study)) {
        missing << previous.study;
    } else if (!previous.study.isEmpty()) {
        if (previous.dceLayout) {
            setMriLayout(MriLayout::Dce);
        }
        openStudy(previous.study);
        opening = true;
    }
    if (!previous.slide.isEmpty() && !QFileInfo::exists(previous.slide)) {
        missing << previous.slide;
    } else if (!previous.slide.isEmpty()) {
        openSlide(previous.slide);
        opening = true;
    }
    if (missing.isEmpty()) {
        return;
    }
    const QString message
        = tr("Not reopened, no longer there: %1").arg(missing.join(QStringLiteral(", ")));
    if (!opening) {
        statusBar()->showMessage(message, 15000);
        return;
    }
    // After what does reopen is shown: showing it clears the status bar.
    connect(
        this, &MainWindow::sessionChanged, this,
        [this, message] { statusBar()->showMessage(message, 15000); }, Qt::SingleShotConnection);
}

} // namespace oncoview::ui
