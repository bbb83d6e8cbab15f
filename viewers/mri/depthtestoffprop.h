// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <vtkProp.h>

namespace oncoview::mri {

// A prop that draws nothing and turns OpenGL's depth test off for the props rendered after it
// in the same pass. A 2D slice view stacks its layers in drawing order and has nothing to hide
// behind anything: on a CPU rasteriser the depth test and depth writes of the full-view image
// quad cost about a fifth of the frame (bench_mri_reslice). Add it to the renderer first.
class DepthTestOffProp : public vtkProp
{
public:
    static DepthTestOffProp *New();
    vtkTypeMacro(DepthTestOffProp, vtkProp);

    int RenderOpaqueGeometry(vtkViewport *viewport) override;

protected:
    DepthTestOffProp() = default;
    ~DepthTestOffProp() override = default;

public:
    DepthTestOffProp(const DepthTestOffProp &) = delete;
    DepthTestOffProp &operator=(const DepthTestOffProp &) = delete;
};

} // namespace oncoview::mri
