// SPDX-License-Identifier: Apache-2.0
#include "ui/analysis/explanationtext.h"

// Qt
#include <QCoreApplication>

// Local
#include "inference/xai/regions.h"

#include <cmath>
#include <map>

namespace oncoview::ui {

namespace xai = inference::xai;

namespace {

// lupdate files a free tr() call under its namespace: the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("oncoview::ui", text);
}

QString sideLabel(const std::string &side)
{
    if (side == "left") {
        return tr("Left breast: ");
    }
    if (side == "right") {
        return tr("Right breast: ");
    }
    return {};
}

QString inputName(const std::string &input)
{
    return QString::fromStdString(input).toUpper();
}

// "DCE 72%, DWI 20%, T2 8%", largest first.
QString shares(const std::map<std::string, double> &values)
{
    std::vector<std::pair<std::string, double>> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList parts;
    for (const auto &[input, share] : sorted) {
        parts << QStringLiteral("%1 %2%").arg(inputName(input)).arg(share * 100.0, 0, 'f', 0);
    }
    return parts.join(QStringLiteral(", "));
}

QString number(double value)
{
    return QString::number(value, 'f', 2);
}

void describeChecks(const MriSideMap &side, ExplanationText &text)
{
    const QString prefix = sideLabel(side.side);
    if (side.map.completenessError) {
        const double error = *side.map.completenessError * 100.0;
        const QString line
            = tr("Completeness: the attributions add up to the change of the score from the "
                 "baseline within %1%.")
                  .arg(error, 0, 'f', 1);
        (error > 10.0 ? text.warnings : text.checks) << prefix + line;
    }
    if (!side.faithfulness) {
        return;
    }
    const xai::Faithfulness &f = *side.faithfulness;
    text.checks << prefix
            + tr("Deletion AUC %1 (random order %2; lower is better), insertion AUC %3 (random "
                 "%4; higher is better).")
                  .arg(number(f.deletionAuc), number(f.randomDeletionAuc), number(f.insertionAuc),
                       number(f.randomInsertionAuc));
    text.checks << prefix
            + tr("Rank correlation with the map of a model whose top layers were randomised: %1 "
                 "(low means the map follows the model); repeatability: %2% difference.")
                  .arg(number(f.randomisationRankCorrelation))
                  .arg(f.repeatabilityError * 100.0, 0, 'g', 2);
    for (const std::string &failure : f.failures) {
        text.warnings << prefix + tr("Check failed: %1.").arg(QString::fromStdString(failure));
    }
}

} // namespace

std::array<double, 3> cropVoxelToLps(const MriSideMap &side, const std::array<double, 3> &zyx)
{
    if (!side.grid) {
        return {0, 0, 0};
    }
    const auto &g = *side.grid;
    const double x = side.mirrored ? double(g.dhw[2] - 1) - zyx[2] : zyx[2];
    const std::array<double, 3> index {x, zyx[1], zyx[0]};
    const std::array<int64_t, 3> counts {g.dhw[2], g.dhw[1], g.dhw[0]};
    std::array<double, 3> lps {};
    for (size_t a = 0; a < 3; ++a) {
        lps[a] = g.centreLps[a] + (index[a] - 0.5 * double(counts[a] - 1)) * g.spacingMm[a];
    }
    return lps;
}

ExplanationText explanationText(const MriMapResult &result)
{
    ExplanationText text;
    if (result.sides.empty()) {
        return text;
    }
    const xai::AttributionMap &first = result.sides.front().map;
    text.heading
        = tr("%1 of the evidence for “%2” (%3); layer: %4")
              .arg(QString::fromStdString(xai::methodName(result.method)),
                   QString::fromStdString(first.label), QString::fromStdString(first.output),
                   QString::fromStdString(first.layer));
    text.lines << tr("The colours are relative attribution to the model's log-odds, not "
                     "probability and not tissue properties.");
    for (const MriSideMap &side : result.sides) {
        const QString prefix = sideLabel(side.side);
        const std::vector<xai::MapRegion> regions
            = side.grid ? xai::topRegions(side.map, 0.95, 3) : std::vector<xai::MapRegion> {};
        if (!side.grid) {
            text.warnings << prefix
                    + tr("The package's inputs are fitted to its grid, not placed in patient "
                         "space, so the map cannot be located on the study.");
        } else if (regions.empty()) {
            text.warnings << prefix
                    + tr("The map holds no positive evidence for “%1”: it points nowhere.")
                          .arg(QString::fromStdString(side.map.label));
        }
        int index = 0;
        for (const xai::MapRegion &region : regions) {
            const auto centre = cropVoxelToLps(side, region.centroid);
            const auto &g = *side.grid;
            const double sx = double(region.high[2] - region.low[2] + 1) * g.spacingMm[0];
            const double sy = double(region.high[1] - region.low[1] + 1) * g.spacingMm[1];
            const double sz = double(region.high[0] - region.low[0] + 1) * g.spacingMm[2];
            QString line = prefix
                + tr("Region %1 at LPS (%2, %3, %4) mm, about %5 × %6 × %7 mm, holds %8% of the "
                     "map's positive evidence")
                      .arg(++index)
                      .arg(centre[0], 0, 'f', 0)
                      .arg(centre[1], 0, 'f', 0)
                      .arg(centre[2], 0, 'f', 0)
                      .arg(sx, 0, 'f', 0)
                      .arg(sy, 0, 'f', 0)
                      .arg(sz, 0, 'f', 0)
                      .arg(region.share * 100.0, 0, 'f', 0);
            if (!region.inputShares.empty()) {
                line += tr("; by sequence: %1").arg(shares(region.inputShares));
            }
            text.lines << line + QStringLiteral(".");
        }
        std::map<std::string, double> totals;
        double total = 0.0;
        for (const auto &[input, values] : side.map.perInput) {
            for (const float v : values) {
                if (v > 0) {
                    totals[input] += v;
                    total += v;
                }
            }
        }
        if (total > 0) {
            for (auto &[input, value] : totals) {
                value /= total;
            }
            text.lines << prefix
                    + tr("Positive evidence by sequence over the whole crop: %1.")
                          .arg(shares(totals));
        }
        text.lines << prefix
                + tr("The model gives %1% for “%2”. That is this model's output on these "
                     "inputs, not a diagnosis and not a measured chance of cancer; the map shows "
                     "where the model looked, not proof of a lesion.")
                      .arg(side.map.probability * 100.0, 0, 'f', 0)
                      .arg(QString::fromStdString(side.map.label));
        describeChecks(side, text);
    }
    text.lines << tr("Model: %1.").arg(result.modelName);
    if (!result.provenance.isEmpty()) {
        text.lines << result.provenance.front();
    }
    return text;
}

QString plainText(const ExplanationText &text)
{
    QStringList all {text.heading};
    all << text.lines << text.warnings << text.checks;
    return all.join(QLatin1Char('\n'));
}

} // namespace oncoview::ui
