// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/readerversions.h"

#include <gdcmVersion.h>
#include <itkVersion.h>

namespace oncoview::mri {

std::string readerLibraryVersions()
{
    return std::string("ITK ") + itk::Version::GetITKVersion() + ", GDCM "
        + gdcm::Version::GetVersion();
}

} // namespace oncoview::mri
