// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace oncoview::inference {

// FIPS 180-4 SHA-256, written here so package verification needs no extra library.
class Sha256
{
public:
    Sha256();
    void update(const void *bytes, size_t length);
    void update(std::string_view text) { update(text.data(), text.size()); }
    // Finishes the digest and returns 64 lower-case hex digits; the object is reset afterwards.
    std::string hexDigest();

    static std::string ofString(std::string_view text);
    // Hash of a file's bytes, or nullopt when the file cannot be read.
    static std::optional<std::string> ofFile(const std::filesystem::path &path);

private:
    void reset();
    void compress(const uint8_t *block);

    uint32_t m_state[8];
    uint8_t m_buffer[64];
    size_t m_bufferLength = 0;
    uint64_t m_totalLength = 0;
};

} // namespace oncoview::inference
