// SPDX-License-Identifier: Apache-2.0
#include "inference/xai/faithfulness.h"

#include "inference/job.h"
#include "inference/modelpackage.h"
#include "inference/xai/targetscore.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <random>
#include <sstream>
#include <stdexcept>

namespace oncoview::inference::xai {

namespace {

std::vector<double> ranks(const std::vector<float> &values)
{
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> result(values.size());
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]]) {
            ++j;
        }
        const double mean = (double(i) + double(j)) / 2.0;
        for (size_t k = i; k <= j; ++k) {
            result[order[k]] = mean;
        }
        i = j + 1;
    }
    return result;
}

// Voxels from the strongest evidence to the weakest; ties (a Grad-CAM map is 0 over much of
// the volume) in random order, so no slice is favoured.
std::vector<int64_t> mapOrder(const std::vector<float> &values, std::mt19937_64 &random)
{
    std::vector<int64_t> order(values.size());
    std::iota(order.begin(), order.end(), int64_t(0));
    std::shuffle(order.begin(), order.end(), random);
    std::stable_sort(order.begin(), order.end(),
                     [&](int64_t a, int64_t b) { return values[size_t(a)] > values[size_t(b)]; });
    return order;
}

class Curves
{
public:
    Curves(const ModelPackage &package, const NamedTensors &inputs, const ResolvedTarget &target,
           int points, const CancelCheck &isCancelled)
        : m_package(package)
        , m_inputs(inputs)
        , m_target(target)
        , m_points(std::max(2, points))
        , m_isCancelled(isCancelled)
    {
    }

    // Class probability after removing (deletion) or keeping only (insertion) the first
    // fraction of `order`, at each of the points.
    std::vector<double> curve(const std::vector<int64_t> &order, bool insertion)
    {
        std::vector<double> probabilities;
        for (int k = 0; k <= m_points; ++k) {
            if (m_isCancelled && m_isCancelled()) {
                throw JobCancelled();
            }
            const size_t count = size_t(std::llround(double(order.size()) * k / m_points));
            NamedTensors changed = m_inputs;
            for (auto &[name, tensor] : changed) {
                const Tensor &original = m_inputs.at(name);
                const int64_t voxels = int64_t(order.size());
                if (voxels == 0 || tensor.data.size() % size_t(voxels) != 0) {
                    throw std::runtime_error("input '" + name + "' is not on the map's grid");
                }
                const int64_t channels = int64_t(tensor.data.size()) / voxels;
                if (insertion) {
                    std::fill(tensor.data.begin(), tensor.data.end(), 0.0f);
                }
                for (size_t i = 0; i < count; ++i) {
                    for (int64_t c = 0; c < channels; ++c) {
                        const size_t at = size_t(c * voxels + order[i]);
                        tensor.data[at] = insertion ? original.data[at] : 0.0f;
                    }
                }
            }
            probabilities.push_back(
                classProbability(m_package.run(std::move(changed)).at(m_target.output), m_target));
            ++passes;
        }
        return probabilities;
    }

    std::vector<double> fractions() const
    {
        std::vector<double> result;
        for (int k = 0; k <= m_points; ++k) {
            result.push_back(double(k) / m_points);
        }
        return result;
    }

    int passes = 0;

private:
    const ModelPackage &m_package;
    const NamedTensors &m_inputs;
    const ResolvedTarget &m_target;
    int m_points;
    const CancelCheck &m_isCancelled;
};

std::string number(double value)
{
    std::ostringstream out;
    out.precision(2);
    out << std::fixed << value;
    return out.str();
}

} // namespace

double rankCorrelation(const std::vector<float> &a, const std::vector<float> &b)
{
    if (a.size() != b.size() || a.size() < 2) {
        return 0.0;
    }
    const std::vector<double> ra = ranks(a), rb = ranks(b);
    const double mean = (double(a.size()) - 1.0) / 2.0;
    double sab = 0, saa = 0, sbb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        sab += (ra[i] - mean) * (rb[i] - mean);
        saa += (ra[i] - mean) * (ra[i] - mean);
        sbb += (rb[i] - mean) * (rb[i] - mean);
    }
    return saa > 0 && sbb > 0 ? sab / std::sqrt(saa * sbb) : 0.0;
}

double curveArea(const std::vector<double> &fractions, const std::vector<double> &values)
{
    double area = 0.0;
    for (size_t i = 1; i < std::min(fractions.size(), values.size()); ++i) {
        area += (fractions[i] - fractions[i - 1]) * (values[i] + values[i - 1]) / 2.0;
    }
    return area;
}

