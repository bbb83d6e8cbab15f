// SPDX-License-Identifier: Apache-2.0
#include "ui/mri/measurementsidecar.h"

// Qt
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

// Local
#include "ui/i18n/lowerlayertext.h"
#include "ui/studyloader.h"
#include "viewers/mri/measurementio.h"
#include "viewers/mri/measuretool.h"
#include "viewers/mri/mriviewer.h"

namespace oncoview::ui {

namespace {

constexpr qint64 kMaxSidecarBytes = 64LL << 20;

constexpr mri::MprOrientation kPlanes[]
    = {mri::MprOrientation::Axial, mri::MprOrientation::Coronal, mri::MprOrientation::Sagittal};

} // namespace

MeasurementSidecar::MeasurementSidecar(mri::MriViewer *viewer, QString directory, QObject *parent)
    : QObject(parent)
    , m_viewer(viewer)
    , m_directory(std::move(directory))
{
    for (const mri::MprOrientation plane : kPlanes) {
        connect(m_viewer->measureTool(plane), &mri::MeasureTool::measurementsChanged, this,
                &MeasurementSidecar::save);
    }
}

QString MeasurementSidecar::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/measurements");
}

QString MeasurementSidecar::studyKey(const LoadedStudy &study)
{
    for (const auto &series : study.series) {
        if (!series->info.studyUid.empty()) {
            return QStringLiteral("dicom:") + QString::fromStdString(series->info.studyUid);
        }
    }
    if (study.path.isEmpty()) {
        return {};
    }
    const QFileInfo info(study.path);
    const QString canonical = info.canonicalFilePath();
    return QStringLiteral("file:") + (canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

QString MeasurementSidecar::sidecarPath() const
{
    if (m_key.isEmpty()) {
        return {};
    }
    const QByteArray hash
        = QCryptographicHash::hash(m_key.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(m_directory).filePath(QString::fromLatin1(hash) + QStringLiteral(".json"));
}

std::vector<mri::Measurement> MeasurementSidecar::measurements() const
{
    std::vector<mri::Measurement> all;
    for (const mri::MprOrientation plane : kPlanes) {
        const auto &some = m_viewer->measureTool(plane)->measurements();
        all.insert(all.end(), some.begin(), some.end());
    }
    return all;
}

void MeasurementSidecar::setStudy(const QString &key)
{
    m_key = key;
    std::vector<mri::Measurement> loaded;
    QFile file(sidecarPath());
    if (!m_key.isEmpty() && file.exists()) {
        QString error;
        if (file.size() > kMaxSidecarBytes) {
            error = tr("it is larger than %1 MB").arg(kMaxSidecarBytes >> 20);
        } else if (!file.open(QIODevice::ReadOnly)) {
            error = file.errorString();
        } else {
            mri::MeasurementRead read = mri::measurementsFromJson(file.readAll());
            file.close();
            error = lowerLayerText(read.error);
            if (error.isEmpty() && read.studyKey != m_key) {
                error = tr("it belongs to another study");
            }
            loaded = std::move(read.measurements);
        }
        if (!error.isEmpty()) {
            // Kept for whoever wants to look: the next save must not destroy it.
            const QString aside = file.fileName() + QStringLiteral(".unreadable-")
                + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss"));
            QFile::rename(file.fileName(), aside);
            loaded.clear();
            Q_EMIT problem(tr("The saved measurements of this study could not be read (%1); "
                              "the file was kept as %2.")
                               .arg(error, aside));
        }
    }
    m_loading = true;
    for (const mri::MprOrientation plane : kPlanes) {
        std::vector<mri::Measurement> mine;
        for (const mri::Measurement &m : loaded) {
            if (m.orientation == plane) {
                mine.push_back(m);
            }
        }
        m_viewer->measureTool(plane)->setMeasurements(std::move(mine));
    }
    m_loading = false;
}

void MeasurementSidecar::save()
{
    if (m_loading || m_key.isEmpty()) {
        return;
    }
    const std::vector<mri::Measurement> all = measurements();
    const QString path = sidecarPath();
    if (all.empty()) {
        QFile::remove(path); // nothing measured: nothing kept
        return;
    }
    QDir().mkpath(m_directory);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(mri::measurementsToJson(m_key, all)) < 0
        || !file.commit()) {
        Q_EMIT problem(
            tr("The measurements could not be saved to %1: %2").arg(path, file.errorString()));
    }
}

} // namespace oncoview::ui
