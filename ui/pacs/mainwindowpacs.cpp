// SPDX-License-Identifier: Apache-2.0
// MainWindow: File > Open from PACS, and key images sent back to the archive.
#include "ui/mainwindow.h"

// Qt
#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

// Local
#include "ui/audit/auditlog.h"
#include "ui/export/viewimage.h"
#include "ui/pacs/pacscache.h"
#include "ui/pacs/pacsclient.h"
#include "ui/pacs/pacsdialog.h"
#include "ui/pacs/pacsserverform.h"
#include "ui/pacs/pacsservers.h"
#include "ui/preferences/preferences.h"
#include "viewers/mri/io/loaderror.h"
#include "viewers/mri/io/secondarycapture.h"
#include "viewers/mri/mprview.h"
#include "viewers/mri/volumeview3d.h"

namespace oncoview::ui {

void MainWindow::buildPacsAction(QMenu *file)
{
    QAction *pacs = file->addAction(tr("Open from &PACS…"), this, [this] {
        PacsDialog *dialog = openPacs();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    pacs->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    pacs->setToolTip(tr("Search an archive (DICOMweb or DIMSE) and open a series from it"));
    QAction *send = file->addAction(tr("Send View to PACS as &Key Image…"), this,
                                    [this] { sendKeyImage(true); });
    send->setToolTip(tr("The MRI view last clicked, as a DICOM Secondary Capture in its study"));
    connect(this, &MainWindow::keyImageSent, this, [this](const QString &error) {
        if (error.isEmpty()) {
            statusBar()->showMessage(tr("Key image stored in the archive"), 8000);
        } else {
            reportError(tr("Send View to PACS"), error);
        }
    });
}

PacsDialog *MainWindow::openPacs()
{
    auto *dialog = new PacsDialog(this);
    // A multi-phase series is read from its first phase while the rest arrives; the whole
    // series replaces it when in (seriesReady).
    connect(dialog, &PacsDialog::firstPhaseReady, this,
            [this](const QString &folder, const QStringList &files, int phases) {
                openStudy(folder, files);
                statusBar()->showMessage(
                    tr("Showing phase 1 of %1 while the rest arrives from the archive").arg(phases),
                    10000);
            });
    connect(dialog, &PacsDialog::seriesReady, this, [this, dialog](const QString &folder) {
        recordAudit(QStringLiteral("pacs.retrieve"), {hashIdentifier(folder)}, {},
                    dialog->server().displayName(), QStringLiteral("succeeded"), {});
        openStudy(folder);
        // The cache is kept to its limit whenever a series comes in; never the one opened.
        const qint64 budget = qint64(Preferences::load().pacsCacheGiB * double(qint64(1) << 30));
        (void)QtConcurrent::run(
            [folder, budget] { pacscache::prune(pacscache::defaultRoot(), budget, folder); });
    });
    return dialog;
}

void MainWindow::sendKeyImage(bool ask)
{
    QWidget *view = activeView();
    const bool mriView
        = qobject_cast<mri::MprView *>(view) || qobject_cast<mri::VolumeView3D *>(view);
    const std::string studyUid
        = m_study.series.empty() ? std::string() : m_study.series.front()->info.studyUid;
    PacsServer server = PacsServerForm::savedServer();
    QString problem;
    if (!m_studyShown || !mriView || studyUid.empty()) {
        problem = tr("Click an MRI view of a DICOM study first: the key image goes into that "
                     "study.");
    } else if (!pacsservers::isSetUp(server)) {
        problem = tr("No archive yet: search one with File ▸ Open from PACS first.");
    }
    if (!problem.isEmpty()) {
        Q_EMIT keyImageSent(problem);
        return;
    }
    const QString where = server.displayName();
    if (ask
        && QMessageBox::question(this, tr("Send View to PACS"),
                                 tr("Store the %1, as shown with its labels and overlays, in "
                                    "this study on %2? Every viewer of the archive will list it "
                                    "as a new series.")
                                     .arg(viewName(view), where))
            != QMessageBox::Yes) {
        return;
    }
    QString error;
    const QImage shown
        = renderViewImage(view, {1.0, true}, &error).convertToFormat(QImage::Format_RGB888);
    if (shown.isNull()) {
        Q_EMIT keyImageSent(error);
        return;
    }
    mri::KeyImage key;
    key.width = shown.width();
    key.height = shown.height();
    for (int y = 0; y < shown.height(); ++y) {
        const uchar *line = shown.constScanLine(y);
        key.rgb.insert(key.rgb.end(), line, line + 3 * shown.width());
    }
    key.studyUid = studyUid;
    key.identity = m_study.series.front()->info.identity;
    key.derivation = viewName(view).toStdString();
    const QString outbox = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/pacs-outbox");
    QDir().mkpath(outbox);
    const QString file = outbox + QLatin1Char('/')
        + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".dcm");
    try {
        mri::writeSecondaryCapture(key, file.toStdString());
    } catch (const mri::LoadError &e) {
        Q_EMIT keyImageSent(QString::fromStdString(e.what()));
        return;
    }
    storeInArchive(server, file, [this](const QString &failure) { Q_EMIT keyImageSent(failure); });
}

void MainWindow::storeInArchive(const PacsServer &server, const QString &file,
                                std::function<void(const QString &)> finished)
{
    const QString where = server.displayName();
    statusBar()->showMessage(tr("Sending to %1…").arg(where));
    pacsservers::withSecret(server, this, [this, file, where, finished](const PacsServer &archive) {
        auto *client = PacsClient::create(archive, this);
        const auto done = [this, client, file, where, finished](const QString &failure) {
            recordAudit(QStringLiteral("pacs.store"), {studyIdentifierHash()}, {}, where,
                        failure.isEmpty() ? QStringLiteral("succeeded") : QStringLiteral("failed"),
                        failure);
            QFile::remove(file);
            client->deleteLater();
            finished(failure);
        };
        connect(client, &PacsClient::stored, this, [done] { done({}); });
        connect(client, &PacsClient::failed, this, done);
        client->storeInstances({file});
    });
}

} // namespace oncoview::ui
