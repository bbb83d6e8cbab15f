// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace oncoview::ui {

// Status-bar strip for one long task: what is happening, how far, and a cancel button.
// GUI thread only; worker threads reach it through queued signals.
class TaskProgress : public QWidget
{
    Q_OBJECT
public:
    explicit TaskProgress(QWidget *parent = nullptr);

    void start(const QString &what);
    void setProgress(int percent, const QString &detail = {});
    void finish();

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace oncoview::ui
