// SPDX-License-Identifier: Apache-2.0
#include "ui/mri/overlaydicom.h"

// Qt
#include <QCoreApplication>
#include <QFile>

// Local
#include "viewers/mri/io/derivedsource.h"
#include "viewers/mri/io/loaderror.h"
#include "viewers/mri/io/parametricmapwriter.h"
#include "viewers/mri/io/segmentationwriter.h"

#include <cmath>
#include <map>
#include <set>

namespace oncoview::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oncoview::ui", text);
}

// A Code String for the LUT Label: upper case, A-Z 0-9 and _, 16 characters at most.
std::string codeString(const QString &name)
{
    std::string code;
    for (const QChar c : name.toUpper()) {
        if (code.size() == 16) {
            break;
        }
        if ((c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            code += char(c.unicode());
        } else if (!code.empty() && code.back() != '_') {
            code += '_';
        }
    }
    while (!code.empty() && code.back() == '_') {
        code.pop_back();
    }
    return code.empty() ? std::string("VALUE") : code;
}

mri::DerivedContent contentFor(const mri::OverlayLayer &layer)
{
    mri::DerivedContent content;
    content.seriesDescription = ("OncoView: " + layer.name).toStdString();
    content.contentLabel = "ONCOVIEW";
    QString description = layer.name;
    if (!layer.note.isEmpty()) {
        description += QStringLiteral(" (") + layer.note + QLatin1Char(')');
    }
    content.contentDescription = description.left(64).toStdString();
    return content;
}

OverlayDicom writeSegmentationOf(const mri::OverlayLayer &layer, mri::DerivedSource source,
                                 const QString &file)
{
    // The labels the legend shows and the volume holds, renumbered 1..N in legend order (the
    // SEG numbers its segments so); values it hides (below the threshold, unlisted) are
    // background.
    mri::SegmentationToWrite what;
    what.source = std::move(source);
    what.content = contentFor(layer);
    std::set<int> present;
    for (const float value : layer.volume->voxels) {
        present.insert(int(std::lround(value)));
    }
    std::map<int, int> renumber; // label value -> segment number
    int next = 0;
    for (const mri::OverlayLabel &label : layer.labels) {
        if (label.value <= 0 || label.value < layer.threshold || !present.count(label.value)
            || renumber.count(label.value)) {
            continue;
        }
        renumber[label.value] = ++next;
        mri::SegmentDescription segment;
        segment.labelValue = next;
        segment.label = label.name.toStdString();
        segment.rgb = {label.colour.red(), label.colour.green(), label.colour.blue()};
        what.segments.push_back(segment);
    }
    mri::Volume labels;
    labels.size = layer.volume->size;
    labels.spacing = layer.volume->spacing;
    labels.origin = layer.volume->origin;
    labels.direction = layer.volume->direction;
    labels.voxels.resize(layer.volume->voxelCount());
    for (size_t i = 0; i < labels.voxels.size(); ++i) {
        const auto found = renumber.find(int(std::lround(layer.volume->voxels[i])));
        labels.voxels[i] = found == renumber.end() ? 0.0f : float(found->second);
    }
    if (next == 0) {
        throw mri::LoadError(
            file.toStdString(),
            tr("The overlay shows no label: there is nothing to store.").toStdString());
    }
    OverlayDicom written {file, true, {}};
    written.sopInstanceUid = QString::fromStdString(
        mri::writeSegmentation(labels, what, QFile::encodeName(file).toStdString()));
    return written;
}

OverlayDicom writeParametricMapOf(const mri::OverlayLayer &layer, mri::DerivedSource source,
                                  const QString &file)
{
    mri::ParametricMapToWrite what;
    what.source = std::move(source);
    what.content = contentFor(layer);
    what.quantity = codeString(layer.quantity.isEmpty() ? layer.name : layer.quantity);
    what.quantityExplanation = layer.name.left(64).toStdString();
    if (layer.unit.isEmpty() || layer.unit == QLatin1String("a.u.")) {
        what.unit = {"1", "UCUM", "no units"}; // saliency and other relative maps
    } else {
        // The legend's units are UCUM's but for superscripts ("mm²/s" is "mm2/s").
        QString ucum = layer.unit;
        ucum.replace(QChar(0x00B2), QLatin1Char('2')).replace(QChar(0x00B3), QLatin1Char('3'));
        what.unit = {ucum.toStdString(), "UCUM", layer.unit.toStdString()};
    }
    OverlayDicom written {file, false, {}};
    written.sopInstanceUid = QString::fromStdString(
        mri::writeParametricMap(*layer.volume, what, QFile::encodeName(file).toStdString()));
    return written;
}

} // namespace

QString overlayDicomKind(const mri::OverlayLayer &layer)
{
    return layer.colormap == mri::OverlayColormap::Labels ? tr("DICOM SEG")
                                                          : tr("DICOM Parametric Map");
}

OverlayDicom writeOverlayDicom(const mri::OverlayLayer &layer, const mri::SeriesInfo &series,
                               int phase, const QString &file)
{
    if (!layer.isValid()) {
        throw mri::LoadError(file.toStdString(),
                             tr("No overlay is shown: there is nothing to store.").toStdString());
    }
    mri::DerivedSource source = mri::derivedSourceOf(series, phase);
    return layer.colormap == mri::OverlayColormap::Labels
        ? writeSegmentationOf(layer, std::move(source), file)
        : writeParametricMapOf(layer, std::move(source), file);
}

} // namespace oncoview::ui
