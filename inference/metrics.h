#pragma once

#include <cstddef>
#include <vector>

namespace oncoview::inference::metrics {

// Area under the ROC curve (Mann-Whitney statistic, ties count one half). labels are 0 or 1;
// returns NaN when either class is absent or the sizes differ.
double rocAuc(const std::vector<double> &scores, const std::vector<int> &labels);

// Softmax probability of class `index` from a row of logits.
double softmaxProbability(const std::vector<float> &logits, size_t index);

} // namespace oncoview::inference::metrics
