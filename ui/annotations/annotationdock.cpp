// SPDX-License-Identifier: Apache-2.0
#include "ui/annotations/annotationdock.h"

#include "ui/annotations/annotationsession.h"
#include "ui/annotations/annotationtoolbar.h"
#include "ui/i18n/lowerlayertext.h"
#include "ui/slideinfowidget.h"
#include "viewers/slide/annotationoverlay.h"
#include "viewers/slide/annotations/annotationmodel.h"
#include "viewers/slide/annotations/asapxmlio.h"
#include "viewers/slide/annotations/geojsonio.h"
#include "viewers/slide/slidesource.h"
#include "viewers/slide/slideview.h"

// Qt
#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>
#include <memory>

namespace oncoview::ui {

using slide::Annotation;

namespace {

enum Column { ClassColumn, NameColumn, AreaColumn, PerimeterColumn, NoteColumn, LockColumn };

const QString kFilters = QStringLiteral("QuPath GeoJSON (*.geojson *.json);;ASAP XML (*.xml)");

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color.isValid() ? color : QColor(255, 0, 0));
    return QIcon(pixmap);
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

AnnotationDock::AnnotationDock(slide::SlideView *view, const QString &storageDir, QWidget *parent)
    : QDockWidget(tr("Annotations"), parent)
    , m_session(new AnnotationSession(storageDir, this))
    , m_overlay(new slide::AnnotationOverlay(view, m_session->model(), this))
    , m_toolBar(new AnnotationToolBar(m_overlay, m_session->model(), this))
{
    setObjectName(QStringLiteral("annotationDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    buildBanner();
    layout->addWidget(m_banner);
    auto *tabs = new QTabWidget(content);
    tabs->addTab(buildAnnotationsTab(), tr("Annotations"));
    m_slideInfo = new SlideInfoWidget(tabs);
    tabs->addTab(m_slideInfo, tr("Slide"));
    layout->addWidget(tabs, 1);
    m_status = new QLabel(content);
    connect(this, &AnnotationDock::importProgress, this, [this](int percent) {
        showStatus(tr("Importing %1… %2%").arg(m_importName).arg(percent));
    });
    m_status->setObjectName(QStringLiteral("annotationStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    setWidget(content);

    slide::AnnotationModel *model = m_session->model();
    // Row by row: an import of thousands inserts them one signal each, and rebuilding the
    // whole table per signal made a 6,000-cell QuPath export take over a minute.
    connect(model, &slide::AnnotationModel::annotationInserted, this,
            [this](int index) { insertRow(index); });
    connect(model, &slide::AnnotationModel::annotationRemoved, this,
            [this](int index) { removeRow(index); });
    connect(model, &slide::AnnotationModel::modelReset, this, &AnnotationDock::rebuildTable);
    connect(model, &slide::AnnotationModel::annotationChanged, this,
            [this](int index) { updateRow(index); });
    connect(model, &slide::AnnotationModel::selectionChanged, this,
            &AnnotationDock::syncSelectionToTable);
    connect(model, &slide::AnnotationModel::classesChanged, this, &AnnotationDock::rebuildClasses);
    connect(model, &slide::AnnotationModel::editRefused, this, &AnnotationDock::showStatus);
    connect(m_session, &AnnotationSession::problem, this, &AnnotationDock::showStatus);
    connect(m_session, &AnnotationSession::recoveryAvailable, this,
            [this](int count, const QDateTime &when) {
                m_bannerText->setText(
                    tr("The last session of this slide ended without saving. Recover its %n "
                       "annotation(s), last edited %1?",
                       nullptr, count)
                        .arg(QLocale().toString(when, QLocale::ShortFormat)));
                m_banner->show();
            });
    connect(m_session, &AnnotationSession::recoveryResolved, m_banner, &QWidget::hide);
    rebuildClasses();
}

AnnotationDock::~AnnotationDock() = default;

slide::AnnotationModel *AnnotationDock::model() const
{
    return m_session->model();
}

void AnnotationDock::buildBanner()
{
    // Non-modal: the slide stays usable while the user decides.
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("recoveryBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("#recoveryBanner{background:#5a4a12;border-radius:4px}"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    auto *recover = new QPushButton(tr("Recover"), m_banner);
    recover->setObjectName(QStringLiteral("recoverButton"));
    auto *discard = new QPushButton(tr("Discard"), m_banner);
    discard->setObjectName(QStringLiteral("discardRecoveryButton"));
    auto *layout = new QHBoxLayout(m_banner);
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(recover);
    layout->addWidget(discard);
    connect(recover, &QPushButton::clicked, m_session, &AnnotationSession::acceptRecovery);
    connect(discard, &QPushButton::clicked, m_session, &AnnotationSession::discardRecovery);
    m_banner->hide();
}

QWidget *AnnotationDock::buildAnnotationsTab()
{
    auto *tab = new QWidget(this);
    m_table = new QTableWidget(0, 6, tab);
    m_table->setAccessibleName(tr("Annotations of the slide"));
    m_table->setObjectName(QStringLiteral("annotationTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Class"), tr("Name"), tr("Area"), tr("Perimeter"), tr("Note"), tr("Locked")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &AnnotationDock::syncSelectionFromTable);
    connect(m_table, &QTableWidget::cellChanged, this, &AnnotationDock::onItemEdited);

    m_classList = new QListWidget(tab);
    m_classList->setAccessibleName(tr("Annotation classes: shown, hidden and counts"));
    m_classList->setObjectName(QStringLiteral("classList"));
    m_classList->setToolTip(tr("Tick to show a class; double-click to give it to the selection"));
    m_classList->setMaximumHeight(130);
    connect(m_classList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_syncing) {
            model()->setClassVisible(item->data(Qt::UserRole).toString(),
                                     item->checkState() == Qt::Checked);
        }
    });
    connect(m_classList, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        if (!model()->selection().isEmpty()) {
            model()->setClass(model()->selection(), item->data(Qt::UserRole).toString());
        }
    });

    auto *importAction = new QAction(tr("Import Annotations…"), this);
    connect(importAction, &QAction::triggered, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Import annotations"), {}, kFilters);
        if (!path.isEmpty()) {
            importFileInBackground(path);
        }
    });
    auto *exportJson = new QAction(tr("Export Annotations as GeoJSON…"), this);
    auto *exportXml = new QAction(tr("Export Annotations as ASAP XML…"), this);
    for (auto [action, filter] :
         {std::pair(exportJson, QStringLiteral("QuPath GeoJSON (*.geojson)")),
          std::pair(exportXml, QStringLiteral("ASAP XML (*.xml)"))}) {
        connect(action, &QAction::triggered, this, [this, filter] {
            const QString path
                = QFileDialog::getSaveFileName(this, tr("Export annotations"), {}, filter);
            QString error;
            if (path.isEmpty()) {
                return;
            }
            if (!exportFile(path, &error)) {
                showStatus(error);
            }
            Q_EMIT exported(QFileInfo(path).suffix().toLower(), error);
        });
    }
    m_fileActions = {importAction, exportJson, exportXml};
    auto *buttons = new QHBoxLayout;
    for (QAction *action : m_fileActions) {
        auto *button = new QPushButton(action->text().remove(QStringLiteral(" Annotations")), tab);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(button);
    }
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(new QLabel(tr("Classes"), tab));
    layout->addWidget(m_classList);
    layout->addLayout(buttons);
    return tab;
}

void AnnotationDock::setUnitHeaders()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Class"), tr("Name"), tr("Area %1").arg(m_overlay->areaUnit()),
         tr("Perimeter %1").arg(m_overlay->lengthUnit()), tr("Note"), tr("Locked")});
}

