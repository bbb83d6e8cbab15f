// SPDX-License-Identifier: Apache-2.0
#pragma once

// What a derived DICOM object (SEG, Parametric Map) was made from: the series it names in a
// Referenced Series Sequence, and the instances in its Source Image and per-frame Derivation
// Image Sequences (TCIA's SEGs name instances only). The scan turns the instances into a
// series. Internal to oncoview_mri_io.
#include <gdcmDataSet.h>

#include <string>
#include <vector>

namespace oncoview::mri {

struct DerivedReference
{
    std::string seriesUid; // (0008,1115) > (0020,000E), else resolved by the scanner
    std::vector<std::string> instanceUids; // distinct, in file order
};

// From an object's top-level data set (its per-frame groups included).
DerivedReference readDerivedReference(const gdcm::DataSet &top);

} // namespace oncoview::mri
