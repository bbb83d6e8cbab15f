// SPDX-License-Identifier: Apache-2.0
// The CLI tests drive the real binary through QProcess, which needs a QCoreApplication.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
