// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace oncoview::inference::metrics {

// Area under the ROC curve (Mann-Whitney statistic, ties count one half). labels are 0 or 1;
// returns NaN when either class is absent or the sizes differ.
double rocAuc(const std::vector<double> &scores, const std::vector<int> &labels);

// Softmax probability of class `index` from a row of logits.
double softmaxProbability(const std::vector<float> &logits, size_t index);

// Label -> softmax probability of a row of logits, in order; a logit without a label is named
// by its index. What every class output shows the user (app, CLI, exports).
std::vector<std::pair<std::string, double>> labelledSoftmax(const std::vector<float> &logits,
                                                            const std::vector<std::string> &labels);

} // namespace oncoview::inference::metrics
