// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QString>
#include <QStringList>

// Local
#include "ui/chat/chattypes.h"

namespace oncoview::chat {

// The chat backend settings kept in QSettings (group "chat"). The API key is NOT here: it lives
// in the system keychain (SecretStore), because QSettings files are plain text.
struct ChatSettings
{
    QString baseUrl; // as typed; empty = not configured
    // Answer with a causal LM package on this computer (inference/llm) instead of the server.
    bool useLocalModel = false;
    QString localPackage; // package folder (manifest.json, task causal-lm)
    QString model = QStringLiteral("meddr");
    QString systemPrompt = QString::fromLatin1(kMedDrSystemPrompt);
    int maxTokens = 512;
    bool allowInsecureRemote = false;
    // Endpoints (endpointKey()) the user confirmed after seeing exactly what is sent.
    QStringList approvedEndpoints;

    bool isConfigured() const
    {
        return useLocalModel ? !localPackage.trimmed().isEmpty() : !baseUrl.trimmed().isEmpty();
    }

    static ChatSettings load();
    void save() const;
};

} // namespace oncoview::chat
