// SPDX-License-Identifier: Apache-2.0
#include "ui/chat/endpointpolicy.h"

// Qt
#include <QCoreApplication>
#include <QHostAddress>

namespace oncoview::chat {

namespace {

// lupdate files a free tr() call under its namespace: the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("oncoview::chat", text);
}

} // namespace

QUrl parseBaseUrl(const QString &text, QString *error)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        if (error) {
            *error = tr("No server address is set.");
        }
        return {};
    }
    if (!trimmed.contains(QLatin1String("://"))) {
        trimmed.prepend(QLatin1String("http://"));
    }
    QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        if (error) {
            *error = tr("\"%1\" is not an http:// or https:// server address.").arg(text.trimmed());
        }
        return {};
    }
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    // Users paste the OpenAI "base_url" (…/v1) as often as the server root.
    if (path.endsWith(QLatin1String("/v1"))) {
        path.chop(3);
    }
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl endpointUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(base.path() + path);
    return url;
}

bool isLoopbackHost(const QString &host)
{
    const QString lower = host.toLower();
    if (lower == QLatin1String("localhost") || lower.endsWith(QLatin1String(".localhost"))) {
        return true;
    }
    const QHostAddress address(lower.startsWith(QLatin1Char('[')) ? lower.mid(1, lower.size() - 2)
                                                                  : lower);
    return !address.isNull() && address.isLoopback();
}

QString endpointRefusal(const QUrl &base, bool allowInsecureRemote)
{
    if (!base.isValid() || base.host().isEmpty()) {
        return tr("No valid server address is set.");
    }
    if (base.scheme() == QLatin1String("http") && !isLoopbackHost(base.host())
        && !allowInsecureRemote) {
        return tr("Refusing to send to %1 over plain http://: the image and the API key would "
                  "travel unencrypted. Use https://, a server on this computer, or allow "
                  "unencrypted remote servers in the chat settings.")
            .arg(base.host());
    }
    return {};
}

QString endpointKey(const QUrl &base)
{
    return base
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                  | QUrl::StripTrailingSlash)
        .toString();
}

} // namespace oncoview::chat
