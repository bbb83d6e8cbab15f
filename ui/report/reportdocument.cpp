// SPDX-License-Identifier: Apache-2.0
#include "ui/report/reportdocument.h"

// Qt
#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QUrl>

#include <cmath>

namespace oncoview::ui {

namespace {

constexpr double kLayoutDpi = 96.0;
constexpr double kMarginMm = 16.0;
constexpr double kFooterMm = 9.0; // below the text, inside the bottom margin

double mmToLayout(double mm)
{
    return mm / 25.4 * kLayoutDpi;
}

QUrl figureUrl(const QString &kind, int index)
{
    return QUrl(QStringLiteral("report://%1/%2").arg(kind).arg(index));
}

} // namespace

QSizeF ReportDocument::pageSize()
{
    return QPageSize(QPageSize::A4).size(QPageSize::Inch) * kLayoutDpi;
}

ReportDocument::ReportDocument(const CaseReport &report)
    : m_report(report)
    , m_html(caseReportHtml(report))
    , m_layoutDevice(1, 1, QImage::Format_RGB32)
    , m_document(std::make_unique<QTextDocument>())
{
    const int dotsPerMeter = int(std::lround(kLayoutDpi / 0.0254));
    m_layoutDevice.setDotsPerMeterX(dotsPerMeter);
    m_layoutDevice.setDotsPerMeterY(dotsPerMeter);
    m_document->documentLayout()->setPaintDevice(&m_layoutDevice);
    QFont font = m_document->defaultFont();
    font.setPointSizeF(9.5);
    m_document->setDefaultFont(font);
    for (int i = 0; i < report.figures.size(); ++i) {
        m_document->addResource(QTextDocument::ImageResource,
                                figureUrl(QStringLiteral("figure"), i), report.figures[i].image);
    }
    for (int i = 0; i < report.kinetics.size(); ++i) {
        m_document->addResource(QTextDocument::ImageResource,
                                figureUrl(QStringLiteral("kinetics"), i), report.kinetics[i].image);
    }
    m_document->setHtml(m_html);
    // The page margins are the root frame's: the layout then keeps them on every page, as
    // QTextDocument::print does.
    QTextFrameFormat frame = m_document->rootFrame()->frameFormat();
    frame.setLeftMargin(mmToLayout(kMarginMm));
    frame.setRightMargin(mmToLayout(kMarginMm));
    frame.setTopMargin(mmToLayout(kMarginMm));
    frame.setBottomMargin(mmToLayout(kMarginMm + kFooterMm));
    m_document->rootFrame()->setFrameFormat(frame);
    m_document->setPageSize(pageSize());
    keepHeadingsWithContent();
}

void ReportDocument::keepHeadingsWithContent()
{
    // A section heading left at the foot of a page while its first table row or picture went
    // to the next page starts that next page instead. Top to bottom: each move shifts what
    // follows, and the layout is asked again for every heading.
    const double pageHeight = pageSize().height();
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() < 2) {
            continue;
        }
        // The section's first block with something in it (a table cell may open with an
        // empty block; a picture is the object character).
        QTextBlock content = block.next();
        while (content.isValid() && content.text().trimmed().isEmpty()
               && content.blockFormat().headingLevel() == 0) {
            content = content.next();
        }
        if (!content.isValid() || content.blockFormat().headingLevel() > 0) {
            continue;
        }
        const int headingPage = int(layout->blockBoundingRect(block).top() / pageHeight);
        const int contentPage = int(layout->blockBoundingRect(content).bottom() / pageHeight);
        if (contentPage > headingPage) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
        }
    }
}

ReportDocument::~ReportDocument() = default;

int ReportDocument::pageCount() const
{
    return m_document->pageCount();
}

void ReportDocument::paintPage(QPainter &painter, int index) const
{
    const QSizeF page = pageSize();
    painter.save();
    painter.translate(0, -index * page.height());
    m_document->drawContents(&painter, QRectF(QPointF(0, index * page.height()), page));
    painter.restore();

    // The footer: what this is not, and where the reader is.
    // In layout pixels, not points: a point size would be taken at the PDF's 300 dpi and then
    // scaled again with the page.
    QFont font = m_document->defaultFont();
    font.setPixelSize(10);
    painter.setFont(font);
    painter.setPen(QColor(90, 90, 90));
    const double margin = mmToLayout(kMarginMm);
    const QRectF footer(margin, page.height() - margin - mmToLayout(kFooterMm) / 2,
                        page.width() - 2 * margin, mmToLayout(kFooterMm));
    painter.drawLine(QLineF(footer.topLeft(), footer.topRight()));
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                     tr("OncoView case report · AI results are not a diagnosis"));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                     tr("Page %1 of %2").arg(index + 1).arg(pageCount()));
}

QImage ReportDocument::renderPage(int index, double dotsPerInch) const
{
    const double scale = dotsPerInch / kLayoutDpi;
    const QSizeF page = pageSize() * scale;
    QImage image(int(std::ceil(page.width())), int(std::ceil(page.height())), QImage::Format_RGB32);
    const int dotsPerMeter = int(std::lround(dotsPerInch / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    if (index < 0 || index >= pageCount()) {
        return image;
    }
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    paintPage(painter, index);
    return image;
}

QString ReportDocument::writePdf(const QString &path) const
{
    if (!QFileInfo(path).absoluteDir().exists()) {
        return tr("Cannot write %1: the folder does not exist.")
            .arg(QDir::toNativeSeparators(path));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, {}));
        writer.setResolution(300);
        writer.setCreator(m_report.software);
        writer.setTitle(tr("Case report"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return tr("Cannot write %1: the PDF could not be started.")
                .arg(QDir::toNativeSeparators(path));
        }
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                               | QPainter::SmoothPixmapTransform);
        const double scale = writer.resolution() / kLayoutDpi;
        for (int index = 0; index < pageCount(); ++index) {
            if (index > 0) {
                writer.newPage();
            }
            painter.save();
            painter.scale(scale, scale);
            paintPage(painter, index);
            painter.restore();
        }
        painter.end();
    }
    if (!file.commit()) {
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

} // namespace oncoview::ui
