// SPDX-License-Identifier: Apache-2.0
// The explanation map of MRI results: computed after each result on the same inputs, drawn
// over the MPR views, described in the Explanations dock, exported, and handed to the chat.
#include "ui/mainwindow.h"

// Qt
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>

// Local
#include "inference/modelpackage.h"
#include "inference/xai/attribution.h"
#include "ui/analysis/explanationcomparison.h"
#include "ui/analysis/explanationtext.h"
#include "ui/analysis/mriexplainer.h"
#include "ui/analysis/xaicontrols.h"
#include "ui/chatdock.h"
#include "ui/explanationsdock.h"
#include "ui/mrianalysis.h"
#include "viewers/mri/io/niftiwriter.h"
#include "viewers/mri/mriviewer.h"
#include "viewers/mri/openglsupport.h"

namespace oncoview::ui {

namespace xai = inference::xai;

void MainWindow::buildExplanations()
{
    m_mriExplainer = new MriExplainer(m_inference, this);
    XaiControls *controls = m_explanations->mapControls();
    connect(m_mriAnalysis, &MriAnalysis::explanationReady, this, [this](const Explanation &e) {
        m_lastMriModel = e.modelName;
        m_lastMriProvenance = e.provenance;
        m_lastMriScores.clear();
        for (const auto &[output, scores] : e.scores) {
            QStringList parts;
            for (const auto &[label, p] : scores) {
                parts << QStringLiteral("%1 %2%").arg(label).arg(p * 100.0, 0, 'f', 0);
            }
            m_lastMriScores << QStringLiteral("%1: %2").arg(output,
                                                            parts.join(QStringLiteral(", ")));
        }
    });
    // Every MRI result comes with its map: the user asked for the analysis, and the map is
    // part of reading it. The method is the one chosen in the dock.
    connect(
        m_mriAnalysis, &MriAnalysis::inputsAnalyzed, this,
        [this, controls](const QString &packageDir, std::shared_ptr<const MriPrepared> prepared) {
            m_mriExplainer->setAnalysis(packageDir, std::move(prepared), m_lastMriModel,
                                        m_lastMriProvenance);
            const auto manifest = m_mriAnalysis->manifest();
            controls->setGradCamAvailable(manifest && manifest->gradCam.has_value());
            if (manifest) {
                controls->setTargets(*manifest);
            }
            controls->setHasResult(true);
            m_mriExplainer->explain(controls->method(), controls->target());
            if (m_comparison && m_comparison->isVisible()) {
                // A new result: the right map is recomputed for it with the same method.
                m_comparison->setAnalysis(*m_mriExplainer);
                m_comparison->compareWith(
                    m_comparison->right()
                        ? m_comparison->right()->method
                        : ExplanationComparison::contrastingMethod(controls->method()),
                    controls->target());
            }
            Q_EMIT allViewsReadyChanged();
        });
    connect(controls, &XaiControls::explainRequested, this,
            [this](xai::Method method, const xai::Target &target) {
                m_mriExplainer->explain(method, target);
                Q_EMIT allViewsReadyChanged();
            });
    connect(m_mriExplainer, &MriExplainer::started, m_explanations, &ExplanationsDock::showPending);
    connect(m_mriExplainer, &MriExplainer::failed, this,
            [this](const QString &what, const QString &message) {
                m_explanations->showFailure(what, message);
                Q_EMIT allViewsReadyChanged();
            });
    connect(m_mriExplainer, &MriExplainer::ready, this,
            [this, controls](std::shared_ptr<const MriMapResult> result) {
                const ExplanationText text = explanationText(*result);
                m_explanations->showDetails(MriExplainer::title(), text.heading, text.lines,
                                            text.warnings, text.checks);
                controls->setHasMap(result->volume != nullptr);
                if (!showExplanationOverlay()) {
                    m_mriViewer->clearOverlay();
                }
                updateComparison();
                Q_EMIT allViewsReadyChanged();
            });
    connect(controls, &XaiControls::displayChanged, this, [this] {
        if (!showExplanationOverlay()) {
            m_mriViewer->clearOverlay();
        }
        updateComparison();
    });
    connect(controls, &XaiControls::compareRequested, this, &MainWindow::compareExplanations);
    connect(controls, &XaiControls::jumpToMaximumRequested, this, [this] {
        if (const auto result = m_mriExplainer->last()) {
            if (const auto lps = mapMaximumLps(*result)) {
                m_mriViewer->setCursorLps(*lps);
                return;
            }
        }
        statusBar()->showMessage(tr("The map has no positive evidence to go to."), 5000);
    });
    connect(controls, &XaiControls::exportRequested, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export explanation map"),
                                                          QStringLiteral("explanation-map.nii.gz"),
                                                          tr("NIfTI (*.nii.gz *.nii)"));
        if (path.isEmpty()) {
            return;
        }
        const QString error = exportExplanationMap(path);
        recordExport(QStringLiteral("export.explanation-map"), {studyIdentifierHash()},
                     QStringLiteral("nifti"), error);
        if (error.isEmpty()) {
            statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
        } else {
            reportError(tr("Export explanation map"), error);
        }
    });
    connect(controls, &XaiControls::askChatRequested, this, &MainWindow::askChatAboutExplanation);
}

