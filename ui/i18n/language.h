// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace oncoview::ui {

// A language the user can choose (View > Language). An empty code follows the system.
struct UiLanguage
{
    QString code; // "", "en", "zh_HK", "zh_CN"
    QString name; // in its own language, so a user who cannot read the current UI finds it
};

QList<UiLanguage> uiLanguages();

// The choice kept in QSettings ("ui/language"); unknown values read as "follow the system".
QString languageSetting();
void setLanguageSetting(const QString &code);

// The locale the UI is shown in: the user's choice, else the system's. Traditional Chinese
// (zh_TW, zh_MO, any zh-Hant) is shown in zh_HK and Simplified (zh_SG, any zh-Hans) in zh_CN;
// every other language in English, the language the sources are written in.
QLocale uiLocaleFor(const QString &setting, const QLocale &system);

// The base name of Qt's own catalogue for that locale ("qtbase_zh_TW" for zh_HK: Qt ships
// Traditional Chinese as zh_TW only); empty for English.
QString qtCatalogueFor(const QLocale &ui);

// Installs OncoView's catalogue (from ourDir) and Qt's (from Qt's translation path) for the
// locale, and makes it the default locale so numbers and dates follow. Returns what was
// loaded, for the log and the tests.
QStringList installTranslations(QCoreApplication &app, const QLocale &ui, const QString &ourDir);

} // namespace oncoview::ui
