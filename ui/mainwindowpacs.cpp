// SPDX-License-Identifier: Apache-2.0
// MainWindow: File > Open from PACS.
#include "ui/mainwindow.h"

// Qt
#include <QAction>
#include <QMenu>

// Local
#include "ui/audit/auditlog.h"
#include "ui/pacs/pacsdialog.h"

namespace oncoview::ui {

void MainWindow::buildPacsAction(QMenu *file)
{
    QAction *pacs = file->addAction(tr("Open from &PACS…"), this, [this] {
        PacsDialog *dialog = openPacs();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    pacs->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    pacs->setToolTip(tr("Search a DICOMweb archive and open a series from it"));
}

PacsDialog *MainWindow::openPacs()
{
    auto *dialog = new PacsDialog(this);
    connect(dialog, &PacsDialog::seriesReady, this, [this, dialog](const QString &folder) {
        recordAudit(
            QStringLiteral("pacs.retrieve"), {hashIdentifier(folder)}, {},
            dialog->server().baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath),
            QStringLiteral("succeeded"), {});
        openStudy(folder);
    });
    return dialog;
}

} // namespace oncoview::ui
