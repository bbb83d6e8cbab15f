// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/vtkvolumeconvert.h"

#include <cmath>

#include <vtkFloatArray.h>
#include <vtkImageData.h>
#include <vtkMatrix4x4.h>
#include <vtkPointData.h>

namespace oncoview::mri {

QString volumeProblem(const Volume &volume)
{
    for (int axis = 0; axis < 3; ++axis) {
        if (volume.size[axis] < 1) {
            return QStringLiteral("the volume has no voxels along axis %1").arg(axis);
        }
        if (!(volume.spacing[axis] > 0) || !std::isfinite(volume.spacing[axis])) {
            return QStringLiteral("voxel spacing %1 along axis %2 is not a positive number")
                .arg(volume.spacing[axis])
                .arg(axis);
        }
    }
    if (volume.voxels.size() != volume.voxelCount()) {
        return QStringLiteral("the volume holds %1 voxels but its size says %2")
            .arg(volume.voxels.size())
            .arg(volume.voxelCount());
    }
    // Each direction column must be a unit vector, and the three must not be parallel.
    const auto &d = volume.direction;
    const double det = d[0] * (d[4] * d[8] - d[5] * d[7]) - d[1] * (d[3] * d[8] - d[5] * d[6])
        + d[2] * (d[3] * d[7] - d[4] * d[6]);
    if (!std::isfinite(det) || std::abs(std::abs(det) - 1.0) > 1e-3) {
        return QStringLiteral("the direction cosines are not orthonormal (determinant %1)")
            .arg(det);
    }
    return {};
}

VtkVolumeImage makeVtkImage(std::shared_ptr<const Volume> volume)
{
    VtkVolumeImage out;
    out.volume = std::move(volume);
    const Volume &v = *out.volume;
    auto scalars = vtkSmartPointer<vtkFloatArray>::New();
    scalars->SetName("voxels");
    // save = 1: VTK must not free memory owned by the Volume; out.volume keeps it alive.
    scalars->SetArray(const_cast<float *>(v.voxels.data()), vtkIdType(v.voxels.size()), 1);
    out.image = vtkSmartPointer<vtkImageData>::New();
    out.image->SetDimensions(v.size[0], v.size[1], v.size[2]);
    out.image->SetSpacing(v.spacing[0], v.spacing[1], v.spacing[2]);
    out.image->SetOrigin(0, 0, 0);
    out.image->GetPointData()->SetScalars(scalars);
    out.indexToLps = vtkSmartPointer<vtkMatrix4x4>::New();
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 3; ++c) {
            out.indexToLps->SetElement(r, c, v.direction[r * 3 + c]);
        }
        out.indexToLps->SetElement(r, 3, v.origin[r]);
    }
    return out;
}

} // namespace oncoview::mri
