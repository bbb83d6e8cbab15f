// SPDX-License-Identifier: Apache-2.0
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

namespace {

// A titled pane: the title names what is shown, so a screenshot is self-explanatory.
QWidget *titledPane(QWidget *content, QLabel *title, QWidget *parent)
{
    auto *pane = new QWidget(parent);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    title->setContentsMargins(8, 3, 8, 3);
    title->setStyleSheet(QStringLiteral("background:#1f242a;color:#aab4bf;"));
    layout->addWidget(title);
    layout->addWidget(content, 1);
    return pane;
}

} // namespace

MainWindow::MainWindow(InferenceService *inference, QWidget *parent)
    : QMainWindow(parent)
    , m_inference(inference)
    // Parentless until they join the window: without OpenGL they never do (see below).
    , m_mriViewer(new mri::MriViewer)
    , m_dceLayout(new mri::DceLayout)
    , m_mriStack(new QStackedWidget(this))
    , m_slideView(new slide::SlideView(this))
    , m_mriTitle(new QLabel(tr("Breast MRI — no study open"), this))
    , m_slideTitle(new QLabel(tr("Pathology slide — no slide open"), this))
    , m_studyLoader(new StudyLoader(this))
    , m_mriAnalysis(new MriAnalysis(inference, this))
    , m_demo(new DemoController(this))
    , m_models(new ModelLibrary(this))
{
    setWindowTitle(tr("OncoView"));
    setWindowIcon(QIcon(QStringLiteral(":/oncoview/icons/oncoview.svg")));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    if (mri::openGlAvailable()) {
        m_mriStack->addWidget(m_mriViewer);
        m_mriStack->addWidget(m_dceLayout);
    } else {
        // A window holding an OpenGL widget crashes inside Qt when shown without OpenGL: the
        // VTK views stay out of it (hidden, still taking studies and overlays, so analysis and
        // explanations work) and the MRI pane says what is missing.
        auto *problem = new QLabel(mri::openGlProblem(), m_mriStack);
        problem->setObjectName(QStringLiteral("mriOpenGlProblem"));
        problem->setWordWrap(true);
        problem->setAlignment(Qt::AlignCenter);
        problem->setMargin(24);
        problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_mriStack->addWidget(problem);
    }
    QWidget *mriPane = titledPane(m_mriStack, m_mriTitle, splitter);
    QWidget *slidePane = titledPane(m_slideView, m_slideTitle, splitter);
    splitter->addWidget(mriPane);
    splitter->addWidget(slidePane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    m_seriesBrowser = new SeriesBrowser(this);
    m_chat = new ChatDock(this);
    m_chat->setLocalBackend(new LocalChatBackend(inference, m_chat));
    m_explanations = new ExplanationsDock(this);
    m_queue = new InferenceQueueDock(inference, this);
    m_annotations = new AnnotationDock(m_slideView, {}, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_annotations);
    addToolBar(Qt::TopToolBarArea, m_annotations->toolBar());
    addDockWidget(Qt::LeftDockWidgetArea, m_seriesBrowser);
    addDockWidget(Qt::RightDockWidgetArea, m_explanations);
    addDockWidget(Qt::RightDockWidgetArea, m_chat);
    tabifyDockWidget(m_chat, m_queue);
    m_chat->raise();
    resizeDocks({m_seriesBrowser, m_explanations}, {210, 300}, Qt::Horizontal);

    buildAnalysis();
    buildExplanations();
    // Each pane comes with its own tools; the chat, queue and explanations serve both.
    m_workspace = new WorkspaceController(
        {mriPane, {m_seriesBrowser}},
        {slidePane, {m_annotations, m_annotations->toolBar(), m_slideAnalysisDock}}, this);
    connect(m_workspace, &WorkspaceController::panesChanged, this,
            &MainWindow::allViewsReadyChanged);
    connect(new FileDropFilter(this), &FileDropFilter::dropped, this, &MainWindow::openDropped);
    connect(m_annotations, &AnnotationDock::importFinished, this,
            &MainWindow::importDroppedAnnotations);
    // Measurements are kept per study in the user's data folder and come back with the study.
    m_measurementSidecar
        = new MeasurementSidecar(m_mriViewer, MeasurementSidecar::defaultDirectory(), this);
    connect(m_measurementSidecar, &MeasurementSidecar::problem, this,
            [this](const QString &message) { reportError(tr("Measurements"), message); });
    buildMenus();
    buildStatusBar();
    buildAudit();
    applyPreferences(Preferences::load());
    // The chat sees rendered viewer pixels only: the axial MPR view (its painted labels are
    // orientation letters) or the slide viewport — never the title bars, which show DICOM text.
    m_chat->setCaptureProvider([this](ChatViewSource source, bool withImage) {
        return captureForChat(source, withImage);
    });
    // A package the user installed or added wins; else a demo model from an earlier session.
    const DemoPaths installedDemo {defaultDemoRoot()};
    if (const auto package = m_models->mriPackage()) {
        m_mriAnalysis->setModelPackage(*package);
    } else if (demoModelsExist(installedDemo.models())) {
        m_mriAnalysis->setModelPackage(installedDemo.momePackage());
    }

    connect(m_seriesBrowser, &SeriesBrowser::seriesActivated, this, &MainWindow::showSeries);
    connect(m_studyLoader, &StudyLoader::progress, m_taskProgress, &TaskProgress::setProgress);
    connect(m_studyLoader, &StudyLoader::loaded, this, &MainWindow::showStudy);
    connect(m_studyLoader, &StudyLoader::failed, this,
            [this](const QString &path, const QString &message) {
                m_taskProgress->finish();
                m_studyRequested = false;
                reportError(tr("Cannot open study"),
                            QStringLiteral("%1\n\n%2").arg(path, lowerLayerText(message)));
                Q_EMIT allViewsReadyChanged();
            });
    connect(m_studyLoader, &StudyLoader::cancelled, this, [this] {
        m_taskProgress->finish();
        m_studyRequested = false;
        statusBar()->showMessage(tr("Study loading cancelled"), 5000);
        Q_EMIT allViewsReadyChanged();
    });
    connect(m_taskProgress, &TaskProgress::cancelRequested, this, [this] {
        m_studyLoader->cancel();
        m_demo->cancel();
    });
    connect(m_mriViewer, &mri::MriViewer::rendered, this, &MainWindow::allViewsReadyChanged);
    connect(m_dceLayout, &mri::DceLayout::readyChanged, this, &MainWindow::allViewsReadyChanged);
    connect(m_slideView, &slide::SlideView::fullyLoaded, this, &MainWindow::allViewsReadyChanged);
    // Typing a question moves the focus to the chat: remember the view the reader looked at.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (auto *view = qobject_cast<mri::MprView *>(now);
            view && m_mriStack->isAncestorOf(view)) {
            m_lastMriView = view;
        }
        if (now == m_slideView
            || (qobject_cast<mri::VtkGlWidget *>(now) && m_mriStack->isAncestorOf(now))) {
            m_lastView = now;
        }
    });
    connect(m_mriAnalysis, &MriAnalysis::explanationReady, m_explanations,
            &ExplanationsDock::showExplanation);
    connect(m_mriAnalysis, &MriAnalysis::started, m_explanations, &ExplanationsDock::showPending);
    connect(m_mriAnalysis, &MriAnalysis::failed, m_explanations, &ExplanationsDock::showFailure);
    connect(m_mriAnalysis, &MriAnalysis::busyChanged, this, &MainWindow::allViewsReadyChanged);

    connect(m_demo, &DemoController::progress, m_taskProgress, &TaskProgress::setProgress);
    connect(m_demo, &DemoController::failed, this, [this](const QString &message) {
        m_taskProgress->finish();
        m_studyRequested = m_slideRequested = false;
        reportError(tr("Cannot prepare the demo"), message);
        Q_EMIT allViewsReadyChanged();
    });
    connect(m_demo, &DemoController::ready, this, [this](const DemoPaths &paths) {
        m_taskProgress->finish();
        m_demoRoot = paths.root;
        m_mriAnalysis->setModelPackage(paths.momePackage());
        m_slideAnalysis->setModelPackage(paths.milPackage());
        m_chat->offerLocalPackage(paths.models() + QStringLiteral("/tinylm-demo"));
        openStudy(paths.study());
        openSlide(paths.slide());
    });
}

