// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/pacsserverform.h"

// Qt
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSslCertificate>
#include <QStackedWidget>
#include <QVBoxLayout>

// Local
#include "ui/chat/secretstore.h"
#include "ui/pacs/pacsservers.h"
#include "ui/widgets/formrows.h"

namespace oncoview::ui {

namespace {

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
    m_name = new QComboBox(this);
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_name->setAccessibleName(tr("Archive name"));
    m_name->setToolTip(tr("Choose an archive set up before, or type a name for a new one"));
    for (const PacsServer &server : pacsservers::load()) {
        m_name->addItem(server.name);
    }
    connect(m_name, &QComboBox::textActivated, this, &PacsServerForm::choose);
    auto *remove = new QPushButton(tr("Remo&ve"), this);
    remove->setToolTip(tr("Forget this archive and its password or token"));
    connect(remove, &QPushButton::clicked, this, &PacsServerForm::removeShown);
    auto *test = new QPushButton(tr("&Test"), this);
    test->setToolTip(tr("Ask the archive whether it answers to these settings"));
    connect(test, &QPushButton::clicked, this, &PacsServerForm::testRequested);
    m_protocol = new QComboBox(this);
    m_protocol->addItem(tr("DICOMweb (QIDO-RS, WADO-RS, STOW-RS)"));
    m_protocol->addItem(tr("DIMSE (C-FIND, C-GET or C-MOVE, C-STORE)"));
    m_protocol->setAccessibleName(tr("Protocol"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(makeDicomWebPage());
    m_pages->addWidget(makeDimsePage());
    connect(m_protocol, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    auto *top = new QHBoxLayout;
    top->addWidget(m_name, 2);
    top->addWidget(m_protocol, 3);
    top->addWidget(remove);
    top->addWidget(test);
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, 600);
    m_timeout->setValue(30);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Timeout"));
    m_timeout->setToolTip(tr("A request fails when the archive sends nothing for this long"));
    auto *form = new QFormLayout;
    addRowWithBuddy(form, tr("&Archive:"), m_name, top);
    auto *timeoutRow = new QHBoxLayout;
    timeoutRow->addWidget(m_timeout);
    timeoutRow->addStretch(1);
    addRowWithBuddy(form, tr("Time&out:"), m_timeout, timeoutRow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    m_secrets = new chat::SecretStore(this);
    setServer(pacsservers::lastUsed());
}

QWidget *PacsServerForm::makeDicomWebPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_url = new QLineEdit(page);
    m_url->setPlaceholderText(QStringLiteral("https://pacs.example.org/dicom-web"));
    m_url->setToolTip(tr("HTTPS certificates are always verified"));
    form->addRow(tr("DICOMweb &URL:"), m_url);
    m_auth = new QComboBox(page);
    m_auth->addItem(tr("No authentication"));
    m_auth->addItem(tr("User and password"));
    m_auth->addItem(tr("Bearer token"));
    m_auth->setAccessibleName(tr("Authentication"));
    m_user = new QLineEdit(page);
    m_user->setPlaceholderText(tr("User"));
    m_user->setAccessibleName(tr("User"));
    auto *authRow = new QHBoxLayout;
    authRow->addWidget(m_auth, 1);
    authRow->addWidget(m_user, 2);
    addRowWithBuddy(form, tr("Authe&ntication:"), m_auth, authRow);
    m_password = new QLineEdit(page);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember in the system keychain"), page);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_remember);
    m_secretLabel = new QLabel(page);
    m_secretLabel->setBuddy(m_password);
    form->addRow(m_secretLabel, passwordRow);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &PacsServerForm::showAuthFields);
    showAuthFields();
    QLayout *authorities = makeAuthoritiesRow(page); // creates m_authorities
    addRowWithBuddy(form, tr("Certificate aut&horities:"), m_authorities, authorities);
    return page;
}

QLayout *PacsServerForm::makeAuthoritiesRow(QWidget *page)
{
    m_authorities = new QLineEdit(page);
    m_authorities->setPlaceholderText(tr("The system's (a PEM file for a hospital's own)"));
    m_authorities->setAccessibleName(tr("Certificate authorities file"));
    m_authorities->setToolTip(tr("HTTPS certificates are always verified: against the "
                                 "system's authorities and those in this file"));
    auto *browse = new QPushButton(tr("Bro&wse…"), page);
    browse->setAccessibleName(tr("Choose the certificate authorities file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Certificate Authorities"), m_authorities->text(),
            tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty()) {
            m_authorities->setText(file);
        }
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_authorities, 1);
    row->addWidget(browse);
    return row;
}

void PacsServerForm::showAuthFields()
{
    const int auth = m_auth->currentIndex();
    m_user->setEnabled(auth == 1);
    m_password->setEnabled(auth != 0);
    m_remember->setEnabled(auth != 0);
    m_secretLabel->setText(auth == 2 ? tr("&Token:") : tr("&Password:"));
    m_password->setAccessibleName(auth == 2 ? tr("Token") : tr("Password"));
}

QWidget *PacsServerForm::makeDimsePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_host = new QLineEdit(page);
    m_host->setPlaceholderText(QStringLiteral("pacs.example.org"));
    m_port = portBox(104, page);
    m_calledAe = new QLineEdit(page);
    m_calledAe->setMaxLength(16);
    m_calledAe->setPlaceholderText(QStringLiteral("PACS"));
    auto *where = new QHBoxLayout;
    where->addWidget(m_host, 3);
    where->addWidget(m_port, 1);
    where->addWidget(m_calledAe, 2);
    addRowWithBuddy(form, tr("&Host, port, AE title:"), m_host, where);
    m_callingAe = new QLineEdit(QStringLiteral("ONCOVIEW"), page);
    m_callingAe->setMaxLength(16);
    m_retrieve = new QComboBox(page);
    m_retrieve->addItem(tr("C-GET (no port to open)"));
    m_retrieve->addItem(tr("C-MOVE to our storage port"));
    m_storePort = portBox(11112, page);
    m_storePort->setEnabled(m_retrieve->currentIndex() == 1);
    connect(m_retrieve, &QComboBox::currentIndexChanged, m_storePort,
            [this](int index) { m_storePort->setEnabled(index == 1); });
    auto *ours = new QHBoxLayout;
    ours->addWidget(m_callingAe, 2);
    ours->addWidget(m_retrieve, 3);
    ours->addWidget(m_storePort, 1);
    addRowWithBuddy(form, tr("&Our AE title, retrieval, port:"), m_callingAe, ours);
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
    server.auth = PacsServer::Auth(m_auth->currentIndex());
    server.user = server.auth == PacsServer::Auth::Basic ? m_user->text().trimmed() : QString();
    server.secret = server.auth == PacsServer::Auth::None ? QString() : m_password->text();
    server.host = m_host->text().trimmed();
    server.port = quint16(m_port->value());
    server.calledAe = m_calledAe->text().trimmed();
    server.callingAe = m_callingAe->text().trimmed();
    server.retrieve
        = m_retrieve->currentIndex() == 1 ? PacsServer::Retrieve::Move : PacsServer::Retrieve::Get;
    server.storePort = quint16(m_storePort->value());
    server.timeoutMs = m_timeout->value() * 1000;
    server.caCertificates = m_authorities->text().trimmed();
    // Unnamed: called after where it is.
    server.name = m_name->currentText().trimmed();
    if (server.name.isEmpty()) {
        // Two archives on one host differ by their port.
        const QUrl &url = server.baseUrl;
        server.name = server.protocol == PacsServer::Protocol::Dimse ? server.calledAe
            : url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port())
                             : url.host();
    }
    return server;
}

