// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QByteArray>
#include <QImage>
#include <QJsonObject>

// Local
#include "ui/chat/chattypes.h"

namespace oncoview::chat {

// The view as the model will see it: letterboxed (aspect kept, black bars) into side x side
// and PNG-encoded. Only these pixels leave the machine — no file, no DICOM header, no metadata
// (QImage writes none unless asked). Empty when `view` is null.
QByteArray encodeImageForModel(const QImage &view, int side = kMedDrImageSide);

// The JSON body of POST /v1/chat/completions for `request`: system prompt, the turns, and the
// image as a base64 `data:image/png` URL in an `image_url` content part before the question
// (MedDr's prompt puts the image first). MedDr takes one image per conversation, so only the
// most recent image goes out; older turns keep their text. Streams with usage reporting.
QJsonObject buildChatCompletionBody(const ChatRequest &request, const QString &model);

// The body as the user is shown it before the first send to a new endpoint: indented JSON
// with each data URL elided to "data:image/png;base64,<N bytes elided>", so what is left is
// exactly the text that will be sent.
QByteArray elidedRequestPreview(const QJsonObject &body);

// Images that buildChatCompletionBody() puts in the body (0 or 1).
int imageCountInBody(const QJsonObject &body);

} // namespace oncoview::chat
