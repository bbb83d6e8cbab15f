// SPDX-License-Identifier: Apache-2.0
// MainWindow: Edit > Preferences, and applying what it saves.
#include "ui/mainwindow.h"

// Qt
#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

// Local
#include "ui/analysis/analysisruns.h"
#include "ui/annotations/annotationdock.h"
#include "ui/chatdock.h"
#include "ui/modellibrary.h"
#include "ui/pacs/archivesdialog.h"
#include "ui/preferences/preferences.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/slide/featurecachebudget.h"
#include "ui/slide/slideanalysis.h"
#include "ui/theme.h"
#include "viewers/mri/measurement.h"
#include "viewers/mri/mprview.h"
#include "viewers/mri/mriviewer.h"
#include "viewers/slide/slideview.h"

namespace oncoview::ui {

void MainWindow::buildEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog *dialog = openPreferences();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    preferences->setShortcut(QKeySequence(tr("Ctrl+,")));
    preferences->setMenuRole(QAction::PreferencesRole);
    // The cache is kept to its limit after every slide analysis, which is what fills it.
    connect(m_slideAnalysis, &SlideAnalysis::finished, this, [this] { pruneFeatureCache(); });
}

PreferencesDialog *MainWindow::openPreferences()
{
    const Preferences before = Preferences::load();
    auto *dialog = new PreferencesDialog(before, this);
    // What the cache holds is a folder listing: off the GUI thread, shown when known.
    QPointer<PreferencesDialog> shown(dialog);
    QtConcurrent::run([directory = featureCacheDirectory()] {
        return ui::pruneFeatureCache(directory, 0).bytesBefore;
    }).then(this, [shown](qint64 bytes) {
        if (shown) {
            shown->setFeatureCacheUsage(bytes);
        }
    });
    connect(dialog, &PreferencesDialog::chatServerRequested, m_chat, &ChatDock::openSettings);
    connect(dialog, &PreferencesDialog::archivesRequested, dialog, [dialog] {
        auto *archives = new ArchivesDialog(dialog);
        archives->setAttribute(Qt::WA_DeleteOnClose);
        archives->show();
    });
    // What is in effect: the start-time ones for a restart, the last applied for the rest.
    connect(
        dialog, &PreferencesDialog::applied, this,
        [this, before, current = before](const Preferences &chosen) mutable {
            applyPreferences(chosen);
            if (chosen.theme != current.theme || chosen.fontPointSize != current.fontPointSize) {
                applyTheme(*qApp, chosen.theme, chosen.fontPointSize);
            }
            current = chosen;
            pruneFeatureCache();
            if (chosen.needsRestartComparedTo(before)) {
                // Device, threads and language are read once, when OncoView starts.
                auto *box = new QMessageBox(QMessageBox::Information, tr("Preferences"),
                                            tr("The inference device, threads and language change "
                                               "at the next start."),
                                            QMessageBox::NoButton, this);
                QPushButton *restart = box->addButton(tr("Restart Now"), QMessageBox::AcceptRole);
                box->addButton(tr("Later"), QMessageBox::RejectRole);
                box->setAttribute(Qt::WA_DeleteOnClose);
                connect(restart, &QPushButton::clicked, this, &MainWindow::restartRequested);
                box->open();
            }
        });
    return dialog;
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    m_slideView->setCacheBudget(qint64(preferences.tileCacheMiB) << 20);
    m_mriViewer->setCrosshairMode(preferences.leftButtonMovesCursor);
    m_models->setFolders(preferences.modelFolders);
    const auto action = [](const QString &name) {
        using Drag = mri::MprView::DragAction;
        return name == QLatin1String("pan")        ? Drag::Pan
            : name == QLatin1String("windowLevel") ? Drag::WindowLevel
            : name == QLatin1String("cursor")      ? Drag::MoveCursor
                                                   : Drag::Zoom;
    };
    const mri::MprView::MouseBindings bindings {
        action(preferences.rightButton), action(preferences.middleButton), preferences.wheelZooms};
    // Every slice view: the MPR layout's and the DCE layout's.
    for (mri::MprView *view : findChildren<mri::MprView *>()) {
        view->setMouseBindings(bindings);
    }
    if (mri::measurementCentimetres() != preferences.mriCentimetres) {
        mri::setMeasurementCentimetres(preferences.mriCentimetres);
        // Measurement labels are drawn with the views: draw them again.
        for (QWidget *view : findChildren<mri::MprView *>()) {
            view->update();
        }
    }
    m_annotations->setMillimetres(preferences.slideMillimetres);
}

void MainWindow::pruneFeatureCache() const
{
    const qint64 budget = qint64(Preferences::load().featureCacheGiB * double(qint64(1) << 30));
    if (budget <= 0) {
        return;
    }
    // Listing and deleting files: off the GUI thread.
    (void)QtConcurrent::run([directory = featureCacheDirectory(), budget] {
        ui::pruneFeatureCache(directory, budget);
    });
}

} // namespace oncoview::ui
