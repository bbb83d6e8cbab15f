// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QByteArray>
#include <QStringList>

// Local
#include "ui/pacs/pacstypes.h"
#include "viewers/mri/io/phaselayout.h"

#include <vector>

namespace oncoview::ui {

// QIDO-RS answers in the DICOM JSON model (PS3.18 F.2): an array of objects keyed by tag
// ("0020000D") with "vr" and "Value". Anything else gives an empty list and `error`.
QList<StudyMatch> studiesFromDicomJson(const QByteArray &json, QString *error);
QList<SeriesMatch> seriesFromDicomJson(const QByteArray &json, QString *error);
// A series' instances: their SOP Instance UIDs (malformed ones left out).
QStringList instancesFromDicomJson(const QByteArray &json, QString *error);
// The same with the values of mri::kPhaseLayoutTags each instance was listed with.
std::vector<mri::ListedInstance> listedInstancesFromDicomJson(const QByteArray &json,
                                                              QString *error);

} // namespace oncoview::ui
