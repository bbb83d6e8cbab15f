// SPDX-License-Identifier: Apache-2.0
#include "inference/analysis/analysiserror.h"
#include "inference/analysis/sequenceshapley.h"
#include "inference/demopackages.h"
#include "inference/metrics.h"
#include "inference/modelpackage.h"
#include "inference/preprocess.h"

#include "demofixtures.h"
#include "phantoms.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <numeric>

using namespace oncoview::inference;
using namespace oncoview::inference::analysis;

TEST_CASE("Exact Shapley values over MRI sequences add up and follow the model",
          "[analysis][shapley]")
{
    const PackageLoad load = loadPackage(testing::quickMomePackage());
    INFO(load.error);
    REQUIRE(load);
    REQUIRE(load.package->manifest().masking == "zeros");
    for (const demo::MriSample &sample : testing::makeMriPhantoms(4, 321)) {
        const NamedTensors inputs = testing::momeInputs(sample);
        const ShapleyValues shapley = sequenceShapley(*load.package, inputs);
        REQUIRE(shapley.inputs == std::vector<std::string> {"dce", "t2", "dwi"});
        for (const auto &[output, values] : shapley.values) {
            // Efficiency: the values share out exactly f(all) - f(none).
            const double sum = std::accumulate(values.begin(), values.end(), 0.0);
            CHECK(sum
                  == Approx(shapley.withAll.at(output) - shapley.withNone.at(output)).margin(1e-6));
        }
        // f(all) is the ordinary forward pass.
        const NamedTensors out = load.package->run(inputs);
        CHECK(shapley.withAll.at("malignancy")
              == Approx(metrics::softmaxProbability(out.at("malignancy").data, 1)).margin(1e-6));
        CHECK(shapley.allPresent.at("malignancy").data == out.at("malignancy").data);
    }
}

TEST_CASE("Shapley values are refused for a package that does not allow masking",
          "[analysis][shapley]")
{
    const PackageLoad load = loadPackage(testing::demoMilPackage());
    REQUIRE(load);
    CHECK_THROWS_AS(sequenceShapley(*load.package, {}), AnalysisError);
}
