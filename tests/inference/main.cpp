#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "tinymodels.h"

int main(int argc, char *argv[])
{
    const int result = Catch::Session().run(argc, argv);
    // Packages written by the tests live in one per-process folder.
    std::error_code ec;
    std::filesystem::remove_all(oncoview::inference::testing::tempRoot(), ec);
    return result;
}
