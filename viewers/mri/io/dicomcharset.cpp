// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/dicomcharset.h"

#include <iconv.h>

#include <cerrno>
#include <map>
#include <vector>

namespace oncoview::mri {

namespace {

// DICOM PS3.3 C.12.1.1.2 defined terms -> iconv names. With code extensions (ISO 2022 ...),
// the escape sequences in the text select the sets, which iconv's ISO-2022 decoders follow.
std::string iconvName(const std::string &specificCharacterSet)
{
    static const std::map<std::string, std::string> names = {
        {"ISO_IR 100", "ISO-8859-1"},
        {"ISO 2022 IR 100", "ISO-8859-1"},
        {"ISO_IR 101", "ISO-8859-2"},
        {"ISO 2022 IR 101", "ISO-8859-2"},
        {"ISO_IR 109", "ISO-8859-3"},
        {"ISO 2022 IR 109", "ISO-8859-3"},
        {"ISO_IR 110", "ISO-8859-4"},
        {"ISO 2022 IR 110", "ISO-8859-4"},
        {"ISO_IR 144", "ISO-8859-5"},
        {"ISO 2022 IR 144", "ISO-8859-5"},
        {"ISO_IR 127", "ISO-8859-6"},
        {"ISO 2022 IR 127", "ISO-8859-6"},
        {"ISO_IR 126", "ISO-8859-7"},
        {"ISO 2022 IR 126", "ISO-8859-7"},
        {"ISO_IR 138", "ISO-8859-8"},
        {"ISO 2022 IR 138", "ISO-8859-8"},
        {"ISO_IR 148", "ISO-8859-9"},
        {"ISO 2022 IR 148", "ISO-8859-9"},
        {"ISO_IR 203", "ISO-8859-15"},
        {"ISO 2022 IR 203", "ISO-8859-15"},
        {"ISO_IR 13", "SHIFT_JIS"},
        {"ISO 2022 IR 13", "SHIFT_JIS"},
        {"ISO_IR 166", "TIS-620"},
        {"ISO 2022 IR 166", "TIS-620"},
        {"ISO 2022 IR 87", "ISO-2022-JP"},
        {"ISO 2022 IR 159", "ISO-2022-JP-2"},
        {"ISO 2022 IR 149", "ISO-2022-KR"},
        {"ISO 2022 IR 58", "ISO-2022-CN"},
        {"GB18030", "GB18030"},
        {"GBK", "GBK"},
    };
    // Multi-valued: the first value is the default set, later ones the extensions; a Japanese
    // or Korean extension means the text carries ISO 2022 escapes.
    std::string chosen;
    size_t start = 0;
    while (start <= specificCharacterSet.size()) {
        size_t end = specificCharacterSet.find('\\', start);
        if (end == std::string::npos) {
            end = specificCharacterSet.size();
        }
        std::string term = specificCharacterSet.substr(start, end - start);
        while (!term.empty() && term.back() == ' ') {
            term.pop_back();
        }
        const auto found = names.find(term);
        if (found != names.end() && (chosen.empty() || found->second.rfind("ISO-2022", 0) == 0)) {
            chosen = found->second;
        }
        start = end + 1;
    }
    return chosen;
}

bool isAscii(const std::string &bytes)
{
    for (unsigned char c : bytes) {
        if (c >= 0x80 || c == 0x1b) {
            return false;
        }
    }
    return true;
}

} // namespace

std::string dicomTextToUtf8(const std::string &bytes, const std::string &specificCharacterSet)
{
    if (bytes.empty() || isAscii(bytes)) {
        return bytes;
    }
    const std::string from = iconvName(specificCharacterSet);
    if (from.empty()) {
        return bytes; // ASCII, UTF-8 (ISO_IR 192) or a set we do not know: shown as stored
    }
    iconv_t converter = iconv_open("UTF-8", from.c_str());
    if (converter == iconv_t(-1)) {
        return bytes;
    }
    std::string out;
    std::vector<char> buffer(bytes.size() * 4 + 16);
    char *in = const_cast<char *>(bytes.data());
    size_t inLeft = bytes.size();
    while (inLeft > 0) {
        char *dest = buffer.data();
        size_t destLeft = buffer.size();
        const size_t result = iconv(converter, &in, &inLeft, &dest, &destLeft);
        out.append(buffer.data(), buffer.size() - destLeft);
        if (result == size_t(-1)) {
            if (errno == E2BIG) {
                continue;
            }
            out.append("\xEF\xBF\xBD"); // U+FFFD for a byte the set does not define
            ++in;
            --inLeft;
        }
    }
    iconv_close(converter);
    return out;
}

} // namespace oncoview::mri
