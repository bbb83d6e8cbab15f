// SPDX-License-Identifier: Apache-2.0
#pragma once

// bench_engine's Python side: bench_engine_torch.py as a child process driven over pipes.

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace oncoview::bench {

namespace fs = std::filesystem;

inline std::string readAll(const fs::path &path)
{
    std::ifstream file(path, std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

// The Python baseline as a child process driven in lock step (bench_engine_torch.py): one
// Python pass, then one engine pass, and so on, so a burst of load on the machine hits both
// sides alike instead of whichever happened to run at that moment.
class PythonPeer
{
public:
    // `args`: the interpreter, the script and its options; `outputs`: where the script writes
    // the outputs of its last pass.
    PythonPeer(const std::vector<std::string> &args, fs::path outputs)
        : m_outputs(std::move(outputs))
    {
        int toChild[2];
        int fromChild[2];
        if (pipe(toChild) != 0 || pipe(fromChild) != 0) {
            throw std::runtime_error("cannot create pipes for the Python baseline");
        }
        m_pid = fork();
        if (m_pid == 0) {
            dup2(toChild[0], STDIN_FILENO);
            dup2(fromChild[1], STDOUT_FILENO);
            close(toChild[1]);
            close(fromChild[0]);
            std::vector<char *> argv;
            for (const std::string &arg : args) {
                argv.push_back(const_cast<char *>(arg.c_str()));
            }
            argv.push_back(nullptr);
            execv(argv[0], argv.data());
            _exit(127);
        }
        close(toChild[0]);
        close(fromChild[1]);
        m_in = fdopen(toChild[1], "w");
        m_out = fdopen(fromChild[0], "r");
        if (readLine() != "ready") {
            throw std::runtime_error("the Python baseline did not start (" + args.front()
                                     + " needs torch and numpy)");
        }
    }
    ~PythonPeer()
    {
        if (m_in) {
            std::fclose(m_in);
        }
        if (m_out) {
            std::fclose(m_out);
        }
        if (m_pid > 0) {
            waitpid(m_pid, nullptr, 0);
        }
    }
    // One forward pass in Python; its latency in ms as Python timed it.
    double runOnce() { return command("run"); }
    // `count` passes back to back; their total time in ms.
    double runBatch(int count) { return command("batch " + std::to_string(count)); }
    double command(const std::string &text)
    {
        std::fputs((text + "\n").c_str(), m_in);
        std::fflush(m_in);
        const std::string line = readLine();
        try {
            return std::stod(line);
        } catch (const std::exception &) {
            throw std::runtime_error("the Python baseline failed during a pass");
        }
    }
    // Ends the child; returns the outputs of its last pass, manifest order, concatenated.
    std::vector<float> finish()
    {
        std::fputs("done\n", m_in);
        std::fclose(m_in);
        m_in = nullptr;
        waitpid(m_pid, nullptr, 0);
        m_pid = -1;
        const std::string bytes = readAll(m_outputs);
        std::vector<float> values(bytes.size() / sizeof(float));
        std::memcpy(values.data(), bytes.data(), values.size() * sizeof(float));
        return values;
    }

private:
    std::string readLine()
    {
        char buffer[256];
        if (!std::fgets(buffer, sizeof buffer, m_out)) {
            return {};
        }
        std::string line(buffer);
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) {
            line.pop_back();
        }
        return line;
    }

    fs::path m_outputs;
    pid_t m_pid = -1;
    FILE *m_in = nullptr;
    FILE *m_out = nullptr;
};

} // namespace oncoview::bench
