// SPDX-License-Identifier: Apache-2.0
#include "ui/modelmenu.h"

// Qt
#include <QActionGroup>
#include <QFileDialog>
#include <QMessageBox>

// Local
#include "ui/i18n/lowerlayertext.h"
#include "ui/modellibrary.h"

namespace oncoview::ui {

ModelMenu::ModelMenu(ModelLibrary *library, QWidget *parent)
    : QMenu(tr("&AI"), parent)
    , m_library(library)
{
    addAction(tr("&Add Model Package Folder…"), this, &ModelMenu::addFolder);
    addAction(tr("&Model Packages…"), this, &ModelMenu::showPackages);
    buildThreadMenu();
}

void ModelMenu::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        parentWidget(), tr("Add a model package, or a folder of packages"));
    if (folder.isEmpty()) {
        return;
    }
    m_library->addFolder(folder);
    if (const auto package = m_library->mriPackage()) {
        Q_EMIT mriPackageChosen(*package);
    }
    if (const auto package = m_library->slidePackage()) {
        Q_EMIT slidePackageChosen(*package);
    }
    showPackages();
}

void ModelMenu::showPackages()
{
    QString html = tr("<p>Packages are verified (file hashes, a dry run) when first used.</p><ul>");
    const auto entries = m_library->scan();
    for (const auto &entry : entries) {
        const QString folder = QString::fromStdString(entry.directory.string()).toHtmlEscaped();
        if (!entry.isValid()) {
            html += tr("<li>%1: <span style='color:#e08080'>%2</span></li>")
                        .arg(folder, lowerLayerText(entry.error).toHtmlEscaped());
            continue;
        }
        const auto &manifest = *entry.manifest;
        html += tr("<li><b>%1 %2</b> — %3<br><small>%4</small><br>%5</li>")
                    .arg(QString::fromStdString(manifest.name).toHtmlEscaped(),
                         QString::fromStdString(manifest.version).toHtmlEscaped(),
                         manifest.validated ? tr("validated") : tr("<b>not a validated clinical model</b>"),
                         QString::fromStdString(manifest.intendedUse).toHtmlEscaped(), folder);
    }
    if (entries.empty()) {
        html += tr("<li>No model packages found.</li>");
    }
    html += QStringLiteral("</ul>");
    auto *box = new QMessageBox(QMessageBox::Information, tr("Model packages"), html, QMessageBox::Ok,
                                parentWidget());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ModelMenu::buildThreadMenu()
{
    QMenu *threads = addMenu(tr("Inference &Threads (applies after restart)"));
    auto *group = new QActionGroup(threads);
    const int current = ModelLibrary::threadSetting();
    for (const int count : {0, 1, 2, 4, 8, 16}) {
        QAction *action = threads->addAction(count == 0 ? tr("Automatic") : QString::number(count));
        action->setCheckable(true);
        action->setChecked(count == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [count] { ModelLibrary::setThreadSetting(count); });
    }
}

} // namespace oncoview::ui
