// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/pacsservers.h"

// Qt
#include <QPointer>
#include <QSettings>

// Local
#include "ui/chat/secretstore.h"

namespace oncoview::ui::pacsservers {

namespace {

const auto listKey = QStringLiteral("pacs/servers");
const auto lastKey = QStringLiteral("pacs/lastServer");

QString protocolName(PacsServer::Protocol protocol)
{
    return protocol == PacsServer::Protocol::Dimse ? QStringLiteral("dimse")
                                                   : QStringLiteral("dicomweb");
}

QString authName(PacsServer::Auth auth)
{
    switch (auth) {
    case PacsServer::Auth::Basic:
        return QStringLiteral("basic");
    case PacsServer::Auth::Bearer:
        return QStringLiteral("bearer");
    case PacsServer::Auth::None:
        break;
    }
    return QStringLiteral("none");
}

PacsServer read(const QSettings &settings)
{
    PacsServer server;
    server.name = settings.value(QStringLiteral("name")).toString();
    server.protocol
        = settings.value(QStringLiteral("protocol")).toString() == QLatin1String("dimse")
        ? PacsServer::Protocol::Dimse
        : PacsServer::Protocol::DicomWeb;
    server.baseUrl = QUrl(settings.value(QStringLiteral("url")).toString());
    server.user = settings.value(QStringLiteral("user")).toString();
    const QString auth = settings.value(QStringLiteral("auth")).toString();
    server.auth = auth == QLatin1String("bearer") ? PacsServer::Auth::Bearer
        : auth == QLatin1String("basic")          ? PacsServer::Auth::Basic
                                                  : PacsServer::Auth::None;
    server.host = settings.value(QStringLiteral("host")).toString();
    server.port = quint16(settings.value(QStringLiteral("port"), 104).toUInt());
    server.calledAe = settings.value(QStringLiteral("calledAe")).toString();
    server.callingAe
        = settings.value(QStringLiteral("callingAe"), QStringLiteral("ONCOVIEW")).toString();
    server.retrieve = settings.value(QStringLiteral("retrieve")).toString() == QLatin1String("move")
        ? PacsServer::Retrieve::Move
        : PacsServer::Retrieve::Get;
    server.storePort = quint16(settings.value(QStringLiteral("storePort"), 11112).toUInt());
    server.timeoutMs
        = std::clamp(settings.value(QStringLiteral("timeoutMs"), 30000).toInt(), 1000, 600000);
    server.caCertificates = settings.value(QStringLiteral("caCertificates")).toString();
    return server;
}

void write(QSettings &settings, const PacsServer &server)
{
    settings.setValue(QStringLiteral("name"), server.name);
    settings.setValue(QStringLiteral("protocol"), protocolName(server.protocol));
    settings.setValue(QStringLiteral("url"), server.baseUrl.toString());
    settings.setValue(QStringLiteral("user"), server.user);
    settings.setValue(QStringLiteral("auth"), authName(server.auth));
    settings.setValue(QStringLiteral("host"), server.host);
    settings.setValue(QStringLiteral("port"), server.port);
    settings.setValue(QStringLiteral("calledAe"), server.calledAe);
    settings.setValue(QStringLiteral("callingAe"), server.callingAe);
    settings.setValue(QStringLiteral("retrieve"),
                      server.retrieve == PacsServer::Retrieve::Move ? QStringLiteral("move")
                                                                    : QStringLiteral("get"));
    settings.setValue(QStringLiteral("storePort"), server.storePort);
    settings.setValue(QStringLiteral("timeoutMs"), server.timeoutMs);
    settings.setValue(QStringLiteral("caCertificates"), server.caCertificates);
}

void store(const QList<PacsServer> &servers)
{
    QSettings settings;
    settings.remove(listKey);
    settings.beginWriteArray(listKey, int(servers.size()));
    for (int i = 0; i < servers.size(); ++i) {
        settings.setArrayIndex(i);
        write(settings, servers[i]);
    }
    settings.endArray();
}

// Earlier versions kept one DICOMweb archive under pacs/dicomWebUrl and pacs/user.
QList<PacsServer> migrated()
{
    const QSettings settings;
    const QString url = settings.value(QStringLiteral("pacs/dicomWebUrl")).toString();
    if (url.isEmpty()) {
        return {};
    }
    PacsServer server;
    server.baseUrl = QUrl(url);
    server.name = server.baseUrl.host().isEmpty() ? url : server.baseUrl.host();
    server.user = settings.value(QStringLiteral("pacs/user")).toString();
    server.auth = server.user.isEmpty() ? PacsServer::Auth::None : PacsServer::Auth::Basic;
    return {server};
}

} // namespace

QList<PacsServer> load()
{
    QSettings settings;
    QList<PacsServer> servers;
    const int count = settings.beginReadArray(listKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const PacsServer server = read(settings);
        if (!server.name.isEmpty()) {
            servers.append(server);
        }
    }
    settings.endArray();
    return servers.isEmpty() ? migrated() : servers;
}

void remember(const PacsServer &server)
{
    QList<PacsServer> servers = load();
    PacsServer kept = server;
    kept.secret.clear(); // the keychain's, never the settings'
    const auto same = std::find_if(servers.begin(), servers.end(),
                                   [&](const PacsServer &s) { return s.name == server.name; });
    if (same != servers.end()) {
        *same = kept;
    } else {
        servers.append(kept);
    }
    store(servers);
    QSettings().setValue(lastKey, server.name);
}

void forget(const QString &name)
{
    QList<PacsServer> servers = load();
    servers.removeIf([&](const PacsServer &s) { return s.name == name; });
    store(servers);
}

PacsServer lastUsed()
{
    const QList<PacsServer> servers = load();
    const QString last = QSettings().value(lastKey).toString();
    for (const PacsServer &server : servers) {
        if (server.name == last) {
            return server;
        }
    }
    return servers.isEmpty() ? PacsServer {} : servers.front();
}

bool isSetUp(const PacsServer &server)
{
    return server.protocol == PacsServer::Protocol::Dimse
        ? !server.host.isEmpty()
        : server.baseUrl.isValid() && !server.baseUrl.isEmpty();
}

QString keychainKey(const PacsServer &server)
{
    return QStringLiteral("pacs ") + server.name;
}

void withSecret(const PacsServer &server, QObject *context,
                std::function<void(const PacsServer &)> then)
{
    if (server.protocol != PacsServer::Protocol::DicomWeb || server.auth == PacsServer::Auth::None
        || !server.secret.isEmpty()) {
        then(server);
        return;
    }
    auto *secrets = new chat::SecretStore(context);
    secrets->readKey(
        keychainKey(server),
        [secrets, server, then, guard = QPointer(context)](const QString &secret, const QString &) {
            secrets->deleteLater();
            if (!guard) {
                return;
            }
            PacsServer withIt = server;
            withIt.secret = secret;
            then(withIt);
        });
}

} // namespace oncoview::ui::pacsservers
