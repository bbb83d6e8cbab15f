// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace oncoview::testing {

// Runs the event loop until `done` or `timeoutMs`; true when done.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = 5000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// The image_url data URLs in a chat request body.
inline QStringList imageUrlsInBody(const QByteArray &body)
{
    QStringList urls;
    const QJsonArray messages
        = QJsonDocument::fromJson(body).object().value(QLatin1String("messages")).toArray();
    for (const QJsonValue &message : messages) {
        for (const QJsonValue &part :
             message.toObject().value(QLatin1String("content")).toArray()) {
            const QJsonObject object = part.toObject();
            if (object.value(QLatin1String("type")).toString() == QLatin1String("image_url")) {
                urls << object.value(QLatin1String("image_url"))
                            .toObject()
                            .value(QLatin1String("url"))
                            .toString();
            }
        }
    }
    return urls;
}

// Decodes a data:image/png;base64 URL.
inline QImage imageFromDataUrl(const QString &url)
{
    const qsizetype comma = url.indexOf(QLatin1Char(','));
    return QImage::fromData(QByteArray::fromBase64(url.mid(comma + 1).toLatin1()), "PNG");
}

} // namespace oncoview::testing
