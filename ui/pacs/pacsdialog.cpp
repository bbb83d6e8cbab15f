// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/pacsdialog.h"

// Qt
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

// Local
#include "ui/chat/secretstore.h"
#include "ui/pacs/dicomwebclient.h"
#include "ui/pacs/pacscache.h"

namespace oncoview::ui {

namespace {

const auto urlKey = QStringLiteral("pacs/dicomWebUrl");
const auto userKey = QStringLiteral("pacs/user");

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
    auto *serverForm = new QFormLayout;
    m_url = new QLineEdit(QSettings().value(urlKey).toString(), this);
    m_url->setPlaceholderText(QStringLiteral("https://pacs.example.org/dicom-web"));
    serverForm->addRow(tr("DICOMweb &URL:"), m_url);
    m_user = new QLineEdit(QSettings().value(userKey).toString(), this);
    serverForm->addRow(tr("&User (optional):"), m_user);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember in the system keychain"), this);
    auto *test = new QPushButton(tr("&Test"), this);
    connect(test, &QPushButton::clicked, this, &PacsDialog::testConnection);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_remember);
    passwordRow->addWidget(test);
    serverForm->addRow(tr("&Password:"), passwordRow);
    // A password kept for this archive and user comes back from the keychain, never from the
    // settings file.
    m_secrets = new chat::SecretStore(this);
    if (!m_url->text().isEmpty() && !m_user->text().isEmpty()) {
        m_secrets->readKey(secretKey(), [this](const QString &secret, const QString &) {
            if (!secret.isEmpty() && m_password->text().isEmpty()) {
                m_password->setText(secret);
                m_remember->setChecked(true);
                m_kept = secret;
            }
        });
    }

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
    layout->addLayout(serverForm);
    layout->addLayout(queryRow);
    layout->addWidget(m_studies, 2);
    layout->addWidget(m_series, 1);
    layout->addLayout(bottom);
    resize(980, 640);
}

PacsDialog::~PacsDialog() = default;

void PacsDialog::setServer(const PacsServer &server)
{
    m_url->setText(server.baseUrl.toString());
    m_user->setText(server.user);
    m_password->setText(server.secret);
}

PacsServer PacsDialog::server() const
{
    PacsServer server;
    server.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    server.user = m_user->text().trimmed();
    server.secret = m_password->text();
    server.auth = server.user.isEmpty() ? PacsServer::Auth::None : PacsServer::Auth::Basic;
    return server;
}

void PacsDialog::setQuery(const StudyQuery &query)
{
    m_name->setText(query.patientName);
    m_id->setText(query.patientId);
    m_accession->setText(query.accessionNumber);
    m_modality->setText(query.modality);
}

DicomWebClient *PacsDialog::client()
{
    // A new client for a changed server: credentials never carry over to another one.
    const PacsServer wanted = server();
    if (!m_client || m_client->server().baseUrl != wanted.baseUrl
        || m_client->server().user != wanted.user || m_client->server().secret != wanted.secret) {
        delete m_client;
        m_client = new DicomWebClient(wanted, this);
        connect(m_client, &DicomWebClient::studiesFound, this, &PacsDialog::showStudies);
        connect(m_client, &DicomWebClient::seriesFound, this, &PacsDialog::showSeries);
        connect(m_client, &DicomWebClient::failed, this,
                [this](const QString &message) { setBusy(false, message); });
        connect(m_client, &DicomWebClient::instanceStored, this,
                [this](const QString &, int instances, qint64 bytes) {
                    m_progress->setValue(instances);
                    m_status->setText(tr("%n image(s) received, %1", nullptr, instances)
                                          .arg(QLocale().formattedDataSize(bytes)));
                });
        connect(m_client, &DicomWebClient::retrieved, this,
                [this](const QString &folder, int instances) {
                    pacscache::markComplete(folder, instances);
                    setBusy(false, tr("%n image(s) retrieved.", nullptr, instances));
                    Q_EMIT seriesReady(folder);
                });
    }
    return m_client;
}

QString PacsDialog::secretKey() const
{
    return QStringLiteral("pacs ") + m_user->text().trimmed() + QLatin1Char('@')
        + QUrl::fromUserInput(m_url->text().trimmed()).toString(QUrl::RemoveUserInfo);
}

void PacsDialog::rememberPassword()
{
    // Only on a change: the keychain is asked when there is something to keep or to forget.
    const QString wanted = m_remember->isChecked() ? m_password->text() : QString();
    if (m_user->text().trimmed().isEmpty() || wanted == m_kept) {
        return;
    }
    m_secrets->writeKey(secretKey(), wanted, [this, wanted](const QString &error) {
        if (error.isEmpty()) {
            m_kept = wanted;
        } else if (!wanted.isEmpty()) {
            m_status->setText(tr("The password is kept for this session only: %1").arg(error));
        }
    });
}

void PacsDialog::testConnection()
{
    const PacsServer wanted = server();
    if (!wanted.baseUrl.isValid() || wanted.baseUrl.isEmpty()) {
        m_status->setText(tr("Enter the archive's DICOMweb URL first."));
        return;
    }
    auto *probe = new DicomWebClient(wanted, this);
    const QString where = wanted.baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    setBusy(true, tr("Testing %1…").arg(where));
    connect(probe, &DicomWebClient::studiesFound, this, [this, probe, where] {
        setBusy(false, tr("%1 answers DICOMweb searches with these credentials.").arg(where));
        rememberPassword();
        probe->deleteLater();
    });
    connect(probe, &DicomWebClient::failed, this, [this, probe](const QString &message) {
        setBusy(false, message);
        probe->deleteLater();
    });
    StudyQuery one;
    one.limit = 1;
    probe->searchStudies(one);
}

void PacsDialog::search()
{
    if (!server().baseUrl.isValid() || server().baseUrl.isEmpty()) {
        m_status->setText(tr("Enter the archive's DICOMweb URL first."));
        return;
    }
    QSettings().setValue(urlKey, m_url->text().trimmed());
    QSettings().setValue(userKey, m_user->text().trimmed());
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
    rememberPassword();
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
    QDir(folder).removeRecursively(); // a retrieval cut short: fetched again, whole
    m_progress->setRange(0, std::max(series.instanceCount, 0));
    setBusy(true, tr("Retrieving…"));
    client()->retrieveSeries(m_studyMatches[studyRow].studyUid, series.seriesUid, folder);
}

void PacsDialog::setBusy(bool busy, const QString &text)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_status->setText(text);
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