void AnnotationDock::setMillimetres(bool millimetres)
{
    m_overlay->setMillimetres(millimetres);
    setUnitHeaders();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        updateRow(row);
    }
}

void AnnotationDock::setSlide(const std::shared_ptr<slide::SlideSource> &source,
                              const QString &path)
{
    m_banner->hide();
    m_status->clear();
    // The units first: the reset below fills the table.
    m_overlay->setMicronsPerPixel(source ? source->micronsPerPixel() : std::nullopt);
    setUnitHeaders();
    m_slideInfo->setSource(source);
    m_session->openSlide(path);
}

namespace {

slide::AnnotationReadResult readAnnotationFile(const QString &path,
                                               const slide::ReadProgress &progress = {})
{
    const bool xml
        = QFileInfo(path).suffix().compare(QLatin1String("xml"), Qt::CaseInsensitive) == 0;
    return xml ? slide::AsapXmlIo::readFile(path, progress)
               : slide::GeoJsonIo::readFile(path, progress);
}

} // namespace

bool AnnotationDock::importFile(const QString &path, QString *error)
{
    return applyImport(path, readAnnotationFile(path), error);
}

void AnnotationDock::importFileInBackground(const QString &path)
{
    if (m_importing) {
        showStatus(tr("An import is still running; try again when it has finished."));
        return;
    }
    m_importing = true;
    m_fileActions.value(0)->setEnabled(false);
    showStatus(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    m_importName = QFileInfo(path).fileName();
    const QString slideAtStart = m_session->slidePath();
    // From the reader thread, at most once per percent, queued to this (GUI) thread; the
    // result arrives after the last of them (same queue).
    const QPointer<AnnotationDock> self(this);
    auto lastPercent = std::make_shared<std::atomic<int>>(-1);
    const slide::ReadProgress progress = [self, lastPercent](double fraction) {
        const int percent = std::clamp(int(fraction * 100), 0, 100);
        if (lastPercent->exchange(percent) == percent) {
            return;
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, percent] {
                if (self && self->m_importing) {
                    Q_EMIT self->importProgress(percent);
                }
            },
            Qt::QueuedConnection);
    };
    QtConcurrent::run([path, progress] {
        return readAnnotationFile(path, progress);
    }).then(this, [this, path, slideAtStart](slide::AnnotationReadResult read) {
        m_importing = false;
        m_fileActions.value(0)->setEnabled(true);
        QString message;
        bool ok = false;
        if (m_session->slidePath() != slideAtStart) {
            message = tr("Not imported: %1 was chosen for another slide, which is no longer "
                         "open")
                          .arg(QFileInfo(path).fileName());
        } else {
            ok = applyImport(path, std::move(read), &message);
        }
        if (!ok) {
            showStatus(message);
        }
        Q_EMIT importFinished(ok, ok ? m_status->text() : message);
    });
}

