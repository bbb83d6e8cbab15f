// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QWidget>

// Local
#include "ui/pacs/pacstypes.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace oncoview::chat {
class SecretStore;
}

namespace oncoview::ui {

// The archive to talk to, chosen by name among those set up (pacsservers.h) or set up anew:
// DICOMweb (URL; no authentication, Basic with user and password, or a bearer token; HTTPS
// certificates always verified, against the system's authorities and, for a hospital that signs
// its own, a PEM file of them) or DIMSE (host, port, the archive's AE title and ours, C-GET or
// C-MOVE to our storage port). Everything but the password or token is kept in the settings;
// those go to the system keychain only when the user ticks Remember. GUI thread.
class PacsServerForm : public QWidget
{
    Q_OBJECT
public:
    explicit PacsServerForm(QWidget *parent = nullptr);

    PacsServer server() const;
    void setServer(const PacsServer &server);
    // "" when the fields can be used, else what to fill in.
    QString problem() const;
    // Keeps the archive under its name as the one last used (its secret in the keychain if
    // asked); call once the archive has accepted the settings.
    void save();
    // Forgets the archive shown (its settings and its keychain entry).
    void removeShown();
    QStringList serverNames() const;

    // The archive last used, as saved (no secret): for sending results back.
    static PacsServer savedServer();

Q_SIGNALS:
    // Something the user should read (the keychain refused the password…).
    void notice(const QString &text);
    void testRequested();

private:
    QWidget *makeDicomWebPage();
    QWidget *makeDimsePage();
    QLayout *makeAuthoritiesRow(QWidget *page);
    void showAuthFields();
    void choose(const QString &name);
    void readSecret();

    QComboBox *m_name = nullptr;
    QComboBox *m_protocol = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_calledAe = nullptr;
    QLineEdit *m_callingAe = nullptr;
    QComboBox *m_retrieve = nullptr;
    QSpinBox *m_storePort = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLineEdit *m_authorities = nullptr;
    chat::SecretStore *m_secrets = nullptr;
    QString m_kept; // the secret the keychain holds for the archive shown
};

} // namespace oncoview::ui
