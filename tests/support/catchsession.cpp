// SPDX-License-Identifier: Apache-2.0
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "catchsession.h"

namespace oncoview::testing {

int runCatchSession(int argc, char *argv[])
{
    return Catch::Session().run(argc, argv);
}

} // namespace oncoview::testing
