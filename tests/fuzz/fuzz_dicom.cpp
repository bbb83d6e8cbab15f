// SPDX-License-Identifier: Apache-2.0
// DICOM at header level, as the study scanner reads every file of a folder: readDicomHeader
// runs quickDicomCheck / dicomStructureProblem (the structural walk) and, only when that
// accepts the file, GDCM's header read and the tag extraction (character sets, the Siemens
// CSA block, mosaics, the Pixel Data position). Debian's GDCM is built with assertions: an
// abort() inside it means the walk let through a file GDCM cannot take, which is a bug here.
// The input also goes to the CSA parser directly, which a file reaches only in rare cases.
#include "tests/fuzz/fuzzutil.h"
#include "viewers/mri/io/csaheader.h"
#include "viewers/mri/io/dicomtags.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool quiet = [] {
        oncoview::mri::quietGdcm();
        return true;
    }();
    (void)quiet;
    const auto path = oncoview::fuzz::writeScratch("input.dcm", data, size);
    oncoview::mri::readDicomHeader(path);
    oncoview::mri::parseCsaHeader(reinterpret_cast<const char *>(data), size);
    return 0;
}
