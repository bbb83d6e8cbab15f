// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <stdexcept>
#include <string>

namespace oncoview::inference::analysis {

// Why an analysis could not run, in the three ways a user (and the CLI's exit code) tells apart.
class AnalysisError : public std::runtime_error
{
public:
    enum class Kind {
        UnreadableInput, // the file cannot be read (CLI exit 2)
        RefusedPackage, // the package is not usable for this analysis (exit 3)
        MissingInput, // the input lacks what the package needs (exit 4)
    };
    AnalysisError(Kind kind, const std::string &message)
        : std::runtime_error(message)
        , m_kind(kind)
    {
    }
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

} // namespace oncoview::inference::analysis
