// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <stdexcept>
#include <string>

namespace oncoview::mri {

// Thrown by the loaders; what() names the file and the reason, ready to show to the user.
class LoadError : public std::runtime_error
{
public:
    LoadError(const std::string &file, const std::string &reason)
        : std::runtime_error(file + ": " + reason)
        , m_file(file)
        , m_reason(reason)
    {
    }
    const std::string &file() const { return m_file; }
    const std::string &reason() const { return m_reason; }

private:
    std::string m_file;
    std::string m_reason;
};

// Thrown by the loaders when the caller's cancel flag became true.
class LoadCancelled : public LoadError
{
public:
    explicit LoadCancelled(const std::string &file)
        : LoadError(file, "loading cancelled")
    {
    }
};

} // namespace oncoview::mri
