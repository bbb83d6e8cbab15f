// SPDX-License-Identifier: Apache-2.0
#include "tests/support/catchsession.h"

#include "tinymodels.h"

#include <cstring>

int runAnalysisResumeChild(); // tst_analysisresume.cpp

int main(int argc, char *argv[])
{
    // "--analysis-resume-child": the process the resume test kills mid-encoding.
    if (argc == 2 && std::strcmp(argv[1], "--analysis-resume-child") == 0) {
        return runAnalysisResumeChild();
    }
    const int result = oncoview::testing::runCatchSession(argc, argv);
    // Packages written by the tests live in one per-process folder.
    std::error_code ec;
    std::filesystem::remove_all(oncoview::inference::testing::tempRoot(), ec);
    return result;
}
