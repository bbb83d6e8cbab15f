// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDeadlineTimer>
#include <QMainWindow>
#include <QPointer>

// Local
#include "ui/session/sessionrecord.h"
#include "ui/studyloader.h"

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QMenu;
class QStackedWidget;

namespace oncoview::mri {
class DceLayout;
class MriViewer;
class MprView;
struct OverlayLayer;
} // namespace oncoview::mri
namespace oncoview::slide {
class SlideView;
class SlideSource;
} // namespace oncoview::slide

namespace oncoview::ui {
struct PacsServer;

class AnnotationDock;
class ChatDock;
struct ChatViewCapture;
enum class ChatViewSource;
class DemoController;
class ExplanationsDock;
class InferenceQueueDock;
class InferenceService;
class MriAnalysis;
class MriExplainer;
class ExplanationComparison;
class ModelLibrary;
class RecentFiles;
class RestoreBar;
class SeriesBrowser;
class SlideAnalysis;
class SlideAnalysisDock;
class RegionExportDialog;
class CaseReportDialog;
class PreferencesDialog;
class PacsDialog;
struct Preferences;
struct CaseReport;
class MeasurementSidecar;
class AuditLog;
class TaskProgress;
class WorkspaceController;

// The workstation window. It composes viewers, docks and services and routes their signals;
// the work itself lives in those parts. GUI thread only.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(InferenceService *inference, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a DICOM folder, NIfTI file or slide, chosen by what the path is.
    void openPath(const QString &path);
    // `onlyFiles`: the folder's files to show, e.g. the first phase of a series still arriving
    // from the archive (StudyLoader::load).
    void openStudy(const QString &path, const QStringList &onlyFiles = {});
    void openSlide(const QString &path);
    // Files and folders dropped on the window: a study, a slide and annotation files for it
    // (mainwindowdrop.cpp); what cannot be opened is reported.
    void openDropped(const QStringList &paths);
    // Opens the demo study and slide under `root`, generating them first when missing.
    void openDemo(const QString &root);

    // True when every view that was asked to show something has drawn it, and every AI job
    // started for it has answered. `--screenshot` waits for this.
    bool allViewsReady() const;
    QString pendingViewsDescription() const;

    mri::MriViewer *mriViewer() const { return m_mriViewer; }
    const LoadedStudy &study() const { return m_study; }
    mri::DceLayout *dceLayout() const { return m_dceLayout; }

