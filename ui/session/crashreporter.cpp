// SPDX-License-Identifier: Apache-2.0
#include "ui/session/crashreporter.h"

// Qt
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <cxxabi.h>
#include <execinfo.h>
#include <fcntl.h>
#include <unistd.h>

namespace oncoview::ui {

namespace {

// Everything the handler reads is prepared beforehand in fixed buffers: it may not allocate.
constexpr int kTrailEntries = 16;
constexpr size_t kTrailText = 120;
char g_trail[kTrailEntries][kTrailText];
std::atomic<unsigned> g_trailCount {0};
char g_directory[1024];
char g_versions[1024];
constexpr int kFatalSignals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
constexpr size_t kAltStackBytes = 64 * 1024;

// A bounded writer over a stack buffer, async-signal-safe (no locale, no malloc).
struct Line
{
    char text[1400];
    size_t length = 0;

    void add(const char *s)
    {
        while (*s != '\0' && length + 1 < sizeof text) {
            text[length++] = *s++;
        }
    }
    void add(unsigned long long value, int base = 10)
    {
        char digits[32];
        int n = 0;
        do {
            digits[n++] = "0123456789abcdef"[value % unsigned(base)];
            value /= unsigned(base);
        } while (value != 0 && n < 32);
        while (n > 0 && length + 1 < sizeof text) {
            text[length++] = digits[--n];
        }
    }
    void writeTo(int fd)
    {
        const char *at = text;
        size_t left = length;
        while (left > 0) {
            const ssize_t written = ::write(fd, at, left);
            if (written < 0 && errno == EINTR) {
                continue;
            }
            if (written <= 0) {
                break;
            }
            at += written;
            left -= size_t(written);
        }
        length = 0;
    }
};

const char *signalName(int signal)
{
    switch (signal) {
    case SIGSEGV:
        return "SIGSEGV (invalid memory access)";
    case SIGBUS:
        return "SIGBUS (bus error)";
    case SIGFPE:
        return "SIGFPE (arithmetic error)";
    case SIGILL:
        return "SIGILL (illegal instruction)";
    case SIGABRT:
        return "SIGABRT (abort: a failed assertion or an uncaught exception)";
    default:
        return "fatal signal";
    }
}

void onFatalSignal(int signal, siginfo_t *info, void *)
{
    static volatile sig_atomic_t entered = 0;
    if (entered == 0) {
        entered = 1;
        Line line;
        line.add(g_directory);
        line.add("/crash-");
        line.add(static_cast<unsigned long long>(std::time(nullptr)));
        line.add("-");
        line.add(static_cast<unsigned long long>(::getpid()));
        line.add(".raw");
        line.text[line.length] = '\0';
        const int fd = ::open(line.text, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        line.length = 0;
        if (fd >= 0) {
            line.add("OncoView crash report\nsignal: ");
            line.add(static_cast<unsigned long long>(signal));
            line.add(" ");
            line.add(signalName(signal));
            if (signal != SIGABRT && info != nullptr) {
                line.add(" at 0x");
                line.add(reinterpret_cast<unsigned long long>(info->si_addr), 16);
            }
            line.add("\nversions: ");
            line.add(g_versions);
            line.add("\nlast actions (oldest first):\n");
            line.writeTo(fd);
            const unsigned count = g_trailCount.load();
            for (unsigned i = count > kTrailEntries ? count - kTrailEntries : 0; i < count; ++i) {
                line.add("  ");
                line.add(g_trail[i % kTrailEntries]);
                line.add("\n");
                line.writeTo(fd);
            }
            line.add("stack:\n");
            line.writeTo(fd);
            void *frames[64];
            const int depth = ::backtrace(frames, 64);
            ::backtrace_symbols_fd(frames, depth, fd);
            ::fsync(fd);
            ::close(fd);
        }
    }
    // SA_RESETHAND restored the default action: raised again, the signal ends the process
    // (with a core dump where enabled) once this handler returns.
    ::raise(signal);
}

void copyInto(char *target, size_t size, const QByteArray &text)
{
    const size_t n = std::min(size - 1, size_t(text.size()));
    std::memcpy(target, text.constData(), n);
    target[n] = '\0';
}

QString demangled(const QString &symbol)
{
    if (!symbol.startsWith(QLatin1String("_Z"))) {
        return symbol;
    }
    int status = 0;
    char *name = abi::__cxa_demangle(symbol.toLatin1().constData(), nullptr, nullptr, &status);
    const QString result = status == 0 && name ? QString::fromLatin1(name) : symbol;
    std::free(name);
    return result;
}

} // namespace

void installCrashHandler(const QString &reportDirectory, const QString &versions)
{
    QDir().mkpath(reportDirectory);
    copyInto(g_directory, sizeof g_directory, QFile::encodeName(reportDirectory));
    copyInto(g_versions, sizeof g_versions, versions.toUtf8());
    // The first backtrace() loads libgcc_s, which allocates: do it now, not in the handler.
    void *warmUp[4];
    ::backtrace(warmUp, 4);

    static char *alternateStack = new char[kAltStackBytes];
    stack_t stack {};
    stack.ss_sp = alternateStack;
    stack.ss_size = kAltStackBytes;
    ::sigaltstack(&stack, nullptr);

    struct sigaction action
    {
    };
    action.sa_sigaction = onFatalSignal;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    for (const int signal : kFatalSignals) {
        ::sigaction(signal, &action, nullptr);
    }
}

void noteAction(const QString &action)
{
    // Defensive: whatever looks like a path is dropped, so a careless caller cannot leak one.
    QStringList words = action.split(QLatin1Char(' '));
    for (QString &word : words) {
        if (word.contains(QLatin1Char('/')) || word.contains(QLatin1Char('\\'))) {
            word = QStringLiteral("<path>");
        }
    }
    const QString stamped = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss "))
        + words.join(QLatin1Char(' '));
    const unsigned index = g_trailCount.load();
    copyInto(g_trail[index % kTrailEntries], kTrailText, stamped.toUtf8());
    g_trailCount.store(index + 1);
}

QStringList lastActions()
{
    QStringList actions;
    const unsigned count = g_trailCount.load();
    for (unsigned i = count > kTrailEntries ? count - kTrailEntries : 0; i < count; ++i) {
        actions << QString::fromUtf8(g_trail[i % kTrailEntries]);
    }
    return actions;
}

QString cleanStackLine(const QString &line)
{
    // backtrace_symbols_fd: "MODULE(SYMBOL+0xOFF) [0xADDR]", "MODULE(+0xOFF) [0xADDR]" or
    // "[0xADDR]".
    static const QRegularExpression frame(
        QStringLiteral(R"(^(.*?)\(([^()+]*)(\+0x[0-9a-fA-F]+)?\)\s*(\[0x[0-9a-fA-F]+\])\s*$)"));
    const QRegularExpressionMatch match = frame.match(line);
    if (!match.hasMatch()) {
        return line.trimmed();
    }
    const QString module = match.captured(1).section(QLatin1Char('/'), -1);
    return module + QLatin1Char('(') + demangled(match.captured(2)) + match.captured(3)
        + QStringLiteral(") ") + match.captured(4);
}

QStringList finishCrashReports(const QString &reportDirectory)
{
    QStringList finished;
    QDir dir(reportDirectory);
    const QFileInfoList raws
        = dir.entryInfoList({QStringLiteral("crash-*.raw")}, QDir::Files, QDir::Name);
    for (const QFileInfo &raw : raws) {
        QFile in(raw.filePath());
        if (!in.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QStringList lines = QString::fromUtf8(in.read(4 << 20)).split(QLatin1Char('\n'));
        in.close();
        QStringList out;
        bool inStack = false;
        for (const QString &line : lines) {
            out << (inStack && !line.isEmpty() ? QStringLiteral("  ") + cleanStackLine(line)
                                               : line);
            inStack = inStack || line == QLatin1String("stack:");
        }
        const qint64 seconds = raw.baseName().section(QLatin1Char('-'), 1, 1).toLongLong();
        const QString stamp
            = QDateTime::fromSecsSinceEpoch(seconds).toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString target = dir.filePath(QStringLiteral("crash-%1.txt").arg(stamp));
        if (QFile::exists(target)) {
            target = dir.filePath(QStringLiteral("crash-%1-%2.txt")
                                      .arg(stamp, raw.baseName().section(QLatin1Char('-'), 2)));
        }
        QSaveFile file(target);
        if (file.open(QIODevice::WriteOnly) && file.write(out.join(QLatin1Char('\n')).toUtf8()) >= 0
            && file.commit()) {
            QFile::remove(raw.filePath());
            finished << target;
        }
    }
    return finished;
}

} // namespace oncoview::ui
