// SPDX-License-Identifier: Apache-2.0
// The sentencepiece tokenizer behind the dlopen shim, and UTF-8-safe streaming of its output.

#include "inference/llm/tokenizer.h"

#include "inference/llm/textstream.h"
#include "inference/modelpackage.h"
#include "llmfixtures.h"
#include "tinymodels.h"

#include <catch2/catch.hpp>
#include <fstream>

using namespace oncoview::inference;
using namespace oncoview::inference::llm;
using oncoview::inference::testing::makeTempDir;

namespace {

std::shared_ptr<const Tokenizer> testTokenizer()
{
    static const std::shared_ptr<const Tokenizer> tokenizer = [] {
        const auto model = testing::trainTestTokenizer(makeTempDir("spm"));
        TokenizerLoad load = Tokenizer::load(model, {"<|im_start|>", "<|im_end|>", "<img>"});
        if (!load) {
            throw std::runtime_error(load.error);
        }
        return load.tokenizer;
    }();
    return tokenizer;
}

bool mapped(const std::string &library)
{
    std::ifstream maps("/proc/self/maps");
    std::string line;
    while (std::getline(maps, line)) {
        if (line.find(library) != std::string::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("The sentencepiece shim loads and trains a tokenizer", "[llm][tokenizer]")
{
    const ShimStatus &shim = sentencePieceShim();
    INFO(shim.error);
    REQUIRE(shim.loaded);
    const auto tokenizer = testTokenizer();
    CHECK(tokenizer->vocabSize() > 316); // 256 byte pieces + characters + merges
    CHECK(tokenizer->vocabSize() <= 420);
    CHECK(tokenizer->idToPiece(tokenizer->pieceToId("<|im_end|>")) == "<|im_end|>");
    CHECK(tokenizer->pieceToId("no-such-piece-in-this-vocabulary") == -1);
}

TEST_CASE("Encoding then decoding gives the text back exactly", "[llm][tokenizer]")
{
    const auto tokenizer = testTokenizer();
    const std::string text = GENERATE(
        std::string("The lesion measures 12 mm."), std::string("  two leading spaces\n\n\ttab"),
        std::string("trailing spaces and newline  \n"), std::string("乳腺病灶，邊緣不規則。"),
        std::string("unseen: Ω≈ç √ 🙂 ü"), std::string("line one\r\nline two"));
    const std::vector<int32_t> ids = tokenizer->encode(text, true);
    CHECK_FALSE(ids.empty());
    CHECK(tokenizer->decode(ids) == text);
}

TEST_CASE("Special tokens are split out before encoding", "[llm][tokenizer]")
{
    const auto tokenizer = testTokenizer();
    const int32_t start = tokenizer->specialId("<|im_start|>");
    const int32_t end = tokenizer->specialId("<|im_end|>");
    const int32_t image = tokenizer->specialId("<img>");
    REQUIRE(start >= 0);
    REQUIRE(end >= 0);
    REQUIRE(image >= 0);
    CHECK(tokenizer->specialId("<|im_middle|>") == -1);

    const std::string prompt = "<|im_start|>user\n<img>Is it 12 mm?<|im_end|>\n<|im_start|>";
    const std::vector<int32_t> ids = tokenizer->encode(prompt, true);
    CHECK(ids.front() == start);
    CHECK(ids.back() == start);
    CHECK(std::count(ids.begin(), ids.end(), end) == 1);
    CHECK(std::count(ids.begin(), ids.end(), image) == 1);
    CHECK(tokenizer->decode(ids) == prompt);

    // Without parsing, the same characters are ordinary text: no special id appears.
    const std::vector<int32_t> plain = tokenizer->encode(prompt, false);
    for (int32_t id : plain) {
        CHECK_FALSE(tokenizer->isSpecial(id));
    }
    CHECK(tokenizer->decode(plain) == prompt);
}

TEST_CASE("Tokenizer load errors say what is wrong", "[llm][tokenizer]")
{
    const auto dir = makeTempDir("spm-bad");
    const auto model = testing::trainTestTokenizer(dir);
    TokenizerLoad missingSpecial = Tokenizer::load(model, {"<|im_start|>", "<|endoftext|>"});
    CHECK_FALSE(missingSpecial);
    CHECK_THAT(missingSpecial.error, Catch::Contains("'<|endoftext|>' is not in the vocabulary"));

    testing::writeFile(dir / "garbage.model", "this is not a protobuf");
    TokenizerLoad garbage = Tokenizer::load(dir / "garbage.model", {});
    CHECK_FALSE(garbage);
    CHECK_THAT(garbage.error, Catch::Contains("is not a sentencepiece model"));

    TokenizerLoad missing = Tokenizer::load(dir / "absent.model", {});
    CHECK_THAT(missing.error, Catch::Contains("does not exist"));

    CHECK_THAT(trainSentencePiece("--input=" + (dir / "absent.txt").string()
                                  + " --model_prefix=" + (dir / "x").string()),
               Catch::Contains("sentencepiece training failed"));
}

TEST_CASE("LibTorch and sentencepiece share one process", "[llm][tokenizer]")
{
    // LibTorch brings the system libprotobuf; the shim brings sentencepiece's own copy. Without
    // its own namespace the two collide; here both are used, in both orders, in one process.
    const auto dir = makeTempDir("coexist");
    testing::writeLinearPackage(dir);
    PackageLoad before = ModelPackage::load(dir);
    REQUIRE(before);
    const auto tokenizer = testTokenizer();
    CHECK(tokenizer->decode(tokenizer->encode("Größe 12 mm", true)) == "Größe 12 mm");
    CHECK(mapped("libprotobuf.so"));
    CHECK(mapped("libsentencepiece.so"));
    CHECK(mapped("liboncoview_spshim.so"));
    PackageLoad after = ModelPackage::load(dir);
    REQUIRE(after);
    NamedTensors out = after.package->run({{"x", Tensor {{1, 4}, {1.0f, 2.0f, 3.0f, 4.0f}}}});
    CHECK(out.at("s").data.at(0) == Approx(10.0f));
}

TEST_CASE("completeUtf8Prefix never ends inside a character", "[llm][stream]")
{
    CHECK(completeUtf8Prefix("") == 0);
    CHECK(completeUtf8Prefix("abc") == 3);
    const std::string euro = "a\xE2\x82\xAC"; // 'a' + a 3-byte character
    CHECK(completeUtf8Prefix(euro) == 4);
    CHECK(completeUtf8Prefix(euro.substr(0, 3)) == 1);
    CHECK(completeUtf8Prefix(euro.substr(0, 2)) == 1);
    const std::string smile = "x\xF0\x9F\x99\x82"; // 'x' + a 4-byte character
    CHECK(completeUtf8Prefix(smile.substr(1, 3)) == 0);
    CHECK(completeUtf8Prefix(smile) == 5);
}

TEST_CASE("Streamed text deltas add up to the decoded text and keep characters whole",
          "[llm][stream]")
{
    const auto tokenizer = testTokenizer();
    // Characters the corpus lacks come out as several byte-fallback tokens each.
    const std::string text = "Größe: 12 mm 🙂 乳腺 Ω\n  next line";
    const std::vector<int32_t> ids = tokenizer->encode(text, false);
    REQUIRE(ids.size() > 10);
    TextStream stream(*tokenizer);
    std::string joined;
    int held = 0;
    for (int32_t id : ids) {
        const std::string delta = stream.push(id);
        CHECK(completeUtf8Prefix(delta) == delta.size());
        CHECK(delta.find("\xEF\xBF\xBD") == std::string::npos); // no U+FFFD mid-stream
        held += delta.empty() ? 1 : 0;
        joined += delta;
    }
    joined += stream.flush();
    CHECK(joined == text);
    CHECK(held > 0); // the emoji's first bytes were held back, not emitted as garbage
}
