// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/dicomjson.h"

// Qt
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace oncoview::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oncoview::ui", text);
}

// The first value of `tag` as text: strings as they are, person names by their alphabetic
// form, numbers in decimal (every digit a double holds: positions must match to 0.01 mm);
// several values joined with '\'.
QString value(const QJsonObject &object, const char *tag)
{
    const QJsonArray values
        = object.value(QLatin1String(tag)).toObject().value(QLatin1String("Value")).toArray();
    QStringList parts;
    for (const QJsonValue &v : values) {
        if (v.isObject()) {
            parts << v.toObject().value(QLatin1String("Alphabetic")).toString();
        } else if (v.isDouble()) {
            parts << QString::number(v.toDouble(), 'g', 17);
        } else {
            parts << v.toString();
        }
    }
    return parts.join(QLatin1Char('\\'));
}

int count(const QJsonObject &object, const char *tag)
{
    bool ok = false;
    const int n = value(object, tag).toInt(&ok);
    return ok && n >= 0 ? n : -1; // a negative count (a broken archive) says nothing either
}

// The array of result objects, or nothing and why.
std::optional<QJsonArray> results(const QByteArray &json, QString *error)
{
    if (json.trimmed().isEmpty()) {
        return QJsonArray {}; // 204 No Content: no match
    }
    QJsonParseError parse {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isArray()) {
        if (error) {
            *error = tr("The PACS answered with something that is not DICOM JSON.");
        }
        return std::nullopt;
    }
    return document.array();
}

} // namespace

QList<StudyMatch> studiesFromDicomJson(const QByteArray &json, QString *error)
{
    QList<StudyMatch> out;
    const auto array = results(json, error);
    for (const QJsonValue &item : array.value_or(QJsonArray {})) {
        const QJsonObject o = item.toObject();
        StudyMatch m;
        m.studyUid = value(o, "0020000D");
        if (m.studyUid.isEmpty()) {
            continue; // not a study without its UID: nothing could retrieve it
        }
        m.patientName = value(o, "00100010");
        m.patientId = value(o, "00100020");
        m.studyDate = value(o, "00080020");
        m.accessionNumber = value(o, "00080050");
        m.description = value(o, "00081030");
        m.modalities = value(o, "00080061");
        m.seriesCount = count(o, "00201206");
        m.instanceCount = count(o, "00201208");
        out << m;
    }
    return out;
}

QList<SeriesMatch> seriesFromDicomJson(const QByteArray &json, QString *error)
{
    QList<SeriesMatch> out;
    const auto array = results(json, error);
    for (const QJsonValue &item : array.value_or(QJsonArray {})) {
        const QJsonObject o = item.toObject();
        SeriesMatch m;
        m.seriesUid = value(o, "0020000E");
        if (m.seriesUid.isEmpty()) {
            continue;
        }
        m.modality = value(o, "00080060");
        m.description = value(o, "0008103E");
        m.number = value(o, "00200011");
        m.instanceCount = count(o, "00201209");
        out << m;
    }
    return out;
}

QStringList instancesFromDicomJson(const QByteArray &json, QString *error)
{
    QStringList out;
    for (const mri::ListedInstance &instance : listedInstancesFromDicomJson(json, error)) {
        out << QString::fromStdString(instance.sopInstanceUid);
    }
    return out;
}

std::vector<mri::ListedInstance> listedInstancesFromDicomJson(const QByteArray &json,
                                                              QString *error)
{
    std::vector<mri::ListedInstance> out;
    const auto array = results(json, error);
    for (const QJsonValue &item : array.value_or(QJsonArray {})) {
        const QJsonObject object = item.toObject();
        const QString uid = value(object, "00080018");
        // A UID is numbers joined by dots (PS3.5 9.1): anything else is not asked for, as it
        // would become part of a URL.
        static const QRegularExpression form(QStringLiteral("^[0-9]+(\\.[0-9]+)*$"));
        if (uid.size() > 64 || !form.match(uid).hasMatch()) {
            continue;
        }
        mri::ListedInstance instance;
        instance.sopInstanceUid = uid.toStdString();
        for (const uint32_t tag : mri::kPhaseLayoutTags) {
            const QByteArray key = QByteArray::number(tag, 16).rightJustified(8, '0').toUpper();
            const QString text = value(object, key.constData());
            if (!text.isEmpty()) {
                instance.values[tag] = text.toStdString();
            }
        }
        out.push_back(std::move(instance));
    }
    return out;
}

} // namespace oncoview::ui
