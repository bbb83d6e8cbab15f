// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the SEG and Parametric Map writers share: the source's identity and references, the
// frame geometry as functional groups, and saving. Internal to oncoview_mri_io (DCMTK).
#include "viewers/mri/io/derivedsource.h"
#include "viewers/mri/io/volume.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmfg/fgderimg.h>
#include <dcmtk/dcmfg/fgfracon.h>
#include <dcmtk/dcmfg/fgpixmsr.h>
#include <dcmtk/dcmfg/fgplanor.h>
#include <dcmtk/dcmfg/fgplanpo.h>
#include <dcmtk/dcmiod/iodcommn.h>
#include <dcmtk/dcmiod/iodmacro.h>
#include <dcmtk/dcmiod/modmultiframedimension.h>

#include <filesystem>
#include <memory>
#include <string>

namespace oncoview::mri::dcmtkderived {

// "OncoView" and the project version, for the equipment modules.
const char *manufacturer();
const char *softwareVersion();

// Throws LoadError(file, what + DCMTK's reason) unless `result` is good.
void require(const OFCondition &result, const std::string &file, const std::string &what);

// A Decimal String value (16 characters at most) as close to `value` as that allows.
std::string decimalString(double value);

// DICOM CS for Content Label: upper case, A-Z 0-9 and '_', 16 at most, never empty.
std::string codeString(const std::string &text, const std::string &fallback);

CodeSequenceMacro codeOf(const CodedConcept &code);

ContentIdentificationMacro contentIdentification(const DerivedContent &content,
                                                 const std::string &fallbackLabel);

// Throws LoadError unless `grid` can be written as frames: a non-empty size that fits DICOM's
// 16-bit rows/columns, positive spacing, orthonormal axes and slices stacked along the planes'
// normal (either way); a sheared grid has to be resampled first.
void requireWritableGrid(const Volume &grid, const std::string &file);

// Patient, study, series, Frame of Reference, Common Instance Reference (Referenced Series
// Sequence) and character set, from `source` and `content`. Throws LoadError.
void applySource(DcmIODCommon &object, const DerivedSource &source, const DerivedContent &content,
                 const std::string &file);

// Shared geometry: spacing (Pixel Spacing is row spacing \ column spacing), slice thickness
// and spacing between slices (the reader places frames with it), orientation.
FGPixelMeasures pixelMeasuresOf(const Volume &grid);
FGPlaneOrientationPatient orientationOf(const Volume &grid);
// Per-frame position: the LPS centre of pixel (0, 0) of slice k.
FGPlanePosPatient positionOf(const Volume &grid, int k);

// The instance slice k came from when `grid` is the source's own grid, else null.
const SourceInstance *sliceSource(const Volume &grid, const DerivedSource &source, int k);
// A Derivation Image item naming `instance` as the source of a frame.
// (Held by pointer: DCMTK's functional groups owning items must not be copied.)
std::unique_ptr<FGDerivationImage> derivationOf(const SourceInstance &instance,
                                                const CodedConcept &derivation);

// Dimension Organization: frames indexed by their position (and first by segment for a SEG).
void addDimensions(IODMultiframeDimensionModule &dimensions, bool bySegment,
                   const std::string &file);

// DCMTK 3.6.7's Parametric Map drops the Functional Group Pointer (0020,9167) of a position
// dimension (Type 1C: the position lives in the Plane Position Sequence); puts it back.
void completeDimensionIndex(DcmItem &dataset);

// Saves `out` (explicit VR little endian) into a temporary name beside `file`, then renames:
// a failed write leaves nothing behind and never half-overwrites an existing file. Throws
// LoadError naming `file`.
void saveAtomically(DcmFileFormat &out, const std::filesystem::path &file);

} // namespace oncoview::mri::dcmtkderived
