// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QJsonObject>

// Local
#include "inference/analysis/sequenceshapley.h"
#include "inference/analysis/slidepipeline.h"
#include "inference/manifest.h"
#include "inference/tensor.h"
#include "ui/analysis/analysisprovenance.h"

#include <optional>
#include <string>
#include <vector>

namespace oncoview::ui {

// One model pass on one crop: its outputs and the sequences' Shapley values when the package
// allows masking.
struct MriSideRun
{
    std::string side; // "": both breasts in one crop; "left" / "right": a per-breast package
    inference::NamedTensors outputs;
    std::optional<inference::analysis::ShapleyValues> shapley;
};

// One MRI analysis: a run per side (one for a bilateral package), and which inputs were missing
// (zero-filled because the package may run without).
struct MriRun
{
    std::vector<MriSideRun> sides;
    std::vector<std::string> missingInputs;
    double seconds = 0.0; // model passes, Shapley included
};

// The one JSON shape of a result, shared by the CLI, exports and tests (CLI.md's contract), so
// the app and the command line report the same numbers from the same code.
QJsonObject slideAnalysisJson(const inference::analysis::SlideAnalysisResult &result,
                              const AnalysisProvenance &provenance, int topPatches = 20);
QJsonObject mriAnalysisJson(const inference::Manifest &manifest, const MriRun &run,
                            const AnalysisProvenance &provenance);

} // namespace oncoview::ui
