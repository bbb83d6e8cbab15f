// SPDX-License-Identifier: Apache-2.0
#pragma once

// What a derived object written for the archive (DICOM SEG, Parametric Map) must say about the
// series it was computed from, so a PACS files it in the same study and a viewer (Slicer,
// OHIF) overlays it on that series: patient and study attributes, the Frame of Reference, the
// series and its instances.
#include "viewers/mri/io/studyidentity.h"
#include "viewers/mri/io/volume.h"

#include <array>
#include <string>
#include <vector>

namespace oncoview::mri {

struct SourceInstance
{
    std::string sopClassUid;
    std::string sopInstanceUid;
};

// A code from a coding scheme (DICOM Code Sequence Macro), e.g. {"85756007", "SCT", "Tissue"}.
struct CodedConcept
{
    std::string value, scheme, meaning;
};

struct DerivedSource
{
    std::string studyUid;
    StudyIdentity identity;
    // Type 2 study attributes the identity does not keep; copied when known.
    std::string studyTime, studyId, referringPhysician;
    std::string seriesUid; // the source series (Referenced Series Sequence)
    // Shared with the source series: without it viewers will not overlay the object. Empty
    // means a new one (NIfTI sources have none).
    std::string frameOfReferenceUid;
    std::string modality = "MR";
    std::vector<SourceInstance> instances; // every instance of the source series named
    // The source's own grid and, per slice of it, the instance it came from: a derived object
    // written on exactly that grid names each frame's source image too (OHIF matches frames
    // that way); on any other grid the series reference alone is written.
    std::array<int, 3> size {};
    std::array<double, 3> spacing {1, 1, 1};
    std::array<double, 3> origin {};
    std::array<double, 9> direction {1, 0, 0, 0, 1, 0, 0, 0, 1};
    std::vector<SourceInstance> sliceInstances;
};

// The source description of a scanned DICOM series: its identity and grid from `series`,
// the Frame of Reference, study time/ID and instance UIDs read from the files of phase
// `phase`. Throws LoadError when those files cannot be read.
DerivedSource derivedSourceOf(const SeriesInfo &series, int phase = 0);

// What every derived object says about itself.
struct DerivedContent
{
    std::string seriesDescription; // (0008,103E)
    std::string seriesUid; // empty: a new series
    int seriesNumber = 9100;
    int instanceNumber = 1;
    std::string contentLabel; // (0070,0080), CS: made upper case, A-Z 0-9 _ only, 16 at most
    std::string contentDescription; // (0070,0081)
    std::string contentCreator; // (0070,0084), a person's name in DICOM form, may be empty
};

} // namespace oncoview::mri