bool AnnotationDock::applyImport(const QString &path, slide::AnnotationReadResult read,
                                 QString *error)
{
    if (!read.ok()) {
        if (error) {
            *error = tr("Cannot import %1: %2").arg(path, lowerLayerText(read.error));
        }
        return false;
    }
    for (Annotation &a : read.annotations) {
        if (model()->find(a.id)) {
            a.id.clear(); // imported twice: a second copy, not a clash
        }
    }
    if (!read.annotations.isEmpty() && model()->add(read.annotations).isEmpty()) {
        if (error) {
            *error = tr("Cannot import %1: %2").arg(path, lowerLayerText(model()->lastError()));
        }
        return false;
    }
    showStatus(tr("Imported %n annotation(s) from %1", nullptr, int(read.annotations.size()))
                   .arg(QFileInfo(path).fileName())
               + (read.warnings.isEmpty() ? QString()
                                          : QStringLiteral("; ")
                          + lowerLayerTexts(read.warnings).join(QStringLiteral("; "))));
    return true;
}

bool AnnotationDock::exportFile(const QString &path, QString *error)
{
    const bool xml
        = QFileInfo(path).suffix().compare(QLatin1String("xml"), Qt::CaseInsensitive) == 0;
    QStringList warnings;
    QString message;
    const bool ok = xml
        ? slide::AsapXmlIo::writeFile(path, model()->annotations(), &message, &warnings)
        : slide::GeoJsonIo::writeFile(path, model()->annotations(), &message);
    if (!ok) {
        if (error) {
            *error = tr("Cannot export to %1: %2").arg(path, lowerLayerText(message));
        }
        return false;
    }
    showStatus(tr("Exported %n annotation(s) to %1", nullptr, model()->count())
                   .arg(QFileInfo(path).fileName())
               + (warnings.isEmpty() ? QString()
                                     : QStringLiteral("; ")
                          + lowerLayerTexts(warnings).join(QStringLiteral("; "))));
    return true;
}

void AnnotationDock::rebuildTable()
{
    m_syncing = true;
    m_table->setRowCount(model()->count());
    for (int row = 0; row < model()->count(); ++row) {
        updateRow(row);
    }
    m_syncing = false;
    rebuildClasses(); // the counts changed
    syncSelectionToTable();
}

void AnnotationDock::insertRow(int row)
{
    if (row < 0 || row > m_table->rowCount() || m_table->rowCount() >= model()->count()) {
        rebuildTable(); // out of step with the model: start again
        return;
    }
    const bool wasSyncing = std::exchange(m_syncing, true);
    m_table->insertRow(row);
    updateRow(row);
    m_syncing = wasSyncing;
    scheduleClassCounts();
}

