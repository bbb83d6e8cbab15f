// SPDX-License-Identifier: Apache-2.0
// Messages from the readers and the inference layer, which have no tr(), reach the Chinese UI
// translated, with their file names and numbers intact.
#include <catch2/catch.hpp>

// Qt
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTranslator>

// Local
#include "inference/manifest.h"
#include "tests/ui/hantext.h"
#include "ui/i18n/lowerlayertext.h"
#include "viewers/mri/io/loaderror.h"
#include "viewers/mri/io/niftiloader.h"
#include "viewers/slide/openslidesource.h"

using namespace oncoview;
using oncoview::test::hasHan;

namespace {

// Real failures of the lower layers, each as the UI receives it.
QStringList realFailures(const QTemporaryDir &dir)
{
    QStringList messages;
    QString error;
    slide::OpenSlideSource::open(dir.filePath(QStringLiteral("missing %2.svs")), &error);
    messages << error;
    QFile junk(dir.filePath(QStringLiteral("junk.svs")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    slide::OpenSlideSource::open(junk.fileName(), &error);
    messages << error;

    QFile shortNifti(dir.filePath(QStringLiteral("short.nii")));
    REQUIRE(shortNifti.open(QIODevice::WriteOnly));
    shortNifti.write("not a header");
    shortNifti.close();
    try {
        mri::readNiftiInfo(shortNifti.fileName().toStdString());
    } catch (const mri::LoadError &e) {
        messages << QString::fromStdString(e.what());
    }
    messages << QString::fromStdString(
        inference::readManifest(dir.filePath(QStringLiteral("no-package")).toStdString()).error);
    return messages;
}

} // namespace

TEST_CASE("Every lower-layer sentence is translated in both Chinese catalogues", "[i18n]")
{
    const QStringList sentences = ui::lowerLayerSentences();
    REQUIRE(sentences.size() > 30);
    for (const char *locale : {"zh_HK", "zh_CN"}) {
        CAPTURE(locale);
        QTranslator translator;
        REQUIRE(translator.load(
            QStringLiteral(ONCOVIEW_QM_DIR "/oncoview_%1.qm").arg(QLatin1String(locale))));
        for (const QString &sentence : sentences) {
            CAPTURE(sentence.toStdString());
            const QString translated
                = translator.translate("oncoview::lower", sentence.toUtf8().constData());
            CHECK(hasHan(translated));
        }
    }
}

TEST_CASE("Real reader and package failures are shown in Chinese with their names intact", "[i18n]")
{
    QTemporaryDir dir;
    const QStringList failures = realFailures(dir);
    REQUIRE(failures.size() == 4);
    // In English a message is shown exactly as it came.
    for (const QString &failure : failures) {
        CAPTURE(failure.toStdString());
        REQUIRE_FALSE(failure.isEmpty());
        CHECK(ui::lowerLayerText(failure) == failure);
    }
    for (const char *locale : {"zh_HK", "zh_CN"}) {
        CAPTURE(locale);
        QTranslator translator;
        REQUIRE(translator.load(
            QStringLiteral(ONCOVIEW_QM_DIR "/oncoview_%1.qm").arg(QLatin1String(locale))));
        QCoreApplication::installTranslator(&translator);
        const QStringList shown = ui::lowerLayerTexts(failures);
        QCoreApplication::removeTranslator(&translator);
        for (int i = 0; i < failures.size(); ++i) {
            CAPTURE(failures[i].toStdString(), shown[i].toStdString());
            CHECK(hasHan(shown[i]));
        }
        // The file name, "%2" in it included, is carried over untouched.
        CHECK(shown[0].contains(QStringLiteral("missing %2.svs"))
              == failures[0].contains(QStringLiteral("missing %2.svs")));
        CHECK(shown[2].contains(QStringLiteral("short.nii")));
    }
}

TEST_CASE("A message the catalogue does not know is shown as it came", "[i18n]")
{
    const QString unknown = QStringLiteral("zlib: stream error 3 at byte 17");
    CHECK(ui::lowerLayerText(unknown) == unknown);
    CHECK(ui::lowerLayerText(std::string()).isEmpty());
    // A wrapped known reason is translated even behind a context the catalogue does not know.
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(ONCOVIEW_QM_DIR "/oncoview_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    const QString shown
        = ui::lowerLayerText(QStringLiteral("series 1.2.3: phase has 3 files, expected 4"));
    QCoreApplication::removeTranslator(&translator);
    CHECK(shown.startsWith(QStringLiteral("series 1.2.3")));
    CHECK(shown.contains(QLatin1Char('3')));
    CHECK(shown.contains(QLatin1Char('4')));
    CHECK(hasHan(shown));
}
