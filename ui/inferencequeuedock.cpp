// SPDX-License-Identifier: Apache-2.0
#include "ui/inferencequeuedock.h"

// Qt
#include <QHeaderView>
#include <QProgressBar>
#include <QToolButton>
#include <QTreeWidget>

// Local
#include "ui/i18n/lowerlayertext.h"
#include "ui/inferenceservice.h"

namespace oncoview::ui {

namespace {

enum Column { IdColumn, LabelColumn, StateColumn, ProgressColumn, CancelColumn };

} // namespace

InferenceQueueDock::InferenceQueueDock(InferenceService *inference, QWidget *parent)
    : QDockWidget(tr("Inference queue"), parent)
    , m_inference(inference)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("inferenceQueueDock"));
    m_tree->setHeaderLabels({tr("Job"), tr("Task"), tr("State"), tr("Progress"), QString()});
    m_tree->setRootIsDecorated(false);
    m_tree->setAccessibleName(tr("Inference jobs"));
    m_tree->header()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    setWidget(m_tree);

    connect(inference, &InferenceService::submitted, this, [this](quint64 id, const QString &label) {
        auto *item = new QTreeWidgetItem({QString::number(id), label.isEmpty() ? tr("Job") : label, tr("Queued")});
        m_tree->insertTopLevelItem(0, item);
        auto *bar = new QProgressBar(m_tree);
        bar->setRange(0, 100);
        bar->setValue(0);
        m_tree->setItemWidget(item, ProgressColumn, bar);
        auto *cancel = new QToolButton(m_tree);
        cancel->setText(tr("Cancel"));
        connect(cancel, &QToolButton::clicked, this, [this, id, cancel] {
            cancel->setEnabled(false);
            if (m_inference->cancel(id)) {
                setState(id, tr("Cancelling…"));
            }
        });
        m_tree->setItemWidget(item, CancelColumn, cancel);
        m_items.insert(id, item);
        trimFinished();
    });
    connect(inference, &InferenceService::progress, this, [this](quint64 id, double fraction) {
        setState(id, tr("Running"), int(fraction * 100.0 + 0.5));
    });
    connect(inference, &InferenceService::finished, this, [this](const inference::JobResult &result) {
        setState(result.id, tr("Done in %1 s").arg(result.seconds, 0, 'f', 2), 100);
    });
    connect(inference, &InferenceService::failed, this, [this](const inference::JobError &error) {
        setState(error.id,
                 error.cancelled ? tr("Cancelled")
                                 : tr("Failed: %1").arg(lowerLayerText(error.message)));
    });
}

int InferenceQueueDock::jobCount() const
{
    return m_tree->topLevelItemCount();
}

QString InferenceQueueDock::stateOf(quint64 id) const
{
    const QTreeWidgetItem *item = itemFor(id);
    return item ? item->text(StateColumn) : QString();
}

void InferenceQueueDock::setState(quint64 id, const QString &state, int percent)
{
    QTreeWidgetItem *item = itemFor(id);
    if (!item) {
        return;
    }
    item->setText(StateColumn, state);
    item->setToolTip(StateColumn, state);
    if (percent >= 0) {
        if (auto *bar = qobject_cast<QProgressBar *>(m_tree->itemWidget(item, ProgressColumn))) {
            bar->setValue(percent);
        }
    }
    const bool ended = percent == 100 || state.startsWith(tr("Cancelled")) || state.startsWith(tr("Failed"));
    if (ended) {
        if (QWidget *cancel = m_tree->itemWidget(item, CancelColumn)) {
            cancel->setEnabled(false);
        }
    }
}

void InferenceQueueDock::trimFinished()
{
    while (m_tree->topLevelItemCount() > maxFinishedShown) {
        QTreeWidgetItem *oldest = m_tree->takeTopLevelItem(m_tree->topLevelItemCount() - 1);
        m_items.remove(oldest->text(IdColumn).toULongLong());
        delete oldest;
    }
}

} // namespace oncoview::ui
