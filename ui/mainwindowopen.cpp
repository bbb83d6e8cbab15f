// SPDX-License-Identifier: Apache-2.0
// MainWindow: opening studies, slides and the demo, and showing what they hold once loaded (the
// series, the MRI layout, the slide), and whether every view asked for has drawn.
#include "ui/mainwindow.h"

#include "ui/mri/derivedoverlay.h"

// Qt
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QtConcurrent>

// Local
#include "ui/analysis/explanationcomparison.h"
#include "ui/analysis/mriexplainer.h"
#include "ui/annotations/annotationdock.h"
#include "ui/annotations/annotationtoolbar.h"
#include "ui/audit/auditlog.h"
#include "ui/audit/auditlogdialog.h"
#include "ui/chatdock.h"
#include "ui/demoassets.h"
#include "ui/democontroller.h"
#include "ui/explanationsdock.h"
#include "ui/help/helpdialogs.h"
#include "ui/i18n/languagemenu.h"
#include "ui/i18n/lowerlayertext.h"
#include "ui/inferencequeuedock.h"
#include "ui/inferenceservice.h"
#include "ui/localchatbackend.h"
#include "ui/modellibrary.h"
#include "ui/modelmenu.h"
#include "ui/mri/hangingprotocol.h"
#include "ui/mri/measurementsidecar.h"
#include "ui/mrianalysis.h"
#include "ui/preferences/preferences.h"
#include "ui/recentfiles.h"
#include "ui/seriesbrowser.h"
#include "ui/session/componentversions.h"
#include "ui/session/crashreporter.h"
#include "ui/slide/slideanalysis.h"
#include "ui/slide/slideanalysisdock.h"
#include "ui/taskprogress.h"
#include "ui/workspace/filedrop.h"
#include "ui/workspace/workspacecontroller.h"
#include "viewers/mri/dcelayout.h"
#include "viewers/mri/mprview.h"
#include "viewers/mri/mriviewer.h"
#include "viewers/mri/openglsupport.h"
#include "viewers/slide/slideopener.h"
#include "viewers/slide/slideview.h"

