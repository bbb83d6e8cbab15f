// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/dicomstructure.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <vector>

#include <zlib.h>

namespace oncoview::mri {

namespace {

constexpr uint32_t kUndefined = 0xFFFFFFFF;
constexpr int kMaxDepth = 32;
constexpr uint16_t kItemGroup = 0xFFFE;
constexpr uint16_t kItem = 0xE000, kItemEnd = 0xE00D, kSequenceEnd = 0xE0DD;

// VRs whose explicit encoding has two reserved bytes and a 32-bit length.
bool hasLongLength(const char vr[2])
{
    static constexpr std::array<const char *, 13> kLong {"OB", "OD", "OF", "OL", "OV", "OW", "SQ",
                                                         "SV", "UC", "UN", "UR", "UT", "UV"};
    for (const char *v : kLong) {
        if (vr[0] == v[0] && vr[1] == v[1]) {
            return true;
        }
    }
    return false;
}

// One of the 34 VRs of PS3.5 (GDCM asserts on an unknown one in the file meta group).
bool looksLikeVr(const unsigned char *p)
{
    static constexpr std::array<const char *, 34> kVrs {
        "AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO", "LT",
        "OB", "OD", "OF", "OL", "OV", "OW", "PN", "SH", "SL", "SQ", "SS", "ST",
        "SV", "TM", "UC", "UI", "UL", "UN", "UR", "US", "UT", "UV"};
    for (const char *v : kVrs) {
        if (p[0] == v[0] && p[1] == v[1]) {
            return true;
        }
    }
    return false;
}

std::string tagText(uint16_t group, uint16_t element)
{
    char text[16];
    std::snprintf(text, sizeof text, "(%04X,%04X)", group, element);
    return text;
}

class Walker
{
public:
    // The file's first bytes are read once: headers nearly always lie there, and a seek and
    // read per element would cost more than GDCM's own header parse.
    Walker(std::ifstream &in, uint64_t size)
        : m_in(&in)
        , m_size(size)
        , m_head(size_t(std::min<uint64_t>(size, kHeadBytes)))
    {
        in.seekg(0);
        in.read(reinterpret_cast<char *>(m_head.data()), std::streamsize(m_head.size()));
        m_head.resize(size_t(std::max<std::streamsize>(in.gcount(), 0)));
    }
    // Over bytes in memory (an inflated data set).
    explicit Walker(std::vector<unsigned char> bytes)
        : m_size(bytes.size())
        , m_head(std::move(bytes))
    {
    }

    std::string problem;

    // The file meta group at `at` (always explicit VR little endian); returns the offset of
    // the data set and sets the transfer syntax.
    std::optional<uint64_t> walkMeta(uint64_t at, std::string &transferSyntax)
    {
        m_explicit = true;
        m_bigEndian = false;
        for (;;) {
            unsigned char head[12];
            if (at + 2 > m_size || !bytes(at, head, 2) || u16(head) != 0x0002) {
                return at;
            }
            const auto element = parseHeader(at, head);
            if (!element) {
                return std::nullopt;
            }
            // GDCM's meta group reader asserts (abort) on a sequence there (found by fuzz_dicom).
            if (element->vr[0] == 'S' && element->vr[1] == 'Q') {
                fail("file meta element " + tagText(element->tag[0], element->tag[1])
                         + " is a sequence",
                     at);
                return std::nullopt;
            }
            if (element->tag[1] == 0x0010 && element->length < 256) {
                std::string value(element->length, '\0');
                bytes(element->valueAt, reinterpret_cast<unsigned char *>(value.data()),
                      element->length);
                transferSyntax = value.substr(0, value.find_last_not_of(std::string(" \0", 2)) + 1);
            }
            at = element->valueAt + element->length;
        }
    }

    // The data set from `at` to the end of the file (or Pixel Data).
    bool walkDataSet(uint64_t at, bool explicitVr, bool bigEndian)
    {
        m_explicit = explicitVr;
        m_bigEndian = bigEndian;
        return walkElements(at, m_size, 0, true).has_value();
    }

private:
    struct Element
    {
        std::array<uint16_t, 2> tag {};
        char vr[2] {};
        uint32_t length = 0;
        uint64_t valueAt = 0;
    };

