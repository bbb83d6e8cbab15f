// SPDX-License-Identifier: Apache-2.0
// MainWindow's AI analyses: the Analyze menu, what runs on opening (only demo data with a demo
// package), and the slide result's heatmap and gallery.
#include "ui/mainwindow.h"

// Qt
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QSaveFile>
#include <QStatusBar>

// Local
#include "ui/analysis/analysisreport.h"
#include "ui/analysis/mriexplainer.h"
#include "ui/analysis/studyinputmapping.h"
#include "ui/analysis/studyinputsdialog.h"
#include "ui/analysis/xaicontrols.h"
#include "ui/audit/auditlog.h"
#include "ui/demoassets.h"
#include "ui/explanationsdock.h"
#include "ui/modellibrary.h"
#include "ui/mrianalysis.h"
#include "ui/session/crashreporter.h"
#include "ui/slide/slideanalysis.h"
#include "ui/slide/slideanalysisdock.h"
#include "viewers/slide/slideview.h"

namespace oncoview::ui {

void MainWindow::buildAnalysis()
{
    m_slideAnalysis = new SlideAnalysis(m_inference, this);
    m_slideAnalysisDock = new SlideAnalysisDock(m_slideAnalysis, this);
    addDockWidget(Qt::RightDockWidgetArea, m_slideAnalysisDock);
    tabifyDockWidget(m_explanations, m_slideAnalysisDock);
    m_explanations->raise();
    // As for MRI: a package the user installed or added wins; else an earlier demo's.
    const DemoPaths installedDemo {defaultDemoRoot()};
    if (const auto package = m_models->slidePackage()) {
        m_slideAnalysis->setModelPackage(*package);
    } else if (demoModelsExist(installedDemo.models())) {
        m_slideAnalysis->setModelPackage(installedDemo.milPackage());
    }
    m_slideView->setAnalysisPainter(
        [this](QPainter &painter) { m_slideAnalysisDock->heatmap().paint(painter, *m_slideView); });
    connect(m_slideAnalysisDock, &SlideAnalysisDock::heatmapChanged, m_slideView,
            qOverload<>(&QWidget::update));
    connect(m_slideAnalysisDock, &SlideAnalysisDock::analyzeRequested, this,
            [this] { analyzeSlide(); });
    connect(m_slideAnalysisDock, &SlideAnalysisDock::patchActivated, this,
            [this](const QRectF &area) {
                // Go there at a zoom where the patch fills about a third of the view.
                const double downsample
                    = std::max(area.width() * 3.0 / std::max(1, m_slideView->width()), 0.25);
                m_slideView->zoomTo(downsample, area.center());
            });
    connect(m_slideAnalysis, &SlideAnalysis::started, m_explanations,
            &ExplanationsDock::showPending);
    connect(m_slideAnalysis, &SlideAnalysis::busyChanged, this, &MainWindow::allViewsReadyChanged);
    connect(m_slideAnalysis, &SlideAnalysis::finished, this,
            [this](std::shared_ptr<const SlideAnalysisOutcome> outcome) {
                if (!outcome || outcome->slidePath != m_slidePath) {
                    return; // finished for a slide that is no longer open
                }
                m_explanations->showExplanation(
                    SlideAnalysis::explain(*m_slideAnalysis->manifest(), *outcome));
                m_slideAnalysisDock->showOutcome(outcome, m_slideView->source());
                Q_EMIT allViewsReadyChanged();
            });
    connect(m_slideAnalysis, &SlideAnalysis::failed, this,
            [this](const QString &what, const QString &message, bool needsMpp) {
                m_explanations->showFailure(what, message);
                if (needsMpp) {
                    askForMicronsPerPixel(message);
                }
            });
}

QMenu *MainWindow::buildAnalyzeMenu()
{
    // As in QuPath: an Analyze menu; no model runs on a patient's data until chosen here.
    auto *menu = new QMenu(tr("A&nalyze"), this);
    m_analyzeStudyAction = menu->addAction(tr("Analyze S&tudy"), this, [this] { analyzeStudy(); });
    m_analyzeStudyAction->setShortcut(QKeySequence(tr("Ctrl+Alt+A")));
    m_analyzeStudyAction->setToolTip(tr("Run the breast MRI model on the open study"));
    menu->addAction(tr("Study &Inputs…"), this, [this] {
        // Which series feeds each model input: shown, changeable, remembered per protocol.
        if (m_study.series.empty() || !m_mriAnalysis->manifest()) {
            statusBar()->showMessage(tr("Open a study and choose an MRI model first"), 5000);
            return;
        }
        const inference::Manifest manifest = *m_mriAnalysis->manifest();
        auto *dialog
            = new StudyInputsDialog(m_study, manifest, guessInputMapping(m_study, manifest), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, manifest] {
            if (dialog->rememberForProtocol()) {
                rememberInputMapping(m_study, manifest, dialog->mapping());
            }
            m_mriAnalysis->analyze(m_study, dialog->mapping());
        });
        dialog->open();
    });
    menu->addAction(m_slideAnalysisDock->analyzeAction());
    menu->addSeparator();
    menu->addAction(tr("&Cancel Slide Analysis"), m_slideAnalysis, &SlideAnalysis::cancel);
    menu->addSeparator();
    menu->addAction(tr("&Export Results…"), this, &MainWindow::exportAnalysisResults);
    return menu;
}

