// SPDX-License-Identifier: Apache-2.0
// File > Save View Image and Copy View Image: one view at screen or twice its resolution, with
// or without its overlays, rendered anew rather than enlarged. File > Export Slide Region.
#include <catch2/catch.hpp>

// Qt
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QImageReader>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Local
#include "tests/viewers/mri/viewtestutil.h"
#include "ui/annotations/annotationdock.h"
#include "ui/audit/auditlog.h"
#include "ui/audit/auditlogdialog.h"
#include "ui/demoassets.h"
#include "ui/export/viewimage.h"
#include "ui/export/viewimagedialog.h"
#include "ui/inferenceservice.h"
#include "ui/mainwindow.h"
#include "ui/slide/regionexportdialog.h"
#include "viewers/mri/mprorientation.h"
#include "viewers/mri/mprview.h"
#include "viewers/mri/mriviewer.h"
#include "viewers/slide/annotations/annotationmodel.h"
#include "viewers/slide/openslidesource.h"
#include "viewers/slide/slideview.h"

using namespace oncoview;

namespace {

// Pixels whose channels differ: MR slices are grey, overlays (crosshair, labels) coloured.
int colouredPixels(const QImage &image)
{
    int count = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const int r = qRed(line[x]), g = qGreen(line[x]), b = qBlue(line[x]);
            count += std::max({std::abs(r - g), std::abs(g - b), std::abs(r - b)}) > 24 ? 1 : 0;
        }
    }
    return count;
}

// How far a 2x image is from an enlarged 1x one: the share of horizontal neighbour pairs
// (2x, 2x+1) that differ. Enlarged pixel by pixel, none would.
double finerDetail(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    qint64 differing = 0, pairs = 0;
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x + 1 < grey.width(); x += 2) {
            differing += std::abs(int(line[x]) - int(line[x + 1])) > 2 ? 1 : 0;
            ++pairs;
        }
    }
    return pairs ? double(differing) / pairs : 0.0;
}

// Mean absolute difference between a 2x image scaled down and the 1x one (0..255).
double meanDifference(const QImage &twice, const QImage &once)
{
    const QImage a = twice.scaled(once.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                         .convertToFormat(QImage::Format_Grayscale8);
    const QImage b = once.convertToFormat(QImage::Format_Grayscale8);
    qint64 sum = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            sum += std::abs(int(a.constScanLine(y)[x]) - int(b.constScanLine(y)[x]));
        }
    }
    return double(sum) / (qint64(a.width()) * a.height());
}

} // namespace

TEST_CASE("A view saves at screen and twice its resolution, with and without overlays",
          "[gui][demo][export]")
{
    if (!mri::test::openGlOrSkip()) {
        return;
    }
    const ui::DemoPaths demo {QStringLiteral(ONCOVIEW_TEST_DEMO_DIR)};
    ui::InferenceService inference;
    ui::MainWindow window(&inference);
    window.resize(1600, 1000);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.activeView() == nullptr);
    window.openStudy(demo.study());
    window.openSlide(demo.slide());
    REQUIRE(QTest::qWaitFor([&] { return window.allViewsReady(); }, 120000));

    mri::MprView *axial = window.mriViewer()->mprView(mri::MprOrientation::Axial);
    CHECK(window.activeView() == axial); // nothing clicked: the main MRI view
    const QSize screen = (QSizeF(axial->size()) * axial->devicePixelRatioF()).toSize();
    QString error;
    const QImage once = ui::renderViewImage(axial, {1.0, true}, &error);
    const QImage twice = ui::renderViewImage(axial, {2.0, true}, &error);
    const QImage plain = ui::renderViewImage(axial, {1.0, false}, &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(once.isNull());
    REQUIRE_FALSE(twice.isNull());
    REQUIRE_FALSE(plain.isNull());
    CHECK(once.size() == screen);
    CHECK(twice.size() == screen * 2);
    // The same field of view, rendered with finer pixels rather than enlarged.
    CHECK(meanDifference(twice, once) < 12.0);
    CHECK(finerDetail(twice) > 0.02);
    // Overlays (crosshair, orientation letters, labels) are coloured; the slice alone is grey.
    CHECK(colouredPixels(once) > 200);
    CHECK(colouredPixels(plain) == 0);
    // The screen's own frame is untouched by the capture: the view renders at its size again.
    REQUIRE(QTest::qWaitFor([&] { return !axial->grabFramebuffer().isNull(); }, 5000));
    CHECK(axial->grabFramebuffer().size() == screen);

    // The slide view: read again at twice the resolution, the annotations only with overlays.
    slide::SlideView *slideView = window.slideView();
    QApplication::setActiveWindow(&window); // no window manager under Xvfb to do it
    slideView->setFocus(Qt::MouseFocusReason);
    REQUIRE(QTest::qWaitFor([&] { return window.activeView() == slideView; }, 2000));
    const QImage slideOnce = ui::renderViewImage(slideView, {1.0, true}, &error);
    const QImage slideTwice = ui::renderViewImage(slideView, {2.0, false}, &error);
    REQUIRE_FALSE(slideOnce.isNull());
    REQUIRE_FALSE(slideTwice.isNull());
    const QSize slideScreen = (QSizeF(slideView->size()) * slideView->devicePixelRatioF()).toSize();
    CHECK(slideOnce.size() == slideScreen);
    CHECK(slideTwice.size() == slideScreen * 2);
    CHECK(meanDifference(slideTwice, slideOnce) < 20.0);
    // Kept for a look: the test output folder holds the last run's captures.
    twice.save(QStringLiteral(ONCOVIEW_TEST_OUTPUT_DIR "/view-axial-2x.png"));
    slideTwice.save(QStringLiteral(ONCOVIEW_TEST_OUTPUT_DIR "/view-slide-2x-plain.png"));

    // Saved as PNG through the dialog, and copied with the remembered choice.
    QTemporaryDir dir;
    ui::ViewImageDialog dialog(axial, window.viewName(axial), &window);
    dialog.setOptions({2.0, false});
    const QString path = dir.filePath(QStringLiteral("axial.png"));
    CHECK(dialog.saveTo(path).isEmpty());
    QImageReader reader(path);
    CHECK(reader.format() == "png");
    CHECK(reader.size() == screen * 2);
    CHECK(ui::ViewImageOptions::remembered().scale == 2.0);
    CHECK_FALSE(ui::ViewImageOptions::remembered().overlays);
    CHECK(ui::copyViewImage(axial).isEmpty());
    CHECK(QApplication::clipboard()->image().size() == screen * 2);
    // A folder that cannot be written gives a message naming the file.
    const QString bad = dir.filePath(QStringLiteral("missing/axial.png"));
    CHECK(dialog.saveTo(bad).contains(bad));
    QSettings().remove(QStringLiteral("export"));
}

