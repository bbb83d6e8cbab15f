// SPDX-License-Identifier: Apache-2.0
// The case report (File > Case Report): laid out once, painted into the preview and the PDF;
// read back with poppler's pdftotext and pdftoppm, as another program (and a reader) sees it.
#include <catch2/catch.hpp>

// Qt
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// Local
#include "tests/support/prerequisite.h"
#include "tests/support/runtool.h"
#include "tests/ui/hantext.h"
#include "tests/viewers/mri/viewtestutil.h"
#include "ui/demoassets.h"
#include "ui/i18n/language.h"
#include "ui/inferenceservice.h"
#include "ui/mainwindow.h"
#include "ui/mri/measurementsidecar.h"
#include "ui/mrianalysis.h"
#include "ui/report/casereportdialog.h"
#include "ui/report/findingsdraft.h"
#include "ui/report/reportcontent.h"
#include "ui/report/reportdocument.h"
#include "ui/studyloader.h"
#include "viewers/mri/dcelayout.h"
#include "viewers/mri/kineticcurvewidget.h"
#include "viewers/mri/measuretool.h"
#include "viewers/mri/mriviewer.h"

using namespace oncoview;

namespace {

bool popplerOrSkip()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
        ONCOVIEW_SKIP_OR_FAIL("poppler-utils (pdftotext, pdftoppm) is not installed");
        return false;
    }
    return true;
}

// The PDF's text as poppler extracts it; ligature glyphs (ﬁ) read as their letters.
QString pdfText(const QString &pdf)
{
    return testing::runTool(QStringLiteral("pdftotext"),
                            {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC);
}

int pdfPages(const QString &pdf)
{
    const QString info = testing::runTool(QStringLiteral("pdfinfo"), {pdf});
    const int at = info.indexOf(QStringLiteral("Pages:"));
    return at < 0 ? -1 : info.mid(at + 6).section(QLatin1Char('\n'), 0, 0).trimmed().toInt();
}

// Page 1 as poppler draws it, at `dpi`.
QImage popplerPage(const QString &pdf, int dpi, const QString &outputBase)
{
    testing::runTool(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
                      QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                      QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, outputBase});
    return QImage(outputBase + QStringLiteral(".png"));
}

int countPixels(const QImage &image, const std::function<bool(QRgb)> &match)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            count += match(line[x]) ? 1 : 0;
        }
    }
    return count;
}

bool isRed(QRgb c)
{
    return qRed(c) > 200 && qGreen(c) < 70 && qBlue(c) < 70;
}

// A made-up case with every part a report can hold.
ui::CaseReport sampleCase()
{
    ui::CaseReport report;
    report.author = QStringLiteral("reader1");
    report.created = QDateTime(QDate(2026, 12, 7), QTime(9, 30));
    report.software = QStringLiteral("OncoView test");
    report.header = {{QStringLiteral("Patient"), QStringLiteral("DOE JANE"), true},
                     {QStringLiteral("Patient ID"), QStringLiteral("PID-4711"), true},
                     {QStringLiteral("Study"), QStringLiteral("MR BREAST BILATERAL"), false}};
    QImage figure(400, 300, QImage::Format_RGB32);
    figure.fill(QColor(30, 30, 30));
    QPainter(&figure).fillRect(100, 75, 200, 150, Qt::red);
    report.figures << ui::ReportFigure {figure, QStringLiteral("axial view: DCE phase 2")};
    report.measurements.columns = {QStringLiteral("#"), QStringLiteral("Size")};
    report.measurements.rows << QStringList {QStringLiteral("1"), QStringLiteral("12.5 mm")};
    QImage curve(320, 300, QImage::Format_RGB32);
    curve.fill(Qt::white);
    report.kinetics << ui::ReportFigure {curve, QStringLiteral("Curve type: wash-out")};
    ui::Explanation result;
    result.title = QStringLiteral("Breast MRI classifier");
    result.modelName = QStringLiteral("mome-demo 0.1");
    result.scores = {{QStringLiteral("Malignancy"), {{QStringLiteral("malignant"), 0.731}}}};
    result.reasons = {QStringLiteral("DCE carried most of the decision.")};
    result.provenance = {QStringLiteral("package sha256 abc123")};
    report.results << result;
    report.explanations << ui::ExplanationDetails {QStringLiteral("Explanation map"),
                                                   QStringLiteral("Integrated gradients"),
                                                   {QStringLiteral("Hot spot in the left breast.")},
                                                   {},
                                                   {}};
    report.chat << ui::ReportChatMessage {true, QStringLiteral("Is the rim enhancing?"), {}, {}}
                << ui::ReportChatMessage {
                       false, QStringLiteral("Yes, irregular rim."), QStringLiteral("meddr"), {}};
    report.findings.text = QStringLiteral("Irregular enhancing mass, left breast.");
    report.findings.aiDrafted = true;
    report.findings.draftModel = QStringLiteral("meddr at http://127.0.0.1:1");
    return report;
}

} // namespace

