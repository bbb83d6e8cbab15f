// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QString>

namespace oncoview::test {

// True when the text holds a CJK ideograph: a message shown in Chinese, not left in English.
inline bool hasHan(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) {
            return true;
        }
    }
    return false;
}

} // namespace oncoview::test
