// SPDX-License-Identifier: Apache-2.0
#include "llmfixtures.h"

#include "inference/llm/demochat.h"
#include "inference/llm/tokenizer.h"
#include "tinymodels.h"

#include <stdexcept>

namespace oncoview::inference::testing {

const std::filesystem::path &demoChatPackage()
{
    static const std::filesystem::path dir = [] {
        const std::filesystem::path path = makeTempDir("tinylm");
        const llm::demo::DemoChatReport report = llm::demo::writeDemoChatPackage(path, {});
        if (!report.ok()) {
            throw std::runtime_error("demo chat package: " + report.error);
        }
        return path;
    }();
    return dir;
}

std::filesystem::path copyOfDemoChatPackage(const std::string &name)
{
    const std::filesystem::path copy = makeTempDir(name);
    std::filesystem::copy(demoChatPackage(), copy, std::filesystem::copy_options::recursive);
    return copy;
}

std::filesystem::path trainTestTokenizer(const std::filesystem::path &dir)
{
    // Mixed scripts, numbers, indentation and blank lines: what a lossy normaliser would change.
    std::string corpus;
    for (int i = 0; i < 20; ++i) {
        corpus += "The lesion measures " + std::to_string(10 + i)
            + " mm in the upper outer quadrant.\n"
              "  Indented  line with  double spaces.\n\n"
              "Kinetik: schnelle Anreicherung, dann Auswaschung (washout).\n"
              "乳腺病灶，邊緣不規則。\n"
              "def f(x):\n    return x * 2\n";
    }
    writeFile(dir / "corpus.txt", corpus);
    const std::string error = llm::trainSentencePiece(llm::losslessTrainingFlags(
        dir / "corpus.txt", dir / "test", 420, {"<|im_start|>", "<|im_end|>", "<img>"}));
    if (!error.empty()) {
        throw std::runtime_error(error);
    }
    return dir / "test.model";
}

} // namespace oncoview::inference::testing
