// SPDX-License-Identifier: Apache-2.0
#include "ui/workspace/filedrop.h"

// Qt
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace oncoview::ui {

namespace {

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls()) {
        return paths;
    }
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    return paths;
}

// Scanner exports often name DICOM files without a suffix (IM0001): any file that is not
// NIfTI may be one.
bool mayBeDicomFile(const QFileInfo &info)
{
    const QString name = info.fileName().toLower();
    return info.isFile() && !name.endsWith(QLatin1String(".nii"))
        && !name.endsWith(QLatin1String(".nii.gz"));
}

} // namespace

const QStringList &slideSuffixes()
{
    static const QStringList suffixes {QStringLiteral("svs"),     QStringLiteral("tif"),
                                       QStringLiteral("tiff"),    QStringLiteral("ndpi"),
                                       QStringLiteral("vms"),     QStringLiteral("vmu"),
                                       QStringLiteral("scn"),     QStringLiteral("mrxs"),
                                       QStringLiteral("svslide"), QStringLiteral("bif")};
    return suffixes;
}

bool looksLikeSlide(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && slideSuffixes().contains(info.suffix().toLower());
}

bool looksLikeAnnotations(const QString &path)
{
    static const QStringList suffixes {QStringLiteral("geojson"), QStringLiteral("json"),
                                       QStringLiteral("xml")};
    const QFileInfo info(path);
    return info.isFile() && suffixes.contains(info.suffix().toLower());
}

DropPlan planDrop(const QStringList &paths)
{
    DropPlan plan;
    QStringList studies;
    QString dicomFolder; // the one folder all dropped DICOM files are in, if they share one
    bool dicomFromOneFolder = true;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            plan.ignored << path;
        } else if (looksLikeSlide(path)) {
            if (plan.slide.isEmpty()) {
                plan.slide = path;
            } else {
                plan.ignored << path;
            }
        } else if (looksLikeAnnotations(path)) {
            plan.annotations << path;
        } else {
            if (mayBeDicomFile(info)) {
                const QString folder = info.absolutePath();
                dicomFromOneFolder
                    = dicomFromOneFolder && (dicomFolder.isEmpty() || folder == dicomFolder);
                dicomFolder = folder;
            } else {
                dicomFromOneFolder = false;
            }
            studies << path;
        }
    }
    if (studies.size() > 1 && dicomFromOneFolder) {
        plan.study = dicomFolder; // the files of one series or study: read them together
    } else if (!studies.isEmpty()) {
        plan.study = studies.takeFirst();
        plan.ignored << studies;
    }
    return plan;
}

FileDropFilter::FileDropFilter(QWidget *window)
    : QObject(window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool FileDropFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        if (localPaths(drag->mimeData()).isEmpty()) {
            drag->ignore();
        } else {
            drag->acceptProposedAction();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = localPaths(drop->mimeData());
        if (paths.isEmpty()) {
            drop->ignore();
            return true;
        }
        drop->acceptProposedAction();
        Q_EMIT dropped(paths);
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace oncoview::ui