MainWindow::~MainWindow()
{
    // Its views point at the MRI viewer's cursor: gone before the viewer is.
    delete m_comparison;
    // Without OpenGL the MRI views never joined the window, so it does not own them.
    if (!m_mriViewer->parent()) {
        delete m_mriViewer;
    }
    if (!m_dceLayout->parent()) {
        delete m_dceLayout;
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openFolder = file->addAction(tr("Open &Study Folder…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open DICOM study folder"));
        if (!dir.isEmpty()) {
            openStudy(dir);
        }
    });
    openFolder->setShortcut(QKeySequence::Open);
    QAction *openFile = file->addAction(tr("Open Study &File…"), this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Open NIfTI or DICOM file"), {},
                                           tr("Images (*.nii *.nii.gz *.dcm);;All files (*)"));
        if (!path.isEmpty()) {
            openStudy(path);
        }
    });
    openFile->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    QAction *openSlideAction = file->addAction(tr("Open S&lide…"), this, [this] {
        // The same suffixes a drop takes for a slide.
        QStringList patterns;
        for (const QString &suffix : slideSuffixes()) {
            patterns << QStringLiteral("*.") + suffix;
        }
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open whole-slide image"), {},
            tr("Slides (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
        if (!path.isEmpty()) {
            openSlide(path);
        }
    });
    openSlideAction->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    buildPacsAction(file);
    buildOverlayActions(file);
    m_recentFiles = new RecentFiles(file->addMenu(tr("Open &Recent")), this);
    connect(m_recentFiles, &RecentFiles::openRequested, this, &MainWindow::openPath);
    file->addAction(tr("Open &Demo Study and Slide"), this,
                    [this] { openDemo(defaultDemoRoot()); });
    // Many scanners store a DCE as one series per phase; read grouped, the DCE layout and the
    // kinetics get every phase. The grouping is a guess from the files: the user may undo it.
    QAction *grouping = file->addAction(tr("Read DCE Phases Stored as Separate Series as &One"));
    grouping->setCheckable(true);
    grouping->setChecked(groupsPhaseSeries());
    connect(grouping, &QAction::toggled, this, [this](bool on) {
        setGroupsPhaseSeries(on);
        if (!m_study.path.isEmpty()) {
            openStudy(m_study.path); // read again with the new grouping
        }
    });
    file->addSeparator();
    buildExportActions(file);
    buildReportAction(file);
    file->addSeparator();
    file->addActions(m_annotations->fileActions());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    buildEditMenu();
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_seriesBrowser->toggleViewAction());
    view->addAction(m_explanations->toggleViewAction());
    view->addAction(m_chat->toggleViewAction());
    QAction *ask = view->addAction(tr("Ask &MedDr"), m_chat, &ChatDock::focusQuestion);
    ask->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    ask->setToolTip(tr("The chat panel, with the keyboard in its question box"));
    view->addAction(m_queue->toggleViewAction());
    view->addAction(m_annotations->toggleViewAction());
    view->addAction(m_annotations->toolBar()->toggleViewAction());
    view->addSeparator();
    QMenu *workspaces = view->addMenu(tr("&Workspace"));
    workspaces->addActions(m_workspace->actions());
    m_dceLayoutAction = view->addAction(tr("Breast &DCE Layout"));
    m_dceLayoutAction->setCheckable(true);
    m_dceLayoutAction->setObjectName(QStringLiteral("dceLayoutAction"));
    m_dceLayoutAction->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_dceLayoutAction->setToolTip(tr("Pre, post, subtraction, T2, DWI and ADC panels through one "
                                     "cursor, with kinetics; off: linked MPR and 3D"));
    connect(m_dceLayoutAction, &QAction::toggled, this, [this](bool on) {
        setMriLayout(on ? MriLayout::Dce : MriLayout::Mpr);
        if (m_studyShown) {
            rememberLayout(m_study, on ? HangingLayout::Dce : HangingLayout::Mpr);
        }
    });
    m_dceLayoutAction->setEnabled(mri::openGlAvailable());
    view->addSeparator();
    auto *language = new LanguageMenu(this);
    view->addMenu(language);
    connect(language, &LanguageMenu::restartRequested, this, &MainWindow::restartRequested);

    menuBar()->addMenu(buildAnalyzeMenu());
    view->addAction(m_slideAnalysisDock->toggleViewAction());
    auto *ai = new ModelMenu(m_models, this);
    menuBar()->addMenu(ai);
    connect(ai, &ModelMenu::mriPackageChosen, m_mriAnalysis, &MriAnalysis::setModelPackage);
    connect(ai, &ModelMenu::slidePackageChosen, m_slideAnalysis, &SlideAnalysis::setModelPackage);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard and Mouse…"), this, [this] {
        // Built when asked: the menus are complete by then, and the sheet reads them.
        auto *sheet = new ShortcutSheet(
            QList<ShortcutSection> {menuShortcuts(menuBar())} + viewerConventions(), this);
        sheet->setAttribute(Qt::WA_DeleteOnClose);
        sheet->show();
    });
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("Audit &Log…"), this, [this] {
        auto *dialog = new AuditLogDialog(m_audit.get(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->addAction(tr("&About OncoView"), this,
                    [this] { QMessageBox::about(this, tr("About OncoView"), aboutText()); });
}

QString MainWindow::aboutText() const
{
    QList<PackageSummary> packages;
    if (const auto &manifest = m_mriAnalysis->manifest()) {
        packages << summarizePackage(tr("Breast MRI model"), *manifest);
    }
    if (const auto &manifest = m_slideAnalysis->manifest()) {
        packages << summarizePackage(tr("Slide model"), *manifest);
    }
    return aboutHtml(componentVersions(), packages);
}

void MainWindow::buildStatusBar()
{
    m_engineState = new QLabel(this);
    m_engineState->setObjectName(QStringLiteral("engineState"));
    m_taskProgress = new TaskProgress(this);
    statusBar()->addPermanentWidget(m_taskProgress);
    statusBar()->addPermanentWidget(m_engineState);
    m_engineState->setText(m_inference->stateText());
    connect(m_inference, &InferenceService::stateChanged, m_engineState, &QLabel::setText);
}

void MainWindow::reportError(const QString &title, const QString &message)
{
    statusBar()->showMessage(title, 10000);
    // Non-modal: a dialog must never stop loading elsewhere or a scripted screenshot.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace oncoview::ui