namespace oncoview::ui {

void MainWindow::openPath(const QString &path)
{
    if (looksLikeSlide(path)) {
        openSlide(path);
    } else {
        openStudy(path);
    }
}

void MainWindow::openStudy(const QString &path, const QStringList &onlyFiles)
{
    noteAction(QStringLiteral("open study"));
    m_studyRequested = true;
    m_studyShown = false;
    m_taskProgress->start(tr("Opening %1").arg(QFileInfo(path).fileName()));
    m_studyLoader->load(path, onlyFiles);
    Q_EMIT allViewsReadyChanged();
}

void MainWindow::openSlide(const QString &path)
{
    noteAction(QStringLiteral("open slide"));
    m_slideRequested = true;
    m_slideShown = false;
    statusBar()->showMessage(tr("Opening slide %1…").arg(path));
    const quint64 generation = ++m_slideOpenGeneration;
    // openslide_open reads headers and may hash a level: never on the GUI thread.
    QtConcurrent::run([path] {
        QString error;
        std::shared_ptr<slide::SlideSource> source = slide::openSlide(path, &error);
        return std::make_pair(source, error);
    })
        .then(this,
              [this, path,
               generation](std::pair<std::shared_ptr<slide::SlideSource>, QString> opened) {
                  if (generation != m_slideOpenGeneration) {
                      return; // the user opened another slide meanwhile
                  }
                  if (!opened.first) {
                      m_slideRequested = false;
                      reportError(
                          tr("Cannot open slide"),
                          QStringLiteral("%1\n\n%2").arg(path, lowerLayerText(opened.second)));
                      Q_EMIT allViewsReadyChanged();
                      return;
                  }
                  showSlide(opened.first, path);
              });
}

void MainWindow::openDemo(const QString &root)
{
    noteAction(QStringLiteral("open demo"));
    m_studyRequested = m_slideRequested = true;
    m_taskProgress->start(tr("Preparing demo data"));
    m_demo->prepare(root);
    Q_EMIT allViewsReadyChanged();
}

void MainWindow::showStudy(const LoadedStudy &study)
{
    m_taskProgress->finish();
    m_study = study;
    m_recentFiles->add(study.path);
    m_seriesBrowser->setStudy(study);
    if (!study.skipped.empty() || !study.problems.isEmpty()) {
        statusBar()->showMessage(tr("%n file(s) could not be read; see the Series panel", nullptr,
                                    int(study.skipped.size()) + int(study.problems.size())),
                                 10000);
    }
    // Breast reading starts on the dynamic series: it is where lesions show.
    int first = 0;
    for (size_t index = 0; index < study.series.size(); ++index) {
        if (study.series[index]->info.role == "dce") {
            first = int(index);
            break;
        }
    }
    // Before showSeries(), which reports readiness: the DCE layout must hold the new study.
    // A study of a protocol read before opens in the layout last chosen for it (a hanging
    // protocol); any other keeps the layout on screen.
    m_dceStudyCurrent = false;
    if (const std::optional<HangingLayout> hanging = rememberedLayout(study)) {
        setMriLayout(*hanging == HangingLayout::Dce ? MriLayout::Dce : MriLayout::Mpr);
    } else if (m_mriLayout == MriLayout::Dce) {
        setMriLayout(MriLayout::Dce);
    }
    m_workspace->setStudyOpen(true);
    m_measurementSidecar->setStudy(MeasurementSidecar::studyKey(study));
    showSeries(first);
    studyOpenedForAnalysis();
    if (!m_pendingNotice.isEmpty()) {
        showNotice(std::exchange(m_pendingNotice, QString()), 15000);
    }
    Q_EMIT sessionChanged();
}

void MainWindow::showSeries(int index)
{
    // A segmentation or parametric map opens over the series it was made from.
    const int chosen = index;
    index = seriesToShowFor(m_study, index);
    if (index < 0 || size_t(index) >= m_study.series.size()) {
        return;
    }
    const auto &series = m_study.series[size_t(index)];
    // A DCE series opens on its first post-contrast phase (enhancing lesions stand out);
    // other series on their first phase (b0 for DWI).
    const size_t phase = series->info.role == "dce" && series->phases.size() > 1 ? 1 : 0;
    // Share the phase with the views; the series object keeps it alive.
    std::shared_ptr<const mri::Volume> volume(series, &series->phases[phase]);
    QString name = QString::fromStdString(series->info.description);
    if (series->phases.size() > 1) {
        const QString label = phase < series->info.phaseLabels.size()
            ? QString::fromStdString(series->info.phaseLabels[phase])
            : QString::number(phase + 1);
        name += tr(" — phase %1 of %2 (%3)").arg(phase + 1).arg(series->phases.size()).arg(label);
    }
    m_mriViewer->setVolume(volume, name);
    m_shownSeries = index;
    m_shownPhase = int(phase);
    if (const auto derived = derivedOverlay(m_study, index, chosen)) {
        m_mriViewer->setOverlay(*derived);
    } else if (!showExplanationOverlay()) {
        m_mriViewer->clearOverlay(); // a series of the same grid keeps the views' overlay
    }
    m_mriTitle->setText(tr("Breast MRI — %1 — %2").arg(QFileInfo(m_study.path).fileName(), name));
    m_seriesBrowser->setCurrent(index);
    m_studyShown = true;
    m_chat->setViewSource(ChatViewSource::Mri);
    Q_EMIT allViewsReadyChanged();
}

void MainWindow::showSlide(std::shared_ptr<slide::SlideSource> source, const QString &path)
{
    m_annotations->setSlide(source, path);
    m_slideView->setSource(std::move(source));
    m_slideTitle->setText(tr("Pathology slide — %1").arg(QFileInfo(path).fileName()));
    m_slidePath = path;
    m_chat->setViewSource(ChatViewSource::Slide);
    m_recentFiles->add(path);
    statusBar()->clearMessage();
    m_slideShown = true;
    m_exportRegionAction->setEnabled(true);
    m_workspace->setSlideOpen(true);
    importDroppedAnnotations();
    slideOpenedForAnalysis();
    if (!m_pendingNotice.isEmpty()) {
        showNotice(std::exchange(m_pendingNotice, QString()), 15000);
    }
    Q_EMIT allViewsReadyChanged();
    Q_EMIT sessionChanged();
}

void MainWindow::setMriLayout(MriLayout layout)
{
    m_mriLayout = layout;
    if (m_dceLayoutAction->isChecked() != (layout == MriLayout::Dce)) {
        m_dceLayoutAction->setChecked(layout == MriLayout::Dce); // re-enters through toggled
        return;
    }
    noteAction(layout == MriLayout::Dce ? QStringLiteral("layout: DCE reading")
                                        : QStringLiteral("layout: MPR"));
    Q_EMIT sessionChanged();
    if (layout == MriLayout::Dce && !m_dceStudyCurrent) {
        m_dceLayout->setStudy(mri::dceStudyFromSeries(m_study.series));
        m_dceStudyCurrent = true;
    }
    if (!mri::openGlAvailable()) {
        Q_EMIT allViewsReadyChanged();
        return; // the pane shows why there are no MRI views
    }
    m_mriStack->setCurrentWidget(layout == MriLayout::Dce ? static_cast<QWidget *>(m_dceLayout)
                                                          : m_mriViewer);
    // Six panels and a curve need the width: the slide pane and its tools give way while the
    // DCE layout is up, and return as they were after (a slide opened meanwhile shows).
    m_workspace->setDceLayout(layout == MriLayout::Dce);
    Q_EMIT allViewsReadyChanged();
}

bool MainWindow::allViewsReady() const
{
    return pendingViewsDescription().isEmpty();
}

QString MainWindow::pendingViewsDescription() const
{
    QStringList pending;
    if (m_demo->isRunning()) {
        pending << QStringLiteral("demo data");
    }
    // Only the visible layout draws: a hidden OpenGL widget never renders.
    // A pane the workspace keeps off screen draws nothing and is not waited for.
    const PaneVisibility panes = m_workspace->panes();
    const bool mriDrawn = !mri::openGlAvailable() || !panes.mri
        || (m_mriLayout == MriLayout::Dce ? m_dceLayout->isReady() : m_mriViewer->hasRendered());
    if (m_studyRequested && (!m_studyShown || !mriDrawn)) {
        pending << QStringLiteral("MRI views");
    }
    if (m_slideRequested && (!m_slideShown || (panes.slide && !m_slideView->isFullyLoaded()))) {
        pending << QStringLiteral("slide view");
    }
    if (m_mriAnalysis->isBusy()) {
        pending << QStringLiteral("MRI analysis");
    }
    if (m_mriExplainer->isBusy()) {
        pending << QStringLiteral("MRI explanation map");
    }
    if (m_slideAnalysis->isBusy()) {
        pending << QStringLiteral("slide analysis");
    }
    return pending.join(QStringLiteral(", "));
}

} // namespace oncoview::ui