bool MainWindow::isDemoData(const QString &path) const
{
    // Demo data is what OncoView generated itself: the demo root of this session, else the
    // per-user demo folder.
    const QString file = QFileInfo(path).canonicalFilePath();
    for (const QString &root : {m_demoRoot, defaultDemoRoot()}) {
        const QString canonical = QFileInfo(root).canonicalFilePath();
        if (!canonical.isEmpty() && !file.isEmpty()
            && (file == canonical || file.startsWith(canonical + QLatin1Char('/')))) {
            return true;
        }
    }
    return false;
}

void MainWindow::studyOpenedForAnalysis()
{
    // The map explained the previous study's result.
    m_mriExplainer->clear();
    m_explanations->mapControls()->setHasResult(false);
    // A demo package on the generated demo study runs at once (it shows what the app does);
    // anything else waits for Analyze Study.
    if (m_mriAnalysis->isDemoPackage() && isDemoData(m_study.path)) {
        m_mriAnalysis->analyze(m_study);
        return;
    }
    m_explanations->showMessage(
        tr("Breast MRI classifier"),
        m_mriAnalysis->manifest()
            ? tr("No model has run on this study. Analyze ▸ Analyze Study (%1) runs %2 on it.")
                  .arg(m_analyzeStudyAction->shortcut().toString(QKeySequence::NativeText),
                       QString::fromStdString(m_mriAnalysis->manifest()->name))
            : tr("No breast MRI model package is installed (AI menu)."));
}

void MainWindow::slideOpenedForAnalysis()
{
    if (m_slideAnalysis->isDemoPackage() && isDemoData(m_slidePath)) {
        analyzeSlide(); // clears the previous slide's heatmap and gallery
        return;
    }
    m_slideAnalysisDock->clear();
    // The previous slide's result must not read as this slide's.
    m_explanations->showMessage(
        tr("Slide classifier"),
        m_slideAnalysis->manifest()
            ? tr("No model has run on this slide. Analyze ▸ Analyze Slide (%1) runs %2 on it.")
                  .arg(m_slideAnalysisDock->analyzeAction()->shortcut().toString(
                           QKeySequence::NativeText),
                       QString::fromStdString(m_slideAnalysis->manifest()->name))
            : tr("No slide model package is installed (AI menu)."));
}

void MainWindow::analyzeStudy()
{
    noteAction(QStringLiteral("analyse study"));
    if (m_study.series.empty()) {
        statusBar()->showMessage(tr("Open a study first"), 5000);
        return;
    }
    m_mriAnalysis->analyze(m_study);
}

void MainWindow::analyzeSlide(std::optional<double> userMpp)
{
    noteAction(QStringLiteral("analyse slide"));
    if (!m_slideView->source()) {
        statusBar()->showMessage(tr("Open a slide first"), 5000);
        return;
    }
    m_slideAnalysisDock->clear();
    m_slideAnalysis->analyze(m_slideView->source(), userMpp);
}

void MainWindow::exportAnalysisResults()
{
    // The same JSON as `oncoview-cli analyze`, provenance included, one object per analysis.
    QJsonObject results;
    if (!m_mriAnalysis->lastResultJson().isEmpty()) {
        results.insert(QStringLiteral("study"), m_mriAnalysis->lastResultJson());
    }
    if (const auto &outcome = m_slideAnalysis->lastOutcome();
        outcome && outcome->slidePath == m_slidePath) {
        results.insert(QStringLiteral("slide"),
                       slideAnalysisJson(outcome->result, outcome->provenance));
    }
    if (results.isEmpty()) {
        statusBar()->showMessage(tr("No analysis result to export yet"), 5000);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export analysis results"),
                                                      QStringLiteral("oncoview-results.json"),
                                                      tr("JSON (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly)
        && file.write(QJsonDocument(results).toJson(QJsonDocument::Indented)) >= 0 && file.commit();
    QStringList inputs;
    if (results.contains(QStringLiteral("study"))) {
        inputs << studyIdentifierHash();
    }
    if (results.contains(QStringLiteral("slide"))) {
        inputs << hashIdentifier(m_slidePath);
    }
    recordExport(QStringLiteral("export.analysis-results"), inputs, QStringLiteral("json"),
                 written ? QString() : file.errorString());
    if (!written) {
        reportError(tr("Cannot export results"),
                    QStringLiteral("%1\n\n%2").arg(path, file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Results saved to %1").arg(path), 5000);
}

void MainWindow::askForMicronsPerPixel(const QString &message)
{
    // Non-modal, like every dialog here: a scripted run or a loading view never waits on it.
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Slide resolution"));
    dialog->setLabelText(
        message + QStringLiteral("\n\n")
        + tr("Micrometres per pixel at full resolution (e.g. 0.25 at 40×, 0.5 at 20×):"));
    dialog->setInputMode(QInputDialog::DoubleInput);
    dialog->setDoubleRange(0.01, 100.0);
    dialog->setDoubleDecimals(4);
    dialog->setDoubleValue(0.5);
    connect(dialog, &QInputDialog::doubleValueSelected, this,
            [this](double mpp) { analyzeSlide(mpp); });
    dialog->open();
}

} // namespace oncoview::ui
