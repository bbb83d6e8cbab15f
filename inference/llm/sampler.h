// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <span>

namespace oncoview::inference::llm {

struct SamplingOptions
{
    float temperature = 0.0f; // <= 0: greedy (argmax)
    float topP = 1.0f; // nucleus: sample from the smallest set whose probability reaches topP
    uint64_t seed = 0; // same seed, same logits -> same tokens, on every platform
};

// Picks the next token from one row of logits. Plain C++ so the choice is reproducible and
// testable without a model; the random stream is a splitmix64, not std::*_distribution, whose
// output differs between standard libraries.
class TokenSampler
{
public:
    explicit TokenSampler(SamplingOptions options);
    int32_t next(std::span<const float> logits);

private:
    double uniform(); // [0, 1)
    SamplingOptions m_options;
    uint64_t m_state;
};

} // namespace oncoview::inference::llm
