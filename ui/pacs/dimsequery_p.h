// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to the DIMSE operations: the study-root query keys for C-FIND, C-GET and C-MOVE, and
// the matches read back (in UTF-8 whatever character set the archive answered in).

// Local
#include "ui/pacs/pacstypes.h"

// Qt
#include <QStringList>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>

namespace oncoview::ui::dimse {

// STUDY level: the query's filters, and empty keys for what the study list shows. A patient
// name without wildcards matches names starting with it (DIMSE has no fuzzy matching).
void studyQueryKeys(const StudyQuery &query, DcmDataset &keys);
// SERIES level within one study.
void seriesQueryKeys(const QString &studyUid, DcmDataset &keys);
// SERIES level identifier for C-GET and C-MOVE; IMAGE level when `instances` are given (a list
// of SOP Instance UIDs, PS3.4 C.2.2.2.2).
void retrieveKeys(const QString &studyUid, const QString &seriesUid, DcmDataset &keys,
                  const QStringList &instances = {});
// IMAGE level within one series: the SOP Instance UIDs.
void instanceQueryKeys(const QString &studyUid, const QString &seriesUid, DcmDataset &keys);

// IMAGE level within one series: the SOP Instance UIDs and the values of mri::kPhaseLayoutTags.
void instanceLayoutKeys(const QString &studyUid, const QString &seriesUid, DcmDataset &keys);

StudyMatch studyMatchOf(DcmDataset &match);
mri::ListedInstance listedInstanceOf(DcmDataset &match);
SeriesMatch seriesMatchOf(DcmDataset &match);

} // namespace oncoview::ui::dimse
