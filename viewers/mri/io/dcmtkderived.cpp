// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/dcmtkderived.h"

#include "viewers/mri/io/loaderror.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcvrat.h>
#include <dcmtk/dcmiod/iodreferences.h>
#include <dcmtk/dcmiod/iodutil.h>
#include <dcmtk/oflog/oflog.h>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <system_error>

#ifndef ONCOVIEW_VERSION
#define ONCOVIEW_VERSION "unknown"
#endif

namespace oncoview::mri::dcmtkderived {

namespace {

std::array<double, 3> axis(const Volume &grid, int c)
{
    return {grid.direction[size_t(c)], grid.direction[size_t(3 + c)],
            grid.direction[size_t(6 + c)]};
}

double dot(const std::array<double, 3> &a, const std::array<double, 3> &b)
{
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

std::array<double, 3> cross(const std::array<double, 3> &a, const std::array<double, 3> &b)
{
    return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}

bool sameGrid(const Volume &grid, const DerivedSource &source)
{
    constexpr double tolerance = 1e-3;
    if (grid.size != source.size) {
        return false;
    }
    for (size_t i = 0; i < 3; ++i) {
        if (std::abs(grid.spacing[i] - source.spacing[i]) > tolerance
            || std::abs(grid.origin[i] - source.origin[i]) > tolerance) {
            return false;
        }
    }
    for (size_t i = 0; i < 9; ++i) {
        if (std::abs(grid.direction[i] - source.direction[i]) > tolerance) {
            return false;
        }
    }
    return true;
}

} // namespace

const char *manufacturer()
{
    return "OncoView";
}

const char *softwareVersion()
{
    return ONCOVIEW_VERSION;
}

void require(const OFCondition &result, const std::string &file, const std::string &what)
{
    if (result.bad()) {
        throw LoadError(file, what + ": " + result.text());
    }
}

std::string decimalString(double value)
{
    if (std::abs(value) < 1e-12) {
        return "0"; // avoids "-0" and exponents for rounding noise in direction cosines
    }
    char text[32];
    for (int digits = 15; digits > 1; --digits) {
        std::snprintf(text, sizeof text, "%.*g", digits, value);
        if (std::string(text).size() <= 16) {
            return text;
        }
    }
    return text;
}

std::string codeString(const std::string &text, const std::string &fallback)
{
    std::string out;
    for (const char c : text) {
        const auto u = char(std::toupper(static_cast<unsigned char>(c)));
        out.push_back((u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ? u : '_');
    }
    out = out.substr(0, 16);
    return out.empty() ? fallback : out;
}

CodeSequenceMacro codeOf(const CodedConcept &code)
{
    return CodeSequenceMacro(code.value.c_str(), code.scheme.c_str(), code.meaning.c_str());
}

ContentIdentificationMacro contentIdentification(const DerivedContent &content,
                                                 const std::string &fallbackLabel)
{
    return ContentIdentificationMacro(std::to_string(content.instanceNumber).c_str(),
                                      codeString(content.contentLabel, fallbackLabel).c_str(),
                                      content.contentDescription.c_str(),
                                      content.contentCreator.c_str());
}

void requireWritableGrid(const Volume &grid, const std::string &file)
{
    // The IOD modules log notes and false alarms on every write ("NumberOfFrames absent" while
    // it is set); what goes wrong comes back as a condition the writers turn into LoadError.
    static std::once_flag quiet;
    std::call_once(quiet, [] {
        for (const char *module :
             {"dcmtk.dcmiod", "dcmtk.dcmfg", "dcmtk.dcmseg", "dcmtk.dcmpmap"}) {
            OFLog::getLogger(module).setLogLevel(OFLogger::FATAL_LOG_LEVEL);
        }
    });
    for (size_t i = 0; i < 3; ++i) {
        if (grid.size[i] <= 0 || !(grid.spacing[i] > 0)) {
            throw LoadError(file, "the volume has no voxels or a non-positive spacing");
        }
    }
    if (grid.size[0] > 65535 || grid.size[1] > 65535) {
        throw LoadError(file, "slices wider than DICOM's 65535 rows or columns");
    }
    if (grid.voxels.size() != grid.voxelCount()) {
        throw LoadError(file, "the volume's voxels do not match its size");
    }
    const auto i = axis(grid, 0), j = axis(grid, 1), k = axis(grid, 2);
    const bool unit = std::abs(dot(i, i) - 1) < 1e-4 && std::abs(dot(j, j) - 1) < 1e-4
        && std::abs(dot(k, k) - 1) < 1e-4;
    if (!unit || std::abs(dot(i, j)) > 1e-4) {
        throw LoadError(file, "the volume's axes are not orthonormal");
    }
    // Frames carry a position each but share one orientation: the slice axis must be the
    // planes' normal or the frames would not stack as the volume's slices.
    if (std::abs(std::abs(dot(cross(i, j), k)) - 1) > 1e-4) {
        throw LoadError(file, "the volume's slices are sheared against its planes; resample first");
    }
}

void applySource(DcmIODCommon &object, const DerivedSource &source, const DerivedContent &content,
                 const std::string &file)
{
    if (source.studyUid.empty()) {
        throw LoadError(file, "a derived object needs the study of its source series");
    }
    const StudyIdentity &id = source.identity;
    // The identity keeps names as UTF-8 (studyidentity.h): say so.
    require(object.getSOPCommon().setSpecificCharacterSet("ISO_IR 192"), file, "character set");
    IODPatientModule &patient = object.getPatient();
    require(patient.setPatientName(id.patientName.c_str()), file, "Patient's Name");
    require(patient.setPatientID(id.patientId.c_str()), file, "Patient ID");
    require(patient.setPatientBirthDate(id.patientBirthDate.c_str()), file, "Birth Date");
    require(patient.setPatientSex(id.patientSex.c_str()), file, "Patient's Sex");
    IODGeneralStudyModule &study = object.getStudy();
    require(study.setStudyInstanceUID(source.studyUid.c_str()), file, "Study Instance UID");
    require(study.setStudyDate(id.studyDate.c_str()), file, "Study Date");
    require(study.setStudyTime(source.studyTime.c_str()), file, "Study Time");
    require(study.setStudyID(source.studyId.c_str()), file, "Study ID");
    require(study.setReferringPhysicianName(source.referringPhysician.c_str()), file,
            "Referring Physician's Name");
    require(study.setAccessionNumber(id.accessionNumber.c_str()), file, "Accession Number");
    require(study.setStudyDescription(id.studyDescription.c_str()), file, "Study Description");
    IODGeneralSeriesModule &series = object.getSeries();
    const std::string seriesUid = content.seriesUid.empty()
        ? std::string(DcmIODUtil::createUID(1).c_str())
        : content.seriesUid;
    require(series.setSeriesInstanceUID(seriesUid.c_str()), file, "Series Instance UID");
    require(series.setSeriesNumber(std::to_string(content.seriesNumber).c_str()), file,
            "Series Number");
    require(series.setSeriesDescription(content.seriesDescription.c_str()), file,
            "Series Description");
    const std::string frameOfReference = source.frameOfReferenceUid.empty()
        ? std::string(DcmIODUtil::createUID(3).c_str())
        : source.frameOfReferenceUid;
    require(object.getFrameOfReference().setFrameOfReferenceUID(frameOfReference.c_str()), file,
            "Frame of Reference UID");
    require(object.getSOPCommon().setSOPInstanceUID(DcmIODUtil::createUID(2)), file,
            "SOP Instance UID");

    // Referenced Series Sequence: the series and each of its instances the caller named.
    if (source.seriesUid.empty()) {
        return;
    }
    if (source.instances.empty()) {
        throw LoadError(file, "the source series' instances are needed to reference it");
    }
    IODReferences references;
    for (const SourceInstance &instance : source.instances) {
        auto *reference = new IODImageReference(
            id.patientId.c_str(), source.studyUid.c_str(), source.seriesUid.c_str(),
            instance.sopInstanceUid.c_str(), instance.sopClassUid.c_str());
        if (!references.add(reference)) { // ownership passes only on success
            delete reference;
            throw LoadError(file, "invalid source instance " + instance.sopInstanceUid);
        }
    }
    if (object.getCommonInstanceReference().addReferences(references, source.studyUid.c_str())
        != source.instances.size()) {
        throw LoadError(file, "the source instances could not all be referenced");
    }
}

FGPixelMeasures pixelMeasuresOf(const Volume &grid)
{
    FGPixelMeasures measures;
    const std::string spacing
        = decimalString(grid.spacing[1]) + "\\" + decimalString(grid.spacing[0]);
    measures.setPixelSpacing(spacing.c_str());
    measures.setSliceThickness(decimalString(grid.spacing[2]).c_str());
    measures.setSpacingBetweenSlices(decimalString(grid.spacing[2]).c_str());
    return measures;
}

FGPlaneOrientationPatient orientationOf(const Volume &grid)
{
    const auto i = axis(grid, 0), j = axis(grid, 1);
    FGPlaneOrientationPatient orientation;
    orientation.setImageOrientationPatient(
        decimalString(i[0]).c_str(), decimalString(i[1]).c_str(), decimalString(i[2]).c_str(),
        decimalString(j[0]).c_str(), decimalString(j[1]).c_str(), decimalString(j[2]).c_str());
    return orientation;
}

FGPlanePosPatient positionOf(const Volume &grid, int k)
{
    const auto p = grid.indexToLps(0, 0, k);
    FGPlanePosPatient position;
    position.setImagePositionPatient(decimalString(p[0]).c_str(), decimalString(p[1]).c_str(),
                                     decimalString(p[2]).c_str());
    return position;
}

const SourceInstance *sliceSource(const Volume &grid, const DerivedSource &source, int k)
{
    if (k < 0 || size_t(k) >= source.sliceInstances.size()
        || source.sliceInstances.size() != size_t(grid.size[2]) || !sameGrid(grid, source)) {
        return nullptr;
    }
    return &source.sliceInstances[size_t(k)];
}

std::unique_ptr<FGDerivationImage> derivationOf(const SourceInstance &instance,
                                                const CodedConcept &derivation)
{
    auto group = std::make_unique<FGDerivationImage>();
    DerivationImageItem *item = nullptr;
    group->addDerivationImageItem(codeOf(derivation), "", item);
    if (item) {
        auto *sourceItem = new SourceImageItem; // owned by the item once pushed
        sourceItem->getPurposeOfReferenceCode().set("121322", "DCM",
                                                    "Source image for image processing operation");
        sourceItem->getImageSOPInstanceReference().setReferencedSOPClassUID(
            instance.sopClassUid.c_str());
        sourceItem->getImageSOPInstanceReference().setReferencedSOPInstanceUID(
            instance.sopInstanceUid.c_str());
        item->getSourceImageItems().push_back(sourceItem);
    }
    return group;
}

void addDimensions(IODMultiframeDimensionModule &dimensions, bool bySegment,
                   const std::string &file)
{
    const OFString organization = DcmIODUtil::createUID(0);
    if (bySegment) {
        require(dimensions.addDimensionIndex(DCM_ReferencedSegmentNumber, organization,
                                             DCM_SegmentIdentificationSequence,
                                             "ReferencedSegmentNumber"),
                file, "segment dimension");
    }
    require(dimensions.addDimensionIndex(DCM_ImagePositionPatient, organization,
                                         DCM_PlanePositionSequence, "ImagePositionPatient"),
            file, "position dimension");
}

void completeDimensionIndex(DcmItem &dataset)
{
    DcmItem *index = nullptr;
    for (unsigned long i = 0;
         dataset.findAndGetSequenceItem(DCM_DimensionIndexSequence, index, long(i)).good(); ++i) {
        DcmElement *element = nullptr;
        DcmTagKey pointer;
        if (index->findAndGetElement(DCM_DimensionIndexPointer, element).good()
            && element->ident() == EVR_AT
            && static_cast<DcmAttributeTag *>(element)->getTagVal(pointer).good()
            && pointer == DCM_ImagePositionPatient
            && !index->tagExists(DCM_FunctionalGroupPointer)) {
            index->putAndInsertTagKey(DCM_FunctionalGroupPointer, DCM_PlanePositionSequence);
        }
    }
}

void saveAtomically(DcmFileFormat &out, const std::filesystem::path &file)
{
    const std::filesystem::path partial = file.string() + ".partial";
    std::error_code ignored;
    const OFCondition result = out.saveFile(partial.string().c_str(), EXS_LittleEndianExplicit);
    if (result.bad()) {
        std::filesystem::remove(partial, ignored);
        throw LoadError(file.string(), std::string("cannot write: ") + result.text());
    }
    std::error_code renamed;
    std::filesystem::rename(partial, file, renamed);
    if (renamed) {
        std::filesystem::remove(partial, ignored);
        throw LoadError(file.string(), "cannot write: " + renamed.message());
    }
}

} // namespace oncoview::mri::dcmtkderived
