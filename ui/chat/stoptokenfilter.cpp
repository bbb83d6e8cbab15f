// SPDX-License-Identifier: Apache-2.0
#include "ui/chat/stoptokenfilter.h"

namespace oncoview::chat {

StopTokenFilter::StopTokenFilter(QStringList tokens)
    : m_tokens(std::move(tokens))
{
    m_tokens.removeAll(QString());
}

QString StopTokenFilter::push(const QString &piece)
{
    if (m_stopped) {
        return {};
    }
    QString text = m_held + piece;
    m_held.clear();

    // The earliest complete stop token ends the answer.
    qsizetype stopAt = -1;
    for (const QString &token : m_tokens) {
        const qsizetype at = text.indexOf(token);
        if (at >= 0 && (stopAt < 0 || at < stopAt)) {
            stopAt = at;
        }
    }
    if (stopAt >= 0) {
        m_stopped = true;
        return text.left(stopAt);
    }

    // Hold back the longest tail that is a proper prefix of some token.
    qsizetype hold = 0;
    for (const QString &token : m_tokens) {
        for (qsizetype length = std::min(token.size() - 1, text.size()); length > hold; --length) {
            if (QStringView(text).right(length) == QStringView(token).left(length)) {
                hold = length;
                break;
            }
        }
    }
    m_held = text.right(hold);
    text.chop(hold);
    return text;
}

QString StopTokenFilter::flush()
{
    QString rest;
    rest.swap(m_held);
    return m_stopped ? QString() : rest;
}

void StopTokenFilter::reset()
{
    m_held.clear();
    m_stopped = false;
}

} // namespace oncoview::chat
