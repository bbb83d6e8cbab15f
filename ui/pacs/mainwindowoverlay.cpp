// SPDX-License-Identifier: Apache-2.0
// MainWindow: an MRI overlay (kinetic map, segmentation, enhancement or saliency heatmap) saved
// as a standard DICOM object or sent to the archive, referencing the series it lies on.
#include "ui/mainwindow.h"

// Qt
#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

// Local
#include "ui/mri/overlaydicom.h"
#include "ui/pacs/pacsserverform.h"
#include "ui/pacs/pacsservers.h"
#include "viewers/mri/dcelayout.h"
#include "viewers/mri/dcesession.h"
#include "viewers/mri/io/loaderror.h"
#include "viewers/mri/mprview.h"
#include "viewers/mri/mriviewer.h"

namespace oncoview::ui {

void MainWindow::buildOverlayActions(QMenu *file)
{
    QAction *save = file->addAction(tr("Save Overlay as DICOM…"), this, [this] {
        mri::OverlayLayer layer;
        int series = -1, phase = 0;
        if (const QString problem = overlayToStore(&layer, &series, &phase); !problem.isEmpty()) {
            reportError(tr("Save Overlay as DICOM"), problem);
            return;
        }
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Save Overlay as %1").arg(overlayDicomKind(layer)),
            QDir::home().filePath(QStringLiteral("overlay.dcm")), tr("DICOM (*.dcm)"));
        if (!file.isEmpty()) {
            saveOverlayDicom(file);
        }
    });
    save->setToolTip(tr("The overlay of the MRI view last clicked as a DICOM SEG (label maps) or "
                        "Parametric Map (heatmaps) that Slicer and OHIF overlay on its series"));
    QAction *send = file->addAction(tr("Send Overlay to PACS…"), this, [this] { sendOverlay(); });
    send->setToolTip(tr("The overlay as a DICOM SEG or Parametric Map, stored in its study on the "
                        "archive last used"));
    connect(this, &MainWindow::overlayStored, this, [this](const QString &error) {
        if (error.isEmpty()) {
            statusBar()->showMessage(tr("Overlay stored as DICOM"), 8000);
        } else {
            reportError(tr("Overlay as DICOM"), error);
        }
    });
}

QString MainWindow::overlayToStore(mri::OverlayLayer *layer, int *series, int *phase) const
{
    auto *view = qobject_cast<mri::MprView *>(activeView());
    if (!view || !view->hasOverlay()) {
        view = m_mriViewer->mprView(mri::MprOrientation::Axial);
    }
    if (!m_studyShown || !view || !view->hasOverlay()) {
        return tr("Show an overlay on the MRI first (a kinetic map, a segmentation, an "
                  "enhancement or explanation map), and click its view.");
    }
    *layer = view->overlay();
    *series = m_shownSeries;
    *phase = m_shownPhase;
    if (m_dceLayout->isAncestorOf(view)) {
        // The DCE layout's overlays lie on the DCE series, on its first post-contrast phase.
        const auto dce = mri::dceStudyFromSeries(m_study.series).dce;
        const auto found = std::find(m_study.series.begin(), m_study.series.end(), dce);
        *series = found == m_study.series.end() ? -1 : int(found - m_study.series.begin());
        *phase = dce && dce->phases.size() > 1 ? 1 : 0;
    }
    if (*series < 0 || size_t(*series) >= m_study.series.size()) {
        return tr("The series under the overlay is not known.");
    }
    return {};
}

void MainWindow::writeOverlay(const QString &file, std::function<void(const QString &)> then)
{
    mri::OverlayLayer layer;
    int index = -1, phase = 0;
    if (const QString problem = overlayToStore(&layer, &index, &phase); !problem.isEmpty()) {
        then(problem);
        return;
    }
    const auto series = m_study.series[size_t(index)]; // kept alive by the worker
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [watcher, then] {
        watcher->deleteLater();
        then(watcher->result());
    });
    statusBar()->showMessage(tr("Writing the overlay as %1…").arg(overlayDicomKind(layer)));
    watcher->setFuture(QtConcurrent::run([layer, series, phase, file] {
        try {
            writeOverlayDicom(layer, series->info, phase, file);
            return QString();
        } catch (const mri::LoadError &e) {
            return QString::fromStdString(e.what());
        }
    }));
}

void MainWindow::saveOverlayDicom(const QString &file)
{
    writeOverlay(file, [this, file](const QString &error) {
        recordExport(QStringLiteral("export.overlay-dicom"), {studyIdentifierHash()},
                     QFileInfo(file).fileName(), error);
        Q_EMIT overlayStored(error);
    });
}

void MainWindow::sendOverlay(bool ask)
{
    mri::OverlayLayer layer;
    int index = -1, phase = 0;
    QString problem = overlayToStore(&layer, &index, &phase);
    const PacsServer server = PacsServerForm::savedServer();
    if (problem.isEmpty() && !pacsservers::isSetUp(server)) {
        problem = tr("No archive yet: search one with File ▸ Open from PACS first.");
    }
    if (!problem.isEmpty()) {
        Q_EMIT overlayStored(problem);
        return;
    }
    const QString where = server.displayName();
    const QString seriesName
        = QString::fromStdString(m_study.series[size_t(index)]->info.description);
    if (ask
        && QMessageBox::question(
               this, tr("Send Overlay to PACS"),
               tr("Store “%1” as a %2 over the series “%3” in this study on %4? Every viewer "
                  "of the archive will list it as a new series. It is a computed result, not a "
                  "diagnosis.")
                   .arg(layer.name, overlayDicomKind(layer), seriesName, where))
            != QMessageBox::Yes) {
        return;
    }
    const QString outbox = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/pacs-outbox");
    QDir().mkpath(outbox);
    const QString file = outbox + QLatin1Char('/')
        + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".dcm");
    writeOverlay(file, [this, file, server](const QString &error) {
        if (!error.isEmpty()) {
            Q_EMIT overlayStored(error);
            return;
        }
        storeInArchive(server, file,
                       [this](const QString &failure) { Q_EMIT overlayStored(failure); });
    });
}

} // namespace oncoview::ui
