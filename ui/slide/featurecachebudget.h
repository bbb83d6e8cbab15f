// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QString>

namespace oncoview::ui {

struct FeatureCachePrune
{
    qint64 bytesBefore = 0;
    qint64 bytesAfter = 0;
    int removed = 0;
};

// Keeps the slide-analysis feature cache (one "*.features" file per slide, package and grid)
// under `budgetBytes` by removing the entries written longest ago; a budget of 0 or less keeps
// everything. Files being written (".partial-*") are left alone. Any thread.
FeatureCachePrune pruneFeatureCache(const QString &directory, qint64 budgetBytes);

} // namespace oncoview::ui
