// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QWidget>

// Local
#include "ui/pacs/pacstypes.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace oncoview::chat {
class SecretStore;
}

namespace oncoview::ui {

// The archive to talk to: DICOMweb (URL, user, password) or DIMSE (host, port, the archive's AE
// title and ours, C-GET or C-MOVE to our storage port). Everything but the password is kept in
// the settings; the password goes to the system keychain only when the user ticks Remember.
// GUI thread.
class PacsServerForm : public QWidget
{
    Q_OBJECT
public:
    explicit PacsServerForm(QWidget *parent = nullptr);

    PacsServer server() const;
    void setServer(const PacsServer &server);
    // "" when the fields can be used, else what to fill in.
    QString problem() const;
    // Keeps the fields (not the password) in the settings, and the password in the keychain
    // if asked; call once the archive has accepted them.
    void save();

    // The archive last used, as saved (no password): for sending results back.
    static PacsServer savedServer();

Q_SIGNALS:
    // Something the user should read (the keychain refused the password…).
    void notice(const QString &text);
    void testRequested();

private:
    QWidget *makeDicomWebPage();
    QWidget *makeDimsePage();
    QString secretKey() const;

    QComboBox *m_protocol = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_calledAe = nullptr;
    QLineEdit *m_callingAe = nullptr;
    QComboBox *m_retrieve = nullptr;
    QSpinBox *m_storePort = nullptr;
    chat::SecretStore *m_secrets = nullptr;
    QString m_kept; // the password the keychain holds for this archive and user
};

} // namespace oncoview::ui
