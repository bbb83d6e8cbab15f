// SPDX-License-Identifier: Apache-2.0
#include "ui/taskprogress.h"

// Qt
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace oncoview::ui {

TaskProgress::TaskProgress(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setRange(0, 100);
    m_bar->setFixedWidth(160);
    m_cancel->setText(tr("Cancel"));
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling…"));
        Q_EMIT cancelRequested();
    });
    hide();
}

void TaskProgress::start(const QString &what)
{
    m_label->setText(what);
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    show();
}

void TaskProgress::setProgress(int percent, const QString &detail)
{
    m_bar->setValue(percent);
    if (!detail.isEmpty()) {
        m_label->setText(detail);
    }
}

void TaskProgress::finish()
{
    hide();
}

} // namespace oncoview::ui