void PacsServerForm::setServer(const PacsServer &server)
{
    m_name->setCurrentText(server.name);
    m_protocol->setCurrentIndex(server.protocol == PacsServer::Protocol::Dimse);
    m_url->setText(server.baseUrl.toString());
    m_auth->setCurrentIndex(int(server.auth));
    m_user->setText(server.user);
    m_password->setText(server.secret);
    m_remember->setChecked(false);
    m_kept.clear();
    m_host->setText(server.host);
    m_port->setValue(server.port);
    m_calledAe->setText(server.calledAe);
    m_callingAe->setText(server.callingAe);
    m_retrieve->setCurrentIndex(server.retrieve == PacsServer::Retrieve::Move);
    m_storePort->setValue(server.storePort);
    m_timeout->setValue(std::clamp(server.timeoutMs / 1000, 1, 600));
    m_authorities->setText(server.caCertificates);
    if (server.secret.isEmpty()) {
        readSecret();
    }
}

void PacsServerForm::choose(const QString &name)
{
    for (const PacsServer &server : pacsservers::load()) {
        if (server.name == name) {
            setServer(server);
            return;
        }
    }
}

void PacsServerForm::readSecret()
{
    const PacsServer shown = server();
    if (shown.protocol != PacsServer::Protocol::DicomWeb || shown.auth == PacsServer::Auth::None
        || shown.name.isEmpty()) {
        return;
    }
    // A password or token kept for this archive comes back from the keychain, never from the
    // settings file.
    m_secrets->readKey(pacsservers::keychainKey(shown),
                       [this, name = shown.name](const QString &secret, const QString &) {
                           if (!secret.isEmpty() && m_password->text().isEmpty()
                               && server().name == name) {
                               m_password->setText(secret);
                               m_remember->setChecked(true);
                               m_kept = secret;
                           }
                       });
}

