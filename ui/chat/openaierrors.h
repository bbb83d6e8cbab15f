// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QByteArray>
#include <QNetworkReply>
#include <QUrl>

// Local
#include "ui/chat/chattypes.h"

namespace oncoview::chat {

// The message in an OpenAI-style error body ({"error":{"message":...}}, {"error":"..."},
// {"detail":...} from FastAPI servers such as LMDeploy and vLLM, or {"message":...}); else the
// body text itself, shortened.
QString serverErrorMessage(const QByteArray &body);

// A non-200 answer in words a clinician can act on. The body decides between an unknown model
// and a wrong address (both come as 404 or 400), and recognises a text-only model refusing an
// image.
ChatError classifyHttpFailure(int status, const QByteArray &body, const QString &model,
                              const QUrl &url, bool requestHadImage);

// A transport failure (no HTTP answer, or the connection died).
ChatError classifyNetworkFailure(QNetworkReply::NetworkError error, const QString &errorString,
                                 const QUrl &url, bool streamStarted);

} // namespace oncoview::chat
