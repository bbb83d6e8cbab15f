// SPDX-License-Identifier: Apache-2.0
// The bad-input sweep: every file of the shared test data, and damaged copies of them, through
// `probe` and the app's own open paths (study reading, slide opening and tile reads, annotation
// import). Each case runs in a forked child, so a crash, an abort inside a library, a hang or a
// memory blow-up is caught and named instead of taking the sweep down.
//
// Usage: bad_input_sweep DATA_DIR WORK_DIR [--jobs N] [--timeout-s S] [--max-rss-mb M]
// Exit 0 when every case gave a result or a clear error within the limits; 1 otherwise.
// Prints one line per failure and a JSON summary line (../shared/CLI.md style).

// Qt
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

// Local
#include "app/cli/probe.h"
#include "corruptions.h"
#include "ui/studyloader.h"
#include "viewers/slide/annotations/asapxmlio.h"
#include "viewers/slide/annotations/geojsonio.h"
#include "viewers/slide/slideopener.h"
#include "viewers/slide/slidesource.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <map>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace oncoview;

namespace {

constexpr int kUnclearError = 3; // a failure without a message the user could act on

struct Case
{
    std::string path;
    std::string label; // "as-is" or the corruption
};

bool hasText(const QString &text)
{
    return !text.trimmed().isEmpty();
}

int openSlideCase(const QString &path)
{
    QString error;
    const std::shared_ptr<slide::SlideSource> source = slide::openSlide(path, &error);
    if (!source) {
        return hasText(error) ? 0 : kUnclearError;
    }
    // What the viewer does first: the coarsest level whole (as the overview), then tiles.
    for (const int level : {source->levelCount() - 1, 0}) {
        const QSize size = source->levelSize(level);
        for (const QPoint at : {QPoint(0, 0), QPoint(size.width() / 2, size.height() / 2)}) {
            QString readError;
            const QImage image = source->readRegion(
                level, at.x(), at.y(), std::min(512, std::max(1, size.width())),
                std::min(512, std::max(1, size.height())), &readError);
            if (image.isNull() && !hasText(readError)) {
                return kUnclearError;
            }
        }
    }
    for (const QString &name : source->associatedImageNames()) {
        source->associatedImage(name);
    }
    return 0;
}

// The child: probe, then the path the app opens this kind of file with.
int runCase(const QString &path)
{
    const app::ProbeResult probe = app::probePath(path);
    if (!probe.ok && !hasText(probe.errorReason)) {
        return kUnclearError;
    }
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (info.isFile() && app::isSlideFile(info)) {
        return openSlideCase(path);
    }
    if (suffix == QLatin1String("xml")) {
        const slide::AnnotationReadResult read = slide::AsapXmlIo::readFile(path);
        return read.ok() || hasText(read.error) ? 0 : kUnclearError;
    }
    if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json")) {
        const slide::AnnotationReadResult read = slide::GeoJsonIo::readFile(path);
        return read.ok() || hasText(read.error) ? 0 : kUnclearError;
    }
    const ui::LoadedStudy study = ui::readStudy(path);
    if (study.series.empty()) {
        const bool said = std::any_of(study.skipped.begin(), study.skipped.end(),
                                      [](const mri::SkippedFile &s) { return !s.reason.empty(); })
            || std::any_of(study.problems.begin(), study.problems.end(), hasText) || !probe.ok;
        return said || (study.skipped.empty() && study.problems.isEmpty()) ? 0 : kUnclearError;
    }
    return 0;
}

// Shared data: every file as is, and the folders the app opens as studies.
std::vector<Case> asIsCases(const fs::path &data)
{
    std::vector<Case> cases;
    std::map<fs::path, int> filesPerFolder;
    for (const auto &entry : fs::recursive_directory_iterator(data)) {
        if (entry.is_regular_file()) {
            cases.push_back({entry.path().string(), "as-is"});
            ++filesPerFolder[entry.path().parent_path()];
        }
    }
    for (const auto &[folder, count] : filesPerFolder) {
        cases.push_back({folder.string(), "folder"});
    }
    return cases;
}

// Which files get damaged copies: all of a small folder; the first, middle and last slice of a
// big series (its other files are the same acquisition's slices, byte for byte alike in kind).
std::vector<fs::path> filesToCorrupt(const fs::path &data)
{
    std::map<fs::path, std::vector<fs::path>> byFolder;
    for (const auto &entry : fs::recursive_directory_iterator(data)) {
        if (entry.is_regular_file()) {
            byFolder[entry.path().parent_path()].push_back(entry.path());
        }
    }
    std::vector<fs::path> chosen;
    for (auto &[folder, files] : byFolder) {
        std::sort(files.begin(), files.end());
        if (files.size() <= 24) {
            chosen.insert(chosen.end(), files.begin(), files.end());
        } else {
            chosen.push_back(files.front());
            chosen.push_back(files[files.size() / 2]);
            chosen.push_back(files.back());
        }
    }
    return chosen;
}

