// SPDX-License-Identifier: Apache-2.0
#include "ui/chat/chatbackend.h"

// Qt
#include <QMetaObject>

namespace oncoview::chat {

void ChatBackend::probe()
{
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT probed(QString()); }, Qt::QueuedConnection);
}

double ChatFinish::tokensPerSecond() const
{
    const int tokens = usage.valid() ? usage.completionTokens : deltaCount;
    // One token has no generation interval; rates over a few ms are noise.
    if (tokens < 2 || generationSeconds < 1e-3) {
        return 0.0;
    }
    return double(tokens - 1) / generationSeconds;
}

} // namespace oncoview::chat
