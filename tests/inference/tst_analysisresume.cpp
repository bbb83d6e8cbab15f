// SPDX-License-Identifier: Apache-2.0
// An analysis process killed with SIGKILL mid-encoding: the next run resumes from the feature
// checkpoint it left in the cache, and its answer is the uninterrupted run's.
#include "inference/analysis/slidepipeline.h"
#include "inference/modelpackage.h"
#include "inference/packagesignature.h"

#include "demofixtures.h"
#include "syntheticslide.h"
#include "tinymodels.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace oncoview::inference;
using namespace oncoview::inference::analysis;

namespace {

constexpr uint64_t kSlideSeed = 91;

SlideAnalysisOptions resumeOptions(const std::filesystem::path &cache)
{
    SlideAnalysisOptions o;
    o.cacheDirectory = cache;
    o.batchSize = 4; // 35 patches: 9 batches, so a kill lands between checkpoints
    o.readerThreads = 2;
    o.checkpointSeconds = 0.05;
    return o;
}

testing::SyntheticSlide resumeSlide()
{
    return testing::SyntheticSlide(8, 6, testing::tumourBlockCells(), 0.5, kSlideSeed);
}

// This test binary again as the child (main.cpp); its stdout is read through `out`.
struct Child
{
    pid_t pid = -1;
    FILE *out = nullptr;
};

Child startChild(const std::filesystem::path &package, const std::filesystem::path &cache)
{
    int pipeFds[2];
    REQUIRE(::pipe(pipeFds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::dup2(pipeFds[1], STDOUT_FILENO);
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
        ::setenv("ONCOVIEW_RESUME_PACKAGE", package.c_str(), 1);
        ::setenv("ONCOVIEW_RESUME_CACHE", cache.c_str(), 1);
        ::execl("/proc/self/exe", "tests_inference", "--analysis-resume-child",
                static_cast<char *>(nullptr));
        ::_exit(127);
    }
    ::close(pipeFds[1]);
    return {pid, ::fdopen(pipeFds[0], "r")};
}

} // namespace

// The child half of the test below (see main.cpp): a slide analysis slowed per batch,
// checkpointing, until it is killed.
int runAnalysisResumeChild()
{
    const char *package = std::getenv("ONCOVIEW_RESUME_PACKAGE");
    const char *cache = std::getenv("ONCOVIEW_RESUME_CACHE");
    if (!package || !cache) {
        return 2;
    }
    const PackageLoad load = loadPackage(package);
    if (!load) {
        return 3;
    }
    const testing::SyntheticSlide slide = resumeSlide();
    analyzeSlide(
        *load.package, packageSha256(package), slide, resumeOptions(cache),
        [](const SlideProgress &p) {
            if (p.stage == "patches") {
                std::printf("encoded %lld\n", static_cast<long long>(p.done));
                std::fflush(stdout);
                // Slow enough for the parent to kill it between two batches.
                std::this_thread::sleep_for(std::chrono::milliseconds(60));
            }
        },
        [] { return false; });
    std::printf("finished\n");
    return 0;
}

TEST_CASE("A slide analysis killed mid-encoding resumes from its checkpoint",
          "[analysis][slide][crash]")
{
    const PackageLoad load = loadPackage(testing::demoMilPackage());
    REQUIRE(load);
    const std::string sha = packageSha256(testing::demoMilPackage());
    const testing::SyntheticSlide referenceSlide = resumeSlide();
    const SlideAnalysisResult reference = analyzeSlide(
        *load.package, sha, referenceSlide, resumeOptions({}), [](const SlideProgress &) {},
        [] { return false; });
    const size_t patches = reference.grid.patches.size();
    REQUIRE(patches == 35);

    const auto cache = testing::makeTempDir("resume-cache");
    Child child = startChild(testing::demoMilPackage(), cache);
    REQUIRE(child.out);
    // Kill once half the patches are encoded and a checkpoint file is on disk.
    char line[128];
    long long encoded = 0;
    bool checkpointed = false;
    while (std::fgets(line, sizeof line, child.out)) {
        std::sscanf(line, "encoded %lld", &encoded);
        checkpointed = checkpointed || !std::filesystem::is_empty(cache);
        if (encoded >= 16 && checkpointed) {
            break;
        }
    }
    ::kill(child.pid, SIGKILL);
    int status = 0;
    ::waitpid(child.pid, &status, 0);
    std::fclose(child.out);
    INFO("child stopped after " << encoded << " patches; exit status "
                                << (WIFEXITED(status) ? WEXITSTATUS(status) : -1));
    REQUIRE(WIFSIGNALED(status));
    REQUIRE(encoded < static_cast<long long>(patches)); // killed mid-encoding, not after it

    const testing::SyntheticSlide slide = resumeSlide();
    const SlideAnalysisResult resumed = analyzeSlide(
        *load.package, sha, slide, resumeOptions(cache), [](const SlideProgress &) {},
        [] { return false; });
    CHECK_FALSE(resumed.cacheHit);
    CHECK(resumed.resumedPatches >= 4);
    CHECK(resumed.resumedPatches < patches);
    // Only what the checkpoint lacked was read again (no tissue search either).
    INFO("regions read: " << slide.readCount() << " resumed, " << referenceSlide.readCount()
                          << " uninterrupted; " << resumed.resumedPatches << " patches resumed");
    CHECK(slide.readCount() < referenceSlide.readCount());
    REQUIRE(resumed.probabilities.size() == reference.probabilities.size());
    for (size_t i = 0; i < reference.probabilities.size(); ++i) {
        CHECK(resumed.probabilities[i].second
              == Approx(reference.probabilities[i].second).margin(1e-5));
    }
    REQUIRE(resumed.attention.size() == patches);
    for (size_t i = 0; i < patches; ++i) {
        CHECK(resumed.attention[i] == Approx(reference.attention[i]).margin(1e-5));
    }

    // The completed run replaced the checkpoint with a whole entry.
    const SlideAnalysisResult again = analyzeSlide(
        *load.package, sha, slide, resumeOptions(cache), [](const SlideProgress &) {},
        [] { return false; });
    CHECK(again.cacheHit);
}
