// SPDX-License-Identifier: Apache-2.0
#include "app/cli/annotationsconvert.h"

// Qt
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Local
#include "app/cli/analyze.h"
#include "viewers/slide/annotations/asapxmlio.h"
#include "viewers/slide/annotations/geojsonio.h"
#include "viewers/slide/slideopener.h"

#include <cmath>
#include <cstdio>

namespace oncoview::app {

namespace {

enum class Format { Unknown, GeoJson, AsapXml };

Format formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json")) {
        return Format::GeoJson;
    }
    return suffix == QLatin1String("xml") ? Format::AsapXml : Format::Unknown;
}

QString formatName(Format format)
{
    return format == Format::GeoJson ? QStringLiteral("geojson") : QStringLiteral("asap-xml");
}

int usage()
{
    std::fputs("usage: oncoview-cli annotations IN --out OUT [--slide SLIDE]\n"
               "       (formats by extension: .geojson or .json for QuPath GeoJSON, .xml for "
               "ASAP XML)\n",
               stderr);
    return 64;
}

// GeoJSON has no NaN or infinity: the writer leaves such measurements out; say which.
QStringList nonFiniteMeasurements(const QList<slide::Annotation> &annotations)
{
    QStringList lost;
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const slide::Annotation &a = annotations[i];
        for (auto it = a.measurements.cbegin(); it != a.measurements.cend(); ++it) {
            if (!std::isfinite(it.value())) {
                lost << QStringLiteral("annotation %1 (\"%2\"): measurement \"%3\" is not finite "
                                       "and was left out")
                            .arg(i)
                            .arg(a.name, it.key());
            }
        }
    }
    return lost;
}

QStringList outsideSlide(const QList<slide::Annotation> &annotations, const QSize &size)
{
    QStringList outside;
    const QRectF slideRect(0, 0, size.width(), size.height());
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        if (!slideRect.contains(annotations[i].boundingRect())) {
            outside << QStringLiteral("annotation %1 (\"%2\") reaches outside the slide (%3 x %4)")
                           .arg(i)
                           .arg(annotations[i].name)
                           .arg(size.width())
                           .arg(size.height());
        }
    }
    return outside;
}

} // namespace

int convertAnnotationsCommand(const QStringList &arguments)
{
    QString input, output, slidePath;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--out") && i + 1 < arguments.size()) {
            output = arguments[++i];
        } else if (arguments[i] == QLatin1String("--slide") && i + 1 < arguments.size()) {
            slidePath = arguments[++i];
        } else if (input.isEmpty() && !arguments[i].startsWith(QLatin1String("--"))) {
            input = arguments[i];
        } else {
            return usage();
        }
    }
    const Format from = formatOf(input), to = formatOf(output);
    if (input.isEmpty() || output.isEmpty() || from == Format::Unknown || to == Format::Unknown) {
        return usage();
    }
    const slide::AnnotationReadResult read = from == Format::GeoJson
        ? slide::GeoJsonIo::readFile(input)
        : slide::AsapXmlIo::readFile(input);
    if (!read.ok()) {
        return printAnalyzeError(input, read.error, kExitUnreadable);
    }
    QStringList warnings;
    for (const QString &warning : read.warnings) {
        warnings << QStringLiteral("read: ") + warning;
    }
    if (!slidePath.isEmpty()) {
        QString error;
        const auto source = slide::openSlide(slidePath, &error);
        if (!source) {
            return printAnalyzeError(slidePath, error, kExitUnreadable);
        }
        warnings << outsideSlide(read.annotations, source->levelSize(0));
    }
    QString error;
    bool written = false;
    if (to == Format::GeoJson) {
        for (const QString &warning : nonFiniteMeasurements(read.annotations)) {
            warnings << QStringLiteral("write: ") + warning;
        }
        written = slide::GeoJsonIo::writeFile(output, read.annotations, &error);
    } else {
        QStringList lost;
        written = slide::AsapXmlIo::writeFile(output, read.annotations, &error, &lost);
        for (const QString &warning : lost) {
            warnings << QStringLiteral("write: ") + warning;
        }
    }
    if (!written) {
        return printAnalyzeError(output, error, 1);
    }
    const QJsonObject report {
        {QStringLiteral("input"), input},
        {QStringLiteral("input_format"), formatName(from)},
        {QStringLiteral("output"), output},
        {QStringLiteral("output_format"), formatName(to)},
        {QStringLiteral("annotations"), int(read.annotations.size())},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace oncoview::app
