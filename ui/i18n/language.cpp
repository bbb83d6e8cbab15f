// SPDX-License-Identifier: Apache-2.0
#include "ui/i18n/language.h"

// Qt
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace oncoview::ui {

namespace {

const QString settingsKey = QStringLiteral("ui/language");
const QString hongKong = QStringLiteral("zh_HK");
const QString mainland = QStringLiteral("zh_CN");

bool isKnownCode(const QString &code)
{
    for (const UiLanguage &language : uiLanguages()) {
        if (language.code == code) {
            return true;
        }
    }
    return false;
}

} // namespace

QList<UiLanguage> uiLanguages()
{
    return {
        {QString(), QCoreApplication::translate("oncoview::ui", "System Language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {hongKong, QStringLiteral("繁體中文 (香港)")},
        {mainland, QStringLiteral("简体中文")},
    };
}

QString languageSetting()
{
    const QString code = QSettings().value(settingsKey).toString();
    return isKnownCode(code) ? code : QString();
}

void setLanguageSetting(const QString &code)
{
    QSettings settings;
    if (code.isEmpty() || !isKnownCode(code)) {
        settings.remove(settingsKey);
    } else {
        settings.setValue(settingsKey, code);
    }
}

QLocale uiLocaleFor(const QString &setting, const QLocale &system)
{
    const QLocale chosen = setting.isEmpty() ? system : QLocale(setting);
    if (chosen.language() != QLocale::Chinese) {
        return QLocale(QLocale::English, QLocale::UnitedStates);
    }
    // The script decides, then the territory: zh_TW is Traditional without saying so.
    const bool traditional = chosen.script() == QLocale::TraditionalHanScript
        || chosen.territory() == QLocale::Taiwan || chosen.territory() == QLocale::HongKong
        || chosen.territory() == QLocale::Macao;
    return QLocale(traditional ? hongKong : mainland);
}

QString qtCatalogueFor(const QLocale &ui)
{
    if (ui.language() != QLocale::Chinese) {
        return {};
    }
    return ui.territory() == QLocale::HongKong ? QStringLiteral("qtbase_zh_TW")
                                               : QStringLiteral("qtbase_zh_CN");
}

QStringList installTranslations(QCoreApplication &app, const QLocale &ui, const QString &ourDir)
{
    QLocale::setDefault(ui);
    QStringList loaded;
    if (ui.language() != QLocale::Chinese) {
        return loaded; // the sources are English
    }
    auto *ours = new QTranslator(&app);
    const QString ourName = QStringLiteral("oncoview_") + ui.name();
    if (ours->load(ourName, ourDir)) {
        QCoreApplication::installTranslator(ours);
        loaded << ourName;
    } else {
        delete ours;
    }
    auto *qt = new QTranslator(&app);
    const QString qtName = qtCatalogueFor(ui);
    if (qt->load(qtName, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        loaded << qtName;
    } else {
        delete qt;
    }
    return loaded;
}

} // namespace oncoview::ui
