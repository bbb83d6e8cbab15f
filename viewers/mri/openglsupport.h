// SPDX-License-Identifier: Apache-2.0
#pragma once

// Whether this display can host the VTK views. Without a usable OpenGL context (a remote X
// session without GLX, a VM without a driver, QT_QPA_PLATFORM=offscreen) a window holding a
// QOpenGLWidget crashes inside Qt when it is shown (QPlatformBackingStore::rhiFlush), so the
// check runs before any such widget joins a window. GUI thread; after the QApplication exists.

// Qt
#include <QString>

namespace oncoview::mri {

// Empty when an OpenGL 3.2 core context of vtkSurfaceFormat() can be created and made current;
// else one paragraph saying what is missing and how to fix it. Probed once, then cached.
QString openGlProblem();
inline bool openGlAvailable()
{
    return openGlProblem().isEmpty();
}

} // namespace oncoview::mri
