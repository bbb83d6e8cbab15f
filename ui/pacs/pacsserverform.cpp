// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/pacsserverform.h"

// Qt
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

// Local
#include "ui/chat/secretstore.h"

namespace oncoview::ui {

namespace {

const auto protocolKey = QStringLiteral("pacs/protocol");
const auto urlKey = QStringLiteral("pacs/dicomWebUrl");
const auto userKey = QStringLiteral("pacs/user");
const auto hostKey = QStringLiteral("pacs/dimse/host");
const auto portKey = QStringLiteral("pacs/dimse/port");
const auto calledKey = QStringLiteral("pacs/dimse/calledAe");
const auto callingKey = QStringLiteral("pacs/dimse/callingAe");
const auto retrieveKey = QStringLiteral("pacs/dimse/retrieve");
const auto storePortKey = QStringLiteral("pacs/dimse/storePort");

// PS3.5 6.2: 1 to 16 characters of the default repertoire, no backslash or control characters,
// not only spaces.
bool validAeTitle(const QString &title)
{
    if (title.trimmed().isEmpty() || title.size() > 16) {
        return false;
    }
    return std::all_of(title.begin(), title.end(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7F && c != QLatin1Char('\\');
    });
}

// A row whose field is several widgets: its label's mnemonic goes to the first of them.
void addRow(QFormLayout *form, const QString &text, QWidget *buddy, QLayout *fields)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    form->addRow(label, fields);
}

QSpinBox *portBox(int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, 65535);
    box->setValue(value);
    return box;
}

} // namespace

