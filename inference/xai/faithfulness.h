// SPDX-License-Identifier: Apache-2.0
#pragma once

// How far an explanation map can be trusted, measured on the model itself and shown next to
// every map (Adebayo et al. 2018; Petsiuk et al. 2018):
// - model randomisation: the map must change when the top layers' weights are re-drawn; a map
//   that stays the same shows the image, not the model's reasoning;
// - deletion and insertion: removing the map's top voxels first must lower the class
//   probability faster, and inserting them first raise it faster, than a random order;
// - repeatability: the same input twice gives the same map.
// Torch-free: every pass goes through ModelPackage::run or attribute().
#include "inference/xai/attribution.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace oncoview::inference::xai {

struct FaithfulnessOptions
{
    int curvePoints = 10; // deletion/insertion steps from 0% to 100% of the voxels
    int randomOrders = 2; // random orders averaged for the baseline curves
    uint64_t seed = 7;
    double topLayerFraction = 1.0 / 3.0; // share of parameter tensors re-drawn, from the output
    double maxRankCorrelation = 0.5; // above: the map ignores the model
    double maxRepeatabilityError = 1e-3; // relative to the map's largest magnitude
};

struct Faithfulness
{
    std::vector<double> fractions; // of the voxels removed / inserted
    std::vector<double> deletion, insertion; // class probability, map order
    std::vector<double> randomDeletion, randomInsertion; // the same, random order (mean)
    double deletionAuc = 0.0, insertionAuc = 0.0;
    double randomDeletionAuc = 0.0, randomInsertionAuc = 0.0;
    double randomisationRankCorrelation = 0.0; // Spearman, original map vs randomised model's
    std::vector<std::string> randomisedParameters;
    double repeatabilityError = 0.0;
    std::vector<std::string> failures; // one sentence per failed check
    int passes = 0;
    double seconds = 0.0;

    bool passed() const { return failures.empty(); }
};

// Runs the three checks on `map`, computed by attribute() with `options` on `inputs`.
// Throws like attribute().
Faithfulness checkFaithfulness(const ModelPackage &package, const NamedTensors &inputs,
                               const AttributionMap &map, const AttributionOptions &options,
                               const FaithfulnessOptions &checks = {},
                               const CancelCheck &isCancelled = {},
                               const ProgressReport &progress = {});
// The same for any way of making maps: `explain(p)` must compute the map again on package p
// (the randomised copy, then the original for repeatability). `target` is the class the map
// explains.
using Explainer = std::function<AttributionMap(const ModelPackage &)>;
Faithfulness checkFaithfulness(const ModelPackage &package, const NamedTensors &inputs,
                               const AttributionMap &map, const Target &target,
                               const Explainer &explain, const FaithfulnessOptions &checks = {},
                               const CancelCheck &isCancelled = {},
                               const ProgressReport &progress = {});

// The checks' parts, for tests and other callers.
//
// A copy of the package whose last `fraction` of parameter tensors (in registration order, so
// the layers nearest the output) are re-drawn from a normal with each tensor's own spread.
// Names the re-drawn tensors in `names`. Throws for an AOTInductor package.
std::shared_ptr<const ModelPackage> randomisedTopLayers(const ModelPackage &package,
                                                        double fraction, uint64_t seed,
                                                        std::vector<std::string> *names = nullptr);
// Spearman rank correlation (ties get their mean rank); 0 when either side is constant.
double rankCorrelation(const std::vector<float> &a, const std::vector<float> &b);
// Trapezoid area under values over fractions.
double curveArea(const std::vector<double> &fractions, const std::vector<double> &values);

} // namespace oncoview::inference::xai
