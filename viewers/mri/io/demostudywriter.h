// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/mri/io/breastphantom.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace oncoview::mri {

// Writes the synthetic breast mpMRI study (breastPhantom with default parameters) as real
// DICOM through ITK GDCMImageIO, one file per slice, into dir/DCE, dir/T2 and dir/DWI:
// - DCE: one series, 5 phases x 48 slices, split by TemporalPositionIdentifier (0020,0100);
// - T2: one series, 32 slices of 3 mm;
// - DWI: one series holding b=0 and b=800 (DiffusionBValue (0018,9087)), 64x64x24.
// PatientName DEMO^PHANTOM, PatientID DEMO-0001; UIDs from gdcm::UIDGenerator (a new study
// per call). Returns the findings (lesion centres/radii in LPS mm). Throws std::runtime_error
// naming the file when a file cannot be written. Any thread; about 1-2 s.
std::vector<PhantomFinding> writeDemoStudy(const std::filesystem::path &dir, uint32_t seed = 1);
// How the files are laid out, to write the ways real scanners store studies.
struct StudyLayout
{
    // One series per DCE phase ("pre", "1st pass", ..., same grid and sequence; no temporal
    // tags, only AcquisitionTime), as many scanners store breast DCE.
    bool dcePhasePerSeries = false;
    // SliceThickness as a fraction of the slice spacing (below 1: gaps between slices).
    double sliceThicknessFraction = 1.0;
    // Instance Numbers first, first + step, ... (a step above 1: images missing).
    int firstInstance = 1;
    int instanceStep = 1;
    // DWI b-values as Philips classic MR stores them: only in the private "Diffusion B-Factor"
    // (2001,1003) FL, manufacturer "Philips Medical Systems".
    bool philipsDiffusionTags = false;
    // Specific Character Set (0008,0005) of every file, and the T2 series description as raw
    // bytes in that set (e.g. GB18030), as Chinese scanners write them; empty: ASCII defaults.
    std::string specificCharacterSet;
    std::string t2DescriptionBytes;
};

// The same for any phantom (e.g. the labelled training-like phantoms of held-out tests).
std::vector<PhantomFinding> writePhantomStudy(const std::filesystem::path &dir,
                                              const PhantomParams &params, uint32_t seed,
                                              const StudyLayout &layout = {});

// Copies a DICOM file with text attributes replaced (the VR the file or the dictionary gives):
// how tests make the further files of a series whose scanner stores one volume per file from a
// real one. Throws LoadError naming the file.
struct DicomAttribute
{
    uint16_t group = 0;
    uint16_t element = 0;
    std::string value;
};
void copyDicomWithAttributes(const std::filesystem::path &from, const std::filesystem::path &to,
                             const std::vector<DicomAttribute> &attributes);

// Test-file writer (the shared data holds a FRACTIONAL SEG only): a copy of an uncompressed
// 8-bit FRACTIONAL segmentation as a 1-bit BINARY one, each pixel set where the fraction is at
// least one half. Throws LoadError.
void writeBinaryCopyOfSegmentation(const std::filesystem::path &from,
                                   const std::filesystem::path &to);

// Test-file writer (the shared data holds no Parametric Map): a float Parametric Map on the
// frames of an uncompressed FRACTIONAL SEG, value = fraction x `scale`, quantity "KTRANS" in
// "/min", with a Referenced Series Sequence naming `referencedSeriesUid` when given.
void writeParametricMapFromSegmentation(const std::filesystem::path &from,
                                        const std::filesystem::path &to, double scale,
                                        const std::string &referencedSeriesUid = {});

} // namespace oncoview::mri
