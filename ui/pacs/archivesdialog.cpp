// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/archivesdialog.h"

// Qt
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

// Local
#include "ui/pacs/pacsclient.h"
#include "ui/pacs/pacsserverform.h"

namespace oncoview::ui {

void testArchive(const PacsServer &server, QObject *context,
                 const std::function<void(const QString &problem)> &done)
{
    auto *probe = PacsClient::create(server, context);
    QObject::connect(probe, &PacsClient::connectionTested, context, [probe, done] {
        probe->deleteLater();
        done({});
    });
    QObject::connect(probe, &PacsClient::failed, context, [probe, done](const QString &why) {
        probe->deleteLater();
        done(why);
    });
    probe->testConnection();
}

ArchivesDialog::ArchivesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Archives"));
    m_form = new PacsServerForm(this);
    m_status = new QLabel(tr("Choose an archive by name, or type a new name to set one up."), this);
    m_status->setWordWrap(true);
    connect(m_form, &PacsServerForm::notice, m_status, &QLabel::setText);
    connect(m_form, &PacsServerForm::testRequested, this, &ArchivesDialog::test);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &ArchivesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(760, 320)));
}

QString ArchivesDialog::status() const
{
    return m_status->text();
}

bool ArchivesDialog::save()
{
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        m_status->setText(problem);
        return false;
    }
    m_form->save();
    m_status->setText(tr("%1 is saved.").arg(m_form->server().name));
    return true;
}

void ArchivesDialog::test()
{
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    const PacsServer shown = m_form->server();
    m_status->setText(tr("Testing %1…").arg(shown.displayName()));
    testArchive(shown, this, [this, where = shown.displayName()](const QString &problem) {
        m_status->setText(problem.isEmpty() ? tr("%1 answers with these settings.").arg(where)
                                            : problem);
    });
}

} // namespace oncoview::ui
