// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/measurementio.h"

// Qt
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cmath>

namespace oncoview::mri {

namespace {

const QString kFormat = QStringLiteral("oncoview-measurements");
constexpr int kVersion = 1;
constexpr qsizetype kMaxMeasurements = 100000;
constexpr double kMaxCoordinateMm = 10000.0;

QString kindName(MeasureKind kind)
{
    return kind == MeasureKind::Distance ? QStringLiteral("distance") : QStringLiteral("ellipse");
}

QString planeName(MprOrientation orientation)
{
    switch (orientation) {
    case MprOrientation::Axial:
        return QStringLiteral("axial");
    case MprOrientation::Coronal:
        return QStringLiteral("coronal");
    case MprOrientation::Sagittal:
        return QStringLiteral("sagittal");
    }
    return {};
}

QJsonArray point(const std::array<double, 3> &p)
{
    return QJsonArray {p[0], p[1], p[2]};
}

bool readPoint(const QJsonValue &value, std::array<double, 3> &p)
{
    const QJsonArray array = value.toArray();
    if (array.size() != 3) {
        return false;
    }
    for (int i = 0; i < 3; ++i) {
        if (!array[i].isDouble()) {
            return false;
        }
        p[size_t(i)] = array[i].toDouble();
        if (!std::isfinite(p[size_t(i)]) || std::abs(p[size_t(i)]) > kMaxCoordinateMm) {
            return false;
        }
    }
    return true;
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString quoted(QString text)
{
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

QByteArray measurementsToJson(const QString &studyKey, const std::vector<Measurement> &all)
{
    QJsonArray measurements;
    for (const Measurement &m : all) {
        measurements.append(QJsonObject {{QStringLiteral("kind"), kindName(m.kind)},
                                         {QStringLiteral("plane"), planeName(m.orientation)},
                                         {QStringLiteral("a"), point(m.a)},
                                         {QStringLiteral("b"), point(m.b)}});
    }
    const QJsonObject root {{QStringLiteral("format"), kFormat},
                            {QStringLiteral("version"), kVersion},
                            {QStringLiteral("study"), studyKey},
                            {QStringLiteral("measurements"), measurements}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

MeasurementRead measurementsFromJson(const QByteArray &json)
{
    MeasurementRead read;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        read.error = QStringLiteral("not a JSON object (%1)").arg(parseError.errorString());
        return read;
    }
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        read.error = QStringLiteral("not an OncoView measurements file");
        return read;
    }
    if (root.value(QStringLiteral("version")).toInt() > kVersion) {
        read.error = QStringLiteral("written by a newer OncoView (version %1)")
                         .arg(root.value(QStringLiteral("version")).toInt());
        return read;
    }
    read.studyKey = root.value(QStringLiteral("study")).toString();
    const QJsonArray measurements = root.value(QStringLiteral("measurements")).toArray();
    if (measurements.size() > kMaxMeasurements) {
        read.error = QStringLiteral("more than %1 measurements").arg(kMaxMeasurements);
        return read;
    }
    for (qsizetype i = 0; i < measurements.size(); ++i) {
        const QJsonObject object = measurements[i].toObject();
        Measurement m;
        const QString kind = object.value(QStringLiteral("kind")).toString();
        const QString plane = object.value(QStringLiteral("plane")).toString();
        const bool known
            = kind == kindName(MeasureKind::Distance) || kind == kindName(MeasureKind::Ellipse);
        m.kind
            = kind == kindName(MeasureKind::Ellipse) ? MeasureKind::Ellipse : MeasureKind::Distance;
        bool planeKnown = false;
        for (const MprOrientation o :
             {MprOrientation::Axial, MprOrientation::Coronal, MprOrientation::Sagittal}) {
            if (plane == planeName(o)) {
                m.orientation = o;
                planeKnown = true;
            }
        }
        if (!known || !planeKnown || !readPoint(object.value(QStringLiteral("a")), m.a)
            || !readPoint(object.value(QStringLiteral("b")), m.b)) {
            read.measurements.clear();
            read.error = QStringLiteral("measurement %1 is malformed").arg(i + 1);
            return read;
        }
        read.measurements.push_back(m);
    }
    return read;
}

QString measurementsCsv(std::vector<Measurement> all, const Volume *volume,
                        const QString &seriesTitle)
{
    QStringList lines;
    lines << QStringLiteral("number,kind,plane,length_mm,centre_x_mm,centre_y_mm,centre_z_mm,"
                            "semi_axis_1_mm,semi_axis_2_mm,area_mm2,voxels,mean,sd,min,max,"
                            "statistics_series,error");
    int index = 0;
    for (Measurement &m : all) {
        QStringList row {QString::number(++index), kindName(m.kind), planeName(m.orientation)};
        if (m.kind == MeasureKind::Distance) {
            const std::array<double, 3> mid {(m.a[0] + m.b[0]) / 2, (m.a[1] + m.b[1]) / 2,
                                             (m.a[2] + m.b[2]) / 2};
            row << number(measurementLengthMm(m), 2) << number(mid[0], 2) << number(mid[1], 2)
                << number(mid[2], 2) << QString() << QString() << QString() << QString()
                << QString() << QString() << QString() << QString() << QString() << QString();
        } else {
            m.statsVolume = nullptr; // taken afresh on the volume asked for
            m.error.clear();
            if (volume) {
                updateMeasurementStats(m, *volume);
            }
            const auto axes = ellipseSemiAxesMm(m);
            const bool stats = volume && m.error.isEmpty();
            row << QString() << number(m.a[0], 2) << number(m.a[1], 2) << number(m.a[2], 2)
                << number(axes[0], 2) << number(axes[1], 2)
                << (stats ? number(m.stats.areaMm2, 2) : QString())
                << (stats ? QString::number(m.stats.voxelCount) : QString())
                << (stats ? number(m.stats.mean, 3) : QString())
                << (stats ? number(m.stats.sd, 3) : QString())
                << (stats ? number(m.stats.min, 3) : QString())
                << (stats ? number(m.stats.max, 3) : QString())
                << (stats ? quoted(seriesTitle) : QString()) << quoted(m.error);
        }
        lines << row.join(QLatin1Char(','));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

} // namespace oncoview::mri
