// SPDX-License-Identifier: Apache-2.0
#pragma once

// Local
#include "inference/analysis/slideaccess.h"
#include "viewers/slide/slidesource.h"

#include <memory>

namespace oncoview::ui {

// The slide analysis reads slides through this: metadata from the open SlideSource, patches
// through readers that each open the file again, so every reader thread has its own OpenSlide
// handle and tile cache (one shared handle would serialise them on OpenSlide's cache lock).
class SlideAnalysisAccess final : public inference::analysis::SlideAccess
{
public:
    explicit SlideAnalysisAccess(std::shared_ptr<slide::SlideSource> source);

    inference::analysis::SlideIdentity identity() const override;
    std::vector<inference::analysis::PyramidLevel> levels() const override;
    std::optional<double> micronsPerPixel() const override;
    std::unique_ptr<inference::analysis::RegionReader>
    openReader(std::string *error) const override;

    const std::shared_ptr<slide::SlideSource> &source() const { return m_source; }

private:
    std::shared_ptr<slide::SlideSource> m_source;
};

} // namespace oncoview::ui
