// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <vector>

namespace oncoview::chat {

// Default system prompt, MedDr's convention (issue 6). MedDr's own conversation template
// (src/utils/conversation.py, InternVL "Hermes-2" ChatML) is not in its public tree, so the
// exact wording there is unverified; the user can edit the prompt in the chat settings.
inline constexpr char kMedDrSystemPrompt[] = "You are a helpful medical assistant.";

// MedDr (InternVL-Chat-V1.2) sees one 448x448 image as 256 tokens: larger images are resized by
// the server anyway, so the client sends exactly that and no more pixels than needed.
inline constexpr int kMedDrImageSide = 448;

// ChatML stop tokens (MedDr, InternLM2, Qwen, Yi) and Llama's </s>: a server with a wrong chat
// template streams them as text and keeps writing the next turn.
inline const QStringList &defaultStopTokens()
{
    static const QStringList tokens {QStringLiteral("<|im_end|>"), QStringLiteral("<|im_start|>"),
                                     QStringLiteral("<|endoftext|>"), QStringLiteral("</s>")};
    return tokens;
}

enum class ChatRole { User, Assistant };

// One turn of the conversation. imagePng holds the exact bytes that were (or will be) sent:
// rendered pixels only, already resized to the model's input.
struct ChatTurn
{
    ChatRole role = ChatRole::User;
    QString text;
    QByteArray imagePng;
};

struct ChatRequest
{
    QString systemPrompt = QString::fromLatin1(kMedDrSystemPrompt);
    std::vector<ChatTurn> turns;
    int maxTokens = 512; // MedDr's demo default
    double temperature = 0.0; // greedy, as MedDr's demo
    QStringList stop = defaultStopTokens();
};

struct ChatUsage
{
    int promptTokens = -1;
    int completionTokens = -1;
    bool valid() const { return completionTokens >= 0; }
};

// Why a request failed; the dock words its hint from the kind, the message carries specifics.
enum class ChatErrorKind {
    InvalidEndpoint, // bad URL, or http:// to a remote host without the user's permission
    ConnectionRefused,
    HostNotFound,
    Timeout,
    Unauthorized, // 401/403: API key missing or rejected
    UnknownModel,
    PayloadTooLarge, // 413
    NoVision, // the endpoint says it cannot take images
    BrokenStream, // connection dropped or stream ended without [DONE]
    ServerError, // an error object from the server, or another HTTP status
    Network, // any other transport error (TLS, proxy...)
};

struct ChatError
{
    ChatErrorKind kind = ChatErrorKind::ServerError;
    QString message;
};

// What a finished generation reports. reason: the server's finish_reason ("stop", "length"),
// "stop-token" when a leaked stop token ended it, or "aborted" when the user pressed Stop.
struct ChatFinish
{
    QString reason;
    ChatUsage usage;
    int deltaCount = 0; // content pieces received (≈ tokens when usage is absent)
    double secondsToFirstToken = 0.0;
    double generationSeconds = 0.0; // first to last token
    // Tokens per second of generation: usage.completionTokens when reported, else pieces.
    double tokensPerSecond() const;
};

} // namespace oncoview::chat

Q_DECLARE_METATYPE(oncoview::chat::ChatUsage)
Q_DECLARE_METATYPE(oncoview::chat::ChatError)
Q_DECLARE_METATYPE(oncoview::chat::ChatFinish)
