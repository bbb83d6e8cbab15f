// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/pacsdialog.h"

// Qt
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

// Local
#include "ui/pacs/archivesdialog.h"
#include "ui/pacs/firstphasewatcher.h"
#include "ui/pacs/pacscache.h"
#include "ui/pacs/pacsclient.h"
#include "ui/pacs/pacsserverform.h"

namespace oncoview::ui {

namespace {

// The same archive, reached the same way with the same credentials.
bool sameServer(const PacsServer &a, const PacsServer &b)
{
    return a.protocol == b.protocol && a.baseUrl == b.baseUrl && a.user == b.user
        && a.secret == b.secret && a.host == b.host && a.port == b.port && a.calledAe == b.calledAe
        && a.callingAe == b.callingAe && a.retrieve == b.retrieve && a.storePort == b.storePort
        && a.timeoutMs == b.timeoutMs && a.caCertificates == b.caCertificates;
}

QTableWidget *makeTable(const QStringList &columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(columns.size()), parent);
    table->setHorizontalHeaderLabels(columns);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

QString count(int n)
{
    return n < 0 ? QString() : QString::number(n);
}

} // namespace

QString PacsDialog::cacheFolder(const QString &studyUid, const QString &seriesUid)
{
    return pacscache::defaultRoot() + QLatin1Char('/') + studyUid + QLatin1Char('/') + seriesUid;
}

PacsDialog::PacsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open from PACS"));
    setObjectName(QStringLiteral("pacsDialog"));
    m_form = new PacsServerForm(this);
    connect(m_form, &PacsServerForm::testRequested, this, &PacsDialog::testConnection);
    connect(m_form, &PacsServerForm::notice, this,
            [this](const QString &text) { m_status->setText(text); });

    auto *queryRow = new QHBoxLayout;
    const auto field = [&](const QString &label, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(placeholder);
        edit->setAccessibleName(label);
        queryRow->addWidget(edit);
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            m_offset = 0;
            search();
        });
        return edit;
    };
    m_name = field(tr("Patient name"), tr("Patient name (DOE*)"));
    m_id = field(tr("Patient ID"), tr("Patient ID"));
    m_accession = field(tr("Accession"), tr("Accession"));
    m_modality = field(tr("Modality"), tr("Modality (MR)"));
    auto *searchButton = new QPushButton(tr("&Search"), this);
    connect(searchButton, &QPushButton::clicked, this, [this] {
        m_offset = 0;
        search();
    });
    auto *more = new QPushButton(tr("&Next Page"), this);
    connect(more, &QPushButton::clicked, this, [this] {
        m_offset += 50;
        search();
    });
    queryRow->addWidget(searchButton);
    queryRow->addWidget(more);

    m_studies = makeTable({tr("Patient"), tr("Patient ID"), tr("Date"), tr("Accession"),
                           tr("Modalities"), tr("Series"), tr("Description")},
                          this);
    m_studies->setAccessibleName(tr("Studies found"));
    connect(m_studies, &QTableWidget::currentCellChanged, this,
            [this](int row) { selectStudy(row); });
    m_series = makeTable({tr("Number"), tr("Modality"), tr("Images"), tr("Description")}, this);
    m_series->setAccessibleName(tr("Series of the study"));
    connect(m_series, &QTableWidget::cellActivated, this, [this](int row) { openSeries(row); });
    auto *open = new QPushButton(tr("&Open Series"), this);
    connect(open, &QPushButton::clicked, this, [this] { openSeries(m_series->currentRow()); });

    m_progress = new QProgressBar(this);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        client()->cancel();
        setBusy(false, tr("Cancelled."));
    });
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    bottom->addWidget(open);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(queryRow);
    layout->addWidget(m_studies, 2);
    layout->addWidget(m_series, 1);
    layout->addLayout(bottom);
    resize(980, 640);
}

PacsDialog::~PacsDialog() = default;

