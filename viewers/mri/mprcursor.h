// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/mri/io/volume.h"

#include <QObject>

#include <array>

namespace oncoview::mri {

// The point the three MPR views slice through, in LPS mm, shared by all views of one viewer:
// moving it in one view re-slices and re-draws the others. Clamped to the volume's voxel box
// once a geometry is set. GUI thread.
class MprCursor : public QObject
{
    Q_OBJECT
public:
    explicit MprCursor(QObject *parent = nullptr);

    std::array<double, 3> position() const { return m_position; }
    // Clamps to the geometry (if any); emits positionChanged() when the point moved.
    void setPosition(const std::array<double, 3> &lps);

    // Takes size/spacing/origin/direction (not the voxels) and re-clamps the position.
    void setGeometry(const Volume &volume);
    bool hasGeometry() const { return m_hasGeometry; }
    // Continuous voxel index of the current position (valid once a geometry is set).
    std::array<double, 3> index() const { return m_geometry.lpsToIndex(m_position); }

Q_SIGNALS:
    void positionChanged(const std::array<double, 3> &lps);

private:
    std::array<double, 3> clamped(const std::array<double, 3> &lps) const;

    Volume m_geometry; // voxels stay empty
    bool m_hasGeometry = false;
    std::array<double, 3> m_position {};
};

} // namespace oncoview::mri
