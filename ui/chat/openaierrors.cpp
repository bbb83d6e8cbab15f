// SPDX-License-Identifier: Apache-2.0
#include "ui/chat/openaierrors.h"

// Qt
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace oncoview::chat {

namespace {

// lupdate files a free tr() call under its namespace: the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("oncoview::chat", text);
}

QString hostPort(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

} // namespace

QString serverErrorMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        for (const char *key : {"error", "detail", "message"}) {
            const QJsonValue value = object.value(QLatin1String(key));
            if (value.isString()) {
                return value.toString();
            }
            if (value.isObject()) {
                const QString message = value.toObject().value(QLatin1String("message")).toString();
                if (!message.isEmpty()) {
                    return message;
                }
            }
        }
        return QString::fromUtf8(document.toJson(QJsonDocument::Compact)).left(300);
    }
    return QString::fromUtf8(body).simplified().left(300);
}

ChatError classifyHttpFailure(int status, const QByteArray &body, const QString &model,
                              const QUrl &url, bool requestHadImage)
{
    const QString detail = serverErrorMessage(body);
    const QString lower = detail.toLower();
    if (status == 401 || status == 403) {
        return {ChatErrorKind::Unauthorized,
                tr("The server at %1 rejected the API key (HTTP %2). Set the key in the chat "
                   "settings. Server said: %3")
                    .arg(hostPort(url))
                    .arg(status)
                    .arg(detail)};
    }
    if (status == 413) {
        return {ChatErrorKind::PayloadTooLarge,
                tr("The request is too large for the server at %1 (HTTP 413): the image or the "
                   "conversation exceeds its upload limit. Start a new conversation or raise "
                   "the server's limit. Server said: %2")
                    .arg(hostPort(url), detail)};
    }
    static const QRegularExpression modelMissing(
        QStringLiteral("model.*(not found|does not exist|not exist|unknown|no such|not "
                       "available|is not served|invalid)|(unknown|invalid|no such) model"));
    if ((status == 404 || status == 400 || status == 422) && modelMissing.match(lower).hasMatch()) {
        return {ChatErrorKind::UnknownModel,
                tr("The server at %1 does not serve a model named \"%2\". Check the model name "
                   "in the chat settings. Server said: %3")
                    .arg(hostPort(url), model, detail)};
    }
    static const QRegularExpression imageRefused(
        QStringLiteral("image|vision|multimodal|multi-modal|mmproj|image_url"));
    if ((status == 400 || status == 422 || status == 500) && requestHadImage
        && imageRefused.match(lower).hasMatch()) {
        return {ChatErrorKind::NoVision,
                tr("The model \"%1\" at %2 cannot take images: the view was not analysed. "
                   "Use a vision model (MedDr) or send the question without the view. Server "
                   "said: %3")
                    .arg(model, hostPort(url), detail)};
    }
    if (status == 404) {
        return {ChatErrorKind::ServerError,
                tr("%1 has no chat endpoint at %2 (HTTP 404): the address is not an "
                   "OpenAI-compatible server. Server said: %3")
                    .arg(hostPort(url), url.path(), detail)};
    }
    return {ChatErrorKind::ServerError,
            tr("The server at %1 answered HTTP %2: %3").arg(hostPort(url)).arg(status).arg(detail)};
}

ChatError classifyNetworkFailure(QNetworkReply::NetworkError error, const QString &errorString,
                                 const QUrl &url, bool streamStarted)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return {ChatErrorKind::ConnectionRefused,
                tr("Nothing is listening at %1 (connection refused). Is the chat server "
                   "running, and is the address right?")
                    .arg(hostPort(url))};
    case QNetworkReply::HostNotFoundError:
        return {ChatErrorKind::HostNotFound,
                tr("The server name \"%1\" cannot be found.").arg(url.host())};
    case QNetworkReply::TimeoutError:
        return {ChatErrorKind::Timeout,
                tr("The server at %1 did not answer in time.").arg(hostPort(url))};
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        if (streamStarted) {
            return {ChatErrorKind::BrokenStream,
                    tr("The connection to %1 was closed in the middle of the answer: the "
                       "answer is incomplete.")
                        .arg(hostPort(url))};
        }
        return {ChatErrorKind::BrokenStream,
                tr("The server at %1 closed the connection without answering.").arg(hostPort(url))};
    default:
        break;
    }
    return {streamStarted ? ChatErrorKind::BrokenStream : ChatErrorKind::Network,
            tr("Network error talking to %1: %2").arg(hostPort(url), errorString)};
}

} // namespace oncoview::chat