QStringList PacsServerForm::serverNames() const
{
    QStringList names;
    for (int i = 0; i < m_name->count(); ++i) {
        names << m_name->itemText(i);
    }
    return names;
}

void PacsServerForm::removeShown()
{
    const PacsServer shown = server();
    pacsservers::forget(shown.name);
    m_secrets->writeKey(pacsservers::keychainKey(shown), {}, [](const QString &) {});
    const int index = m_name->findText(shown.name);
    if (index >= 0) {
        m_name->removeItem(index);
    }
    setServer(pacsservers::lastUsed());
    Q_EMIT notice(tr("%1 is forgotten.").arg(shown.name));
}

QString PacsServerForm::problem() const
{
    const PacsServer wanted = server();
    if (wanted.protocol == PacsServer::Protocol::DicomWeb) {
        if (!wanted.baseUrl.isValid() || wanted.baseUrl.isEmpty()) {
            return tr("Enter the archive's DICOMweb URL first.");
        }
        if (!wanted.caCertificates.isEmpty()
            && QSslCertificate::fromPath(wanted.caCertificates, QSsl::Pem).isEmpty()) {
            return tr("%1 cannot be read or holds no PEM certificate: choose the file of "
                      "certificate authorities again, or leave it empty.")
                .arg(wanted.caCertificates);
        }
        return {};
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
    pacsservers::remember(wanted);
    if (m_name->findText(wanted.name) < 0) {
        m_name->addItem(wanted.name);
    }
    m_name->setCurrentText(wanted.name);
    // The keychain is asked only when there is something to keep or to forget.
    const QString keep = m_remember->isChecked() ? wanted.secret : QString();
    if (wanted.protocol != PacsServer::Protocol::DicomWeb || keep == m_kept) {
        return;
    }
    m_secrets->writeKey(pacsservers::keychainKey(wanted), keep, [this, keep](const QString &error) {
        if (error.isEmpty()) {
            m_kept = keep;
        } else if (!keep.isEmpty()) {
            Q_EMIT notice(tr("The password is kept for this session only: %1").arg(error));
        }
    });
}

PacsServer PacsServerForm::savedServer()
{
    return pacsservers::lastUsed();
}

} // namespace oncoview::ui
