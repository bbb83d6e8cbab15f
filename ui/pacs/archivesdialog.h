// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDialog>

// Local
#include "ui/pacs/pacstypes.h"

#include <functional>

class QLabel;

namespace oncoview::ui {

class PacsServerForm;

// Edit ▸ Preferences ▸ Archives…: the archives set up, edited without searching one. Pick one by
// name (or type a new name), change its settings, Test, Save or Remove; what is saved is what
// File ▸ Open from PACS and the senders use. GUI thread.
class ArchivesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ArchivesDialog(QWidget *parent = nullptr);

    PacsServerForm *form() const { return m_form; }
    QString status() const;
    // Keeps the archive shown under its name (and its secret in the keychain if asked), when
    // its fields can be used; says what to fill in otherwise.
    bool save();
    // Asks the archive shown whether it answers to these settings; the answer goes to status().
    void test();

private:
    PacsServerForm *m_form = nullptr;
    QLabel *m_status = nullptr;
};

// Whether `server` answers (a DICOMweb search for one study, or a C-ECHO): `done` gets "" or
// why not, on the GUI thread, unless `context` is gone by then.
void testArchive(const PacsServer &server, QObject *context,
                 const std::function<void(const QString &problem)> &done);

} // namespace oncoview::ui
