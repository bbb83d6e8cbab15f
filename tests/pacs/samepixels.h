// SPDX-License-Identifier: Apache-2.0
#pragma once

// A series retrieved from an archive reads like the folder it was uploaded from: the same
// phases, sizes and voxels.
#include <catch2/catch.hpp>

// Qt
#include <QString>

// Local
#include "ui/studyloader.h"

namespace oncoview::testing {

inline void checkSamePixels(const QString &retrieved, const QString &original)
{
    const ui::LoadedStudy fromPacs = ui::readStudy(retrieved);
    const ui::LoadedStudy fromDisk = ui::readStudy(original);
    REQUIRE(fromPacs.series.size() == 1);
    REQUIRE(fromDisk.series.size() == 1);
    const mri::Series &a = *fromPacs.series.front();
    const mri::Series &b = *fromDisk.series.front();
    REQUIRE(a.phases.size() == b.phases.size());
    for (size_t p = 0; p < a.phases.size(); ++p) {
        CHECK(a.phases[p].size == b.phases[p].size);
        CHECK(a.phases[p].voxels == b.phases[p].voxels);
    }
}

} // namespace oncoview::testing
