// SPDX-License-Identifier: Apache-2.0
#include "ui/i18n/languagemenu.h"

// Qt
#include <QActionGroup>
#include <QMessageBox>
#include <QPushButton>

// Local
#include "ui/i18n/language.h"

namespace oncoview::ui {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("language-menu"));
    const QString current = languageSetting();
    for (const UiLanguage &language : uiLanguages()) {
        QAction *action = m_group->addAction(language.name);
        action->setCheckable(true);
        action->setChecked(language.code == current);
        action->setObjectName(
            QStringLiteral("language-")
            + (language.code.isEmpty() ? QStringLiteral("system") : language.code));
        connect(action, &QAction::triggered, this, [this, code = language.code] { choose(code); });
        addAction(action);
    }
    // The setting may have changed elsewhere (Edit > Preferences): the tick follows it.
    connect(this, &QMenu::aboutToShow, this, [this] {
        const QString chosen = languageSetting();
        const QList<UiLanguage> languages = uiLanguages();
        for (int i = 0; i < languages.size() && i < m_group->actions().size(); ++i) {
            m_group->actions()[i]->setChecked(languages[i].code == chosen);
        }
    });
}

void LanguageMenu::choose(const QString &code)
{
    setLanguageSetting(code);
    const QLocale wanted = uiLocaleFor(code, QLocale::system());
    if (wanted.name() == QLocale().name()) {
        m_lastNotice.clear();
        return;
    }
    QString name = wanted.nativeLanguageName();
    for (const UiLanguage &language : uiLanguages()) {
        if (language.code == wanted.name()) {
            name = language.name;
        }
    }
    m_lastNotice = tr("OncoView will be shown in %1 from its next start.").arg(name);
    // Not modal: the window stays usable, and the user may carry on and restart later.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"), m_lastNotice,
                                QMessageBox::NoButton, parentWidget());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("language-restart"));
    QPushButton *restart = box->addButton(tr("Restart Now"), QMessageBox::AcceptRole);
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    connect(restart, &QPushButton::clicked, this, &LanguageMenu::restartRequested);
    box->open();
}

} // namespace oncoview::ui
