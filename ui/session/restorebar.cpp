// SPDX-License-Identifier: Apache-2.0
#include "ui/session/restorebar.h"

// Qt
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace oncoview::ui {

RestoreBar::RestoreBar(const SessionSnapshot &previous, const QStringList &crashReports,
                       QWidget *parent)
    : QToolBar(tr("Restore session"), parent)
    , m_previous(previous)
    , m_reports(crashReports)
    , m_label(new QLabel(this))
    , m_restore(new QPushButton(tr("Reopen"), this))
    , m_report(new QPushButton(tr("Crash report…"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("restoreBar"));
    setMovable(false);
    setFloatable(false);
    setStyleSheet(QStringLiteral("QToolBar#restoreBar { background: #5a4a12; }"
                                 "QToolBar#restoreBar QLabel { color: #fff2c8; padding: 4px; }"));

    QStringList open;
    if (!previous.study.isEmpty()) {
        open << tr("the study %1").arg(QFileInfo(previous.study).fileName());
    }
    if (!previous.slide.isEmpty()) {
        open << tr("the slide %1").arg(QFileInfo(previous.slide).fileName());
    }
    QString text = crashReports.isEmpty()
        ? tr("OncoView did not close normally last time (%1).")
              .arg(QLocale().toString(previous.updated, QLocale::ShortFormat))
        : tr("OncoView crashed last time (%1); a report was saved without patient data.")
              .arg(QLocale().toString(previous.updated, QLocale::ShortFormat));
    if (!open.isEmpty()) {
        text += QLatin1Char(' ') + tr("Reopen %1?").arg(open.join(tr(" and ")));
    }
    m_label->setText(text);
    m_label->setAccessibleName(text);
    addWidget(m_label);
    m_restore->setObjectName(QStringLiteral("restoreSession"));
    m_restore->setAccessibleDescription(
        tr("Opens again what was open when OncoView ended; unsaved annotations are then offered "
           "from their recovery files"));
    // A toolbar shows or hides a widget through the action that holds it.
    addWidget(m_restore)->setVisible(previous.hasContent());
    m_report->setObjectName(QStringLiteral("showCrashReport"));
    addWidget(m_report)->setVisible(!crashReports.isEmpty());
    m_dismiss->setObjectName(QStringLiteral("dismissRestore"));
    addWidget(m_dismiss);

    connect(m_restore, &QPushButton::clicked, this, [this] {
        Q_EMIT restoreRequested(m_previous);
        deleteLater();
    });
    connect(m_report, &QPushButton::clicked, this, &RestoreBar::showReport);
    connect(m_dismiss, &QPushButton::clicked, this, &QObject::deleteLater);
}

QString RestoreBar::message() const
{
    return m_label->text();
}

void RestoreBar::showReport()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Crash report"));
    auto *layout = new QVBoxLayout(dialog);
    auto *intro = new QLabel(tr("Saved in %1. It names the signal, the versions, your last "
                                "actions and the program's stack; no patient data and no file "
                                "paths. Attach it to a bug report.")
                                 .arg(QFileInfo(m_reports.last()).absolutePath()),
                             dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("crashReportText"));
    text->setReadOnly(true);
    QFile file(m_reports.last());
    if (file.open(QIODevice::ReadOnly)) {
        text->setPlainText(QString::fromUtf8(file.read(1 << 20)));
    }
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, text,
            [text] { QGuiApplication::clipboard()->setText(text->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(760, 520);
    dialog->show();
}

} // namespace oncoview::ui
