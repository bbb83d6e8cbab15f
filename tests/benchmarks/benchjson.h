// SPDX-License-Identifier: Apache-2.0
#pragma once

// JSON-lines output shared by the benchmark programs (contract: ../shared/CLI.md).

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

namespace oncoview::bench {

// One comparison: `baseline` measured in the same run; ratio = value / baseline.
struct Baseline
{
    double value = 0.0;
    std::string goal; // e.g. "ratio>=1" or "value<=16": what a pass means, for readers
};

inline std::string jsonNumber(double value)
{
    if (!std::isfinite(value)) {
        return "null"; // JSON has no NaN or infinity
    }
    char text[64];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

inline std::string jsonString(const std::string &text)
{
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
        }
        out += (c == '\n') ? ' ' : c;
    }
    return out + "\"";
}

// Prints {"bench","metric","value","unit"[,"baseline","ratio","goal"]} on one line of stdout.
inline void printMetric(const std::string &bench, const std::string &metric, double value,
                        const std::string &unit, const std::optional<Baseline> &baseline = {})
{
    std::string line = "{\"bench\":" + jsonString(bench) + ",\"metric\":" + jsonString(metric)
        + ",\"value\":" + jsonNumber(value) + ",\"unit\":" + jsonString(unit);
    if (baseline) {
        line += ",\"baseline\":" + jsonNumber(baseline->value)
            + ",\"ratio\":" + jsonNumber(baseline->value != 0.0 ? value / baseline->value : NAN);
        if (!baseline->goal.empty()) {
            line += ",\"goal\":" + jsonString(baseline->goal);
        }
    }
    std::printf("%s}\n", line.c_str());
    std::fflush(stdout);
}

// A memory line of /proc/self/status in MiB ("VmHWM": peak resident, "VmRSS": resident now);
// NaN where the file or field is missing.
inline double procStatusMib(const std::string &field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(field + ":", 0) == 0) {
            return std::stod(line.substr(field.size() + 1)) / 1024.0;
        }
    }
    return NAN;
}

// The q-quantile (0..1) of `values` by nearest rank; NaN when empty.
inline double quantile(std::vector<double> values, double q)
{
    if (values.empty()) {
        return NAN;
    }
    std::sort(values.begin(), values.end());
    const size_t rank = size_t(std::ceil(q * double(values.size())));
    return values[std::min(values.size() - 1, rank == 0 ? 0 : rank - 1)];
}

} // namespace oncoview::bench
