// SPDX-License-Identifier: Apache-2.0
// Messages built by free functions (exports, chat errors, explanation text) reach the Chinese
// UI: their translate() context must be the one lupdate files them under.
#include <catch2/catch.hpp>

// Qt
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUrl>

// Local
#include "tests/ui/hantext.h"
#include "ui/analysis/explanationtext.h"
#include "ui/chat/endpointpolicy.h"
#include "ui/chat/openaierrors.h"
#include "ui/slide/attentionexport.h"

using namespace oncoview;
using oncoview::test::hasHan;

TEST_CASE("Messages built outside widgets are translated in the Chinese UI", "[i18n]")
{
    for (const char *locale : {"zh_HK", "zh_CN"}) {
        CAPTURE(locale);
        QTranslator translator;
        REQUIRE(translator.load(
            QStringLiteral(ONCOVIEW_QM_DIR "/oncoview_%1.qm").arg(QLatin1String(locale))));
        QCoreApplication::installTranslator(&translator);
        QTemporaryDir dir;
        const QString exportError = ui::exportAttention({}, dir.filePath(QStringLiteral("x.png")));
        CHECK(hasHan(exportError));
        QString urlError;
        chat::parseBaseUrl(QString(), &urlError);
        CHECK(hasHan(urlError));
        const chat::ChatError http = chat::classifyHttpFailure(
            401, {}, QStringLiteral("meddr"), QUrl(QStringLiteral("http://127.0.0.1:1")), false);
        CHECK(hasHan(http.message));
        ui::MriMapResult empty;
        empty.sides.emplace_back();
        empty.sides.front().map.dhw = {1, 1, 1};
        empty.sides.front().map.values = {0.0f};
        empty.sides.front().map.label = "malignant";
        const ui::ExplanationText text = ui::explanationText(empty);
        INFO(text.lines.join(QLatin1Char('\n')).toStdString());
        CHECK(hasHan(text.lines.join(QLatin1Char('\n'))));
        QCoreApplication::removeTranslator(&translator);
    }
}
