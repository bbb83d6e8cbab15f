// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDockWidget>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QTextBrowser;

namespace oncoview::ui {

class XaiControls;

// One AI result as the user should read it: what model, how trustworthy, what it said, why.
struct Explanation
{
    QString title;        // e.g. "Breast MRI classifier"
    QString modelName;    // package name and version
    bool validated = false;
    QString intendedUse;  // from the manifest, shown verbatim
    // Output name -> (label -> probability), in manifest order.
    QList<QPair<QString, QList<QPair<QString, double>>>> scores;
    QList<QPair<QString, double>> contributions; // e.g. modality -> gate weight
    // Exact Shapley values per input, in probability points of the positive class (signed).
    QString shapleyOf; // which probability they explain, e.g. "malignancy"
    QList<QPair<QString, double>> shapley;
    QStringList reasons;  // plain sentences derived from the outputs
    QString validationNote; // why the "not validated" label stays (e.g. signature absent)
    QStringList provenance; // package sha256, device, time, exact inputs: one line each
    double seconds = 0.0;
    QString device;
};

// A text explanation of a result (an explanation map's reading): what it explains, a heading,
// plain lines, warnings shown first and the checks' small print.
struct ExplanationDetails
{
    QString what;
    QString heading;
    QStringList lines;
    QStringList warnings;
    QStringList smallPrint;
};

// Lists explanations for every AI result; heatmap overlays live in the viewers.
// GUI thread only.
class ExplanationsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ExplanationsDock(QWidget *parent = nullptr);

    void showPending(const QString &what);
    void showExplanation(const Explanation &explanation);
    void showFailure(const QString &what, const QString &message);
    // A title and a plain sentence, e.g. how to start an analysis.
    void showMessage(const QString &what, const QString &message);
    // An entry of plain sentences: a heading, lines, flagged warnings and small print.
    void showDetails(const QString &what, const QString &heading, const QStringList &lines,
                     const QStringList &warnings, const QStringList &smallPrint);
    XaiControls *mapControls() const { return m_controls; }
    QString plainText() const;
    // What is shown now, newest first, for the case report: results and text explanations
    // (an entry replaced by a pending run or a failure is gone from these too).
    const QList<Explanation> &results() const { return m_results; }
    const QList<ExplanationDetails> &details() const { return m_details; }

private:
    void setEntry(const QString &what, const QString &html);

    XaiControls *m_controls;
    QTextBrowser *m_view;
    QList<QPair<QString, QString>> m_entries; // title -> HTML, newest first
    QList<Explanation> m_results;
    QList<ExplanationDetails> m_details;
};

} // namespace oncoview::ui
