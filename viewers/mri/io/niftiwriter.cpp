// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/niftiwriter.h"

#include <itkImage.h>
#include <itkImageFileWriter.h>
#include <itkMetaDataObject.h>
#include <itkNiftiImageIO.h>

#include <algorithm>

namespace oncoview::mri {

std::string writeNiftiVolume(const Volume &volume, const std::filesystem::path &path,
                             const std::string &description)
{
    if (volume.voxels.size() != volume.voxelCount() || volume.voxelCount() == 0) {
        return "the map has no voxels to write";
    }
    using Image = itk::Image<float, 3>;
    try {
        auto image = Image::New();
        Image::RegionType region;
        region.SetSize({{itk::SizeValueType(volume.size[0]), itk::SizeValueType(volume.size[1]),
                         itk::SizeValueType(volume.size[2])}});
        image->SetRegions(region);
        Image::SpacingType spacing;
        Image::PointType origin;
        Image::DirectionType direction;
        for (unsigned r = 0; r < 3; ++r) {
            spacing[r] = volume.spacing[r];
            origin[r] = volume.origin[r];
            for (unsigned c = 0; c < 3; ++c) {
                direction[r][c] = volume.direction[r * 3 + c];
            }
        }
        image->SetSpacing(spacing);
        image->SetOrigin(origin);
        image->SetDirection(direction);
        image->Allocate();
        std::copy(volume.voxels.begin(), volume.voxels.end(), image->GetBufferPointer());
        if (!description.empty()) {
            // NIfTI's 80-byte descrip field.
            itk::EncapsulateMetaData<std::string>(image->GetMetaDataDictionary(), "descrip",
                                                  description.substr(0, 79));
        }
        auto writer = itk::ImageFileWriter<Image>::New();
        writer->SetImageIO(itk::NiftiImageIO::New());
        writer->SetFileName(path.string());
        writer->SetInput(image);
        writer->Update();
    } catch (const itk::ExceptionObject &error) {
        return "cannot write " + path.string() + ": " + error.GetDescription();
    }
    return {};
}

} // namespace oncoview::mri
