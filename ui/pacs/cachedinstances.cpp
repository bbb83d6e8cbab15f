// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/cachedinstances.h"

// Qt
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <dcmtk/config/osconfig.h> // first, as DCMTK requires
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

namespace oncoview::ui {

QSet<QString> cachedInstances(const QString &folder)
{
    QSet<QString> present;
    QDir dir(folder);
    for (const QString &half : dir.entryList({QStringLiteral("*.partial")}, QDir::Files)) {
        dir.remove(half);
    }
    for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("*.dcm")}, QDir::Files)) {
        if (const QString uid = sopInstanceUidOf(file.filePath()); !uid.isEmpty()) {
            present.insert(uid);
        }
    }
    return present;
}

QString sopInstanceUidOf(const QString &file)
{
    DcmFileFormat dicom;
    // The header only: values longer than 256 bytes (pixel data) are not read.
    OFString uid;
    if (dicom.loadFile(QFile::encodeName(file).constData(), EXS_Unknown, EGL_noChange, 256)
            .good()) {
        dicom.getDataset()->findAndGetOFString(DCM_SOPInstanceUID, uid);
    }
    return QString::fromLatin1(uid.c_str());
}

int lastInstanceNumber(const QString &folder)
{
    int last = 0;
    for (const QFileInfo &file :
         QDir(folder).entryInfoList({QStringLiteral("*.dcm")}, QDir::Files)) {
        bool number = false;
        const int n = file.completeBaseName().toInt(&number);
        if (number) {
            last = std::max(last, n);
        }
    }
    return last;
}

} // namespace oncoview::ui
