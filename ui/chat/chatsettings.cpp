// SPDX-License-Identifier: Apache-2.0
#include "ui/chat/chatsettings.h"

// Qt
#include <QSettings>

namespace oncoview::chat {

ChatSettings ChatSettings::load()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("chat"));
    ChatSettings loaded;
    loaded.baseUrl = settings.value(QStringLiteral("baseUrl")).toString();
    loaded.useLocalModel = settings.value(QStringLiteral("useLocalModel"), false).toBool();
    loaded.localPackage = settings.value(QStringLiteral("localPackage")).toString();
    loaded.model = settings.value(QStringLiteral("model"), loaded.model).toString();
    loaded.systemPrompt
        = settings.value(QStringLiteral("systemPrompt"), loaded.systemPrompt).toString();
    loaded.maxTokens = settings.value(QStringLiteral("maxTokens"), loaded.maxTokens).toInt();
    loaded.allowInsecureRemote
        = settings.value(QStringLiteral("allowInsecureRemote"), false).toBool();
    loaded.approvedEndpoints = settings.value(QStringLiteral("approvedEndpoints")).toStringList();
    return loaded;
}

void ChatSettings::save() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("chat"));
    settings.setValue(QStringLiteral("baseUrl"), baseUrl.trimmed());
    settings.setValue(QStringLiteral("useLocalModel"), useLocalModel);
    settings.setValue(QStringLiteral("localPackage"), localPackage.trimmed());
    settings.setValue(QStringLiteral("model"), model.trimmed());
    settings.setValue(QStringLiteral("systemPrompt"), systemPrompt);
    settings.setValue(QStringLiteral("maxTokens"), maxTokens);
    settings.setValue(QStringLiteral("allowInsecureRemote"), allowInsecureRemote);
    settings.setValue(QStringLiteral("approvedEndpoints"), approvedEndpoints);
}

} // namespace oncoview::chat
