// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDockWidget>
#include <QHash>

class QTreeWidget;
class QTreeWidgetItem;

namespace oncoview::ui {

class InferenceService;

// Lists the inference engine's jobs with their state and progress, and cancels the one the
// user picks. Finished jobs stay listed (most recent first) so the user sees what happened.
// GUI thread only.
class InferenceQueueDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit InferenceQueueDock(InferenceService *inference, QWidget *parent = nullptr);

    int jobCount() const;
    QString stateOf(quint64 id) const;
    static constexpr int maxFinishedShown = 50;

private:
    QTreeWidgetItem *itemFor(quint64 id) const { return m_items.value(id); }
    void setState(quint64 id, const QString &state, int percent = -1);
    void trimFinished();

    InferenceService *m_inference;
    QTreeWidget *m_tree;
    QHash<quint64, QTreeWidgetItem *> m_items;
};

} // namespace oncoview::ui
