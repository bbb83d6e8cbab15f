// SPDX-License-Identifier: Apache-2.0
// MainWindow: File > Case Report, gathered from what is open and on screen.
#include "ui/mainwindow.h"

// Qt
#include <QAction>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>

// Local
#include "ui/audit/auditlog.h"
#include "ui/chat/chatsession.h"
#include "ui/chatdock.h"
#include "ui/explanationsdock.h"
#include "ui/export/viewimage.h"
#include "ui/mri/measurementsidecar.h"
#include "ui/report/casereportdialog.h"
#include "ui/report/reportcontent.h"
#include "viewers/mri/dcelayout.h"
#include "viewers/mri/kineticcurvewidget.h"
#include "viewers/mri/mprview.h"
#include "viewers/mri/mriviewer.h"
#include "viewers/mri/volumeview3d.h"
#include "viewers/slide/slideview.h"

namespace oncoview::ui {

void MainWindow::buildReportAction(QMenu *file)
{
    QAction *report = file->addAction(tr("Case &Report…"), this, [this] {
        CaseReportDialog *dialog = openCaseReport();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    report->setShortcut(QKeySequence::Print);
    report->setToolTip(tr("A PDF of the case: views, measurements, kinetics, AI results with "
                          "their caveats, explanations and findings"));
}

CaseReport MainWindow::caseReportCandidates() const
{
    CaseReport report;
    report.author = loginName();
    report.created = QDateTime::currentDateTime();
    report.software
        = (QStringLiteral("OncoView ") + QCoreApplication::applicationVersion()).trimmed();
    if (m_studyShown && !m_study.series.empty()) {
        report.header += studyHeader(*m_study.series.front(), m_mriViewer->title());
    }
    const std::shared_ptr<slide::SlideSource> slide = m_slideView->source();
    if (slide) {
        report.header += slideHeader(*slide, m_slidePath);
    }

    // The views on screen, as the reader sees them (overlays on), each its own figure.
    QList<QWidget *> views;
    if (m_mriLayout == MriLayout::Dce) {
        views << m_dceLayout->panel(mri::DceLayout::Panel::Post)
              << m_dceLayout->panel(mri::DceLayout::Panel::Subtraction);
    } else {
        views << m_mriViewer->mprView(mri::MprOrientation::Axial)
              << m_mriViewer->mprView(mri::MprOrientation::Coronal)
              << m_mriViewer->mprView(mri::MprOrientation::Sagittal) << m_mriViewer->volumeView();
    }
    views << m_slideView;
    ViewImageOptions options;
    options.scale = 1.0;
    options.overlays = true;
    for (QWidget *view : views) {
        const bool hasContent = view == m_slideView ? bool(slide) : m_studyShown;
        if (!view || !hasContent || !view->isVisible()) {
            continue;
        }
        QString error;
        const QImage image = renderViewImage(view, options, &error);
        if (!image.isNull()) {
            report.figures << ReportFigure {image, viewName(view)};
        }
    }
    if (m_mriLayout == MriLayout::Dce && m_dceLayout->curveWidget()->hasCurve()) {
        mri::KineticCurveWidget *curve = m_dceLayout->curveWidget();
        options.scale = 2.0; // a small widget: twice its pixels print sharply
        QString error;
        const QImage image = renderViewImage(curve, options, &error);
        if (!image.isNull()) {
            report.kinetics << ReportFigure {image, curve->readingText()};
        }
    }
    if (m_studyShown && !m_measurementSidecar->measurements().empty()) {
        report.measurements
            = measurementTable(m_measurementSidecar->measurements(), m_mriViewer->volume().get());
    }
    report.results = m_explanations->results();
    report.explanations = m_explanations->details();
    report.chat = chatMessages(m_chat->session()->messages());
    return report;
}

CaseReportDialog *MainWindow::openCaseReport()
{
    auto *dialog = new CaseReportDialog(caseReportCandidates(), this);
    dialog->setAssistant(m_chat);
    QStringList inputs;
    if (m_studyShown) {
        inputs << studyIdentifierHash();
    }
    if (m_slideView->source()) {
        inputs << hashIdentifier(m_slidePath);
    }
    connect(dialog, &CaseReportDialog::saved, this,
            [this, inputs](const QString &path, const QString &error) {
                recordExport(QStringLiteral("export.case-report"), inputs, QStringLiteral("pdf"),
                             error);
                if (error.isEmpty()) {
                    statusBar()->showMessage(tr("Case report written to %1").arg(path), 8000);
                }
            });
    connect(dialog, &CaseReportDialog::draftFinished, this,
            [this, inputs](const QString &endpoint, const QString &outcome, const QString &error) {
                recordAudit(QStringLiteral("chat.findings-draft"), inputs, {}, endpoint, outcome,
                            error);
            });
    return dialog;
}

} // namespace oncoview::ui
