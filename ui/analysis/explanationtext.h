// SPDX-License-Identifier: Apache-2.0
#pragma once

// The textual explanation of a map, built from the explanation's own outputs (regions, their
// positions in patient mm, the sequences that carry them, the checks), never canned.

// Qt
#include <QString>
#include <QStringList>

// Local
#include "ui/analysis/mriexplainer.h"

#include <array>

namespace oncoview::ui {

struct ExplanationText
{
    QString heading; // method, class, model
    QStringList lines; // what the map says
    QStringList warnings; // failed checks: shown in the flag colour
    QStringList checks; // the faithfulness numbers
};

// LPS mm of a map voxel (z, y, x on the crop's grid; x as the model saw it, mirrored or not).
std::array<double, 3> cropVoxelToLps(const MriSideMap &side, const std::array<double, 3> &zyx);

ExplanationText explanationText(const MriMapResult &result);

// One plain-text block (for the chat prompt and exports).
QString plainText(const ExplanationText &text);

} // namespace oncoview::ui
