// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QStringList>
#include <QToolBar>

// Local
#include "ui/session/sessionrecord.h"

class QLabel;
class QPushButton;

namespace oncoview::ui {

// The bar across the top of the window after OncoView ended abnormally: says so, offers to
// reopen what was open (the study, the slide and the layout: annotations then come back through
// their own recovery) and to show the crash report. It never blocks the window, so a scripted
// start (--screenshot) is not held up. Dismissed, it is gone for good.
class RestoreBar : public QToolBar
{
    Q_OBJECT
public:
    RestoreBar(const SessionSnapshot &previous, const QStringList &crashReports,
               QWidget *parent = nullptr);

    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *reportButton() const { return m_report; }
    QPushButton *dismissButton() const { return m_dismiss; }
    QString message() const;

Q_SIGNALS:
    void restoreRequested(const oncoview::ui::SessionSnapshot &previous);

private:
    void showReport();

    SessionSnapshot m_previous;
    QStringList m_reports;
    QLabel *m_label;
    QPushButton *m_restore;
    QPushButton *m_report;
    QPushButton *m_dismiss;
};

} // namespace oncoview::ui
