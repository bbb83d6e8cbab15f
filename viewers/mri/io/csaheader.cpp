// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/csaheader.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace oncoview::mri {

namespace {

// A bounds-checked little-endian reader over the header bytes.
class Cursor
{
public:
    Cursor(const char *data, size_t size)
        : m_data(data)
        , m_size(size)
    {
    }
    bool has(size_t n) const { return m_offset <= m_size && n <= m_size - m_offset; }
    std::optional<int32_t> int32()
    {
        if (!has(4)) {
            return std::nullopt;
        }
        int32_t v = 0;
        std::memcpy(&v, m_data + m_offset, 4);
        m_offset += 4;
        return v;
    }
    std::optional<std::string> text(size_t n)
    {
        if (!has(n)) {
            return std::nullopt;
        }
        std::string s(m_data + m_offset, n);
        m_offset += n;
        s.resize(std::strlen(s.c_str())); // up to the first NUL
        while (!s.empty() && (s.back() == ' ' || s.back() == '\0')) {
            s.pop_back();
        }
        return s;
    }
    bool skip(size_t n)
    {
        if (!has(n)) {
            return false;
        }
        m_offset += n;
        return true;
    }

private:
    const char *m_data;
    size_t m_size;
    size_t m_offset = 0;
};

constexpr int32_t kMaxElements = 1000; // real headers hold about 100
constexpr int32_t kMaxItems = 1000;

} // namespace

CsaHeader parseCsaHeader(const char *data, size_t size)
{
    CsaHeader header;
    Cursor c(data, size);
    const bool sv10 = size >= 4 && std::memcmp(data, "SV10", 4) == 0;
    if (sv10 && !c.skip(8)) { // "SV10" and four bytes "\4\3\2\1"
        return header;
    }
    const auto count = c.int32();
    if (!count || *count <= 0 || *count > kMaxElements || !c.int32()) { // count, then 77
        return {};
    }
    for (int32_t e = 0; e < *count; ++e) {
        const auto name = c.text(64);
        const auto vm = c.int32();
        const auto vr = c.text(4);
        const auto syngoDt = c.int32();
        const auto items = c.int32();
        const auto marker = c.int32(); // 77 or 205
        if (!name || !vm || !vr || !syngoDt || !items || !marker || *items < 0
            || *items > kMaxItems) {
            return header; // what was read so far
        }
        std::vector<std::string> values;
        for (int32_t i = 0; i < *items; ++i) {
            // Four lengths; the item length is the second (SV10) or the first (old format).
            const auto l0 = c.int32();
            const auto l1 = c.int32();
            const auto l2 = c.int32();
            const auto l3 = c.int32();
            if (!l0 || !l1 || !l2 || !l3) {
                return header;
            }
            const int32_t length = sv10 ? *l1 : *l0;
            if (length < 0 || !c.has(size_t(length))) {
                return header;
            }
            const auto value = c.text(size_t(length));
            c.skip((4 - size_t(length) % 4) % 4); // items are padded to four bytes
            if (value && !value->empty()) {
                values.push_back(*value);
            }
        }
        header[*name] = std::move(values);
    }
    return header;
}

std::vector<double> csaNumbers(const CsaHeader &header, const std::string &name)
{
    std::vector<double> out;
    const auto it = header.find(name);
    if (it == header.end()) {
        return out;
    }
    for (const std::string &value : it->second) {
        char *end = nullptr;
        const double v = std::strtod(value.c_str(), &end);
        if (end == value.c_str() || !std::isfinite(v)) {
            return {};
        }
        out.push_back(v);
    }
    return out;
}

} // namespace oncoview::mri
