// SPDX-License-Identifier: Apache-2.0
// The UI language: the user's choice or the system's, Traditional Chinese locales shown in
// zh_HK, Qt's own dialogs translated, the choice kept, and a restart that reopens the case.
#include <catch2/catch.hpp>

// Qt
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <QXmlStreamReader>

// Local
#include "tests/support/prerequisite.h"
#include "ui/i18n/language.h"
#include "ui/i18n/languagemenu.h"
#include "ui/session/sessionrecord.h"

using namespace oncoview;

TEST_CASE("The UI locale follows the choice, else the system, with Chinese variants mapped",
          "[i18n]")
{
    const auto shown = [](const char *setting, const char *system) {
        return ui::uiLocaleFor(QString::fromLatin1(setting), QLocale(QString::fromLatin1(system)))
            .name();
    };
    CHECK(shown("", "zh_HK") == QLatin1String("zh_HK"));
    CHECK(shown("", "zh_TW") == QLatin1String("zh_HK"));
    CHECK(shown("", "zh_MO") == QLatin1String("zh_HK"));
    CHECK(shown("", "zh_Hant") == QLatin1String("zh_HK"));
    CHECK(shown("", "zh_CN") == QLatin1String("zh_CN"));
    CHECK(shown("", "zh_SG") == QLatin1String("zh_CN"));
    CHECK(shown("", "fr_FR") == QLatin1String("en_US"));
    CHECK(shown("", "C") == QLatin1String("en_US"));
    // The user's choice wins over the system either way.
    CHECK(shown("en", "zh_HK") == QLatin1String("en_US"));
    CHECK(shown("zh_CN", "de_DE") == QLatin1String("zh_CN"));
    CHECK(shown("zh_HK", "zh_CN") == QLatin1String("zh_HK"));

    CHECK(ui::qtCatalogueFor(QLocale(QStringLiteral("zh_HK"))) == QLatin1String("qtbase_zh_TW"));
    CHECK(ui::qtCatalogueFor(QLocale(QStringLiteral("zh_CN"))) == QLatin1String("qtbase_zh_CN"));
    CHECK(ui::qtCatalogueFor(QLocale(QStringLiteral("en_US"))).isEmpty());
}

TEST_CASE("The language choice is kept and unknown values read as the system's", "[i18n]")
{
    QSettings().remove(QStringLiteral("ui/language"));
    CHECK(ui::languageSetting().isEmpty());
    ui::setLanguageSetting(QStringLiteral("zh_HK"));
    CHECK(ui::languageSetting() == QLatin1String("zh_HK"));
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
    CHECK(ui::languageSetting().isEmpty());
    ui::setLanguageSetting(QString());
    CHECK_FALSE(QSettings().contains(QStringLiteral("ui/language")));
}

TEST_CASE("OncoView's and Qt's catalogues load for both Chinese UIs", "[i18n]")
{
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(qtDir + QStringLiteral("/qtbase_zh_TW.qm"))) {
        ONCOVIEW_SKIP_OR_FAIL("Qt's translations are not installed (qt6-translations-l10n)");
        return;
    }
    const QLocale before;
    for (const char *name : {"zh_HK", "zh_CN"}) {
        CAPTURE(name);
        const QStringList loaded = ui::installTranslations(
            *qApp, QLocale(QString::fromLatin1(name)), QStringLiteral(ONCOVIEW_QM_DIR));
        CHECK(loaded.size() == 2);
        CHECK(QLocale().name() == QLatin1String(name));
        // Qt's own buttons: "Cancel" in a QDialogButtonBox comes from qtbase.
        CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    CHECK(ui::installTranslations(*qApp, QLocale(QStringLiteral("en_US")),
                                  QStringLiteral(ONCOVIEW_QM_DIR))
              .isEmpty());
    QLocale::setDefault(before);
}

TEST_CASE("Choosing a language keeps it and says it takes effect at the next start", "[i18n]")
{
    QSettings().remove(QStringLiteral("ui/language"));
    ui::LanguageMenu menu;
    const QList<QAction *> actions = menu.actions();
    REQUIRE(actions.size() == 4);
    CHECK(actions.front()->isChecked()); // the system's language
    QAction *simplified = menu.findChild<QAction *>(QStringLiteral("language-zh_CN"));
    REQUIRE(simplified);
    CHECK(simplified->text() == QStringLiteral("简体中文"));
    simplified->trigger();
    CHECK(ui::languageSetting() == QLatin1String("zh_CN"));
    CHECK(simplified->isChecked());
    CHECK(menu.lastNotice().contains(QStringLiteral("简体中文")));
    // Chosen elsewhere (Edit > Preferences): the menu ticks it when it opens.
    ui::setLanguageSetting(QStringLiteral("zh_HK"));
    Q_EMIT menu.aboutToShow();
    CHECK(menu.findChild<QAction *>(QStringLiteral("language-zh_HK"))->isChecked());
    CHECK_FALSE(simplified->isChecked());
    ui::setLanguageSetting(QString());
}

TEST_CASE("A restart reopens the study, the slide and the DCE layout", "[i18n]")
{
    ui::SessionSnapshot snapshot;
    CHECK(ui::reopenArguments(snapshot).isEmpty());
    snapshot.study = QStringLiteral("/data/study");
    snapshot.slide = QStringLiteral("/data/a b.svs");
    snapshot.dceLayout = true;
    CHECK(ui::reopenArguments(snapshot)
          == QStringList {QStringLiteral("--layout"), QStringLiteral("dce"),
                          QStringLiteral("/data/study"), QStringLiteral("/data/a b.svs")});
}

TEST_CASE("No translation is unfinished in either catalogue", "[i18n]")
{
    for (const char *name : {"oncoview_zh_HK.ts", "oncoview_zh_CN.ts"}) {
        CAPTURE(name);
        QFile file(QStringLiteral(ONCOVIEW_TS_DIR "/") + QLatin1String(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement) {
                continue;
            }
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                    || type == QLatin1String("obsolete") || text.trimmed().isEmpty()) {
                    unfinished << source;
                }
            }
        }
        INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
        REQUIRE_FALSE(xml.hasError());
        CHECK(messages > 500);
        INFO(unfinished.join(QLatin1Char('\n')).toStdString());
        CHECK(unfinished.isEmpty());
    }
}
