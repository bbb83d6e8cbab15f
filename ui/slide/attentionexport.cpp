// SPDX-License-Identifier: Apache-2.0
#include "ui/slide/attentionexport.h"

// Qt
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

// Local
#include <algorithm>

namespace oncoview::ui {

namespace {

float largest(const std::vector<float> &values)
{
    return values.empty() ? 0.0f : *std::max_element(values.begin(), values.end());
}

// lupdate files a free tr() call under its namespace: the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("oncoview::ui", text);
}

QString saveBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path); // written whole or not at all
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    return {};
}

} // namespace

const std::vector<float> &slideMapWeights(const inference::analysis::SlideAnalysisResult &result,
                                          SlideMap map)
{
    return map == SlideMap::Rollout ? result.rollout : result.attention;
}

QString slideMapName(SlideMap map)
{
    return map == SlideMap::Rollout ? tr("Attention rollout") : tr("Attention");
}

QByteArray attentionGeoJson(const inference::analysis::SlideAnalysisResult &result,
                            const QString &className, SlideMap map)
{
    const double side = result.grid.patchSideLevel0;
    const std::vector<float> &weights = slideMapWeights(result, map);
    const float top = largest(weights);
    const QString name = slideMapName(map);
    QJsonArray features;
    for (size_t i = 0; i < result.grid.patches.size() && i < weights.size(); ++i) {
        const auto &patch = result.grid.patches[i];
        const double x = double(patch.column) * side, y = double(patch.row) * side;
        const QJsonArray ring {QJsonArray {x, y}, QJsonArray {x + side, y},
                               QJsonArray {x + side, y + side}, QJsonArray {x, y + side},
                               QJsonArray {x, y}};
        QJsonObject properties {
            {QStringLiteral("objectType"), QStringLiteral("tile")},
            {QStringLiteral("name"),
             QStringLiteral("patch %1,%2").arg(patch.column).arg(patch.row)},
            {QStringLiteral("measurements"),
             QJsonObject {
                 {name, double(weights[i])},
                 {tr("%1 (relative)").arg(name), top > 0 ? double(weights[i] / top) : 0.0}}},
        };
        if (!className.isEmpty()) {
            properties.insert(QStringLiteral("classification"),
                              QJsonObject {{QStringLiteral("name"), className}});
        }
        features.append(QJsonObject {
            {QStringLiteral("type"), QStringLiteral("Feature")},
            {QStringLiteral("geometry"),
             QJsonObject {{QStringLiteral("type"), QStringLiteral("Polygon")},
                          {QStringLiteral("coordinates"), QJsonArray {ring}}}},
            {QStringLiteral("properties"), properties},
        });
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                      {QStringLiteral("features"), features}})
        .toJson(QJsonDocument::Compact);
}

std::vector<slide::AttentionHeatmap::Cell>
attentionCells(const inference::analysis::SlideAnalysisResult &result, SlideMap map)
{
    const std::vector<float> &weights = slideMapWeights(result, map);
    std::vector<slide::AttentionHeatmap::Cell> cells;
    for (size_t i = 0; i < result.grid.patches.size() && i < weights.size(); ++i) {
        cells.push_back({result.grid.patches[i].column, result.grid.patches[i].row, weights[i]});
    }
    return cells;
}

QImage attentionImage(const inference::analysis::SlideAnalysisResult &result, SlideMap map)
{
    // The view's own colouring, without its threshold: the file holds every patch.
    slide::AttentionHeatmap heatmap;
    heatmap.setCells(result.grid.columns, result.grid.rows, result.grid.patchSideLevel0,
                     attentionCells(result, map));
    return heatmap.cellImage().convertToFormat(QImage::Format_ARGB32);
}

QString attentionWorldFile(const inference::analysis::SlideAnalysisResult &result)
{
    const double side = result.grid.patchSideLevel0;
    const QString number = QString::number(side, 'f', 6);
    const QString centre = QString::number(side / 2.0, 'f', 6);
    return QStringList {number, QStringLiteral("0.0"), QStringLiteral("0.0"), number, centre,
                        centre}
               .join(QLatin1Char('\n'))
        + QLatin1Char('\n');
}

QString exportAttention(const inference::analysis::SlideAnalysisResult &result, const QString &path,
                        const QString &className, SlideMap map)
{
    if (slideMapWeights(result, map).empty()) {
        return tr("There is no %1 map to export yet.").arg(slideMapName(map).toLower());
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json")) {
        return saveBytes(path, attentionGeoJson(result, className, map));
    }
    if (suffix != QLatin1String("png")) {
        return tr("Choose a .geojson or .png file name.");
    }
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        attentionImage(result, map).save(&buffer, "PNG");
    }
    if (QString error = saveBytes(path, png); !error.isEmpty()) {
        return error;
    }
    const QFileInfo info(path);
    return saveBytes(info.dir().filePath(info.completeBaseName() + QStringLiteral(".pgw")),
                     attentionWorldFile(result).toUtf8());
}

} // namespace oncoview::ui
