// SPDX-License-Identifier: Apache-2.0
#pragma once

// Catch2 (the caller has included it)
#include <cstdlib>
#include <cstring>

namespace oncoview::testing {

// CI sets CI=true (GitHub, GitLab, Woodpecker and most others do).
inline bool runningInCi()
{
    const char *ci = std::getenv("CI");
    return ci != nullptr && (std::strcmp(ci, "true") == 0 || std::strcmp(ci, "1") == 0);
}

} // namespace oncoview::testing

// A test whose prerequisite (../shared/data, an OpenGL context) is missing: on a developer's
// machine a warning and the caller returns; in CI a failure, so a suite cannot pass by
// skipping everything that matters. `message` is a Catch2 stream expression.
#define ONCOVIEW_SKIP_OR_FAIL(message)                                                             \
    do {                                                                                           \
        if (oncoview::testing::runningInCi()) {                                                    \
            FAIL(message << " (CI=true: a missing test prerequisite is a failure)");               \
        } else {                                                                                   \
            WARN(message);                                                                         \
        }                                                                                          \
    } while (false)
