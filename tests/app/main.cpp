// SPDX-License-Identifier: Apache-2.0
// The CLI tests drive the real binary through QProcess, which needs a QCoreApplication.
#include "tests/support/catchsession.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return oncoview::testing::runCatchSession(argc, argv);
}