    // Which MRI layout fills the MRI pane: linked MPR + 3D, or the breast DCE reading layout.
    enum class MriLayout { Mpr, Dce };
    MriLayout mriLayout() const { return m_mriLayout; }
    void setMriLayout(MriLayout layout);
    slide::SlideView *slideView() const { return m_slideView; }
    // The slide shown; empty before one opened.
    QString slidePath() const { return m_slidePath; }
    ExplanationsDock *explanations() const { return m_explanations; }
    SeriesBrowser *seriesBrowser() const { return m_seriesBrowser; }
    AnnotationDock *annotations() const { return m_annotations; }
    SlideAnalysis *slideAnalysis() const { return m_slideAnalysis; }
    SlideAnalysisDock *slideAnalysisDock() const { return m_slideAnalysisDock; }
    MriAnalysis *mriAnalysis() const { return m_mriAnalysis; }
    MriExplainer *mriExplainer() const { return m_mriExplainer; }
    // The side-by-side window; null until the user first opens it.
    ExplanationComparison *explanationComparison() const { return m_comparison; }
    // Opens (or raises) it: the current map beside the same result explained by another method.
    void compareExplanations();
    ChatDock *chat() const { return m_chat; }
    // Which panes, docks and toolbars are on screen for what is open (View > Workspace).
    WorkspaceController *workspace() const { return m_workspace; }
    // Help ▸ About: versions of OncoView and what it runs on, and each model package in use
    // with its model file's sha256.
    QString aboutText() const;
    // Writes the last explanation map as NIfTI on the study's patient space; "" or why not.
    QString exportExplanationMap(const QString &path) const;
    // Drafts the "Ask MedDr about it" question in the chat (not sent).
    void askChatAboutExplanation();
    // Runs the chosen model on what is open, as the Analyze menu does (nothing runs unasked).
    void analyzeStudy();
    void analyzeSlide(std::optional<double> userMpp = {});
    // The view File > Save View Image and Copy View Image take: the MRI, 3D or slide view last
    // clicked, else the main view of what is open; null when nothing is (mainwindowexport.cpp).
    QWidget *activeView() const;
    QString viewName(QWidget *view) const;
    // File > Export Slide Region: a dialog for the open slide's selected annotation or view;
    // null without a slide. The caller shows it.
    RegionExportDialog *openRegionExport();
    // File > Export Measurements as CSV: every MRI measurement, with the statistics of the
    // series shown; "" or why not.
    QString exportMeasurementsCsv(const QString &path) const;
    MeasurementSidecar *measurementSidecar() const { return m_measurementSidecar; }
    // File > Case Report: everything the report can show of what is open (header, snapshots of
    // the views on screen, measurements, kinetic curve, AI results, explanations, the chat),
    // and the dialog that picks from it; the caller shows it (report/mainwindowreport.cpp).
    CaseReport caseReportCandidates() const;
    CaseReportDialog *openCaseReport();
    // Edit > Preferences: the dialog, wired to apply what it saves; the caller shows it
    // (preferences/mainwindowpreferences.cpp). applyPreferences() applies what can change while
    // running.
    PreferencesDialog *openPreferences();
    // File > Open from PACS: search an archive and open a series it sends
    // (pacs/mainwindowpacs.cpp); the caller shows it.
    PacsDialog *openPacs();
    // File > Send View to PACS as Key Image: the view last clicked, overlays burnt in, as a
    // DICOM Secondary Capture in its study, stored with STOW-RS on the archive last searched.
    // `ask`: confirm with the user first. keyImageSent() tells how it ended.
    void sendKeyImage(bool ask = true);
    // File > Save Overlay as DICOM / Send Overlay to PACS (pacs/mainwindowoverlay.cpp): the
    // overlay of the MRI view last clicked as a DICOM SEG (label maps) or Parametric Map
    // (heatmaps) referencing the series under it, written on a worker thread; overlayStored()
    // tells how it ended. Sending asks first when `ask`, and goes to the archive last used.
    void saveOverlayDicom(const QString &file);
    void sendOverlay(bool ask = true);
    void applyPreferences(const Preferences &preferences);
    // Appends to the audit log (mainwindowaudit.cpp); a log that cannot be written is reported
    // once, and the work goes on.
    void recordAudit(const QString &action, const QStringList &inputs, const QString &packageSha256,
                     const QString &endpoint, const QString &outcome, const QString &detail);
    AuditLog *auditLog() const { return m_audit.get(); }
    // What the chat attaches for `source`: the conversation key and, withImage, the viewer's
    // rendered pixels (the selected slide annotation's region when one is selected).
    ChatViewCapture captureForChat(ChatViewSource source, bool withImage) const;

    // The window's size and place, its docks and toolbars and the split between the panes,
    // kept from one start to the next (QSettings "window/..."; mainwindowsession.cpp).
    // restoreLayout() is false when nothing usable was saved.
    void saveLayout() const;
    bool restoreLayout();

    // What is open, for the session record a crash leaves behind (mainwindowsession.cpp).
    SessionSnapshot sessionSnapshot() const;
    // After an abnormal end: a bar offering to reopen `previous` and show the crash report.
    void offerSessionRestore(const SessionSnapshot &previous, const QStringList &crashReports);
    void restoreSession(const SessionSnapshot &previous);
    RestoreBar *restoreBar() const;

Q_SIGNALS:
    void allViewsReadyChanged();
    // A study or slide was shown or the MRI layout changed: sessionSnapshot() is new.
    void sessionChanged();
    // The user chose another language and asked to restart (View > Language).
    void restartRequested();
    // "" when the key image is in the archive, else why not.
    void keyImageSent(const QString &error);
    // "" when the overlay's DICOM object is written (and stored, when sent), else why not.
    void overlayStored(const QString &error);

protected:
    // Keeps a notice (showNotice) on the status bar while the mouse passes over tools: their
    // empty status tips would otherwise wipe it at once.
    bool event(QEvent *event) override;

private:
    // A status-bar message that stays for `ms` whatever the mouse hovers.
    void showNotice(const QString &message, int ms);
    void cropToSelectedAnnotation(ChatViewCapture &capture) const;
    // The MRI slice view the chat attaches: the one the reader last clicked in the layout on
    // screen, else that layout's main view (axial MPR, or the DCE post-contrast panel).
    mri::MprView *mriViewForChat() const;
    void buildMenus();
    void buildAnalysis();
    void buildExportActions(QMenu *file); // mainwindowexport.cpp
    void buildAudit(); // mainwindowaudit.cpp
    void buildReportAction(QMenu *file); // report/mainwindowreport.cpp
    void buildEditMenu(); // preferences/mainwindowpreferences.cpp
    void buildPacsAction(QMenu *file); // pacs/mainwindowpacs.cpp
    void buildOverlayActions(QMenu *file); // pacs/mainwindowoverlay.cpp
    // The overlay to store, with the series and phase under it; "" or why there is none.
    QString overlayToStore(mri::OverlayLayer *layer, int *series, int *phase) const;
    // Writes the overlay into `file` on a worker; `then` gets "" or why not, on the GUI thread.
    void writeOverlay(const QString &file, std::function<void(const QString &)> then);
    // Stores `file` on `server` (its secret from the keychain), audits it, removes the file and
    // tells `finished` "" or why not (pacs/mainwindowpacs.cpp).
    void storeInArchive(const PacsServer &server, const QString &file,
                        std::function<void(const QString &)> finished);
    void pruneFeatureCache() const;
    QStringList viewInputs(QWidget *view) const;
    QString studyIdentifierHash() const;
    void recordExport(const QString &action, const QStringList &inputs, const QString &detail,
                      const QString &error);
    void buildExplanations(); // mainwindowxai.cpp
    // Draws the explanation map over the MRI views when there is one and it is switched on;
    // false when nothing was drawn.
    bool showExplanationOverlay();
    void updateComparison();
    QMenu *buildAnalyzeMenu();
    bool isDemoData(const QString &path) const;
    void studyOpenedForAnalysis();
    void slideOpenedForAnalysis();
    void askForMicronsPerPixel(const QString &message);
    void exportAnalysisResults();
    void buildStatusBar();
    void showStudy(const LoadedStudy &study);
    void showSeries(int index);
    void showSlide(std::shared_ptr<slide::SlideSource> source, const QString &path);
    void reportError(const QString &title, const QString &message);
    void importDroppedAnnotations();