    bool bytes(uint64_t at, unsigned char *out, size_t n)
    {
        if (at + n > m_size) {
            return false;
        }
        if (at + n <= m_head.size()) {
            std::memcpy(out, m_head.data() + at, n);
            return true;
        }
        if (!m_in) {
            return false;
        }
        m_in->clear();
        m_in->seekg(std::streamoff(at));
        m_in->read(reinterpret_cast<char *>(out), std::streamsize(n));
        return size_t(m_in->gcount()) == n;
    }
    uint16_t u16(const unsigned char *p) const
    {
        return m_bigEndian ? uint16_t((p[0] << 8) | p[1]) : uint16_t(p[0] | (p[1] << 8));
    }
    uint32_t u32(const unsigned char *p) const
    {
        return m_bigEndian
            ? (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | p[3]
            : p[0] | (uint32_t(p[1]) << 8) | (uint32_t(p[2]) << 16) | (uint32_t(p[3]) << 24);
    }

    bool fail(const std::string &what, uint64_t at)
    {
        problem = "truncated or corrupt DICOM file: " + what + " at byte " + std::to_string(at)
            + " of " + std::to_string(m_size);
        return false;
    }

    // The element header at `at` (its first bytes already in head); checks that the value fits.
    std::optional<Element> parseHeader(uint64_t at, unsigned char head[12])
    {
        Element e;
        if (!bytes(at, head, 8)) {
            fail("an element header is cut off", at);
            return std::nullopt;
        }
        e.tag = {u16(head), u16(head + 2)};
        const bool item = e.tag[0] == kItemGroup;
        const bool explicitVr = m_explicit || e.tag[0] == 0x0002;
        if (item || !explicitVr) {
            e.length = u32(head + 4);
            e.valueAt = at + 8;
        } else {
            std::memcpy(e.vr, head + 4, 2);
            if (!looksLikeVr(head + 4)) {
                fail("element " + tagText(e.tag[0], e.tag[1]) + " has no valid VR", at);
                return std::nullopt;
            }
            if (hasLongLength(e.vr)) {
                if (!bytes(at, head, 12)) {
                    fail("the header of element " + tagText(e.tag[0], e.tag[1]) + " is cut off",
                         at);
                    return std::nullopt;
                }
                e.length = u32(head + 8);
                e.valueAt = at + 12;
            } else {
                e.length = u16(head + 6);
                e.valueAt = at + 8;
            }
        }
        // Native Pixel Data that is short is reported by the scanner, with the size it needs.
        const bool pixelData = e.tag[0] == 0x7FE0 && e.tag[1] == 0x0010;
        // Only a sequence, UN (an implicit sequence) or encapsulated Pixel Data may have an
        // undefined length: GDCM asserts (abort) on any other VR (found by fuzz_dicom: SV).
        const auto isVr = [&](const char *vr) { return e.vr[0] == vr[0] && e.vr[1] == vr[1]; };
        if (e.length == kUndefined && !item && explicitVr && !isVr("SQ") && !isVr("UN")
            && !(pixelData && (isVr("OB") || isVr("OW")))) {
            fail("element " + tagText(e.tag[0], e.tag[1]) + " of VR " + std::string(e.vr, 2)
                     + " has an undefined length",
                 at);
            return std::nullopt;
        }
        if (e.length != kUndefined && !pixelData && e.valueAt + e.length > m_size) {
            fail("element " + tagText(e.tag[0], e.tag[1]) + " declares " + std::to_string(e.length)
                     + " bytes, only " + std::to_string(m_size - e.valueAt) + " remain",
                 at);
            return std::nullopt;
        }
        return e;
    }

    // The element's header and (defined-length) value end by `end`.
    static bool fitsWithin(const Element &e, uint64_t end)
    {
        return e.valueAt <= end && (e.length == kUndefined || e.valueAt + e.length <= end);
    }

    // Elements from `at` until `end`, an item delimiter (inItem) or Pixel Data (topLevel).
    // Returns the offset after what was walked.
    std::optional<uint64_t> walkElements(uint64_t at, uint64_t end, int depth, bool topLevel,
                                         bool untilItemEnd = false)
    {
        if (depth > kMaxDepth) {
            fail("sequences are nested too deep", at);
            return std::nullopt;
        }
        while (at < end) {
            if (topLevel && end - at < 8) {
                fail("the file ends inside an element header", at);
                return std::nullopt;
            }
            unsigned char head[12];
            const auto e = parseHeader(at, head);
            if (!e) {
                return std::nullopt;
            }
            const bool pixelData = e->tag[0] == 0x7FE0 && e->tag[1] == 0x0010;
            // Inside an item or sequence of defined length every element must end within it:
            // GDCM reads on past the boundary, loses its place and then takes file bytes for
            // lengths, allocating up to 4 GB each (found by fuzz_dicom).
            if (!(topLevel && pixelData) && !fitsWithin(*e, end)) {
                fail("element " + tagText(e->tag[0], e->tag[1])
                         + " runs past the end of the item or sequence holding it",
                     at);
                return std::nullopt;
            }
            if (e->tag[0] == kItemGroup) {
                if (untilItemEnd && e->tag[1] == kItemEnd) {
                    return e->valueAt;
                }
                fail("an item tag " + tagText(e->tag[0], e->tag[1]) + " outside a sequence", at);
                return std::nullopt;
            }
            if (e->length == kUndefined) {
                // A sequence, or encapsulated Pixel Data (fragments in items).
                const auto after = walkItems(e->valueAt, end, depth + 1, pixelData);
                if (!after) {
                    return std::nullopt;
                }
                at = *after;
            } else {
                if (!pixelData && e->vr[0] == 'S' && e->vr[1] == 'Q'
                    && !walkItemsWithin(e->valueAt, e->valueAt + e->length, depth + 1)) {
                    return std::nullopt;
                }
                at = e->valueAt + e->length;
            }
            if (topLevel && pixelData) {
                return at; // trailing padding is not read by anyone
            }
        }
        return at;
    }

    // Items of an undefined-length sequence (or pixel fragments) up to its delimiter.
    std::optional<uint64_t> walkItems(uint64_t at, uint64_t end, int depth, bool fragments)
    {
        for (;;) {
            unsigned char head[12];
            if (at + 8 > end) {
                fail("a sequence is cut off before its delimiter", at);
                return std::nullopt;
            }
            const auto e = parseHeader(at, head);
            if (!e) {
                return std::nullopt;
            }
            if (e->tag[0] != kItemGroup) {
                fail("a sequence holds element " + tagText(e->tag[0], e->tag[1])
                         + " instead of an item",
                     at);
                return std::nullopt;
            }
            if (e->tag[1] == kSequenceEnd) {
                return e->valueAt;
            }
            if (!fitsWithin(*e, end)) {
                fail("an item runs past the end of the sequence holding it", at);
                return std::nullopt;
            }
            if (e->length == kUndefined) {
                if (fragments) {
                    fail("a pixel fragment has no length", at);
                    return std::nullopt;
                }
                const auto after = walkElements(e->valueAt, end, depth, false, true);
                if (!after) {
                    return std::nullopt;
                }
                at = *after;
            } else {
                if (!fragments && !walkElements(e->valueAt, e->valueAt + e->length, depth, false)) {
                    return std::nullopt;
                }
                at = e->valueAt + e->length;
            }
        }
    }

    // Items of a defined-length sequence: each inside [at, end).
    bool walkItemsWithin(uint64_t at, uint64_t end, int depth)
    {
        while (at < end) {
            unsigned char head[12];
            const auto e = parseHeader(at, head);
            if (!e) {
                return false;
            }
            if (e->tag[0] != kItemGroup || e->tag[1] != kItem) {
                return fail("a sequence holds " + tagText(e->tag[0], e->tag[1])
                                + " instead of an item",
                            at);
            }
            if (!fitsWithin(*e, end)) {
                return fail("an item runs past the end of the sequence holding it", at);
            }
            const auto after = e->length == kUndefined
                ? walkElements(e->valueAt, end, depth, false, true)
                : walkElements(e->valueAt, e->valueAt + e->length, depth, false);
            if (!after) {
                return false;
            }
            at = e->length == kUndefined ? *after : e->valueAt + e->length;
        }
        return true;
    }

    static constexpr uint64_t kHeadBytes = 16 * 1024;
    std::ifstream *m_in = nullptr; // null: all bytes are in m_head
    uint64_t m_size;
    std::vector<unsigned char> m_head;
    bool m_explicit = true;
    bool m_bigEndian = false;
};

// The deflated data set of a file with transfer syntax 1.2.840.10008.1.2.1.99 (raw deflate
// after the meta group), inflated; an error sentence when the stream is damaged or inflates
// beyond kMaxInflated.
constexpr uint64_t kMaxInflated = uint64_t(256) << 20;

std::optional<std::vector<unsigned char>> inflateDataSet(std::ifstream &in, uint64_t at,
                                                         std::string &problem)
{
    in.clear();
    in.seekg(std::streamoff(at));
    std::vector<unsigned char> inflated;
    z_stream zs {};
    if (inflateInit2(&zs, -MAX_WBITS) != Z_OK) {
        problem = "cannot inflate the deflated DICOM data set";
        return std::nullopt;
    }
    std::vector<unsigned char> input(64 * 1024), output(256 * 1024);
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        if (zs.avail_in == 0) {
            in.read(reinterpret_cast<char *>(input.data()), std::streamsize(input.size()));
            zs.next_in = input.data();
            zs.avail_in = uInt(std::max<std::streamsize>(in.gcount(), 0));
            if (zs.avail_in == 0) {
                break; // the stream ends without its end marker: cut off
            }
        }
        zs.next_out = output.data();
        zs.avail_out = uInt(output.size());
        status = inflate(&zs, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
            break;
        }
        inflated.insert(inflated.end(), output.data(), zs.next_out);
        if (inflated.size() > kMaxInflated) {
            inflateEnd(&zs);
            problem = "the deflated DICOM data set inflates to more than "
                + std::to_string(kMaxInflated >> 20) + " MB";
            return std::nullopt;
        }
    }
    inflateEnd(&zs);
    if (status != Z_STREAM_END) {
        problem = "truncated or corrupt DICOM file: its deflated data set is damaged or cut off";
        return std::nullopt;
    }
    return inflated;
}

} // namespace

std::string dicomStructureProblem(const std::filesystem::path &file)
{
    std::error_code ec;
    const uint64_t size = std::filesystem::file_size(file, ec);
    std::ifstream in(file, std::ios::binary);
    if (ec || !in) {
        return "cannot open file";
    }
    Walker walker(in, size);
    unsigned char head[132] = {};
    in.clear();
    in.seekg(0);
    in.read(reinterpret_cast<char *>(head), sizeof head);
    uint64_t dataSet = 0;
    std::string transferSyntax;
    bool explicitVr = false, bigEndian = false;
    if (in.gcount() == 132 && std::memcmp(head + 128, "DICM", 4) == 0) {
        const auto after = walker.walkMeta(132, transferSyntax);
        if (!after) {
            return walker.problem;
        }
        dataSet = *after;
        if (dataSet == 132) {
            return "truncated or corrupt DICOM file: no file meta information after the 'DICM' "
                   "marker";
        }
        if (dataSet >= size) {
            return "truncated DICOM file: it ends after its file meta information";
        }
        if (transferSyntax == "1.2.840.10008.1.2.1.99") {
            // Deflated: walk what GDCM will inflate (it asserts on a damaged stream too).
            std::string problem;
            auto inflated = inflateDataSet(in, dataSet, problem);
            if (!inflated) {
                return problem;
            }
            Walker inflatedWalker(std::move(*inflated));
            inflatedWalker.walkDataSet(0, true, false);
            return inflatedWalker.problem.empty()
                ? std::string()
                : inflatedWalker.problem + " (in the inflated data set)";
        }
        if (!transferSyntax.empty()) {
            explicitVr = transferSyntax != "1.2.840.10008.1.2";
            bigEndian = transferSyntax == "1.2.840.10008.1.2.2";
        } else {
            // No transfer syntax in the meta group (GDCM guesses too): explicit when a VR
            // follows the data set's first tag.
            unsigned char first[6] = {};
            in.clear();
            in.seekg(std::streamoff(dataSet));
            in.read(reinterpret_cast<char *>(first), sizeof first);
            explicitVr = in.gcount() == 6 && looksLikeVr(first + 4);
        }
    } else {
        // No preamble (ACR-NEMA style): explicit when a VR follows the first tag.
        explicitVr = in.gcount() >= 6 && looksLikeVr(head + 4);
        bigEndian = head[0] == 0 && head[1] != 0;
        // A file meta group without the preamble is read by GDCM's compatibility path, which
        // asserts (abort) when the file ends inside that group (found by fuzz_dicom: one 8-byte
        // element of group 0002).
        if (in.gcount() >= 2 && head[0] == 0x02 && head[1] == 0x00) {
            const auto after = walker.walkMeta(0, transferSyntax);
            if (!after) {
                return walker.problem;
            }
            if (*after >= size) {
                return "truncated DICOM file: it ends after its file meta information";
            }
        }
    }
    walker.walkDataSet(dataSet, explicitVr, bigEndian);
    return walker.problem;
}

} // namespace oncoview::mri
