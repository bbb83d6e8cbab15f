// SPDX-License-Identifier: Apache-2.0
// tests_annotations entry point. A QCoreApplication is enough (no widgets, no painting). With
// "--autosave-crash-child <base>" the binary plays the process that dies mid-session in the
// autosave crash test instead of running tests; "--autosave-stress-child <base>" edits until
// the kill test kills it.
#include "tests/support/catchsession.h"

// Qt
#include <QCoreApplication>

#include <cstring>

int runAutosaveCrashChild(const QString &basePath); // test_autosave.cpp
int runAutosaveStressChild(const QString &basePath); // test_autosave.cpp

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && std::strcmp(argv[1], "--autosave-crash-child") == 0) {
        return runAutosaveCrashChild(QString::fromLocal8Bit(argv[2]));
    }
    if (argc == 3 && std::strcmp(argv[1], "--autosave-stress-child") == 0) {
        return runAutosaveStressChild(QString::fromLocal8Bit(argv[2]));
    }
    return oncoview::testing::runCatchSession(argc, argv);
}