PacsServerForm::PacsServerForm(QWidget *parent)
    : QWidget(parent)
{
    m_protocol = new QComboBox(this);
    m_protocol->addItem(tr("DICOMweb (QIDO-RS, WADO-RS, STOW-RS)"));
    m_protocol->addItem(tr("DIMSE (C-FIND, C-GET or C-MOVE, C-STORE)"));
    m_protocol->setAccessibleName(tr("Protocol"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(makeDicomWebPage());
    m_pages->addWidget(makeDimsePage());
    connect(m_protocol, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    auto *test = new QPushButton(tr("&Test"), this);
    test->setToolTip(tr("Ask the archive whether it answers to these settings"));
    connect(test, &QPushButton::clicked, this, &PacsServerForm::testRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(m_protocol, 1);
    top->addWidget(test);
    auto *form = new QFormLayout;
    addRow(form, tr("&Archive:"), m_protocol, top);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    const QSettings settings;
    m_protocol->setCurrentIndex(settings.value(protocolKey).toString() == QLatin1String("dimse"));

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
}

QWidget *PacsServerForm::makeDicomWebPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    const QSettings settings;
    m_url = new QLineEdit(settings.value(urlKey).toString(), page);
    m_url->setPlaceholderText(QStringLiteral("https://pacs.example.org/dicom-web"));
    form->addRow(tr("DICOMweb &URL:"), m_url);
    m_user = new QLineEdit(settings.value(userKey).toString(), page);
    form->addRow(tr("&User (optional):"), m_user);
    m_password = new QLineEdit(page);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember in the system keychain"), page);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_remember);
    addRow(form, tr("&Password:"), m_password, passwordRow);
    return page;
}

QWidget *PacsServerForm::makeDimsePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    const QSettings settings;
    m_host = new QLineEdit(settings.value(hostKey).toString(), page);
    m_host->setPlaceholderText(QStringLiteral("pacs.example.org"));
    m_port = portBox(settings.value(portKey, 104).toInt(), page);
    m_calledAe = new QLineEdit(settings.value(calledKey).toString(), page);
    m_calledAe->setMaxLength(16);
    m_calledAe->setPlaceholderText(QStringLiteral("PACS"));
    auto *where = new QHBoxLayout;
    where->addWidget(m_host, 3);
    where->addWidget(m_port, 1);
    where->addWidget(m_calledAe, 2);
    addRow(form, tr("&Host, port, AE title:"), m_host, where);
    m_callingAe
        = new QLineEdit(settings.value(callingKey, QStringLiteral("ONCOVIEW")).toString(), page);
    m_callingAe->setMaxLength(16);
    m_retrieve = new QComboBox(page);
    m_retrieve->addItem(tr("C-GET (no port to open)"));
    m_retrieve->addItem(tr("C-MOVE to our storage port"));
    m_retrieve->setCurrentIndex(settings.value(retrieveKey).toString() == QLatin1String("move"));
    m_storePort = portBox(settings.value(storePortKey, 11112).toInt(), page);
    m_storePort->setEnabled(m_retrieve->currentIndex() == 1);
    connect(m_retrieve, &QComboBox::currentIndexChanged, m_storePort,
            [this](int index) { m_storePort->setEnabled(index == 1); });
    auto *ours = new QHBoxLayout;
    ours->addWidget(m_callingAe, 2);
    ours->addWidget(m_retrieve, 3);
    ours->addWidget(m_storePort, 1);
    addRow(form, tr("&Our AE title, retrieval, port:"), m_callingAe, ours);
    m_host->setAccessibleName(tr("Archive host"));
    m_port->setAccessibleName(tr("Archive port"));
    m_calledAe->setAccessibleName(tr("Archive AE title"));
    m_callingAe->setAccessibleName(tr("Our AE title"));
    m_retrieve->setAccessibleName(tr("Retrieval"));
    m_storePort->setAccessibleName(tr("Our storage port"));
    m_storePort->setToolTip(tr("The archive sends C-MOVE results to this port of this computer; "
                               "it must know our AE title with this address and port."));
    return page;
}

PacsServer PacsServerForm::server() const
{
    PacsServer server;
    server.protocol = m_protocol->currentIndex() == 1 ? PacsServer::Protocol::Dimse
                                                      : PacsServer::Protocol::DicomWeb;
    server.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    server.user = m_user->text().trimmed();
    server.secret = m_password->text();
    server.auth = server.user.isEmpty() ? PacsServer::Auth::None : PacsServer::Auth::Basic;
    server.host = m_host->text().trimmed();
    server.port = quint16(m_port->value());
    server.calledAe = m_calledAe->text().trimmed();
    server.callingAe = m_callingAe->text().trimmed();
    server.retrieve
        = m_retrieve->currentIndex() == 1 ? PacsServer::Retrieve::Move : PacsServer::Retrieve::Get;
    server.storePort = quint16(m_storePort->value());
    return server;
}

void PacsServerForm::setServer(const PacsServer &server)
{
    m_protocol->setCurrentIndex(server.protocol == PacsServer::Protocol::Dimse);
    m_url->setText(server.baseUrl.toString());
    m_user->setText(server.user);
    m_password->setText(server.secret);
    m_host->setText(server.host);
    m_port->setValue(server.port);
    m_calledAe->setText(server.calledAe);
    m_callingAe->setText(server.callingAe);
    m_retrieve->setCurrentIndex(server.retrieve == PacsServer::Retrieve::Move);
    m_storePort->setValue(server.storePort);
}

QString PacsServerForm::problem() const
{
    const PacsServer wanted = server();
    if (wanted.protocol == PacsServer::Protocol::DicomWeb) {
        return wanted.baseUrl.isValid() && !wanted.baseUrl.isEmpty()
            ? QString()
            : tr("Enter the archive's DICOMweb URL first.");
    }
    if (wanted.host.isEmpty()) {
        return tr("Enter the archive's host first.");
    }
    if (!validAeTitle(wanted.calledAe) || !validAeTitle(wanted.callingAe)) {
        return tr("AE titles have 1 to 16 characters (letters, digits, spaces, no backslash): "
                  "enter the archive's and ours.");
    }
    return {};
}

void PacsServerForm::save()
{
    const PacsServer wanted = server();
    QSettings settings;
    const bool dimse = wanted.protocol == PacsServer::Protocol::Dimse;
    settings.setValue(protocolKey, dimse ? QStringLiteral("dimse") : QStringLiteral("dicomweb"));
    if (dimse) {
        settings.setValue(hostKey, wanted.host);
        settings.setValue(portKey, wanted.port);
        settings.setValue(calledKey, wanted.calledAe);
        settings.setValue(callingKey, wanted.callingAe);
        settings.setValue(retrieveKey,
                          wanted.retrieve == PacsServer::Retrieve::Move ? QStringLiteral("move")
                                                                        : QStringLiteral("get"));
        settings.setValue(storePortKey, wanted.storePort);
        return;
    }
    settings.setValue(urlKey, m_url->text().trimmed());
    settings.setValue(userKey, wanted.user);
    // The keychain is asked only when there is something to keep or to forget.
    const QString keep = m_remember->isChecked() ? m_password->text() : QString();
    if (wanted.user.isEmpty() || keep == m_kept) {
        return;
    }
    m_secrets->writeKey(secretKey(), keep, [this, keep](const QString &error) {
        if (error.isEmpty()) {
            m_kept = keep;
        } else if (!keep.isEmpty()) {
            Q_EMIT notice(tr("The password is kept for this session only: %1").arg(error));
        }
    });
}

QString PacsServerForm::secretKey() const
{
    return QStringLiteral("pacs ") + m_user->text().trimmed() + QLatin1Char('@')
        + QUrl::fromUserInput(m_url->text().trimmed()).toString(QUrl::RemoveUserInfo);
}

PacsServer PacsServerForm::savedServer()
{
    const QSettings settings;
    PacsServer server;
    server.protocol = settings.value(protocolKey).toString() == QLatin1String("dimse")
        ? PacsServer::Protocol::Dimse
        : PacsServer::Protocol::DicomWeb;
    server.baseUrl = QUrl(settings.value(urlKey).toString());
    server.user = settings.value(userKey).toString();
    server.host = settings.value(hostKey).toString();
    server.port = quint16(settings.value(portKey, 104).toUInt());
    server.calledAe = settings.value(calledKey).toString();
    server.callingAe = settings.value(callingKey, QStringLiteral("ONCOVIEW")).toString();
    server.retrieve = settings.value(retrieveKey).toString() == QLatin1String("move")
        ? PacsServer::Retrieve::Move
        : PacsServer::Retrieve::Get;
    server.storePort = quint16(settings.value(storePortKey, 11112).toUInt());
    return server;
}

} // namespace oncoview::ui
