// SPDX-License-Identifier: Apache-2.0
#pragma once

// Measurements kept with a study and handed on: a JSON document (the sidecar OncoView keeps
// per study, and reloads when the study is opened again) and a CSV table for spreadsheets.
// Points are in patient space (LPS, mm), so they hold for every series of the study that
// shares its frame of reference. Plain functions; any thread.

#include "viewers/mri/measurement.h"

// Qt
#include <QByteArray>
#include <QString>

#include <vector>

namespace oncoview::mri {

// {"format": "oncoview-measurements", "version": 1, "study": key, "measurements": [
//   {"kind": "distance"|"ellipse", "plane": "axial"|..., "a": [x,y,z], "b": [x,y,z]}]}
QByteArray measurementsToJson(const QString &studyKey, const std::vector<Measurement> &all);

struct MeasurementRead
{
    QString studyKey;
    std::vector<Measurement> measurements;
    QString error; // empty when read; the document is refused whole, never half-applied
};

// Reads what measurementsToJson wrote. Refuses other formats, newer versions, points that are
// not three finite numbers within 10 m of the origin, and more than 100000 measurements.
MeasurementRead measurementsFromJson(const QByteArray &json);

// One row per measurement: number, kind, plane, length (mm), centre (LPS mm), semi-axes
// (mm), area (mm²), voxels, mean, sd, min, max and the series the statistics were taken on.
// Ellipse statistics are those of `volume` (none when null). Numbers use '.' whatever the
// locale; text fields are quoted as RFC 4180 says.
QString measurementsCsv(std::vector<Measurement> all, const Volume *volume,
                        const QString &seriesTitle);

} // namespace oncoview::mri
