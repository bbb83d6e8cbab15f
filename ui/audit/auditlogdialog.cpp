// SPDX-License-Identifier: Apache-2.0
#include "ui/audit/auditlogdialog.h"

// Qt
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

// Local
#include "ui/audit/auditlog.h"

namespace oncoview::ui {

namespace {
enum Column { Time, User, Action, Outcome, Detail, Package, Endpoint, Inputs, ColumnCount };
}

AuditLogDialog::AuditLogDialog(const AuditLog *log, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_byKind(new QSortFilterProxyModel(this))
    , m_byText(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_verification(new QLabel(this))
{
    setWindowTitle(tr("Audit Log"));
    setObjectName(QStringLiteral("audit-log-dialog"));
    resize(1100, 600);
    m_model->setHorizontalHeaderLabels({tr("Time (UTC)"), tr("User"), tr("Action"), tr("Outcome"),
                                        tr("Detail"), tr("Model SHA-256"), tr("Endpoint"),
                                        tr("Inputs (SHA-256)")});
    m_byKind->setSourceModel(m_model);
    m_byKind->setFilterKeyColumn(Action);
    m_byText->setSourceModel(m_byKind);
    m_byText->setFilterKeyColumn(-1); // any column
    m_byText->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_byText);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Time, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Audit log entries"));

    m_filter->setPlaceholderText(tr("Filter: any text, e.g. failed, a user or a hash"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the audit log"));
    m_kind->addItem(tr("All actions"), QString());
    m_kind->addItem(tr("Analyses"), QStringLiteral("analysis"));
    m_kind->addItem(tr("Explanations"), QStringLiteral("explanation"));
    m_kind->addItem(tr("Exports"), QStringLiteral("export"));
    m_kind->addItem(tr("Chat"), QStringLiteral("chat"));
    m_kind->setAccessibleName(tr("Kind of action"));
    connect(m_filter, &QLineEdit::textChanged, this, &AuditLogDialog::setTextFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { setKindFilter(m_kind->currentData().toString()); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_kind);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refresh = buttons->addButton(tr("&Reload"), QDialogButtonBox::ActionRole);
    QPushButton *exportButton
        = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, &AuditLogDialog::reload);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export audit log"),
            QDir::home().filePath(QStringLiteral("oncoview-audit.csv")), tr("CSV tables (*.csv)"));
        if (!path.isEmpty()) {
            if (const QString error = exportCsv(path); !error.isEmpty()) {
                QMessageBox::warning(this, windowTitle(), error);
            }
        }
    });
    m_verification->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verification);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    reload();
}

void AuditLogDialog::reload()
{
    m_model->removeRows(0, m_model->rowCount());
    for (const AuditEntry &e : m_log->entries()) {
        QList<QStandardItem *> row;
        for (const QString &text :
             {e.time.toString(Qt::ISODate), e.user, e.action, e.outcome, e.detail,
              e.packageSha256.left(16), e.endpoint, e.inputs.join(QLatin1Char(' '))}) {
            row << new QStandardItem(text);
        }
        row[Package]->setToolTip(e.packageSha256);
        row[Inputs]->setToolTip(e.inputs.join(QLatin1Char('\n')));
        m_model->appendRow(row);
    }
    const AuditVerification check = m_log->verify();
    m_verification->setText(
        check.intact()
            ? tr("<span style='color:#8fd18f'>The chain of %n entry(s) is intact: none was "
                 "changed, inserted or removed.</span>",
                 nullptr, check.entries)
            : tr("<span style='color:#ff8a80'><b>The audit log was altered:</b> %1.</span>")
                  .arg(check.problem.toHtmlEscaped()));
    m_table->resizeColumnsToContents();
}

QString AuditLogDialog::verificationText() const
{
    return m_verification->text();
}

int AuditLogDialog::visibleRows() const
{
    return m_byText->rowCount();
}

void AuditLogDialog::setTextFilter(const QString &text)
{
    m_byText->setFilterFixedString(text);
}

void AuditLogDialog::setKindFilter(const QString &prefix)
{
    m_byKind->setFilterRegularExpression(
        prefix.isEmpty()
            ? QString()
            : QStringLiteral("^") + QRegularExpression::escape(prefix) + QStringLiteral("\\."));
}

QString AuditLogDialog::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(auditCsv(m_log->entries()).toUtf8()) < 0
        || !file.commit()) {
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    return {};
}

} // namespace oncoview::ui
