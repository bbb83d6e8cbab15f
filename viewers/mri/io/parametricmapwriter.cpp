// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/parametricmapwriter.h"

#include "viewers/mri/io/dcmtkderived.h"
#include "viewers/mri/io/loaderror.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmfg/fgframeanatomy.h>
#include <dcmtk/dcmfg/fgparametricmapframetype.h>
#include <dcmtk/dcmfg/fgrealworldvaluemapping.h>
#include <dcmtk/dcmpmap/dpmparametricmapiod.h>

#include <cmath>
#include <memory>

namespace oncoview::mri {

namespace {

using namespace dcmtkderived;

FGFrameAnatomy::LATERALITY lateralityOf(const std::string &code, const std::string &file)
{
    if (code == "R") {
        return FGFrameAnatomy::LATERALITY_R;
    }
    if (code == "L") {
        return FGFrameAnatomy::LATERALITY_L;
    }
    if (code == "B") {
        return FGFrameAnatomy::LATERALITY_BOTH;
    }
    if (code == "U") {
        return FGFrameAnatomy::LATERALITY_UNPAIRED;
    }
    throw LoadError(file, "frame laterality must be R, L, B or U, not \"" + code + "\"");
}

// Identity mapping from stored floats to the quantity, shared by every frame.
// Filled in place: the group owns its items and must not be copied.
void fillMapping(FGRealWorldValueMapping &mapping, const ParametricMapToWrite &what,
                 const Volume &values, const std::string &file)
{
    const auto [lo, hi] = values.range();
    auto item = std::make_unique<FGRealWorldValueMapping::RWVMItem>();
    require(item->setLUTLabel(what.quantity.substr(0, 16).c_str()), file, "LUT Label");
    require(
        item->setLUTExplanation(
            (what.quantityExplanation.empty() ? what.quantity : what.quantityExplanation).c_str()),
        file, "LUT Explanation");
    require(item->setRealWorldValueSlope(1.0), file, "mapping slope");
    require(item->setRealWorldValueIntercept(0.0), file, "mapping intercept");
    require(item->setDoubleFloatRealWorldValueFirstValueMapped(lo), file, "first value mapped");
    require(item->setDoubleFloatRealWorldValueLastValueMapped(hi), file, "last value mapped");
    require(item->getMeasurementUnitsCode().set(what.unit.value.c_str(), what.unit.scheme.c_str(),
                                                what.unit.meaning.c_str()),
            file, "measurement units");
    mapping.getRealWorldValueMapping().push_back(item.release());
}

OFCondition addSharedGroups(DPMParametricMapIOD &map, const ParametricMapToWrite &what,
                            const Volume &values, const std::string &contrast,
                            const std::string &file)
{
    FGFrameAnatomy anatomy;
    require(anatomy.setLaterality(lateralityOf(what.laterality, file)), file, "laterality");
    require(anatomy.getAnatomy().getAnatomicRegion().set(what.anatomy.value.c_str(),
                                                         what.anatomy.scheme.c_str(),
                                                         what.anatomy.meaning.c_str()),
            file, "anatomic region");
    FGParametricMapFrameType frameType;
    require(frameType.setFrameType(("DERIVED\\PRIMARY\\VOLUME\\" + contrast).c_str()), file,
            "frame type");
    OFCondition result;
    if ((result = map.addForAllFrames(pixelMeasuresOf(values))).good()
        && (result = map.addForAllFrames(orientationOf(values))).good()
        && (result = map.addForAllFrames(anatomy)).good()
        && (result = map.addForAllFrames(frameType)).good()) {
        FGRealWorldValueMapping mapping;
        fillMapping(mapping, what, values, file);
        result = map.addForAllFrames(mapping);
    }
    return result;
}

} // namespace

std::string writeParametricMap(const Volume &values, const ParametricMapToWrite &what,
                               const std::filesystem::path &file)
{
    const std::string name = file.string();
    requireWritableGrid(values, name);
    if (what.quantity.empty()) {
        throw LoadError(name, "a parametric map needs the quantity it holds");
    }
    const std::string contrast = codeString(
        what.derivedPixelContrast.empty() ? what.quantity : what.derivedPixelContrast, "MAP");
    auto created = DPMParametricMapIOD::create<IODFloatingPointImagePixelModule>(
        what.source.modality.empty() ? "MR" : what.source.modality.c_str(),
        std::to_string(what.content.seriesNumber).c_str(),
        std::to_string(what.content.instanceNumber).c_str(), Uint16(values.size[1]),
        Uint16(values.size[0]),
        IODEnhGeneralEquipmentModule::EquipmentInfo(manufacturer(), "OncoView", "0",
                                                    softwareVersion()),
        contentIdentification(what.content, "PARAMETRIC_MAP"), "VOLUME", contrast.c_str(),
        DPMTypes::CQ_RESEARCH);
    if (const OFCondition *error = OFget<OFCondition>(&created)) {
        require(*error, name, "cannot create the parametric map");
    }
    DPMParametricMapIOD *map = OFget<DPMParametricMapIOD>(&created);
    if (!map) {
        throw LoadError(name, "cannot create the parametric map");
    }
    applySource(*map, what.source, what.content, name);
    // No pixel data identifies the patient; Type 1 in the Parametric Map Image module.
    require(map->setRecognizableVisualFeatures(DPMTypes::RVF_NO), name, "visual features");
    require(addSharedGroups(*map, what, values, contrast, name), name, "shared groups");
    addDimensions(map->getIODMultiframeDimensionModule(), false, name);

    DPMParametricMapIOD::FramesType frames = map->getFrames();
    auto *floats = OFget<DPMParametricMapIOD::Frames<Float32>>(&frames);
    if (!floats) {
        throw LoadError(name, "the parametric map did not take float pixel data");
    }
    const size_t pixels = size_t(values.size[0]) * size_t(values.size[1]);
    std::vector<Float32> frame(pixels);
    for (int k = 0; k < values.size[2]; ++k) {
        std::copy_n(values.voxels.data() + size_t(k) * pixels, pixels, frame.begin());
        FGPlanePosPatient position = positionOf(values, k);
        FGFrameContent content;
        content.setDimensionIndexValues(Uint32(k + 1), 0);
        OFVector<FGBase *> groups {&position, &content};
        std::unique_ptr<FGDerivationImage> derivation;
        if (const SourceInstance *instance = sliceSource(values, what.source, k)) {
            derivation = derivationOf(*instance, {"110001", "DCM", "Image Processing"});
            groups.push_back(derivation.get());
        }
        require(floats->addFrame(frame.data(), pixels, groups), name,
                "frame of slice " + std::to_string(k + 1));
    }
    DcmFileFormat out;
    DcmDataset &dataset = *out.getDataset();
    require(map->writeDataset(dataset), name, "cannot build the parametric map");
    completeDimensionIndex(dataset);
    OFString uid;
    require(dataset.findAndGetOFString(DCM_SOPInstanceUID, uid), name, "SOP Instance UID");
    saveAtomically(out, file);
    return uid.c_str();
}

} // namespace oncoview::mri