void PacsDialog::setServer(const PacsServer &server)
{
    m_form->setServer(server);
}

PacsServer PacsDialog::server() const
{
    return m_form->server();
}

void PacsDialog::setQuery(const StudyQuery &query)
{
    m_name->setText(query.patientName);
    m_id->setText(query.patientId);
    m_accession->setText(query.accessionNumber);
    m_modality->setText(query.modality);
}

QString PacsDialog::phaseShownNote(int phases)
{
    return tr("(phase 1 of %1 shown meanwhile)").arg(phases);
}

PacsClient *PacsDialog::client()
{
    // A new client for a changed server: credentials never carry over to another one.
    const PacsServer wanted = server();
    if (!m_client || !sameServer(m_client->server(), wanted)) {
        delete m_client;
        m_client = PacsClient::create(wanted, this);
        connect(m_client, &PacsClient::studiesFound, this, &PacsDialog::showStudies);
        connect(m_client, &PacsClient::seriesFound, this, &PacsDialog::showSeries);
        connect(m_client, &PacsClient::failed, this,
                [this](const QString &message) { setBusy(false, message); });
        connect(m_client, &PacsClient::instanceStored, this,
                [this](const QString &path, int instances, qint64 bytes) {
                    if (m_firstPhase) {
                        m_firstPhase->instanceLanded(path);
                    }
                    m_progress->setValue(instances);
                    QString text = tr("%n image(s) received, %1", nullptr, instances)
                                       .arg(QLocale().formattedDataSize(bytes));
                    if (m_phasesShown > 1) {
                        text += QLatin1Char(' ') + phaseShownNote(m_phasesShown);
                    }
                    m_status->setText(text);
                });
        connect(m_client, &PacsClient::retrieved, this,
                [this](const QString &folder, int instances) {
                    if (m_expected > instances) {
                        // The archive listed more than it sent: shown, but not kept as whole,
                        // so the next open asks again.
                        setBusy(false,
                                tr("Only %1 of the %n image(s) the archive listed "
                                   "arrived: the series is shown incomplete.",
                                   nullptr, m_expected)
                                    .arg(instances));
                    } else {
                        pacscache::markComplete(folder, instances);
                        setBusy(false, tr("%n image(s) retrieved.", nullptr, instances));
                    }
                    Q_EMIT seriesReady(folder);
                });
    }
    return m_client;
}

void PacsDialog::testConnection()
{
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    const PacsServer wanted = server();
    const QString where = wanted.displayName();
    setBusy(true, tr("Testing %1…").arg(where));
    testArchive(wanted, this, [this, where](const QString &problem) {
        if (problem.isEmpty()) {
            setBusy(false, tr("%1 answers with these settings.").arg(where));
            m_form->save();
        } else {
            setBusy(false, problem);
        }
    });
}

void PacsDialog::search()
{
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    StudyQuery query;
    query.patientName = m_name->text();
    query.patientId = m_id->text();
    query.accessionNumber = m_accession->text();
    query.modality = m_modality->text();
    query.offset = m_offset;
    setBusy(true, tr("Searching…"));
    client()->searchStudies(query);
}

void PacsDialog::showStudies(const QList<StudyMatch> &studies)
{
    m_studyMatches = studies;
    m_form->save(); // the archive answered: its settings are worth keeping
    m_studies->setRowCount(int(studies.size()));
    for (int row = 0; row < studies.size(); ++row) {
        const StudyMatch &s = studies[row];
        setRow(m_studies, row,
               {QString(s.patientName).replace(QLatin1Char('^'), QLatin1Char(' ')), s.patientId,
                s.studyDate, s.accessionNumber, s.modalities, count(s.seriesCount), s.description});
    }
    m_series->setRowCount(0);
    setBusy(false, tr("%n study(s) found.", nullptr, int(studies.size())));
}

