// SPDX-License-Identifier: Apache-2.0
#include "inference/llm/sampler.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <vector>

namespace oncoview::inference::llm {

TokenSampler::TokenSampler(SamplingOptions options)
    : m_options(options)
    , m_state(options.seed)
{
}

double TokenSampler::uniform()
{
    m_state += 0x9e3779b97f4a7c15ULL;
    uint64_t z = m_state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return double(z >> 11) * 0x1.0p-53;
}

int32_t TokenSampler::next(std::span<const float> logits)
{
    if (logits.empty()) {
        throw std::runtime_error("sampler: empty logits");
    }
    const auto best = std::max_element(logits.begin(), logits.end());
    if (m_options.temperature <= 0.0f) {
        return int32_t(best - logits.begin());
    }
    // Softmax at temperature T, shifted by the maximum for stability.
    const double maxLogit = *best;
    std::vector<std::pair<double, int32_t>> probs(logits.size());
    double sum = 0.0;
    for (size_t i = 0; i < logits.size(); ++i) {
        const double p = std::exp((double(logits[i]) - maxLogit) / m_options.temperature);
        probs[i] = {std::isfinite(p) ? p : 0.0, int32_t(i)};
        sum += probs[i].first;
    }
    // Descending probability, ties by id, so the nucleus is the same on every platform.
    std::sort(probs.begin(), probs.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    const double topP = std::clamp(double(m_options.topP), 1e-6, 1.0);
    size_t keep = 0;
    double kept = 0.0;
    while (keep < probs.size() && (keep == 0 || kept < topP * sum)) {
        kept += probs[keep].first;
        ++keep;
    }
    double target = uniform() * kept;
    for (size_t i = 0; i < keep; ++i) {
        target -= probs[i].first;
        if (target < 0.0) {
            return probs[i].second;
        }
    }
    return probs[keep - 1].second;
}

} // namespace oncoview::inference::llm
