// SPDX-License-Identifier: Apache-2.0
// Files and folders dropped on the window (from a file manager): studies, slides and
// annotation files open as File > Open would open them.
#include "ui/mainwindow.h"

// Qt
#include <QFileInfo>

// Local
#include "ui/annotations/annotationdock.h"
#include "ui/session/crashreporter.h"
#include "ui/workspace/filedrop.h"

namespace oncoview::ui {

namespace {

QString fileNames(const QStringList &paths)
{
    QStringList names;
    for (const QString &path : paths) {
        names << QFileInfo(path).fileName();
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

void MainWindow::openDropped(const QStringList &paths)
{
    noteAction(QStringLiteral("drop files"));
    const DropPlan plan = planDrop(paths);
    QStringList notOpened;
    if (!plan.ignored.isEmpty()) {
        notOpened << tr("Not opened (one study and one slide at a time, or no longer there): %1")
                         .arg(fileNames(plan.ignored));
    }
    if (!plan.study.isEmpty()) {
        openStudy(plan.study);
    }
    if (!plan.slide.isEmpty()) {
        // Annotations dropped with their slide go onto it once it is shown.
        m_droppedAnnotations = plan.annotations;
        m_droppedAnnotationsSlide = plan.slide;
        openSlide(plan.slide);
    } else if (!plan.annotations.isEmpty()) {
        if (m_slidePath.isEmpty()) {
            notOpened << tr("Annotations need their slide: open the slide, then drop %1 again.")
                             .arg(fileNames(plan.annotations));
        } else {
            m_droppedAnnotations << plan.annotations;
            m_droppedAnnotationsSlide = m_slidePath;
            importDroppedAnnotations();
        }
    }
    if (!notOpened.isEmpty()) {
        reportError(tr("Some dropped files were not opened"), notOpened.join(QLatin1Char('\n')));
    }
}

void MainWindow::importDroppedAnnotations()
{
    // One import at a time: the dock reads and parses each on a worker thread and reports
    // importFinished, which calls this again for the next.
    if (m_droppedAnnotations.isEmpty() || m_annotations->isImporting()) {
        return;
    }
    if (m_droppedAnnotationsSlide != m_slidePath) {
        m_droppedAnnotations.clear(); // another slide is open now: they were for that one
        return;
    }
    m_annotations->importFileInBackground(m_droppedAnnotations.takeFirst());
}

} // namespace oncoview::ui
