// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QObject>

// Local
#include "ui/chat/chattypes.h"

namespace oncoview::chat {

// A language model that answers a conversation by streaming text. Implementations: the
// OpenAI-compatible HTTP client (OpenAiBackend) and the in-process LibTorch model (a Qt adapter
// over inference/llm). GUI thread: start() returns at once; the answer arrives as signals.
//
// Contract, per start(): zero or more delta(); then exactly one of finished() or failed().
// abort() ends a running request with finished(reason "aborted") and no further delta().
// start() while busy is refused with failed(). Backends must never emit synchronously from
// start(), so callers can connect and update their state after calling it.
class ChatBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ChatBackend() override = default;

    virtual void start(const ChatRequest &request) = 0;
    virtual void abort() = 0;
    virtual bool isBusy() const = 0;
    // Human-readable target, e.g. "meddr at https://gpu01:23333", for the dock and the log.
    virtual QString description() const = 0;
    // Identity of where requests go (for the "first send to a new endpoint" confirmation).
    virtual QString endpointId() const = 0;
    // False for an in-process model: nothing leaves the computer, nothing to confirm.
    virtual bool leavesThisComputer() const = 0;
    // What start(request) would send, readable: the request with image data elided.
    virtual QByteArray requestPreview(const ChatRequest &request) const = 0;

    // Whether the model takes images. The remote backend learns it by probing the server;
    // Unknown when the server does not say (the user is told before the first send).
    enum class ImageSupport { Unknown, Yes, No };
    virtual ImageSupport imageSupport() const = 0;

    // Learns what the backend serves (model names, image support) before the first send and
    // emits probed() with an empty string when it is usable, else with the reason. Backends
    // with nothing to learn answer at once (queued).
    virtual void probe();
    virtual bool isProbed() const { return true; }

Q_SIGNALS:
    void probed(const QString &problem);
    // New answer text, stop tokens already removed. May be any length (one token or many).
    void delta(const QString &text);
    void finished(const oncoview::chat::ChatFinish &finish);
    void failed(const oncoview::chat::ChatError &error);
};

} // namespace oncoview::chat