Faithfulness checkFaithfulness(const ModelPackage &package, const NamedTensors &inputs,
                               const AttributionMap &map, const AttributionOptions &options,
                               const FaithfulnessOptions &checks, const CancelCheck &isCancelled,
                               const ProgressReport &progress)
{
    return checkFaithfulness(
        package, inputs, map, options.target,
        [&](const ModelPackage &p) { return attribute(p, inputs, options, isCancelled); }, checks,
        isCancelled, progress);
}

Faithfulness checkFaithfulness(const ModelPackage &package, const NamedTensors &inputs,
                               const AttributionMap &map, const Target &explained,
                               const Explainer &explain, const FaithfulnessOptions &checks,
                               const CancelCheck &isCancelled, const ProgressReport &progress)
{
    const auto start = std::chrono::steady_clock::now();
    const ResolvedTarget target = resolveTarget(package.manifest(), explained);
    if (map.values.empty()) {
        throw std::runtime_error("the map to check is empty");
    }
    const auto report = [&](double fraction) {
        if (progress) {
            progress(fraction);
        }
    };
    Faithfulness result;
    std::mt19937_64 random(checks.seed);
    Curves curves(package, inputs, target, checks.curvePoints, isCancelled);
    result.fractions = curves.fractions();
    const std::vector<int64_t> order = mapOrder(map.values, random);
    result.deletion = curves.curve(order, false);
    result.insertion = curves.curve(order, true);
    report(0.2);
    const int orders = std::max(1, checks.randomOrders);
    result.randomDeletion.assign(result.fractions.size(), 0.0);
    result.randomInsertion.assign(result.fractions.size(), 0.0);
    for (int r = 0; r < orders; ++r) {
        std::vector<int64_t> shuffled = order;
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        const std::vector<double> deletion = curves.curve(shuffled, false);
        const std::vector<double> insertion = curves.curve(shuffled, true);
        for (size_t k = 0; k < deletion.size(); ++k) {
            result.randomDeletion[k] += deletion[k] / orders;
            result.randomInsertion[k] += insertion[k] / orders;
        }
    }
    report(0.4);
    result.deletionAuc = curveArea(result.fractions, result.deletion);
    result.insertionAuc = curveArea(result.fractions, result.insertion);
    result.randomDeletionAuc = curveArea(result.fractions, result.randomDeletion);
    result.randomInsertionAuc = curveArea(result.fractions, result.randomInsertion);
    result.passes = curves.passes;

    const auto randomised = randomisedTopLayers(package, checks.topLayerFraction, checks.seed,
                                                &result.randomisedParameters);
    const AttributionMap other = explain(*randomised);
    result.randomisationRankCorrelation = rankCorrelation(map.values, other.values);
    report(0.7);
    const AttributionMap again = explain(package);
    double largest = 0.0, difference = 0.0;
    for (size_t i = 0; i < map.values.size() && i < again.values.size(); ++i) {
        largest = std::max(largest, double(std::abs(map.values[i])));
        difference = std::max(difference, double(std::abs(map.values[i] - again.values[i])));
    }
    result.repeatabilityError = again.values.size() == map.values.size()
        ? (largest > 0 ? difference / largest : difference)
        : 1.0;
    result.passes += other.passes + again.passes;
    report(1.0);

    const double gain = (result.randomDeletionAuc - result.deletionAuc)
        + (result.insertionAuc - result.randomInsertionAuc);
    if (!(gain > 0)) {
        result.failures.push_back(
            "removing or inserting the map's top voxels first changes the probability no more "
            "than a random order (deletion AUC "
            + number(result.deletionAuc) + " vs " + number(result.randomDeletionAuc)
            + " random, insertion " + number(result.insertionAuc) + " vs "
            + number(result.randomInsertionAuc) + ")");
    }
    if (result.randomisationRankCorrelation > checks.maxRankCorrelation) {
        result.failures.push_back(
            "the map hardly changes when the model's top layers are randomised (rank "
            "correlation "
            + number(result.randomisationRankCorrelation)
            + "): it may show the image more than the model's reasoning");
    }
    if (result.repeatabilityError > checks.maxRepeatabilityError) {
        result.failures.push_back("the same input twice gave different maps (largest difference "
                                  + number(100.0 * result.repeatabilityError) + "% of the peak)");
    }
    result.seconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace oncoview::inference::xai
