// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/depthtestoffprop.h"

#include <vtkObjectFactory.h>
#include <vtkOpenGLRenderer.h>
#include <vtkOpenGLState.h>

namespace oncoview::mri {

namespace {
constexpr unsigned int kGlDepthTest = 0x0B71; // GL_DEPTH_TEST, without pulling in GL headers
}

vtkStandardNewMacro(DepthTestOffProp);

int DepthTestOffProp::RenderOpaqueGeometry(vtkViewport *viewport)
{
    // Through VTK's state cache, so that VTK knows and re-enables it where it needs it (its
    // renderer does so at every clear).
    if (auto *renderer = vtkOpenGLRenderer::SafeDownCast(viewport)) {
        renderer->GetState()->vtkglDisable(kGlDepthTest);
    }
    return 0;
}

} // namespace oncoview::mri