std::vector<Case> corruptedCases(const fs::path &data, const fs::path &work)
{
    std::vector<Case> cases;
    int serial = 0;
    for (const fs::path &file : filesToCorrupt(data)) {
        QFile in(QString::fromStdString(file.string()));
        if (!in.open(QIODevice::ReadOnly) || in.size() > (qint64(64) << 20)) {
            continue;
        }
        const QByteArray content = in.readAll();
        for (const sweep::Corruption &c :
             sweep::corruptionsOf(QString::fromStdString(file.filename().string()), content)) {
            // One folder per case: a damaged series slice is opened as a folder of its own.
            const fs::path folder = work / std::to_string(serial++);
            fs::create_directories(folder);
            const fs::path target = folder / c.fileName.toStdString();
            QFile out(QString::fromStdString(target.string()));
            if (out.open(QIODevice::WriteOnly)) {
                out.write(c.bytes);
            }
            cases.push_back({target.string(),
                             c.name.toStdString() + " of " + fs::relative(file, data).string()});
        }
    }
    return cases;
}

struct Running
{
    pid_t pid;
    size_t index;
    std::chrono::steady_clock::time_point started;
    std::string log;
};

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr,
                     "usage: bad_input_sweep DATA_DIR WORK_DIR [--jobs N] "
                     "[--timeout-s S] [--max-rss-mb M]\n");
        return 64;
    }
    const fs::path data = argv[1];
    const fs::path work = argv[2];
    unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
    double timeoutSeconds = 10.0;
    long maxRssMb = 2048;
    for (int i = 3; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--jobs") == 0) {
            jobs = unsigned(std::max(1, std::atoi(argv[i + 1])));
        } else if (std::strcmp(argv[i], "--timeout-s") == 0) {
            timeoutSeconds = std::atof(argv[i + 1]);
        } else if (std::strcmp(argv[i], "--max-rss-mb") == 0) {
            maxRssMb = std::atol(argv[i + 1]);
        }
    }
    if (!fs::is_directory(data)) {
        std::fprintf(stderr, "bad_input_sweep: no test data at %s\n", data.c_str());
        return 1;
    }
    const auto start = std::chrono::steady_clock::now();
    fs::remove_all(work);
    fs::create_directories(work / "cases");
    fs::create_directories(work / "logs");
    std::vector<Case> cases = asIsCases(data);
    const std::vector<Case> damaged = corruptedCases(data, work / "cases");
    cases.insert(cases.end(), damaged.begin(), damaged.end());

    // No thread has started in this process: forking it is safe, and far cheaper than starting
    // the binary (Qt, VTK, ITK and LibTorch to load) once per case.
    std::vector<Running> running;
    size_t next = 0;
    int failures = 0;
    long peakKb = 0;
    double slowest = 0.0;
    std::string slowestCase;
    while (next < cases.size() || !running.empty()) {
        while (running.size() < jobs && next < cases.size()) {
            const std::string log = (work / "logs" / (std::to_string(next) + ".log")).string();
            const pid_t pid = ::fork();
            if (pid == 0) {
                const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
                ::dup2(fd, STDOUT_FILENO);
                ::dup2(fd, STDERR_FILENO);
                int childArgc = 1;
                char name[] = "bad_input_sweep";
                char *childArgv[] = {name, nullptr};
                QCoreApplication app(childArgc, childArgv);
                std::fflush(nullptr);
                ::_exit(runCase(QString::fromStdString(cases[next].path)));
            }
            running.push_back({pid, next++, std::chrono::steady_clock::now(), log});
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        for (auto it = running.begin(); it != running.end();) {
            int status = 0;
            rusage usage {};
            const pid_t done = ::wait4(it->pid, &status, WNOHANG, &usage);
            const double seconds
                = std::chrono::duration<double>(std::chrono::steady_clock::now() - it->started)
                      .count();
            const Case &c = cases[it->index];
            if (done == 0 && seconds <= timeoutSeconds) {
                ++it;
                continue;
            }
            std::string problem;
            if (done == 0) {
                ::kill(it->pid, SIGKILL);
                ::wait4(it->pid, &status, 0, &usage);
                problem = "hung (killed after " + std::to_string(int(timeoutSeconds)) + " s)";
            } else if (WIFSIGNALED(status)) {
                problem = std::string("crashed: ") + ::strsignal(WTERMSIG(status));
            } else if (WEXITSTATUS(status) == kUnclearError) {
                problem = "failed without saying why";
            } else if (WEXITSTATUS(status) != 0) {
                problem = "exit " + std::to_string(WEXITSTATUS(status));
            } else if (usage.ru_maxrss > maxRssMb * 1024) {
                problem = "peak memory " + std::to_string(usage.ru_maxrss / 1024) + " MB";
            }
            peakKb = std::max(peakKb, long(usage.ru_maxrss));
            if (seconds > slowest) {
                slowest = seconds;
                slowestCase = c.label + ": " + c.path;
            }
            if (problem.empty()) {
                fs::remove(it->log);
            } else {
                ++failures;
                std::printf("FAIL %s (%s): %s; log %s\n", c.path.c_str(), c.label.c_str(),
                            problem.c_str(), it->log.c_str());
            }
            it = running.erase(it);
        }
    }
    const double total
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("{\"benchmark\":\"bad_input_sweep\",\"cases\":%zu,\"damaged_copies\":%zu,"
                "\"failures\":%d,\"peak_rss_mb\":%ld,\"slowest_s\":%.2f,\"slowest_case\":\"%s\","
                "\"seconds\":%.1f}\n",
                cases.size(), damaged.size(), failures, peakKb / 1024, slowest, slowestCase.c_str(),
                total);
    if (failures == 0) {
        fs::remove_all(work);
    }
    return failures == 0 ? 0 : 1;
}
