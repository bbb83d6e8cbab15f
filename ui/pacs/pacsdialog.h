// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDialog>

// Local
#include "ui/pacs/pacstypes.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace oncoview::ui {

class FirstPhaseWatcher;
class PacsClient;
class PacsServerForm;

// File > Open from PACS: the archive (DICOMweb or DIMSE, PacsServerForm; Test checks it), then
// search it for studies (patient, ID, accession, modality, dates; a page at a time), list a
// study's series, and retrieve the chosen one into the local cache, then open it. A series
// already retrieved whole opens from the cache without a second download; one cut short, or
// with fewer images than the archive listed, is completed with the instances it lacks. GUI
// thread.
class PacsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PacsDialog(QWidget *parent = nullptr);
    ~PacsDialog() override;

    // The server searched (its URL is remembered; the secret is kept in memory only).
    void setServer(const PacsServer &server);
    PacsServer server() const;
    void setQuery(const StudyQuery &query);

    void search();
    // Asks the archive for one study: whether it answers, and to these credentials (Test).
    void testConnection();
    // Retrieves (or takes from the cache) the series in row `row` of the series table.
    void openSeries(int row);
    int studyCount() const;
    int seriesCount() const;
    void selectStudy(int row);
    QString status() const;

    // Where a series is kept: <cache>/<study UID>/<series UID>.
    static QString cacheFolder(const QString &studyUid, const QString &seriesUid);

Q_SIGNALS:
    // A series is on disk, whole: the window opens the folder.
    void seriesReady(const QString &folder);
    // The first phase of a multi-phase series is in while the rest still arrives: the window
    // shows these files of the folder until seriesReady.
    void firstPhaseReady(const QString &folder, const QStringList &files, int phases);

private:
    void showStudies(const QList<StudyMatch> &studies);
    void showSeries(const QList<SeriesMatch> &series);
    void setBusy(bool busy, const QString &text);
    void dropFirstPhaseWatcher();
    static QString phaseShownNote(int phases);
    PacsClient *client();

    PacsServerForm *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_accession = nullptr;
    QLineEdit *m_modality = nullptr;
    QTableWidget *m_studies = nullptr;
    QTableWidget *m_series = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    PacsClient *m_client = nullptr;
    QList<StudyMatch> m_studyMatches;
    QList<SeriesMatch> m_seriesMatches;
    int m_offset = 0;
    int m_expected = -1; // images the archive listed for the series being retrieved
    FirstPhaseWatcher *m_firstPhase = nullptr; // while a multi-phase series arrives
    int m_phasesShown = 0; // the first of this many phases is shown meanwhile
};

} // namespace oncoview::ui