TEST_CASE("A case report PDF reads back with its header, marks, tables and images", "[report]")
{
    if (!popplerOrSkip()) {
        return;
    }
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("case.pdf"));
    const ui::ReportDocument document(sampleCase());
    REQUIRE(document.writePdf(pdf).isEmpty());
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    for (const char *expected :
         {"Case report", "DOE JANE", "PID-4711", "MR BREAST BILATERAL", "AI-drafted.",
          "Irregular enhancing mass, left breast.", "12.5 mm", "Curve type: wash-out",
          "mome-demo 0.1", "Not a validated clinical model.", "malignant 73.1 %",
          "DCE carried most of the decision.", "Hot spot in the left breast.",
          "Is the rim enhancing?", "Yes, irregular rim.", "nothing here is a diagnosis",
          "AI results are not a diagnosis"}) {
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
    // A section heading is never left at a page's foot without its picture.
    const QString firstPage
        = testing::runTool(QStringLiteral("pdftotext"),
                           {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                            QStringLiteral("1"), pdf, QStringLiteral("-")});
    CHECK(firstPage.contains(QStringLiteral("Kinetic curves"))
          == firstPage.contains(QStringLiteral("Curve type: wash-out")));
    const int pages = pdfPages(pdf);
    CHECK(pages == document.pageCount());
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));

    // The page as poppler draws it holds the red lesion of the snapshot, as large as in the
    // preview the dialog paints from the same layout.
    const QImage poppler = popplerPage(pdf, 50, dir.filePath(QStringLiteral("page")));
    REQUIRE(!poppler.isNull());
    const QImage preview = document.renderPage(0, 50);
    CHECK(std::abs(poppler.width() - preview.width()) <= 2);
    const int redPdf = countPixels(poppler, isRed);
    const int redPreview = countPixels(preview, isRed);
    CHECK(redPreview > 300);
    CHECK(redPdf > redPreview * 0.8);
    CHECK(redPdf < redPreview * 1.25);
    poppler.save(QStringLiteral(ONCOVIEW_TEST_OUTPUT_DIR "/case-report-page1.png"));
}

TEST_CASE("Approved findings lose the AI-drafted mark and keep who drafted them", "[report]")
{
    if (!popplerOrSkip()) {
        return;
    }
    ui::CaseReport report = sampleCase();
    report.findings.approved = true;
    report.findings.approvedBy = QStringLiteral("reader1");
    report.findings.approvedAt = report.created;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("approved.pdf"));
    REQUIRE(ui::ReportDocument(report).writePdf(pdf).isEmpty());
    const QString text = pdfText(pdf).simplified();
    INFO(text.toStdString());
    CHECK_FALSE(text.contains(QStringLiteral("AI-drafted.")));
    CHECK(text.contains(QStringLiteral("Reviewed and approved by reader1")));
    CHECK(text.contains(QStringLiteral("A first draft was written by meddr")));
}

TEST_CASE("A report is refused whole where it cannot be written", "[report]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("missing/case.pdf"));
    const QString error = ui::ReportDocument(sampleCase()).writePdf(pdf);
    CHECK(error.contains(QStringLiteral("missing")));
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("The findings draft sends the case's data but not who the patient is", "[report]")
{
    const QString facts = ui::findingsFacts(sampleCase());
    INFO(facts.toStdString());
    CHECK_FALSE(facts.contains(QStringLiteral("DOE JANE")));
    CHECK_FALSE(facts.contains(QStringLiteral("PID-4711")));
    CHECK(facts.contains(QStringLiteral("MR BREAST BILATERAL")));
    CHECK(facts.contains(QStringLiteral("12.5 mm")));
    CHECK(facts.contains(QStringLiteral("NOT a validated clinical model")));
    CHECK(facts.contains(QStringLiteral("malignant 73.1%")));
    CHECK(facts.contains(QStringLiteral("Curve type: wash-out")));
    const chat::ChatRequest zh
        = ui::findingsDraftRequest(sampleCase(), QLocale(QStringLiteral("zh_HK")));
    REQUIRE(zh.turns.size() == 1);
    CHECK(zh.turns.front().imagePng.isEmpty());
    CHECK(zh.turns.front().text.contains(QStringLiteral("Traditional Chinese")));
}

TEST_CASE("A report in Simplified Chinese has Chinese text in its PDF", "[report][i18n]")
{
    if (!popplerOrSkip()) {
        return;
    }
    const QLocale before;
    auto *translator = new QTranslator(qApp);
    REQUIRE(translator->load(QStringLiteral("oncoview_zh_CN"), QStringLiteral(ONCOVIEW_QM_DIR)));
    QCoreApplication::installTranslator(translator);
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("zh.pdf"));
    const QString error = ui::ReportDocument(sampleCase()).writePdf(pdf);
    QCoreApplication::removeTranslator(translator);
    delete translator;
    QLocale::setDefault(before);
    REQUIRE(error.isEmpty());
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(test::hasHan(text));
    CHECK_FALSE(text.contains(QStringLiteral("Case report")));
    CHECK_FALSE(text.contains(QStringLiteral("Not a validated clinical model")));
}