TEST_CASE("The selected annotation's region exports at the chosen µm/px in the background",
          "[gui][demo][export]")
{
    const ui::DemoPaths demo {QStringLiteral(ONCOVIEW_TEST_DEMO_DIR)};
    ui::InferenceService inference;
    ui::MainWindow window(&inference);
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.openRegionExport() == nullptr); // no slide yet
    window.openSlide(demo.slide());
    REQUIRE(QTest::qWaitFor([&] { return window.allViewsReady(); }, 120000));

    slide::AnnotationModel *model = window.annotations()->model();
    REQUIRE(model);
    const QRectF box(4000, 3000, 3000, 2000);
    const QStringList ids
        = model->add(QList<slide::Annotation> {slide::Annotation::rectangle(box)});
    REQUIRE(ids.size() == 1);
    model->setSelection(ids);

    std::unique_ptr<ui::RegionExportDialog> dialog(window.openRegionExport());
    REQUIRE(dialog);
    CHECK(dialog->area() == box);
    const auto mpp = window.slideView()->source()->micronsPerPixel();
    REQUIRE(mpp);
    dialog->setResolution(mpp->width() * 10); // a tenth of full resolution
    CHECK(dialog->downsample() == Approx(10.0));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roi.tif"));
    QSignalSpy finished(dialog.get(), &ui::RegionExportDialog::finished);
    dialog->startExport(path);
    CHECK(dialog->isRunning());
    REQUIRE(finished.wait(60000));
    CHECK(finished.front().at(1).toString().isEmpty());
    CHECK_FALSE(finished.front().at(2).toBool());
    QString error;
    const auto written = slide::OpenSlideSource::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(written);
    CHECK(written->levelSize(0) == QSize(300, 200));
    CHECK(written->micronsPerPixel()->width() == Approx(mpp->width() * 10).epsilon(1e-4));

    // The export is in the audit log, the slide only as a hash; the log viewer shows, filters
    // and exports it.
    const std::vector<ui::AuditEntry> audit = window.auditLog()->entries();
    REQUIRE_FALSE(audit.empty());
    CHECK(audit.back().action == QLatin1String("export.slide-region"));
    CHECK(audit.back().outcome == QLatin1String("succeeded"));
    CHECK(audit.back().inputs == QStringList {ui::hashIdentifier(demo.slide())});
    CHECK_FALSE(audit.back().detail.contains(dir.path()));
    ui::AuditLogDialog viewer(window.auditLog());
    CHECK(viewer.verificationText().contains(QStringLiteral("intact")));
    const int all = viewer.visibleRows();
    CHECK(all == int(audit.size()));
    viewer.setKindFilter(QStringLiteral("chat"));
    const int chats = viewer.visibleRows();
    viewer.setKindFilter(QStringLiteral("export"));
    CHECK(viewer.visibleRows() >= 1);
    CHECK(viewer.visibleRows() + chats <= all);
    viewer.setTextFilter(QStringLiteral("slide-region"));
    CHECK(viewer.visibleRows() >= 1);
    viewer.setTextFilter(QStringLiteral("no entry has this text"));
    CHECK(viewer.visibleRows() == 0);
    const QString csv = dir.filePath(QStringLiteral("audit.csv"));
    CHECK(viewer.exportCsv(csv).isEmpty());
    CHECK(QFileInfo(csv).size() > 100);
}
