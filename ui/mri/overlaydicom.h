// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QString>

// Local
#include "viewers/mri/io/volume.h"
#include "viewers/mri/overlaylayer.h"

namespace oncoview::ui {

// An overlay as a standard DICOM object for the archive, referencing the series it lies on: a
// label map (kinetic map, segmentation) as a DICOM SEG with one segment per label shown, named
// and coloured as in the legend; a heatmap (enhancement, an explanation's saliency) as a DICOM
// Parametric Map of its values in its unit. Slicer, OHIF and OncoView itself overlay either on
// the source series.
struct OverlayDicom
{
    QString file;
    bool segmentation = false; // else a Parametric Map
    QString sopInstanceUid;
};

// "DICOM SEG" or "DICOM Parametric Map": what `layer` becomes.
QString overlayDicomKind(const mri::OverlayLayer &layer);

// Writes `layer`, shown over phase `phase` of `series`, into `file`. Throws mri::LoadError
// naming what failed (a series without DICOM files, an empty label map, a folder that cannot be
// written). Any thread: it reads the series' headers.
OverlayDicom writeOverlayDicom(const mri::OverlayLayer &layer, const mri::SeriesInfo &series,
                               int phase, const QString &file);

} // namespace oncoview::ui
