// SPDX-License-Identifier: Apache-2.0
#include "inference/sha256.h"

#include "tinymodels.h"

#include <catch2/catch.hpp>

using oncoview::inference::Sha256;

TEST_CASE("SHA-256 matches the FIPS 180-4 test vectors", "[sha256]")
{
    CHECK(Sha256::ofString("")
          == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(Sha256::ofString("abc")
          == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(Sha256::ofString("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
          == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(Sha256::ofString("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                           "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
          == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

TEST_CASE("SHA-256 of a million 'a' fed in uneven chunks", "[sha256]")
{
    Sha256 hash;
    const std::string chunk(997, 'a');
    size_t left = 1000000;
    while (left > 0) {
        const size_t take = std::min(left, chunk.size());
        hash.update(chunk.data(), take);
        left -= take;
    }
    CHECK(hash.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    // The object resets after a digest.
    hash.update("abc");
    CHECK(hash.hexDigest() == Sha256::ofString("abc"));
}

TEST_CASE("SHA-256 of files", "[sha256]")
{
    using namespace oncoview::inference::testing;
    const auto dir = makeTempDir("sha");
    writeFile(dir / "abc.bin", "abc");
    CHECK(Sha256::ofFile(dir / "abc.bin") == Sha256::ofString("abc"));
    CHECK_FALSE(Sha256::ofFile(dir / "missing.bin").has_value());
}
