// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/mprorientation.h"

// Qt
#include <QCoreApplication>

#include <cmath>

namespace oncoview::mri {

namespace {
int dominantAxis(const std::array<double, 3> &v)
{
    const double ax = std::abs(v[0]), ay = std::abs(v[1]), az = std::abs(v[2]);
    return ax >= ay && ax >= az ? 0 : (ay >= az ? 1 : 2);
}
} // namespace

MprAxes mprAxes(MprOrientation orientation)
{
    MprAxes axes {};
    switch (orientation) {
    case MprOrientation::Axial:
        axes.normal = {0, 0, 1};
        axes.up = {0, -1, 0};
        break;
    case MprOrientation::Coronal:
        axes.normal = {0, 1, 0};
        axes.up = {0, 0, 1};
        break;
    case MprOrientation::Sagittal:
        axes.normal = {-1, 0, 0};
        axes.up = {0, 0, 1};
        break;
    }
    const auto &n = axes.normal;
    const auto &u = axes.up;
    axes.right = {n[1] * u[2] - n[2] * u[1], n[2] * u[0] - n[0] * u[2], n[0] * u[1] - n[1] * u[0]};
    return axes;
}

QString mprOrientationName(MprOrientation orientation)
{
    switch (orientation) {
    case MprOrientation::Axial:
        return QCoreApplication::translate("oncoview::mri", "Axial");
    case MprOrientation::Coronal:
        return QCoreApplication::translate("oncoview::mri", "Coronal");
    case MprOrientation::Sagittal:
        return QCoreApplication::translate("oncoview::mri", "Sagittal");
    }
    return {};
}

QColor mprOrientationColor(MprOrientation orientation)
{
    switch (orientation) {
    case MprOrientation::Axial:
        return QColor(235, 80, 70);
    case MprOrientation::Coronal:
        return QColor(90, 200, 90);
    case MprOrientation::Sagittal:
        return QColor(230, 210, 70);
    }
    return Qt::white;
}

MprOrientation mprOrientationWithNormal(const std::array<double, 3> &direction)
{
    static const MprOrientation byAxis[3]
        = {MprOrientation::Sagittal, MprOrientation::Coronal, MprOrientation::Axial};
    return byAxis[dominantAxis(direction)];
}

QString lpsDirectionLetter(const std::array<double, 3> &direction)
{
    static const char *letters[3][2] = {{"L", "R"}, {"P", "A"}, {"S", "I"}};
    const int axis = dominantAxis(direction);
    return QString::fromLatin1(letters[axis][direction[axis] >= 0 ? 0 : 1]);
}

} // namespace oncoview::mri
