// SPDX-License-Identifier: Apache-2.0
// The QIDO-RS answer parser (DICOM JSON model) of the PACS client: whatever an archive sends
// as a search answer. A parse either fails with a message and no matches, or succeeds without
// one; nothing crashes, and the same bytes always give the same answer.
#include "ui/pacs/dicomjson.h"

#include <cstdio>
#include <cstdlib>

using namespace oncoview::ui;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "qidojson: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString studyError;
    const QList<StudyMatch> studies = studiesFromDicomJson(json, &studyError);
    if (!studyError.isEmpty() && !studies.isEmpty()) {
        fail("studies with an error");
    }
    QString seriesError;
    const QList<SeriesMatch> series = seriesFromDicomJson(json, &seriesError);
    if (!seriesError.isEmpty() && !series.isEmpty()) {
        fail("series with an error");
    }
    QString instanceError;
    const QStringList instances = instancesFromDicomJson(json, &instanceError);
    // All read the same top-level array: one refuses it exactly when the others do.
    if (studyError.isEmpty() != seriesError.isEmpty()
        || studyError.isEmpty() != instanceError.isEmpty()) {
        fail("the study, series and instance parsers disagree on the same answer");
    }
    // An instance UID becomes part of a URL: ASCII digits joined by single dots only.
    for (const QString &uid : instances) {
        if (uid.isEmpty() || uid.startsWith(QLatin1Char('.')) || uid.endsWith(QLatin1Char('.'))
            || uid.contains(QStringLiteral(".."))) {
            fail("an instance UID that is not numbers joined by dots");
        }
        for (const QChar c : uid) {
            if ((c < QLatin1Char('0') || c > QLatin1Char('9')) && c != QLatin1Char('.')) {
                fail("an instance UID with other characters than ASCII digits and dots");
            }
        }
    }
    QString again;
    if (studiesFromDicomJson(json, &again).size() != studies.size() || again != studyError) {
        fail("the same bytes parsed twice differ");
    }
    for (const StudyMatch &study : studies) {
        if (study.seriesCount < -1 || study.instanceCount < -1) {
            fail("a count below -1 (the server did not say)");
        }
    }
    return 0;
}
