// SPDX-License-Identifier: Apache-2.0
#include "ui/chat/openairequest.h"

// Qt
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>

namespace oncoview::chat {

namespace {

const QString kDataUrlPrefix = QStringLiteral("data:image/png;base64,");

QJsonValue elideDataUrls(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text.startsWith(QLatin1String("data:image/"))) {
            const qsizetype comma = text.indexOf(QLatin1Char(','));
            return QStringLiteral("%1<%2 base64 characters of the image shown below, elided>")
                .arg(text.left(comma + 1))
                .arg(text.size() - comma - 1);
        }
        return value;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray()) {
            array.append(elideDataUrls(item));
        }
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            it.value() = elideDataUrls(it.value());
        }
        return object;
    }
    return value;
}

} // namespace

QByteArray encodeImageForModel(const QImage &view, int side)
{
    if (view.isNull() || side <= 0) {
        return {};
    }
    QImage square(side, side, QImage::Format_RGB888);
    square.fill(Qt::black);
    const QImage scaled = view.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPainter painter(&square);
    painter.drawImage((side - scaled.width()) / 2, (side - scaled.height()) / 2, scaled);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    square.save(&buffer, "PNG");
    return png;
}

QJsonObject buildChatCompletionBody(const ChatRequest &request, const QString &model)
{
    // Only the latest image is sent: MedDr (InternVL 1.2) was trained on one image per dialogue.
    qsizetype imageTurn = -1;
    for (qsizetype i = qsizetype(request.turns.size()) - 1; i >= 0; --i) {
        if (request.turns[size_t(i)].role == ChatRole::User
            && !request.turns[size_t(i)].imagePng.isEmpty()) {
            imageTurn = i;
            break;
        }
    }
    QJsonArray messages;
    if (!request.systemPrompt.isEmpty()) {
        messages.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("system")},
                                     {QStringLiteral("content"), request.systemPrompt}});
    }
    for (qsizetype i = 0; i < qsizetype(request.turns.size()); ++i) {
        const ChatTurn &turn = request.turns[size_t(i)];
        const QString role
            = turn.role == ChatRole::User ? QStringLiteral("user") : QStringLiteral("assistant");
        if (i != imageTurn) {
            messages.append(QJsonObject {{QStringLiteral("role"), role},
                                         {QStringLiteral("content"), turn.text}});
            continue;
        }
        const QString url = kDataUrlPrefix + QString::fromLatin1(turn.imagePng.toBase64());
        const QJsonArray parts {
            QJsonObject {{QStringLiteral("type"), QStringLiteral("image_url")},
                         {QStringLiteral("image_url"), QJsonObject {{QStringLiteral("url"), url}}}},
            QJsonObject {{QStringLiteral("type"), QStringLiteral("text")},
                         {QStringLiteral("text"), turn.text}}};
        messages.append(
            QJsonObject {{QStringLiteral("role"), role}, {QStringLiteral("content"), parts}});
    }
    QJsonObject body {
        {QStringLiteral("model"), model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), true},
        {QStringLiteral("stream_options"), QJsonObject {{QStringLiteral("include_usage"), true}}},
        {QStringLiteral("max_tokens"), request.maxTokens},
        {QStringLiteral("temperature"), request.temperature},
    };
    if (!request.stop.isEmpty()) {
        // OpenAI allows at most 4 stop sequences; the reader strips any others that leak.
        body.insert(QStringLiteral("stop"), QJsonArray::fromStringList(request.stop.mid(0, 4)));
    }
    return body;
}

QByteArray elidedRequestPreview(const QJsonObject &body)
{
    return QJsonDocument(elideDataUrls(body).toObject()).toJson(QJsonDocument::Indented);
}

int imageCountInBody(const QJsonObject &body)
{
    int count = 0;
    for (const QJsonValue &message : body.value(QLatin1String("messages")).toArray()) {
        for (const QJsonValue &part :
             message.toObject().value(QLatin1String("content")).toArray()) {
            count += part.toObject().value(QLatin1String("type")).toString()
                == QLatin1String("image_url");
        }
    }
    return count;
}

} // namespace oncoview::chat
