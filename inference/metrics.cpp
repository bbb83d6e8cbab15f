// SPDX-License-Identifier: Apache-2.0
#include "inference/metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace oncoview::inference::metrics {

double rocAuc(const std::vector<double> &scores, const std::vector<int> &labels)
{
    if (scores.size() != labels.size()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    double positives = 0.0, negatives = 0.0, wins = 0.0;
    for (size_t i = 0; i < scores.size(); ++i) {
        if (labels[i] != 1) {
            continue;
        }
        positives += 1.0;
        for (size_t j = 0; j < scores.size(); ++j) {
            if (labels[j] == 0) {
                wins += scores[i] > scores[j] ? 1.0 : (scores[i] == scores[j] ? 0.5 : 0.0);
            }
        }
    }
    negatives = double(std::count(labels.begin(), labels.end(), 0));
    if (positives == 0.0 || negatives == 0.0) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    return wins / (positives * negatives);
}

double softmaxProbability(const std::vector<float> &logits, size_t index)
{
    if (index >= logits.size()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    const float top = *std::max_element(logits.begin(), logits.end());
    double sum = 0.0;
    for (float logit : logits) {
        sum += std::exp(double(logit - top));
    }
    return std::exp(double(logits[index] - top)) / sum;
}

std::vector<std::pair<std::string, double>> labelledSoftmax(const std::vector<float> &logits,
                                                            const std::vector<std::string> &labels)
{
    std::vector<std::pair<std::string, double>> result;
    for (size_t k = 0; k < logits.size(); ++k) {
        result.emplace_back(k < labels.size() ? labels[k] : std::to_string(k),
                            softmaxProbability(logits, k));
    }
    return result;
}

} // namespace oncoview::inference::metrics
