// SPDX-License-Identifier: Apache-2.0
#pragma once

// Local
#include "ui/chat/conversationstore.h"
#include "ui/report/casereport.h"
#include "viewers/mri/io/volume.h"
#include "viewers/mri/measurement.h"

#include <memory>
#include <vector>

namespace oncoview::slide {
class SlideSource;
}

namespace oncoview::ui {

// The parts of a case report that come from data, not from the screen (mainwindowreport.cpp
// adds the view snapshots and the kinetic curve). Texts in the UI language. GUI thread.

// Patient and study lines from the files' tags; the patient's name, ID, birth date and the
// accession are flagged identifying. `seriesShown`: the series on screen.
QList<ReportField> studyHeader(const mri::Series &first, const QString &seriesShown);
// The slide's file, scanner, magnification and pixel size.
QList<ReportField> slideHeader(const slide::SlideSource &slide, const QString &path);

// One row per MRI measurement: number, kind and plane, size, centre (LPS mm) and, for ellipses,
// the statistics on `volume` (the series shown).
ReportTable measurementTable(std::vector<mri::Measurement> all, const mri::Volume *volume);

// The conversation's questions and answers, failed or stopped answers left out.
QList<ReportChatMessage> chatMessages(const std::vector<chat::StoredMessage> &messages);

// "20240131" as a date in the UI language; other text as it is.
QString dicomDateText(const std::string &date);

} // namespace oncoview::ui
