// SPDX-License-Identifier: Apache-2.0
#include "ui/chat/secretstore.h"

// Qt
#include <QCoreApplication>

// qtkeychain
#include <qt6keychain/keychain.h>

namespace oncoview::chat {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

QString SecretStore::serviceName()
{
    return QStringLiteral("OncoView chat API keys");
}

void SecretStore::readKey(const QString &endpoint, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(endpoint);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            done(job->textData(), {});
        } else if (job->error() == QKeychain::EntryNotFound) {
            done({}, {});
        } else {
            done({},
                 QCoreApplication::translate("oncoview::chat::SecretStore",
                                             "The system keychain is not available (%1).")
                     .arg(job->errorString()));
        }
    });
    job->start();
}

void SecretStore::writeKey(const QString &endpoint, const QString &key, WriteCallback done)
{
    QKeychain::Job *job = nullptr;
    if (key.isEmpty()) {
        auto *remove = new QKeychain::DeletePasswordJob(serviceName(), this);
        remove->setKey(endpoint);
        job = remove;
    } else {
        auto *write = new QKeychain::WritePasswordJob(serviceName(), this);
        write->setKey(endpoint);
        write->setTextData(key);
        job = write;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [job, key, done = std::move(done)] {
        const bool ok = job->error() == QKeychain::NoError
            || (key.isEmpty() && job->error() == QKeychain::EntryNotFound);
        done(ok ? QString()
                : QCoreApplication::translate("oncoview::chat::SecretStore",
                                              "The API key could not be stored in the system "
                                              "keychain (%1); it is kept for this session only.")
                      .arg(job->errorString()));
    });
    job->start();
}

} // namespace oncoview::chat
