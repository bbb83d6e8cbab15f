// SPDX-License-Identifier: Apache-2.0
#include "inference/sha256.h"

#include <cstring>
#include <fstream>
#include <vector>

namespace oncoview::inference {

namespace {

constexpr uint32_t kRoundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr uint32_t rotr(uint32_t value, int bits)
{
    return (value >> bits) | (value << (32 - bits));
}

} // namespace

Sha256::Sha256()
{
    reset();
}

void Sha256::reset()
{
    static constexpr uint32_t initial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                            0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    std::memcpy(m_state, initial, sizeof(m_state));
    m_bufferLength = 0;
    m_totalLength = 0;
}

void Sha256::compress(const uint8_t *block)
{
    uint32_t w[64];
    for (int i = 0; i < 16; ++i) {
        w[i] = (uint32_t(block[4 * i]) << 24) | (uint32_t(block[4 * i + 1]) << 16)
            | (uint32_t(block[4 * i + 2]) << 8) | uint32_t(block[4 * i + 3]);
    }
    for (int i = 16; i < 64; ++i) {
        const uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        const uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = m_state[0], b = m_state[1], c = m_state[2], d = m_state[3];
    uint32_t e = m_state[4], f = m_state[5], g = m_state[6], h = m_state[7];
    for (int i = 0; i < 64; ++i) {
        const uint32_t s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
        const uint32_t choose = (e & f) ^ (~e & g);
        const uint32_t t1 = h + s1 + choose + kRoundConstants[i] + w[i];
        const uint32_t s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
        const uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
        const uint32_t t2 = s0 + majority;
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    m_state[0] += a;
    m_state[1] += b;
    m_state[2] += c;
    m_state[3] += d;
    m_state[4] += e;
    m_state[5] += f;
    m_state[6] += g;
    m_state[7] += h;
}

void Sha256::update(const void *bytes, size_t length)
{
    const auto *data = static_cast<const uint8_t *>(bytes);
    m_totalLength += length;
    while (length > 0) {
        const size_t take = std::min(length, sizeof(m_buffer) - m_bufferLength);
        std::memcpy(m_buffer + m_bufferLength, data, take);
        m_bufferLength += take;
        data += take;
        length -= take;
        if (m_bufferLength == sizeof(m_buffer)) {
            compress(m_buffer);
            m_bufferLength = 0;
        }
    }
}

std::string Sha256::hexDigest()
{
    const uint64_t bitLength = m_totalLength * 8;
    const uint8_t one = 0x80;
    const uint8_t zero = 0;
    update(&one, 1);
    while (m_bufferLength != 56) {
        update(&zero, 1);
    }
    uint8_t lengthBytes[8];
    for (int i = 0; i < 8; ++i) {
        lengthBytes[i] = uint8_t(bitLength >> (56 - 8 * i));
    }
    update(lengthBytes, 8);

    static constexpr char hex[] = "0123456789abcdef";
    std::string digest;
    digest.reserve(64);
    for (uint32_t word : m_state) {
        for (int shift = 28; shift >= 0; shift -= 4) {
            digest += hex[(word >> shift) & 0xf];
        }
    }
    reset();
    return digest;
}

std::string Sha256::ofString(std::string_view text)
{
    Sha256 hash;
    hash.update(text);
    return hash.hexDigest();
}

std::optional<std::string> Sha256::ofFile(const std::filesystem::path &path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        return std::nullopt;
    }
    Sha256 hash;
    std::vector<char> chunk(1 << 16);
    while (file) {
        file.read(chunk.data(), std::streamsize(chunk.size()));
        hash.update(chunk.data(), size_t(file.gcount()));
    }
    if (file.bad()) {
        return std::nullopt;
    }
    return hash.hexDigest();
}

} // namespace oncoview::inference
