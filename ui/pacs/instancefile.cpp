// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/instancefile.h"

// Qt
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/uio.h>
#include <unistd.h>

namespace oncoview::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oncoview::ui", text);
}

// Every span, in as few system calls as the kernel allows; a short write goes on where it
// stopped.
bool writeSpans(int fd, const ByteSpans &body)
{
    const QList<ByteSpan> &spans = body.spans();
    qsizetype index = 0;
    qsizetype doneInSpan = 0;
    while (index < spans.size()) {
        std::vector<iovec> pieces;
        for (qsizetype i = index; i < spans.size() && pieces.size() < IOV_MAX; ++i) {
            const qsizetype skip = i == index ? doneInSpan : 0;
            pieces.push_back(
                {const_cast<char *>(spans[i].data() + skip), size_t(spans[i].size - skip)});
        }
        ssize_t written = ::writev(fd, pieces.data(), int(pieces.size()));
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            errno = written == 0 ? EIO : errno;
            return false;
        }
        while (written > 0) {
            const qsizetype left = spans[index].size - doneInSpan;
            if (written >= left) {
                written -= left;
                ++index;
                doneInSpan = 0;
            } else {
                doneInSpan += written;
                written = 0;
            }
        }
    }
    return true;
}

QString cannotWrite(const QString &path, int error)
{
    return tr("Cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error)));
}

#ifdef O_TMPFILE
// Linux: the bytes go to a file without a name, which is given its name once complete. One
// directory change per instance where writing aside and renaming makes two.
enum class Outcome { Written, Failed, Unsupported };

Outcome writeUnnamedThenLink(const QString &path, const ByteSpans &body, QString *error)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (fd < 0) {
        return Outcome::Unsupported; // a file system without unnamed files
    }
    if (!writeSpans(fd, body)) {
        *error = cannotWrite(path, errno);
        ::close(fd);
        return Outcome::Failed;
    }
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(fd);
    const QByteArray name = QFile::encodeName(path);
    int linked
        = ::linkat(AT_FDCWD, self.constData(), AT_FDCWD, name.constData(), AT_SYMLINK_FOLLOW);
    if (linked != 0 && errno == EEXIST) { // replacing an older file: named aside, renamed over
        const QByteArray aside = name + ".partial";
        ::unlink(aside.constData());
        linked
            = ::linkat(AT_FDCWD, self.constData(), AT_FDCWD, aside.constData(), AT_SYMLINK_FOLLOW);
        if (linked == 0 && std::rename(aside.constData(), name.constData()) != 0) {
            *error = cannotWrite(path, errno);
            ::unlink(aside.constData());
            ::close(fd);
            return Outcome::Failed;
        }
    }
    const int linkError = errno;
    ::close(fd);
    if (linked != 0) {
        // No /proc to name the file by: the portable way.
        return linkError == ENOENT ? Outcome::Unsupported
                                   : (*error = cannotWrite(path, linkError), Outcome::Failed);
    }
    return Outcome::Written;
}
#endif

// Anywhere: written aside under .partial (which a resumed retrieval removes), then renamed.
QString writeAsideThenRename(const QString &path, const ByteSpans &body)
{
    const QByteArray name = QFile::encodeName(path);
    const QByteArray aside = name + ".partial";
    const int fd = ::open(aside.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) {
        return cannotWrite(path, errno);
    }
    const bool written = writeSpans(fd, body);
    const int writeError = errno;
    ::close(fd);
    if (!written || std::rename(aside.constData(), name.constData()) != 0) {
        const int error = written ? errno : writeError;
        ::unlink(aside.constData());
        return cannotWrite(path, error);
    }
    return {};
}

} // namespace

QString writeWholeFile(const QString &path, const ByteSpans &body)
{
#ifdef O_TMPFILE
    QString error;
    switch (writeUnnamedThenLink(path, body, &error)) {
    case Outcome::Written:
        return {};
    case Outcome::Failed:
        return error;
    case Outcome::Unsupported:
        break;
    }
#endif
    return writeAsideThenRename(path, body);
}

} // namespace oncoview::ui
