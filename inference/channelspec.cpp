// SPDX-License-Identifier: Apache-2.0
#include "inference/channelspec.h"

#include <algorithm>
#include <cctype>

namespace oncoview::inference {

namespace {

std::optional<int> parsePhase(const std::string &text)
{
    if (text == "pre") {
        return 0;
    }
    if (text == "last") {
        return ChannelSpec::kLast;
    }
    if (text.empty() || text.size() > 3
        || !std::all_of(text.begin(), text.end(),
                        [](unsigned char c) { return std::isdigit(c); })) {
        return std::nullopt;
    }
    return std::stoi(text);
}

} // namespace

std::optional<ChannelSpec> parseChannelSpec(const std::string &text)
{
    const size_t dash = text.find('-');
    ChannelSpec spec;
    const std::optional<int> first = parsePhase(text.substr(0, dash));
    if (!first) {
        return std::nullopt;
    }
    spec.phase = *first;
    if (dash != std::string::npos) {
        spec.minusPhase = parsePhase(text.substr(dash + 1));
        if (!spec.minusPhase || *spec.minusPhase == spec.phase) {
            return std::nullopt; // a phase minus itself is zero everywhere: a typo
        }
    }
    return spec;
}

int phasesNeeded(const std::vector<ChannelSpec> &channels)
{
    int needed = 1;
    for (const ChannelSpec &spec : channels) {
        for (const std::optional<int> phase : {std::optional<int>(spec.phase), spec.minusPhase}) {
            if (!phase) {
                continue;
            }
            // "last" alone is any phase; in a difference it must differ from the other one.
            const int lastNeeds = spec.minusPhase ? 2 : 1;
            needed = std::max(needed, *phase == ChannelSpec::kLast ? lastNeeds : *phase + 1);
        }
    }
    return needed;
}

} // namespace oncoview::inference