    InferenceService *m_inference;
    QPointer<RestoreBar> m_restoreBar;
    mri::MriViewer *m_mriViewer = nullptr;
    QPointer<mri::MprView> m_lastMriView; // last MRI slice view that had the keyboard focus
    QPointer<QWidget> m_lastView; // last MRI, 3D or slide view that had it
    mri::DceLayout *m_dceLayout = nullptr;
    QStackedWidget *m_mriStack = nullptr;
    WorkspaceController *m_workspace = nullptr;
    QAction *m_dceLayoutAction = nullptr;
    QAction *m_exportRegionAction = nullptr;
    MeasurementSidecar *m_measurementSidecar = nullptr;
    std::unique_ptr<AuditLog> m_audit;
    bool m_auditFailureShown = false;
    QString m_notice;
    QString m_pendingNotice; // shown once what restoreSession reopens is on screen
    QDeadlineTimer m_noticeUntil; // m_notice is up until then
    MriLayout m_mriLayout = MriLayout::Mpr;
    bool m_dceStudyCurrent = false; // the DCE layout holds m_study (set lazily: it computes)
    slide::SlideView *m_slideView = nullptr;
    QLabel *m_mriTitle = nullptr;
    QLabel *m_slideTitle = nullptr;
    SeriesBrowser *m_seriesBrowser = nullptr;
    ChatDock *m_chat = nullptr;
    AnnotationDock *m_annotations = nullptr;
    ExplanationsDock *m_explanations = nullptr;
    InferenceQueueDock *m_queue = nullptr;
    TaskProgress *m_taskProgress = nullptr;
    QLabel *m_engineState = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    StudyLoader *m_studyLoader = nullptr;
    MriAnalysis *m_mriAnalysis = nullptr;
    MriExplainer *m_mriExplainer = nullptr;
    ExplanationComparison *m_comparison = nullptr;
    QString m_lastMriModel; // the result the explanation explains: its model and provenance
    QStringList m_lastMriProvenance;
    QStringList m_lastMriScores; // "Malignancy (probability): benign 4%, malignant 96%"
    SlideAnalysis *m_slideAnalysis = nullptr;
    SlideAnalysisDock *m_slideAnalysisDock = nullptr;
    QAction *m_analyzeStudyAction = nullptr;
    QString m_demoRoot; // the demo data this session opened: its studies and slides run at once
    DemoController *m_demo = nullptr;
    ModelLibrary *m_models = nullptr;
    LoadedStudy m_study;
    int m_shownSeries = -1; // in m_study: the series the MPR views show, and its phase
    int m_shownPhase = 0;
    QString m_slidePath; // the open slide, for the chat's conversation key
    QStringList m_droppedAnnotations; // annotation files dropped, still to import...
    QString m_droppedAnnotationsSlide; // ...onto this slide

    bool m_studyRequested = false;
    bool m_slideRequested = false;
    bool m_studyShown = false;
    bool m_slideShown = false;
    // Which openSlide() call is the latest: opens finish in any order, and only the slide the
    // user asked for last may be shown (or report an error).
    quint64 m_slideOpenGeneration = 0;
};

} // namespace oncoview::ui
