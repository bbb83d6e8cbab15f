// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/derivedsource.h"

#include "viewers/mri/io/loaderror.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <set>

namespace oncoview::mri {

namespace {

std::string value(DcmDataset &ds, const DcmTagKey &tag)
{
    OFString text;
    return ds.findAndGetOFStringArray(tag, text).good() ? std::string(text.c_str()) : "";
}

} // namespace

DerivedSource derivedSourceOf(const SeriesInfo &series, int phase)
{
    DerivedSource source;
    source.studyUid = series.studyUid;
    source.identity = series.identity;
    source.size = series.size;
    source.spacing = series.spacing;
    source.origin = series.origin;
    source.direction = series.direction;
    source.modality = series.modality.empty() ? "MR" : series.modality;
    if (series.format == "nifti" || phase < 0 || size_t(phase) >= series.phaseFiles.size()) {
        return source; // nothing in the files to reference
    }
    source.seriesUid = series.uid;
    const std::vector<std::string> &files = series.phaseFiles[size_t(phase)];
    std::set<std::string> seen;
    for (const std::string &file : files) {
        if (!seen.insert(file).second) {
            continue; // a multi-frame file is listed once per phase
        }
        DcmFileFormat format;
        // Values over 4 KiB (the pixels) stay on disk: only the header is needed.
        const OFCondition read = format.loadFile(file.c_str(), EXS_Unknown, EGL_noChange, 4096);
        if (read.bad()) {
            throw LoadError(file, std::string("cannot read the source header: ") + read.text());
        }
        DcmDataset &ds = *format.getDataset();
        const SourceInstance instance {value(ds, DCM_SOPClassUID), value(ds, DCM_SOPInstanceUID)};
        if (instance.sopClassUid.empty() || instance.sopInstanceUid.empty()) {
            throw LoadError(file, "source image without SOP Class or Instance UID");
        }
        if (source.instances.empty()) {
            source.frameOfReferenceUid = value(ds, DCM_FrameOfReferenceUID);
            source.studyTime = value(ds, DCM_StudyTime);
            source.studyId = value(ds, DCM_StudyID);
            source.referringPhysician = value(ds, DCM_ReferringPhysicianName);
        }
        source.instances.push_back(instance);
    }
    // One file per slice, sorted along the slice normal like the volume: frame k came from k.
    if (series.format == "dicom" && seen.size() == files.size()
        && files.size() == size_t(series.size[2])) {
        source.sliceInstances = source.instances;
    }
    return source;
}

} // namespace oncoview::mri
