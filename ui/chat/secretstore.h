// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QObject>
#include <QString>

#include <functional>

namespace oncoview::chat {

// API keys in the operating system's keychain (Secret Service / KWallet on Linux, Keychain on
// macOS, Credential Manager on Windows) through qtkeychain — never in QSettings, whose files
// are plain text. One key per endpoint. Asynchronous: the keychain may ask the user to unlock.
// Without a keychain the calls fail with a message (there is deliberately no plain-text
// fallback); the dock then keeps the key in memory for the session only.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);

    using ReadCallback = std::function<void(const QString &key, const QString &error)>;
    using WriteCallback = std::function<void(const QString &error)>;

    // An endpoint without a stored key reads as an empty key and no error.
    void readKey(const QString &endpoint, ReadCallback done);
    // An empty key deletes the stored one.
    void writeKey(const QString &endpoint, const QString &key, WriteCallback done);

    static QString serviceName();
};

} // namespace oncoview::chat