void PacsDialog::selectStudy(int row)
{
    if (row < 0 || row >= m_studyMatches.size()) {
        return;
    }
    m_studies->selectRow(row);
    setBusy(true, tr("Listing the series…"));
    client()->searchSeries(m_studyMatches[row].studyUid);
}

void PacsDialog::showSeries(const QList<SeriesMatch> &series)
{
    m_seriesMatches = series;
    m_series->setRowCount(int(series.size()));
    for (int row = 0; row < series.size(); ++row) {
        const SeriesMatch &s = series[row];
        setRow(m_series, row, {s.number, s.modality, count(s.instanceCount), s.description});
    }
    setBusy(false, tr("%n series.", nullptr, int(series.size())));
}

void PacsDialog::openSeries(int row)
{
    const int studyRow = m_studies->currentRow();
    if (row < 0 || row >= m_seriesMatches.size() || studyRow < 0
        || studyRow >= m_studyMatches.size()) {
        m_status->setText(tr("Choose a study and one of its series."));
        return;
    }
    const SeriesMatch &series = m_seriesMatches[row];
    const QString folder = cacheFolder(m_studyMatches[studyRow].studyUid, series.seriesUid);
    if (pacscache::takeComplete(folder)) {
        setBusy(false, tr("Opened from the local cache."));
        Q_EMIT seriesReady(folder);
        return;
    }
    // A retrieval cut short is completed: the client fetches only what the folder lacks.
    m_expected = series.instanceCount;
    m_progress->setRange(0, std::max(series.instanceCount, 0));
    setBusy(true, tr("Retrieving…"));
    const QString studyUid = m_studyMatches[studyRow].studyUid;
    const QString seriesUid = series.seriesUid;
    dropFirstPhaseWatcher();
    // A DIMSE archive sends a series in its own order (Orthanc's C-GET: any order), so there the
    // retrieval waits for the listing (half a second for 640 instances) and asks for the first
    // phase before the rest. WADO-RS starts at once: the archive sends in the order it received.
    const bool firstPhaseFirst = server().protocol == PacsServer::Protocol::Dimse;
    if (series.instanceCount > 1) {
        m_firstPhase = new FirstPhaseWatcher(server(), studyUid, seriesUid, folder,
                                             series.instanceCount, this);
        connect(m_firstPhase, &FirstPhaseWatcher::firstPhaseReady, this,
                [this](const QString &ready, const QStringList &files, int phases) {
                    m_phasesShown = phases;
                    m_status->setText(m_status->text() + QLatin1Char(' ') + phaseShownNote(phases));
                    Q_EMIT firstPhaseReady(ready, files, phases);
                });
        if (firstPhaseFirst) {
            // The watcher goes with a cancel (setBusy), and this connection with it.
            connect(m_firstPhase, &FirstPhaseWatcher::layoutKnown, this,
                    [this, studyUid, seriesUid, folder](const QStringList &first) {
                        client()->retrieveSeries(studyUid, seriesUid, folder, first);
                    });
            return;
        }
    }
    client()->retrieveSeries(studyUid, seriesUid, folder);
}

void PacsDialog::setBusy(bool busy, const QString &text)
{
    if (!busy && m_firstPhase) {
        // The retrieval ended (or failed, or was cancelled): nothing more to show early.
        dropFirstPhaseWatcher();
        m_phasesShown = 0;
    }
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_status->setText(text);
}

void PacsDialog::dropFirstPhaseWatcher()
{
    if (m_firstPhase) {
        // Nothing it still has queued (a listing that would start a retrieval after a cancel)
        // reaches this dialog.
        m_firstPhase->disconnect(this);
        m_firstPhase->deleteLater();
        m_firstPhase = nullptr;
    }
}

int PacsDialog::studyCount() const
{
    return m_studies->rowCount();
}

int PacsDialog::seriesCount() const
{
    return m_series->rowCount();
}

QString PacsDialog::status() const
{
    return m_status->text();
}

} // namespace oncoview::ui
