// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace oncoview::ui {

class AuditLog;

// Help > Audit Log: every recorded analysis, export and chat question, newest first, with a
// text filter and a filter by kind; says whether the hash chain is intact; exports CSV.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditLogDialog(const AuditLog *log, QWidget *parent = nullptr);

    void reload();
    // What the chain check says, as shown.
    QString verificationText() const;
    int visibleRows() const;
    void setTextFilter(const QString &text);
    // "" (all), "analysis", "explanation", "export" or "chat".
    void setKindFilter(const QString &prefix);
    // Writes the entries as CSV; "" or why not.
    QString exportCsv(const QString &path) const;

private:
    const AuditLog *m_log;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_byKind;
    QSortFilterProxyModel *m_byText;
    QTableView *m_table;
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QLabel *m_verification;
};

} // namespace oncoview::ui
