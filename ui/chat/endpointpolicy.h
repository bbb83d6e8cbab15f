// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QString>
#include <QUrl>

namespace oncoview::chat {

// Parses what the user typed as the server address ("http://gpu01:23333", "localhost:8080/v1")
// into a base URL without a trailing "/v1"; an invalid address gives an empty URL and *error.
QUrl parseBaseUrl(const QString &text, QString *error = nullptr);

// base + "/v1/..." or another server path such as "/props".
QUrl endpointUrl(const QUrl &base, const QString &path);

// localhost, 127.0.0.0/8 and ::1. Names are not resolved: a name is remote unless it is
// "localhost" (a DNS answer must not decide where images go).
bool isLoopbackHost(const QString &host);

// Empty when images and questions may go to `base`; else why not. Plain http:// to a remote
// host sends the image and the API key readable by anyone on the path, so it needs the user's
// explicit permission (allowInsecureRemote).
QString endpointRefusal(const QUrl &base, bool allowInsecureRemote);

// Identity of an endpoint for the "first send" confirmation: scheme, host, port and path.
QString endpointKey(const QUrl &base);

} // namespace oncoview::chat
