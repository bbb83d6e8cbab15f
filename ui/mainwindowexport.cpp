// SPDX-License-Identifier: Apache-2.0
// MainWindow: getting images out (File > Save View Image, Copy View Image).
#include "ui/mainwindow.h"

// Qt
#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStatusBar>

// Local
#include "ui/annotations/annotationdock.h"
#include "ui/audit/auditlog.h"
#include "ui/export/viewimage.h"
#include "ui/export/viewimagedialog.h"
#include "ui/mri/measurementsidecar.h"
#include "ui/slide/regionexportdialog.h"
#include "viewers/mri/measurementio.h"
#include "viewers/mri/mprorientation.h"
#include "viewers/mri/mprview.h"
#include "viewers/mri/mriviewer.h"
#include "viewers/mri/volumeview3d.h"
#include "viewers/slide/annotations/annotationmodel.h"
#include "viewers/slide/slideview.h"

namespace oncoview::ui {

void MainWindow::buildExportActions(QMenu *file)
{
    QAction *save = file->addAction(tr("Save &View Image…"), this, [this] {
        QWidget *view = activeView();
        if (!view) {
            statusBar()->showMessage(tr("Open a study or a slide first."), 5000);
            return;
        }
        auto *dialog = new ViewImageDialog(view, viewName(view), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ViewImageDialog::imageExported, this,
                [this, view](const QString &detail, const QString &error) {
                    recordExport(QStringLiteral("export.view-image"), viewInputs(view), detail,
                                 error);
                });
        dialog->open();
    });
    save->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    save->setToolTip(tr("The view last clicked, as PNG at screen or twice its resolution"));
    QAction *copy = file->addAction(tr("&Copy View Image"), this, [this] {
        QWidget *view = activeView();
        const QString error = view ? copyViewImage(view) : tr("Open a study or a slide first.");
        if (view) {
            recordExport(QStringLiteral("export.view-image"), viewInputs(view),
                         ViewImageDialog::describe(ViewImageOptions::remembered(), true), error);
        }
        statusBar()->showMessage(
            error.isEmpty() ? tr("%1 copied as an image").arg(viewName(view)) : error, 5000);
    });
    copy->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_exportRegionAction = file->addAction(tr("Export Slide &Region…"), this, [this] {
        if (auto *dialog = openRegionExport()) {
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    });
    m_exportRegionAction->setToolTip(
        tr("The selected annotation's region or the view's, as TIFF or PNG at a chosen µm/px"));
    m_exportRegionAction->setEnabled(false); // until a slide is shown
    file->addAction(tr("Export &Measurements as CSV…"), this, [this] {
        if (m_measurementSidecar->measurements().empty()) {
            statusBar()->showMessage(
                tr("No measurements yet: press D (distance) or E (ellipse) in an MRI view."), 8000);
            return;
        }
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Measurements"),
            QDir::home().filePath(QFileInfo(m_study.path).completeBaseName()
                                  + QStringLiteral("-measurements.csv")),
            tr("CSV tables (*.csv)"));
        if (path.isEmpty()) {
            return;
        }
        const QString error = exportMeasurementsCsv(path);
        recordExport(QStringLiteral("export.measurements"), {studyIdentifierHash()},
                     QStringLiteral("csv"), error);
        if (!error.isEmpty()) {
            reportError(tr("Export Measurements"), error);
        } else {
            statusBar()->showMessage(tr("Measurements written to %1").arg(path), 8000);
        }
    });
}

QString MainWindow::exportMeasurementsCsv(const QString &path) const
{
    const QString csv = mri::measurementsCsv(m_measurementSidecar->measurements(),
                                             m_mriViewer->volume().get(), m_mriViewer->title());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0 || !file.commit()) {
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    return {};
}

RegionExportDialog *MainWindow::openRegionExport()
{
    const std::shared_ptr<slide::SlideSource> source = m_slideView->source();
    if (!source) {
        return nullptr;
    }
    RegionExportSource from;
    from.slide = source;
    from.slidePath = m_slidePath;
    from.visibleArea = m_slideView->visibleLevel0Rect();
    from.viewDownsample = m_slideView->currentDownsample();
    if (const slide::AnnotationModel *model = m_annotations->model();
        model && model->selection().size() == 1) {
        if (const slide::Annotation *selected = model->find(model->selection().front())) {
            from.selectedArea = selected->boundingRect();
        }
    }
    auto *dialog = new RegionExportDialog(std::move(from), this);
    connect(dialog, &RegionExportDialog::finished, this,
            [this](const QString &path, const QString &error, bool cancelled) {
                recordAudit(QStringLiteral("export.slide-region"), {hashIdentifier(m_slidePath)},
                            {}, {},
                            cancelled             ? QStringLiteral("cancelled")
                                : error.isEmpty() ? QStringLiteral("succeeded")
                                                  : QStringLiteral("failed"),
                            QFileInfo(path).suffix().toLower() + QStringLiteral(" ") + error);
                if (error.isEmpty()) {
                    statusBar()->showMessage(cancelled ? tr("Region export cancelled")
                                                       : tr("Region written to %1").arg(path),
                                             8000);
                }
            });
    return dialog;
}

QStringList MainWindow::viewInputs(QWidget *view) const
{
    return {view == m_slideView ? hashIdentifier(m_slidePath) : studyIdentifierHash()};
}

QWidget *MainWindow::activeView() const
{
    const auto shown = [](QWidget *view) { return view && view->isVisible(); };
    if (shown(m_lastView)) {
        return m_lastView;
    }
    if (m_studyShown && shown(m_mriStack)) {
        return mriViewForChat();
    }
    if (m_slideShown && shown(m_slideView)) {
        return m_slideView;
    }
    return nullptr;
}

QString MainWindow::viewName(QWidget *view) const
{
    if (view == m_slideView) {
        return tr("Slide view %1").arg(QFileInfo(m_slidePath).fileName());
    }
    if (auto *mpr = qobject_cast<mri::MprView *>(view)) {
        const QString plane = mri::mprOrientationName(mpr->orientation());
        return mpr->caption().isEmpty() ? tr("%1 view").arg(plane)
                                        : tr("%1 view: %2").arg(plane, mpr->caption());
    }
    if (qobject_cast<mri::VolumeView3D *>(view)) {
        return tr("3D view");
    }
    return view ? view->accessibleName() : QString();
}

} // namespace oncoview::ui
