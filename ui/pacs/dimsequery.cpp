// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/dimsequery_p.h"

#include <dcmtk/dcmdata/dcdeftag.h>

namespace oncoview::ui::dimse {

namespace {

void put(DcmDataset &keys, const DcmTagKey &tag, const QString &value = {})
{
    keys.putAndInsertOFStringArray(tag, value.toUtf8().constData());
}

QString get(DcmDataset &match, const DcmTagKey &tag)
{
    OFString value;
    match.findAndGetOFStringArray(tag, value);
    return QString::fromUtf8(value.c_str()).trimmed();
}

int count(DcmDataset &match, const DcmTagKey &tag)
{
    bool ok = false;
    const int value = get(match, tag).toInt(&ok);
    return ok && value >= 0 ? value : -1; // a negative count says nothing either
}

QString dateRange(const QDate &from, const QDate &to)
{
    if (!from.isValid() && !to.isValid()) {
        return {};
    }
    const auto text = [](const QDate &date) {
        return date.isValid() ? date.toString(QStringLiteral("yyyyMMdd")) : QString();
    };
    return text(from) + QLatin1Char('-') + text(to);
}

} // namespace

void studyQueryKeys(const StudyQuery &query, DcmDataset &keys)
{
    // The query may hold any script; the answer is then in UTF-8 too where the archive can.
    put(keys, DCM_SpecificCharacterSet, QStringLiteral("ISO_IR 192"));
    put(keys, DCM_QueryRetrieveLevel, QStringLiteral("STUDY"));
    put(keys, DCM_StudyInstanceUID);
    QString name = query.patientName.trimmed();
    if (!name.isEmpty() && !name.contains(QLatin1Char('*')) && !name.contains(QLatin1Char('?'))) {
        name += QLatin1Char('*');
    }
    put(keys, DCM_PatientName, name);
    put(keys, DCM_PatientID, query.patientId.trimmed());
    put(keys, DCM_AccessionNumber, query.accessionNumber.trimmed());
    put(keys, DCM_StudyDescription, query.studyDescription.trimmed());
    put(keys, DCM_ModalitiesInStudy, query.modality.trimmed());
    put(keys, DCM_StudyDate, dateRange(query.from, query.to));
    put(keys, DCM_NumberOfStudyRelatedSeries);
    put(keys, DCM_NumberOfStudyRelatedInstances);
}

void seriesQueryKeys(const QString &studyUid, DcmDataset &keys)
{
    put(keys, DCM_SpecificCharacterSet, QStringLiteral("ISO_IR 192"));
    put(keys, DCM_QueryRetrieveLevel, QStringLiteral("SERIES"));
    put(keys, DCM_StudyInstanceUID, studyUid);
    put(keys, DCM_SeriesInstanceUID);
    put(keys, DCM_Modality);
    put(keys, DCM_SeriesDescription);
    put(keys, DCM_SeriesNumber);
    put(keys, DCM_NumberOfSeriesRelatedInstances);
}

void retrieveKeys(const QString &studyUid, const QString &seriesUid, DcmDataset &keys,
                  const QStringList &instances)
{
    put(keys, DCM_QueryRetrieveLevel,
        instances.isEmpty() ? QStringLiteral("SERIES") : QStringLiteral("IMAGE"));
    put(keys, DCM_StudyInstanceUID, studyUid);
    put(keys, DCM_SeriesInstanceUID, seriesUid);
    if (!instances.isEmpty()) {
        put(keys, DCM_SOPInstanceUID, instances.join(QLatin1Char('\\')));
    }
}

void instanceQueryKeys(const QString &studyUid, const QString &seriesUid, DcmDataset &keys)
{
    put(keys, DCM_QueryRetrieveLevel, QStringLiteral("IMAGE"));
    put(keys, DCM_StudyInstanceUID, studyUid);
    put(keys, DCM_SeriesInstanceUID, seriesUid);
    put(keys, DCM_SOPInstanceUID);
}

void instanceLayoutKeys(const QString &studyUid, const QString &seriesUid, DcmDataset &keys)
{
    instanceQueryKeys(studyUid, seriesUid, keys);
    for (const uint32_t tag : mri::kPhaseLayoutTags) {
        put(keys, DcmTagKey(Uint16(tag >> 16), Uint16(tag & 0xffff)));
    }
}

mri::ListedInstance listedInstanceOf(DcmDataset &match)
{
    mri::ListedInstance instance;
    instance.sopInstanceUid = get(match, DCM_SOPInstanceUID).toStdString();
    for (const uint32_t tag : mri::kPhaseLayoutTags) {
        const QString text = get(match, DcmTagKey(Uint16(tag >> 16), Uint16(tag & 0xffff)));
        if (!text.isEmpty()) {
            instance.values[tag] = text.toStdString();
        }
    }
    return instance;
}

StudyMatch studyMatchOf(DcmDataset &match)
{
    match.convertToUTF8(); // no-op when already UTF-8; a failure leaves the bytes as they are
    StudyMatch study;
    study.studyUid = get(match, DCM_StudyInstanceUID);
    study.patientName = get(match, DCM_PatientName);
    study.patientId = get(match, DCM_PatientID);
    study.studyDate = get(match, DCM_StudyDate);
    study.accessionNumber = get(match, DCM_AccessionNumber);
    study.description = get(match, DCM_StudyDescription);
    study.modalities = get(match, DCM_ModalitiesInStudy);
    study.seriesCount = count(match, DCM_NumberOfStudyRelatedSeries);
    study.instanceCount = count(match, DCM_NumberOfStudyRelatedInstances);
    return study;
}

SeriesMatch seriesMatchOf(DcmDataset &match)
{
    match.convertToUTF8();
    SeriesMatch series;
    series.seriesUid = get(match, DCM_SeriesInstanceUID);
    series.modality = get(match, DCM_Modality);
    series.description = get(match, DCM_SeriesDescription);
    series.number = get(match, DCM_SeriesNumber);
    series.instanceCount = count(match, DCM_NumberOfSeriesRelatedInstances);
    return series;
}

} // namespace oncoview::ui::dimse
