// SPDX-License-Identifier: Apache-2.0
#pragma once

// The analyses as one code path for the app (inside engine jobs) and the command line: the
// same input preparation, options, model calls and Shapley values, so both report the same
// numbers.

// Qt
#include <QJsonObject>
#include <QString>

// Local
#include "inference/analysis/slideaccess.h"
#include "inference/analysis/slidepipeline.h"
#include "inference/manifest.h"
#include "ui/analysis/analysisreport.h"
#include "ui/analysis/studyinputmapping.h"
#include "ui/mriinputs.h"
#include "ui/studyloader.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace oncoview::inference {
class ModelPackage;
}

namespace oncoview::ui {

struct MriPrepared
{
    std::vector<SideInputs> sides; // one per model run: both breasts, or left and right
    std::vector<std::string> missing; // optional inputs the study lacks (zero-filled)
    QJsonObject inputJson; // study path and the series used for each role
};

// Builds the package's inputs from a loaded study (mriModelInputs). Throws
// inference::analysis::AnalysisError (MissingInput) naming what is missing.
// The mapping is the user's choice (StudyInputMapping); without one, the remembered or guessed.
MriPrepared prepareMriInputs(const LoadedStudy &study, const inference::Manifest &manifest);
MriPrepared prepareMriInputs(const LoadedStudy &study, const inference::Manifest &manifest,
                             const StudyInputMapping &mapping);

// One forward pass per side plus, when the manifest allows masking, exact Shapley values over
// the inputs. Engine thread or the CLI's thread; throws JobCancelled / std::runtime_error.
MriRun runMriModel(const inference::ModelPackage &package, MriPrepared prepared,
                   const std::function<bool()> &isCancelled = {});

// The feature cache folder: ONCOVIEW_FEATURE_CACHE, else <app local data>/feature-cache.
QString featureCacheDirectory();
inference::analysis::SlideAnalysisOptions slideAnalysisOptions(std::optional<double> userMpp);
QJsonObject slideInputJson(const inference::analysis::SlideAccess &slide);

} // namespace oncoview::ui
