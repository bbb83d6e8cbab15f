// SPDX-License-Identifier: Apache-2.0
// MainWindow: its layout from one start to the next; what is open, for the session record,
// and reopening it after an abnormal end.
#include "ui/mainwindow.h"

// Qt
#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>
#include <QStatusTipEvent>
#include <QToolBar>

// Local
#include "ui/session/crashreporter.h"
#include "ui/session/restorebar.h"
#include "ui/workspace/workspacecontroller.h"

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

namespace {

// Bumped when the docks or toolbars change so much that an older saved layout would misplace
// them: restoreState() then refuses it and the window starts with its built-in layout.
constexpr int layoutVersion = 1;

} // namespace

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(layoutVersion));
    settings.setValue(QStringLiteral("window/toolsHiddenByWorkspace"),
                      m_workspace->toolsHiddenByWorkspace());
    QVariantList sizes;
    for (const int size : m_workspace->sideBySideSizes()) {
        sizes << size;
    }
    settings.setValue(QStringLiteral("window/paneSizes"), sizes);
}

bool MainWindow::restoreLayout()
{
    const QSettings settings;
    const bool placed
        = restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray(),
                      layoutVersion)) {
        return placed;
    }
    m_workspace->adoptRestoredTools(
        settings.value(QStringLiteral("window/toolsHiddenByWorkspace")).toStringList());
    QList<int> sizes;
    for (const QVariant &size : settings.value(QStringLiteral("window/paneSizes")).toList()) {
        sizes << size.toInt();
    }
    m_workspace->setSideBySideSizes(sizes);
    return true;
}

void MainWindow::restoreSession(const SessionSnapshot &previous)
{
    noteAction(QStringLiteral("restore session"));
    QStringList missing;
    const bool study = !previous.study.isEmpty() && QFileInfo::exists(previous.study);
    const bool slide = !previous.slide.isEmpty() && QFileInfo::exists(previous.slide);
    if (!previous.study.isEmpty() && !study) {
        missing << previous.study;
    }
    if (!previous.slide.isEmpty() && !slide) {
        missing << previous.slide;
    }
    if (!missing.isEmpty()) {
        const QString message
            = tr("Not reopened, no longer there: %1").arg(missing.join(QStringLiteral(", ")));
        if (study || slide) {
            // Shown once what does reopen is shown (showing it clears the status bar):
            // showStudy and showSlide put it up. Set before opening, which may finish at once.
            m_pendingNotice = message;
        } else {
            showNotice(message, 15000);
        }
    }
    if (study) {
        if (previous.dceLayout) {
            setMriLayout(MriLayout::Dce);
        }
        openStudy(previous.study);
    }
    if (slide) {
        openSlide(previous.slide);
    }
}

void MainWindow::showNotice(const QString &message, int ms)
{
    statusBar()->showMessage(message, ms);
    m_notice = message;
    m_noticeUntil = QDeadlineTimer(ms);
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::StatusTip && !m_noticeUntil.hasExpired()
        && static_cast<QStatusTipEvent *>(event)->tip().isEmpty()) {
        // Leaving a tool: its tip gives way to the notice again, not to nothing.
        statusBar()->showMessage(m_notice, int(m_noticeUntil.remainingTime()));
        return true;
    }
    return QMainWindow::event(event);
}

} // namespace oncoview::ui
