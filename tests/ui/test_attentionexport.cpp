// SPDX-License-Identifier: Apache-2.0
// The slide attention map exported as QuPath GeoJSON tiles and as a PNG with a world file.
#include <catch2/catch.hpp>

// Qt
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

// Local
#include "ui/inferenceservice.h"
#include "ui/slide/attentionexport.h"
#include "ui/slide/slideanalysis.h"
#include "ui/slide/slideanalysisdock.h"
#include "viewers/slide/attentionheatmap.h"

using namespace oncoview;

namespace {

inference::analysis::SlideAnalysisResult threePatches()
{
    inference::analysis::SlideAnalysisResult result;
    result.grid.columns = 4;
    result.grid.rows = 3;
    result.grid.patchSideLevel0 = 256;
    for (const auto &[column, row] : {std::pair {0, 0}, std::pair {1, 0}, std::pair {3, 2}}) {
        inference::analysis::PatchLocation patch;
        patch.column = column;
        patch.row = row;
        patch.x0 = column * 256;
        patch.y0 = row * 256;
        result.grid.patches.push_back(patch);
    }
    result.attention = {0.2f, 0.5f, 0.3f};
    return result;
}

} // namespace

TEST_CASE("Attention exports as QuPath tiles with the weights as measurements", "[slide][export]")
{
    const auto result = threePatches();
    const QJsonObject json
        = QJsonDocument::fromJson(ui::attentionGeoJson(result, QStringLiteral("Tumor"))).object();
    CHECK(json.value(QStringLiteral("type")).toString() == QStringLiteral("FeatureCollection"));
    const QJsonArray features = json.value(QStringLiteral("features")).toArray();
    REQUIRE(features.size() == 3);
    const QJsonObject last = features[2].toObject();
    const QJsonArray ring = last.value(QStringLiteral("geometry"))
                                .toObject()
                                .value(QStringLiteral("coordinates"))
                                .toArray()[0]
                                .toArray();
    REQUIRE(ring.size() == 5); // closed
    CHECK(ring[0].toArray()[0].toDouble() == 768.0);
    CHECK(ring[0].toArray()[1].toDouble() == 512.0);
    CHECK(ring[2].toArray()[0].toDouble() == 1024.0);
    CHECK(ring[2].toArray()[1].toDouble() == 768.0);
    const QJsonObject properties = last.value(QStringLiteral("properties")).toObject();
    CHECK(properties.value(QStringLiteral("objectType")).toString() == QStringLiteral("tile"));
    CHECK(properties.value(QStringLiteral("classification"))
              .toObject()
              .value(QStringLiteral("name"))
              .toString()
          == QStringLiteral("Tumor"));
    const QJsonObject measurements = properties.value(QStringLiteral("measurements")).toObject();
    CHECK(measurements.value(QStringLiteral("Attention")).toDouble() == Approx(0.3));
    CHECK(measurements.value(QStringLiteral("Attention (relative)")).toDouble() == Approx(0.6));
}

TEST_CASE("Attention exports as a PNG whose world file maps it onto the slide", "[slide][export]")
{
    const auto result = threePatches();
    QTemporaryDir dir;
    REQUIRE(ui::exportAttention(result, dir.filePath(QStringLiteral("map.png"))).isEmpty());
    const QImage image(dir.filePath(QStringLiteral("map.png")));
    REQUIRE(image.size() == QSize(4, 3));
    // The most attended patch at the top of viridis, the others in proportion; opaque.
    CHECK(qAlpha(image.pixel(1, 0)) == 255);
    CHECK(QColor(image.pixel(1, 0)).rgb() == slide::AttentionHeatmap::colormap(1.0).rgb());
    CHECK(QColor(image.pixel(3, 2)).rgb() == slide::AttentionHeatmap::colormap(0.6).rgb());
    CHECK(image.pixelColor(2, 0).alpha() == 0); // no patch: clear
    QFile world(dir.filePath(QStringLiteral("map.pgw")));
    REQUIRE(world.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(world.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6);
    CHECK(lines[0].toDouble() == 256.0); // level-0 pixels per image pixel
    CHECK(lines[3].toDouble() == 256.0);
    CHECK(lines[4].toDouble() == 128.0); // centre of the top-left pixel
    CHECK(lines[5].toDouble() == 128.0);
    CHECK(ui::exportAttention(result, dir.filePath(QStringLiteral("map.txt")))
              .contains(QStringLiteral(".geojson")));
    CHECK_FALSE(ui::exportAttention({}, dir.filePath(QStringLiteral("empty.png"))).isEmpty());
}

TEST_CASE("Attention rollout is offered, shown, explained and exported where a package has it",
          "[slide][export][rollout]")
{
    auto result = threePatches();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rollout.geojson"));
    // No rollout in the result: nothing to export.
    CHECK_FALSE(ui::exportAttention(result, path, {}, ui::SlideMap::Rollout).isEmpty());

    result.rollout = {0.6f, 0.1f, 0.3f};
    result.micronsPerPixel = 0.5;
    const QJsonObject json
        = QJsonDocument::fromJson(ui::attentionGeoJson(result, {}, ui::SlideMap::Rollout)).object();
    const QJsonObject first = json.value(QStringLiteral("features"))
                                  .toArray()[0]
                                  .toObject()
                                  .value(QStringLiteral("properties"))
                                  .toObject()
                                  .value(QStringLiteral("measurements"))
                                  .toObject();
    CHECK(first.value(QStringLiteral("Attention rollout")).toDouble() == Approx(0.6));
    CHECK(first.value(QStringLiteral("Attention rollout (relative)")).toDouble() == Approx(1.0));

    // The dock offers the choice only for a result with rollout, and draws the chosen map.
    ui::InferenceService inference;
    ui::SlideAnalysis analysis(&inference);
    ui::SlideAnalysisDock dock(&analysis);
    auto *choice = dock.findChild<QComboBox *>(QStringLiteral("slideMapChoice"));
    REQUIRE(choice);
    auto outcome = std::make_shared<ui::SlideAnalysisOutcome>();
    outcome->result = result;
    dock.showOutcome(outcome, nullptr);
    CHECK(dock.offersRollout());
    CHECK(choice->isVisibleTo(&dock));
    const QRgb top = slide::AttentionHeatmap::colormap(1.0).rgb();
    CHECK(QColor(dock.heatmap().cellImage().pixel(1, 0)).rgb() == top); // attention's strongest
    dock.setMap(ui::SlideMap::Rollout);
    CHECK(QColor(dock.heatmap().cellImage().pixel(0, 0)).rgb() == top); // rollout's strongest
    REQUIRE(dock.exportHeatmap(path).isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("Attention rollout"));

    // The Explanations line: the two maps share patch (3, 2) among their two strongest;
    // rollout's strongest is patch (0, 0), a 128 µm square centred at (64, 64) µm.
    const QString reason
        = ui::SlideAnalysis::rolloutReason(inference::Manifest {}, result, result.topPatches(2));
    INFO(reason.toStdString());
    CHECK(reason.contains(QStringLiteral("shares 1 of its 2")));
    CHECK(reason.contains(QStringLiteral("(64, 64) µm")));

    // A result without rollout shows attention and hides the choice.
    auto plain = std::make_shared<ui::SlideAnalysisOutcome>();
    plain->result = threePatches();
    dock.showOutcome(plain, nullptr);
    CHECK_FALSE(dock.offersRollout());
    CHECK_FALSE(choice->isVisibleTo(&dock));
    CHECK(QColor(dock.heatmap().cellImage().pixel(1, 0)).rgb() == top);
}