TEST_CASE("The real breast study's header reads from its tags, the field strength in tesla",
          "[report][shared]")
{
    const QString study = QStringLiteral(ONCOVIEW_SHARED_DATA "/dicom/breast_dce_ucsf_br06");
    if (!QDir(study).exists()) {
        ONCOVIEW_SKIP_OR_FAIL("the shared breast DCE study is missing");
        return;
    }
    const ui::LoadedStudy loaded = ui::readStudy(study);
    REQUIRE(!loaded.series.empty());
    const QList<ui::ReportField> header = ui::studyHeader(*loaded.series.front(), QString());
    QStringList lines;
    for (const ui::ReportField &field : header) {
        lines << field.label + QStringLiteral(": ") + field.value
                + (field.identifiesPatient ? QStringLiteral(" (identifying)") : QString());
    }
    const QString text = lines.join(QLatin1Char('\n'));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Patient ID: UCSF-BR-06 (identifying)")));
    CHECK(text.contains(QStringLiteral("Patient: 06 Breast-MRI-NACT-Pilot (identifying)")));
    CHECK(text.contains(QStringLiteral("Study date: ")
                        + QLocale().toString(QDate(1991, 8, 8), QLocale::LongFormat)));
    // GE Genesis Signa stores 15000 (gauss): the header says 1.5 T.
    CHECK(text.contains(QStringLiteral("Scanner: GE MEDICAL SYSTEMS GENESIS_SIGNA, 1.5 T")));
}

TEST_CASE("File > Case Report on the demo shows its views, result and measurements",
          "[gui][demo][report]")
{
    if (!mri::test::openGlOrSkip() || !popplerOrSkip()) {
        return;
    }
    const ui::DemoPaths demo {QStringLiteral(ONCOVIEW_TEST_DEMO_DIR)};
    ui::InferenceService inference;
    ui::MainWindow window(&inference);
    window.mriAnalysis()->setModelPackage(demo.momePackage());
    window.resize(1600, 1000);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openStudy(demo.study());
    REQUIRE(QTest::qWaitFor([&] { return window.allViewsReady(); }, 120000));
    REQUIRE(QTest::qWaitFor([&] { return !window.mriAnalysis()->isBusy(); }, 120000));
    window.analyzeStudy();
    REQUIRE(QTest::qWaitFor([&] { return !window.mriAnalysis()->isBusy(); }, 120000));
    mri::Measurement distance;
    distance.a = {-20, 10, 0};
    distance.b = {20, 10, 0};
    window.mriViewer()->measureTool(mri::MprOrientation::Axial)->setMeasurements({distance}, true);

    std::unique_ptr<ui::CaseReportDialog> dialog(window.openCaseReport());
    const ui::CaseReport report = dialog->report();
    CHECK(report.figures.size() >= 3); // three planes (and 3D where it renders)
    CHECK(report.measurements.rows.size() == 1);
    CHECK(report.results.size() >= 1);
    CHECK(dialog->previewPageCount() >= 1);
    QSignalSpy previewed(dialog.get(), &ui::CaseReportDialog::previewUpdated);
    dialog->findingsEditor()->setPlainText(QStringLiteral("No suspicious enhancement."));
    dialog->setFindingsApproved(true);
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    REQUIRE(QTest::qWaitFor([&] { return previewed.count() > 0; }, 5000)); // follows the edit
    dialog->grab().save(QStringLiteral(ONCOVIEW_TEST_OUTPUT_DIR "/case-report-dialog.png"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("demo.pdf"));
    REQUIRE(dialog->savePdf(pdf).isEmpty());
    const QString text = pdfText(pdf).simplified();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Series shown")));
    CHECK(text.contains(QStringLiteral("40.0 mm")));
    CHECK(text.contains(QStringLiteral("Not a validated clinical model.")));
    CHECK(text.contains(QStringLiteral("No suspicious enhancement.")));
    CHECK(text.contains(QStringLiteral("Reviewed and approved by")));
    popplerPage(pdf, 60, QStringLiteral(ONCOVIEW_TEST_OUTPUT_DIR "/case-report-demo"));
    // In the DCE reading layout the report offers its panels and the kinetic curve at the
    // cursor, with the curve's reading as caption.
    window.setMriLayout(ui::MainWindow::MriLayout::Dce);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return window.dceLayout()->isReady() && window.dceLayout()->curveWidget()->hasCurve();
        },
        240000));
    const ui::CaseReport dce = window.caseReportCandidates();
    CHECK(dce.figures.size() == 2);
    REQUIRE(dce.kinetics.size() == 1);
    CHECK(dce.kinetics.front().caption.contains(QStringLiteral("Initial:")));
    CHECK(dce.kinetics.front().image.width() >= 2 * window.dceLayout()->curveWidget()->width());
    window.setMriLayout(ui::MainWindow::MriLayout::Mpr);

    // The measurement is not left in the user's data for the next test.
    window.mriViewer()->measureTool(mri::MprOrientation::Axial)->setMeasurements({}, true);
}
