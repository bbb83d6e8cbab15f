// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDockWidget>

// Local
#include "viewers/slide/annotations/annotationreadresult.h"

#include <memory>

class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace oncoview::slide {
class AnnotationModel;
class AnnotationOverlay;
class SlideSource;
class SlideView;
} // namespace oncoview::slide

namespace oncoview::ui {

class AnnotationSession;
class AnnotationToolBar;
class SlideInfoWidget;

// The "Annotations" dock of the slide view: the list of annotations (class, name, note,
// area µm², perimeter µm, lock; name and note editable), the classes with show/hide boxes
// (double-click one to give it to the selection), QuPath GeoJSON and ASAP XML import and
// export, the recovery banner after a crash, and a "Slide" tab with the slide's properties,
// label and macro images. It owns the AnnotationSession (per-slide storage + autosave), the
// AnnotationOverlay on the view and the annotation toolbar, which the window adds. GUI thread.
class AnnotationDock : public QDockWidget
{
    Q_OBJECT

public:
    // `storageDir` empty: AnnotationSession::defaultStorageDir().
    explicit AnnotationDock(slide::SlideView *view, const QString &storageDir = {},
                            QWidget *parent = nullptr);
    ~AnnotationDock() override;

    // Shows `path`'s annotations (saving the previous slide's); `source` may be null.
    void setSlide(const std::shared_ptr<slide::SlideSource> &source, const QString &path);

    AnnotationSession *session() const { return m_session; }
    slide::AnnotationModel *model() const;
    slide::AnnotationOverlay *overlay() const { return m_overlay; }
    // Areas and perimeters in mm² and mm instead of µm² and µm (Edit > Preferences).
    void setMillimetres(bool millimetres);
    AnnotationToolBar *toolBar() const { return m_toolBar; }
    QTableWidget *table() const { return m_table; }
    QListWidget *classList() const { return m_classList; }
    QFrame *recoveryBanner() const { return m_banner; }
    SlideInfoWidget *slideInfo() const { return m_slideInfo; }
    // Import, export GeoJSON, export ASAP XML (for the File menu).
    QList<QAction *> fileActions() const { return m_fileActions; }

    // By suffix: .xml is ASAP XML, anything else QuPath GeoJSON. Import adds (one undo step;
    // ids already present get new ones). False with `error` set.
    bool importFile(const QString &path, QString *error = nullptr);
    bool exportFile(const QString &path, QString *error = nullptr);
    // The same import with the file read and parsed on a worker thread (a QuPath export of many
    // thousands of objects takes seconds): the window stays live, the status line says what is
    // happening, and the result goes to the slide the import started on, or nowhere (with a
    // message) if another slide is open by then. importFinished reports the outcome.
    void importFileInBackground(const QString &path);
    bool isImporting() const { return m_importing; }

Q_SIGNALS:
    void importFinished(bool ok, const QString &message);
    // Annotations were exported ("geojson" or "xml"; error empty on success).
    void exported(const QString &format, const QString &error);
    // GUI thread, during importFileInBackground: the share of the file read, 0..100.
    void importProgress(int percent);

private:
    QWidget *buildAnnotationsTab();
    void buildBanner();
    void rebuildTable();
    void insertRow(int row);
    void removeRow(int row);
    void updateRow(int row);
    void scheduleClassCounts();
    void setUnitHeaders();
    void rebuildClasses();
    void syncSelectionToTable();
    void syncSelectionFromTable();
    void onItemEdited(int row, int column);
    void showStatus(const QString &message);
    bool applyImport(const QString &path, slide::AnnotationReadResult read, QString *error);

    AnnotationSession *m_session;
    slide::AnnotationOverlay *m_overlay;
    AnnotationToolBar *m_toolBar;
    QTableWidget *m_table = nullptr;
    QListWidget *m_classList = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QLabel *m_status = nullptr;
    SlideInfoWidget *m_slideInfo = nullptr;
    QList<QAction *> m_fileActions;
    bool m_syncing = false; // a selection or table change we made ourselves
    bool m_importing = false;
    bool m_classCountsPending = false; // the class list's counts are refreshed once per batch
    QString m_importName; // the file being imported in the background
};

} // namespace oncoview::ui