void AnnotationDock::removeRow(int row)
{
    if (row < 0 || row >= m_table->rowCount() || m_table->rowCount() <= model()->count()) {
        rebuildTable();
        return;
    }
    const bool wasSyncing = std::exchange(m_syncing, true);
    m_table->removeRow(row);
    m_syncing = wasSyncing;
    scheduleClassCounts();
}

void AnnotationDock::scheduleClassCounts()
{
    // Once per batch of inserts or removals, when control is back in the event loop.
    if (!std::exchange(m_classCountsPending, true)) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_classCountsPending = false;
                rebuildClasses();
            },
            Qt::QueuedConnection);
    }
}

void AnnotationDock::updateRow(int row)
{
    if (row < 0 || row >= model()->count() || row >= m_table->rowCount()) {
        return;
    }
    const bool wasSyncing = std::exchange(m_syncing, true);
    const Annotation &a = model()->annotations().at(row);
    auto *cls = readOnly(a.className.isEmpty() ? tr("Unclassified") : a.className);
    cls->setIcon(swatch(a.displayColor()));
    cls->setData(Qt::UserRole, a.id);
    m_table->setItem(row, ClassColumn, cls);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(a.name));
    m_table->setItem(row, AreaColumn,
                     readOnly(slide::AnnotationOverlay::formatValue(m_overlay->area(a))));
    m_table->setItem(row, PerimeterColumn,
                     readOnly(slide::AnnotationOverlay::formatValue(m_overlay->perimeter(a))));
    m_table->setItem(row, NoteColumn, new QTableWidgetItem(a.notes));
    m_table->setItem(row, LockColumn, readOnly(a.locked ? tr("locked") : QString()));
    m_syncing = wasSyncing;
}

void AnnotationDock::onItemEdited(int row, int column)
{
    if (m_syncing || row < 0 || row >= model()->count()) {
        return;
    }
    const QString id = model()->annotations().at(row).id;
    const QString text = m_table->item(row, column)->text();
    const bool ok = column == NameColumn ? model()->setName(id, text)
        : column == NoteColumn           ? model()->setNotes(id, text)
                                         : true;
    if (!ok) {
        updateRow(row); // refused (locked): show the real value again
    }
}

void AnnotationDock::rebuildClasses()
{
    const bool wasSyncing = std::exchange(m_syncing, true);
    QMap<QString, int> counts;
    for (const Annotation &a : model()->annotations()) {
        ++counts[a.className];
    }
    m_classList->clear();
    const auto addClass = [&](const QString &name, const QString &label, const QColor &color) {
        auto *item = new QListWidgetItem(
            swatch(color), QStringLiteral("%1 (%2)").arg(label).arg(counts.value(name)),
            m_classList);
        item->setData(Qt::UserRole, name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(model()->pathClasses().isVisible(name) ? Qt::Checked : Qt::Unchecked);
    };
    addClass(QString(), tr("Unclassified"), QColor(255, 0, 0));
    for (const slide::PathClass &pathClass : model()->pathClasses().classes()) {
        addClass(pathClass.name, pathClass.name, pathClass.color);
    }
    m_syncing = wasSyncing;
}

void AnnotationDock::syncSelectionToTable()
{
    if (m_syncing) {
        return;
    }
    m_syncing = true;
    m_table->clearSelection();
    const QStringList selection = model()->selection();
    for (const QString &id : selection) {
        const int row = model()->indexOf(id);
        if (row >= 0) {
            m_table->selectionModel()->select(m_table->model()->index(row, 0),
                                              QItemSelectionModel::Select
                                                  | QItemSelectionModel::Rows);
        }
    }
    if (selection.size() == 1 && model()->indexOf(selection.first()) >= 0) {
        m_table->scrollToItem(m_table->item(model()->indexOf(selection.first()), 0));
    }
    m_syncing = false;
}

void AnnotationDock::syncSelectionFromTable()
{
    if (m_syncing) {
        return;
    }
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        ids << model()->annotations().value(index.row()).id;
    }
    m_syncing = true;
    model()->setSelection(ids);
    m_syncing = false;
}

void AnnotationDock::showStatus(const QString &message)
{
    m_status->setText(message);
}

} // namespace oncoview::ui
