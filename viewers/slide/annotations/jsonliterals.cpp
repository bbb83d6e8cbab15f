// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/annotations/jsonliterals.h"

#include <array>
#include <cstring>

namespace oncoview::slide {

namespace {

// A literal counts only as a whole token: "NaNx" or "Infinityy" stay as they are (and stay
// invalid JSON).
bool isTokenEnd(const QByteArray &json, qsizetype at)
{
    if (at >= json.size()) {
        return true;
    }
    const char c = json.at(at);
    return c == ',' || c == ']' || c == '}' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

QByteArray quoteNonFiniteLiterals(const QByteArray &json, int *replaced)
{
    static constexpr std::array<const char *, 3> literals {"-Infinity", "Infinity", "NaN"};
    QByteArray out;
    out.reserve(json.size() + 64);
    int count = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < json.size()) {
                out.append(json.at(++i)); // an escaped quote does not end the string
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            out.append(c);
            continue;
        }
        bool quoted = false;
        if (c == '-' || c == 'I' || c == 'N') {
            for (const char *literal : literals) {
                const qsizetype length = qsizetype(std::strlen(literal));
                if (json.mid(i, length) == literal && isTokenEnd(json, i + length)) {
                    out.append('"').append(literal).append('"');
                    i += length - 1;
                    ++count;
                    quoted = true;
                    break;
                }
            }
        }
        if (!quoted) {
            out.append(c);
        }
    }
    if (replaced) {
        *replaced = count;
    }
    return out;
}

} // namespace oncoview::slide
