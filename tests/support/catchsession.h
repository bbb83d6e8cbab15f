// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace oncoview::testing {

// Runs the Catch2 session of a test executable. Catch2 v2 is a single header whose
// implementation (~20 s to compile) comes with CATCH_CONFIG_RUNNER: it is compiled once, in
// catchsession.cpp, instead of once per test executable; the mains keep their own set-up.
int runCatchSession(int argc, char *argv[]);

} // namespace oncoview::testing
