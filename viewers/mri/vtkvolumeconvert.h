// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/mri/io/volume.h"

#include <QString>

#include <memory>

#include <vtkSmartPointer.h>

class vtkImageData;
class vtkMatrix4x4;

namespace oncoview::mri {

// A Volume seen by VTK: the image holds the voxels in index space scaled by spacing (origin 0),
// and indexToLps places it in LPS patient space (direction cosines and origin), to be used as
// a prop's UserMatrix. VTK 9.1 mappers ignore vtkImageData's own direction matrix.
struct VtkVolumeImage
{
    // Keeps the voxels alive: the image points into them without copying.
    std::shared_ptr<const Volume> volume;
    vtkSmartPointer<vtkImageData> image;
    vtkSmartPointer<vtkMatrix4x4> indexToLps;
};

// Empty when the volume can be shown, else a sentence saying what is wrong with it.
QString volumeProblem(const Volume &volume);

// Wraps the voxels without copying them (VTK never writes to them). Precondition:
// volumeProblem(*volume) is empty. GUI thread (VTK objects stay there).
VtkVolumeImage makeVtkImage(std::shared_ptr<const Volume> volume);

} // namespace oncoview::mri
