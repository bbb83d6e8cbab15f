// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/dicomrewrite.h"

#include "viewers/mri/io/loaderror.h"

#include <gdcmReader.h>
#include <gdcmWriter.h>

namespace oncoview::mri {

namespace fs = std::filesystem;

void rewriteDicom(const fs::path &from, const fs::path &to,
                  const std::function<void(gdcm::DataSet &)> &edit)
{
    gdcm::Reader reader;
    reader.SetFileName(from.string().c_str());
    if (!reader.Read()) {
        throw LoadError(from.string(), "cannot read the DICOM file to rewrite");
    }
    gdcm::File &dicom = reader.GetFile();
    edit(dicom.GetDataSet());
    gdcm::Writer writer;
    writer.SetFile(dicom);
    writer.SetFileName(to.string().c_str());
    if (!writer.Write()) {
        throw LoadError(to.string(), "cannot write the rewritten DICOM file");
    }
}

void putValue(gdcm::DataSet &ds, const gdcm::Tag &tag, gdcm::VR vr, const std::string &bytes)
{
    gdcm::DataElement value(tag);
    value.SetVR(vr);
    value.SetByteValue(bytes.data(), uint32_t(bytes.size()));
    ds.Replace(value);
}

} // namespace oncoview::mri
