// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QCoreApplication>
#include <QImage>
#include <QSizeF>

// Local
#include "ui/report/casereport.h"

#include <memory>

class QPainter;
class QTextDocument;

namespace oncoview::ui {

// A case report laid out on A4 pages in the UI language: the same pages are painted into the
// dialog's preview and into the PDF (QPdfWriter), so what the user saw is what is saved. Every
// page carries a footer that says the report is not a diagnosis, with its page number.
// GUI thread (fonts).
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(oncoview::ui::ReportDocument)
public:
    explicit ReportDocument(const CaseReport &report);
    ~ReportDocument();

    int pageCount() const;
    // Page `index` (0-based) as an image at `dotsPerInch`, white background.
    QImage renderPage(int index, double dotsPerInch) const;
    // Writes the PDF atomically (written aside, then renamed); "" or a message naming the file.
    QString writePdf(const QString &path) const;
    // The report as HTML (images as report:// resources), for tests and copying.
    QString html() const { return m_html; }

    // A4 in layout units (CSS pixels, 96 per inch).
    static QSizeF pageSize();

private:
    void keepHeadingsWithContent();
    void paintPage(QPainter &painter, int index) const;

    CaseReport m_report;
    QString m_html;
    QImage m_layoutDevice; // fixes the layout at 96 dpi whatever the screen
    std::unique_ptr<QTextDocument> m_document;
};

// The report's HTML for `report`; images are referenced as report://figure/N and
// report://kinetics/N (reportdocument.cpp registers them).
QString caseReportHtml(const CaseReport &report);

} // namespace oncoview::ui
