// SPDX-License-Identifier: Apache-2.0
#include "app/cli/probe.h"

// Qt
#include <QFileInfo>
#include <QJsonArray>

// Local
#include "viewers/mri/io/parametricmap.h"
#include "viewers/mri/io/segmentation.h"
#include "viewers/mri/io/studyscanner.h"
#include "viewers/slide/slideopener.h"

#include <cmath>

namespace oncoview::app {

namespace {

template<typename Container>
QJsonArray numbers(const Container &values)
{
    QJsonArray array;
    for (const auto value : values) {
        array.append(double(value));
    }
    return array;
}

} // namespace

bool isSlideFile(const QFileInfo &info)
{
    static const QStringList suffixes{QStringLiteral("svs"), QStringLiteral("tif"), QStringLiteral("tiff"),
                                      QStringLiteral("ndpi"), QStringLiteral("vms"), QStringLiteral("vmu"),
                                      QStringLiteral("scn"), QStringLiteral("mrxs"), QStringLiteral("svslide"),
                                      QStringLiteral("bif")};
    return info.isFile() && suffixes.contains(info.suffix().toLower());
}

namespace {

ProbeResult failure(const QString &file, const QString &reason)
{
    ProbeResult result;
    result.errorFile = file;
    result.errorReason = reason;
    return result;
}

ProbeResult probeSlide(const QString &path)
{
    QString error;
    const auto source = slide::openSlide(path, &error);
    if (!source) {
        return failure(path, error);
    }
    // Some files open but cannot decode a single tile (e.g. a corrupt JPEG stream): read one
    // small region of the coarsest level so such a file is reported as unreadable here.
    const int coarsest = source->levelCount() - 1;
    const QSize coarseSize = source->levelSize(coarsest);
    if (source->readRegion(coarsest, 0, 0, qMin(64, coarseSize.width()), qMin(64, coarseSize.height()), &error)
            .isNull()) {
        return failure(path, QStringLiteral("pixel data cannot be read: %1").arg(error));
    }
    QJsonArray levels;
    for (int level = 0; level < source->levelCount(); ++level) {
        const QSize size = source->levelSize(level);
        levels.append(QJsonObject{{QStringLiteral("width"), size.width()},
                                  {QStringLiteral("height"), size.height()},
                                  {QStringLiteral("downsample"), source->levelDownsample(level)}});
    }
    QJsonArray associated;
    for (const QString &name : source->associatedImageNames()) {
        associated.append(name);
    }
    const auto mpp = source->micronsPerPixel();
    const auto power = source->objectivePower();
    ProbeResult result;
    result.ok = true;
    result.json = QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("slide")},
        {QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
        {QStringLiteral("vendor"), source->vendor()},
        {QStringLiteral("levels"), levels},
        {QStringLiteral("mpp"), mpp ? QJsonValue(QJsonArray{mpp->width(), mpp->height()}) : QJsonValue()},
        {QStringLiteral("objective_power"), power ? QJsonValue(*power) : QJsonValue()},
        {QStringLiteral("associated"), associated},
    };
    return result;
}

QJsonObject seriesJson(const mri::SeriesInfo &info)
{
    QJsonArray warnings;
    for (const std::string &warning : info.warnings) {
        warnings.append(QString::fromStdString(warning));
    }
    QJsonObject json{
        {QStringLiteral("uid"), QString::fromStdString(info.uid)},
        {QStringLiteral("description"), QString::fromStdString(info.description)},
        {QStringLiteral("modality"), QString::fromStdString(info.modality)},
        {QStringLiteral("role"), QString::fromStdString(info.role)},
        {QStringLiteral("size"), numbers(info.size)},
        {QStringLiteral("phases"), info.phases},
        {QStringLiteral("spacing"), numbers(info.spacing)},
        {QStringLiteral("origin"), numbers(info.origin)},
        {QStringLiteral("direction"), numbers(info.direction)},
        {QStringLiteral("warnings"), warnings},
    };
    if (!info.bValues.empty()) {
        json.insert(QStringLiteral("b_values"), numbers(info.bValues));
    }
    if (!info.gradientDirections.empty()) {
        QJsonArray directions;
        for (const auto &g : info.gradientDirections) {
            directions.append(QJsonArray {g[0], g[1], g[2]});
        }
        json.insert(QStringLiteral("gradient_directions"), directions);
    }
    if (!info.phaseSeconds.empty()) {
        json.insert(QStringLiteral("phase_seconds"), numbers(info.phaseSeconds));
    }
    if (info.phases > 1) {
        QJsonArray labels;
        for (const std::string &label : info.phaseLabels) {
            labels.append(QString::fromStdString(label));
        }
        json.insert(QStringLiteral("phase_labels"), labels);
    }
    json.insert(QStringLiteral("derived"), info.derived);
    if (!info.groupedFrom.empty()) {
        QJsonArray members;
        for (const std::string &uid : info.groupedFrom) {
            members.append(QString::fromStdString(uid));
        }
        json.insert(QStringLiteral("grouped_from"), members);
    }
    if (const mri::ParametricMapInfo *map = info.parametricMap.get()) {
        json.insert(QStringLiteral("quantity"), QString::fromStdString(map->quantity));
        json.insert(QStringLiteral("unit"), QString::fromStdString(map->unit));
        json.insert(QStringLiteral("map_of_series"),
                    map->referencedSeriesUid.empty()
                        ? QJsonValue()
                        : QJsonValue(QString::fromStdString(map->referencedSeriesUid)));
    }
    if (const mri::SegmentationInfo *seg = info.segmentation.get()) {
        QJsonArray segments;
        for (const mri::Segment &segment : seg->segments) {
            segments.append(
                QJsonObject {{QStringLiteral("number"), segment.number},
                             {QStringLiteral("label"), QString::fromStdString(segment.label)}});
        }
        json.insert(QStringLiteral("segments"), segments);
        json.insert(QStringLiteral("segmentation_type"), QString::fromStdString(seg->type));
        json.insert(QStringLiteral("segments_series"),
                    seg->referencedSeriesUid.empty()
                        ? QJsonValue()
                        : QJsonValue(QString::fromStdString(seg->referencedSeriesUid)));
    }
    return json;
}

ProbeResult probeStudy(const QString &path)
{
    const mri::StudyScan scan = mri::scanStudy(path.toStdString(), {}, nullptr);
    if (scan.series.empty()) {
        if (scan.skipped.size() == 1) {
            return failure(QString::fromStdString(scan.skipped.front().file),
                           QString::fromStdString(scan.skipped.front().reason));
        }
        return failure(path, scan.skipped.empty()
                                 ? QStringLiteral("no DICOM or NIfTI images found")
                                 : QStringLiteral("no readable images (%1 files skipped)").arg(scan.skipped.size()));
    }
    QJsonArray series;
    for (const mri::SeriesInfo &info : scan.series) {
        series.append(seriesJson(info));
    }
    QJsonArray skipped;
    for (const mri::SkippedFile &file : scan.skipped) {
        skipped.append(QJsonObject{{QStringLiteral("file"), QString::fromStdString(file.file)},
                                   {QStringLiteral("reason"), QString::fromStdString(file.reason)}});
    }
    ProbeResult result;
    result.ok = true;
    result.json = QJsonObject{{QStringLiteral("kind"), QStringLiteral("study")},
                              {QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
                              {QStringLiteral("series"), series},
                              {QStringLiteral("skipped"), skipped}};
    return result;
}

} // namespace

ProbeResult probePath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return failure(path, QStringLiteral("no such file or directory"));
    }
    if (!info.isDir() && !info.isReadable()) {
        return failure(path, QStringLiteral("permission denied"));
    }
    if (isSlideFile(info)) {
        return probeSlide(path);
    }
    return probeStudy(path);
}

} // namespace oncoview::app
