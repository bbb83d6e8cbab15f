// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QString>
#include <QStringList>

namespace oncoview::chat {

// Removes leaked stop tokens ("<|im_end|>", "</s>"...) from streamed text, also when a token
// arrives split over several deltas ("<|im_" + "end|>"). A stop token ends the answer: what a
// model writes after it is a hallucinated next turn, so everything after it is dropped.
// Text that could still be the start of a stop token is held back until the next piece
// decides it (at most the longest token's length minus one characters).
class StopTokenFilter
{
public:
    explicit StopTokenFilter(QStringList tokens);

    // Returns the text that is certainly answer text. After a stop token: always empty.
    QString push(const QString &piece);
    // End of stream: releases held-back text (it was not a stop token after all).
    QString flush();
    bool stopped() const { return m_stopped; }
    void reset();

private:
    QStringList m_tokens;
    QString m_held;
    bool m_stopped = false;
};

} // namespace oncoview::chat
