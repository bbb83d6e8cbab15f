// SPDX-License-Identifier: Apache-2.0
#include "ui/report/reportcontent.h"

// Qt
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QLocale>

// Local
#include "viewers/slide/slidesource.h"

namespace oncoview::ui {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("oncoview::ui", text, disambiguation, n);
}

QString utf8(const std::string &text)
{
    return QString::fromStdString(text).trimmed();
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString planeText(mri::MprOrientation orientation)
{
    switch (orientation) {
    case mri::MprOrientation::Axial:
        return tr("axial");
    case mri::MprOrientation::Coronal:
        return tr("coronal");
    case mri::MprOrientation::Sagittal:
        break;
    }
    return tr("sagittal");
}

void add(QList<ReportField> &fields, const QString &label, const QString &value,
         bool identifying = false)
{
    if (!value.isEmpty()) {
        fields << ReportField {label, value, identifying};
    }
}

} // namespace

QString dicomDateText(const std::string &date)
{
    const QDate parsed = QDate::fromString(utf8(date), QStringLiteral("yyyyMMdd"));
    return parsed.isValid() ? QLocale().toString(parsed, QLocale::LongFormat) : utf8(date);
}

QList<ReportField> studyHeader(const mri::Series &first, const QString &seriesShown)
{
    const mri::StudyIdentity &id = first.info.identity;
    QList<ReportField> fields;
    // DICOM person names separate their parts with '^' (family^given^middle).
    add(fields, tr("Patient"),
        utf8(id.patientName).replace(QLatin1Char('^'), QLatin1Char(' ')).simplified(), true);
    add(fields, tr("Patient ID"), utf8(id.patientId), true);
    add(fields, tr("Birth date"), dicomDateText(id.patientBirthDate), true);
    add(fields, tr("Accession"), utf8(id.accessionNumber), true);
    add(fields, tr("Sex"), utf8(id.patientSex));
    add(fields, tr("Study date"), dicomDateText(id.studyDate));
    add(fields, tr("Study"), utf8(id.studyDescription));
    add(fields, tr("Institution"), utf8(id.institution));
    QString scanner
        = (utf8(id.manufacturer) + QLatin1Char(' ') + utf8(id.scannerModel)).simplified();
    if (id.fieldStrengthTesla && *id.fieldStrengthTesla > 0) {
        scanner += (scanner.isEmpty() ? QString() : QStringLiteral(", "))
            + tr("%1 T").arg(number(*id.fieldStrengthTesla, 1));
    }
    add(fields, tr("Scanner"), scanner);
    add(fields, tr("Series shown"), seriesShown);
    add(fields, tr("Study UID"), utf8(first.info.studyUid));
    return fields;
}

QList<ReportField> slideHeader(const slide::SlideSource &slide, const QString &path)
{
    QList<ReportField> fields;
    add(fields, tr("Slide"), QFileInfo(path).fileName());
    add(fields, tr("Slide scanner"), slide.vendor());
    if (const auto power = slide.objectivePower()) {
        add(fields, tr("Objective"), tr("%1×").arg(number(*power, 0)));
    }
    if (const auto mpp = slide.micronsPerPixel()) {
        add(fields, tr("Pixel size"),
            tr("%1 × %2 µm").arg(number(mpp->width(), 3), number(mpp->height(), 3)));
    }
    return fields;
}

ReportTable measurementTable(std::vector<mri::Measurement> all, const mri::Volume *volume)
{
    ReportTable table;
    table.columns = {tr("#"), tr("Measurement"), tr("Size"), tr("Centre (LPS, mm)"),
                     tr("Signal in the series shown")};
    int index = 0;
    for (mri::Measurement &m : all) {
        QStringList row {QString::number(++index)};
        std::array<double, 3> centre = m.a;
        if (m.kind == mri::MeasureKind::Distance) {
            centre = {(m.a[0] + m.b[0]) / 2, (m.a[1] + m.b[1]) / 2, (m.a[2] + m.b[2]) / 2};
            row << tr("Distance, %1").arg(planeText(m.orientation))
                << tr("%1 mm").arg(number(mri::measurementLengthMm(m), 1));
        } else {
            const auto axes = mri::ellipseSemiAxesMm(m);
            row << tr("Ellipse, %1").arg(planeText(m.orientation))
                << tr("%1 × %2 mm").arg(number(2 * axes[0], 1), number(2 * axes[1], 1));
        }
        row << QStringLiteral("%1, %2, %3")
                   .arg(number(centre[0], 1), number(centre[1], 1), number(centre[2], 1));
        QString stats;
        if (m.kind == mri::MeasureKind::Ellipse && volume) {
            m.statsVolume = nullptr; // taken afresh on the series shown
            m.error.clear();
            mri::updateMeasurementStats(m, *volume);
            stats = m.error.isEmpty()
                ? tr("mean %1 ± %2 (%3 to %4), %5 mm², %n voxel(s)", nullptr,
                     int(m.stats.voxelCount))
                      .arg(number(m.stats.mean, 1), number(m.stats.sd, 1), number(m.stats.min, 1),
                           number(m.stats.max, 1), number(m.stats.areaMm2, 1))
                : m.error;
        }
        row << stats;
        table.rows << row;
    }
    return table;
}

QList<ReportChatMessage> chatMessages(const std::vector<chat::StoredMessage> &messages)
{
    QList<ReportChatMessage> out;
    for (const chat::StoredMessage &m : messages) {
        if (!m.error.isEmpty() || m.text.trimmed().isEmpty()) {
            continue;
        }
        out << ReportChatMessage {m.role == chat::ChatRole::User, m.text, m.model, m.created};
    }
    return out;
}

} // namespace oncoview::ui
