// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QObject>
#include <QString>

#include <vector>

namespace oncoview::mri {
class MriViewer;
struct Measurement;
} // namespace oncoview::mri

namespace oncoview::ui {

struct LoadedStudy;

// Keeps each study's MRI measurements (distances and ellipse ROIs) in the user's data folder,
// <dir>/<sha256 of the study key>.json, rewritten atomically on every change and reloaded when
// the study is opened again. The study folder itself is left alone: it may be read-only (a CD,
// a PACS cache) or shared. A sidecar that cannot be read is moved aside, never overwritten,
// and the user is told. GUI thread.
class MeasurementSidecar : public QObject
{
    Q_OBJECT

public:
    MeasurementSidecar(mri::MriViewer *viewer, QString directory, QObject *parent = nullptr);
    static QString defaultDirectory();

    // The study's identity: its DICOM StudyInstanceUID, else (NIfTI) the file's canonical path.
    static QString studyKey(const LoadedStudy &study);

    // Shows the measurements kept for `key` (none when new); an empty key shows none.
    void setStudy(const QString &key);
    QString studyKey() const { return m_key; }
    QString sidecarPath() const;

    // Every measurement of the three slice views, axial first.
    std::vector<mri::Measurement> measurements() const;

Q_SIGNALS:
    // A sidecar could not be read or written: a sentence for the user.
    void problem(const QString &message);

private:
    void save();

    mri::MriViewer *m_viewer;
    QString m_directory;
    QString m_key;
    bool m_loading = false;
};

} // namespace oncoview::ui