bool MainWindow::showExplanationOverlay()
{
    const auto result = m_mriExplainer ? m_mriExplainer->last() : nullptr;
    if (!result || !result->volume || !m_explanations->mapControls()->mapVisible()
        || !m_mriViewer->volume()) {
        return false;
    }
    const mri::OverlayLayer layer
        = explanationLayer(*result, m_explanations->mapControls()->display());
    if (!layer.isValid()) {
        return false;
    }
    m_mriViewer->setOverlay(layer);
    return true;
}

void MainWindow::compareExplanations()
{
    XaiControls *controls = m_explanations->mapControls();
    const auto left = m_mriExplainer->last();
    if (!left || !m_mriExplainer->hasAnalysis()) {
        statusBar()->showMessage(tr("Analyze the study first: there is no map to compare."), 5000);
        return;
    }
    if (!mri::openGlAvailable()) {
        reportError(tr("Explanations side by side"), mri::openGlProblem());
        return;
    }
    if (!m_comparison) {
        m_comparison = new ExplanationComparison(m_inference, m_mriViewer->cursor(), this);
    }
    const auto manifest = m_mriAnalysis->manifest();
    m_comparison->setGradCamAvailable(manifest && manifest->gradCam.has_value());
    m_comparison->setStudy(m_mriViewer->volume(), m_mriViewer->windowLevel());
    m_comparison->setAnalysis(*m_mriExplainer);
    m_comparison->setLeft(m_mriExplainer->last(), controls->display());
    m_comparison->compareWith(
        ExplanationComparison::contrastingMethod(left->method),
        left->sides.empty()
            ? controls->target()
            : xai::Target {left->sides.front().map.output, left->sides.front().map.classIndex});
    m_comparison->show();
    m_comparison->raise();
}

void MainWindow::updateComparison()
{
    // A hidden window is brought up to date when it is opened again (compareExplanations).
    if (!m_comparison || !m_comparison->isVisible()) {
        return;
    }
    m_comparison->setLeft(m_mriExplainer->last(), m_explanations->mapControls()->display());
}

QString MainWindow::exportExplanationMap(const QString &path) const
{
    const auto result = m_mriExplainer->last();
    if (!result || !result->volume) {
        return tr("There is no explanation map to export yet.");
    }
    const std::string description = xai::methodKey(result->method) + " "
        + (result->sides.empty() ? std::string() : result->sides.front().map.label)
        + " relative attribution";
    const std::string error
        = mri::writeNiftiVolume(*result->volume, path.toStdString(), description);
    return QString::fromStdString(error);
}

void MainWindow::askChatAboutExplanation()
{
    const auto result = m_mriExplainer->last();
    if (!result) {
        return;
    }
    // The specialist model's evidence goes first, so the chat model answers with it in front
    // of it; the attached image is the MRI view with the map drawn over it.
    const ExplanationText text = explanationText(*result);
    QStringList prompt;
    prompt << tr("A specialist breast-MRI model (%1) produced this result on the study on "
                 "screen. It is not a diagnosis.")
                  .arg(result->modelName);
    prompt << m_lastMriScores;
    prompt << tr("Its explanation (%1):").arg(text.heading);
    prompt << text.lines << text.warnings << text.checks;
    prompt << tr("The attached image is the MRI view with the explanation map over it.");
    prompt << tr("Question: what do these findings and the highlighted regions suggest, how far "
                 "should they be trusted, and what should a radiologist check next?");
    m_chat->draftQuestion(prompt.join(QLatin1Char('\n')), ChatViewSource::Mri);
}

} // namespace oncoview::ui
