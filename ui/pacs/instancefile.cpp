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
// Linux: the bytes go to a file without a name, which is given its name once complete: one
// directory change per instance where writing aside and renaming makes two. False when that
// did not happen (no unnamed files on this file system, no /proc, the name taken by an older
// file, a write error): the portable way then writes it, or says why it cannot.
bool writeUnnamedThenLink(const QString &path, const ByteSpans &body)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (fd < 0) {
        return false;
    }
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(fd);
    const bool named = writeSpans(fd, body)
        && ::linkat(AT_FDCWD, self.constData(), AT_FDCWD, QFile::encodeName(path).constData(),
                    AT_SYMLINK_FOLLOW)
            == 0;
    ::close(fd); // unnamed, the file is gone with its descriptor
    return named;
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
    if (writeUnnamedThenLink(path, body)) {
        return {};
    }
#endif
    return writeAsideThenRename(path, body);
}

} // namespace oncoview::ui
