// SPDX-License-Identifier: Apache-2.0
#include "ui/session/componentversions.h"

// Qt
#include <QCoreApplication>
#include <QStringList>
#include <QSysInfo>

// Local
#include "inference/torchruntime.h"
#include "viewers/mri/io/readerversions.h"
#include "viewers/slide/openslidesource.h"

#include <vtkVersion.h>

namespace oncoview::ui {

QString componentVersions()
{
    QStringList parts;
    parts << QStringLiteral("OncoView %1 (%2)")
                 .arg(QCoreApplication::applicationVersion(), QStringLiteral(ONCOVIEW_BUILD_TYPE));
    parts << QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()));
    parts << QStringLiteral("VTK %1").arg(QString::fromLatin1(vtkVersion::GetVTKVersion()));
    parts << QString::fromStdString(mri::readerLibraryVersions());
    parts << QStringLiteral("OpenSlide %1").arg(slide::OpenSlideSource::libraryVersion());
    parts << QStringLiteral("LibTorch %1")
                 .arg(QString::fromStdString(inference::torchruntime::version()));
    parts << QSysInfo::prettyProductName();
    parts << QStringLiteral("%1 %2").arg(QSysInfo::kernelType(), QSysInfo::kernelVersion());
    parts << QSysInfo::currentCpuArchitecture();
    return parts.join(QStringLiteral(", "));
}

} // namespace oncoview::ui
