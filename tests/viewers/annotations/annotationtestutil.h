// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/slide/annotations/annotation.h"

#include <catch2/catch.hpp>

// Qt
#include <QColor>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <cstring>
#include <ostream>

// Readable Catch2 messages for the Qt types the tests compare (found by ADL: global types).
inline std::ostream &operator<<(std::ostream &os, const QString &text)
{
    return os << '"' << text.toStdString() << '"';
}
inline std::ostream &operator<<(std::ostream &os, const QStringList &list)
{
    return os << list.join(", ");
}
inline std::ostream &operator<<(std::ostream &os, const QPointF &p)
{
    return os << '(' << p.x() << ", " << p.y() << ')';
}
inline std::ostream &operator<<(std::ostream &os, const QRectF &r)
{
    return os << "QRectF(" << r.x() << ", " << r.y() << ", " << r.width() << " x " << r.height()
              << ')';
}
inline std::ostream &operator<<(std::ostream &os, const QColor &c)
{
    return os << c.name(QColor::HexArgb);
}

namespace oncoview::slide::test {

// Bit-exact coordinate comparison (QPointF's operator== is fuzzy in Qt 6).
inline bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

inline bool exactGeometry(const Annotation &a, const Annotation &b)
{
    if (a.shape != b.shape || !sameBits(a.rect.x(), b.rect.x()) || !sameBits(a.rect.y(), b.rect.y())
        || !sameBits(a.rect.width(), b.rect.width()) || !sameBits(a.rect.height(), b.rect.height())
        || a.parts.size() != b.parts.size()) {
        return false;
    }
    for (qsizetype p = 0; p < a.parts.size(); ++p) {
        if (a.parts[p].size() != b.parts[p].size()) {
            return false;
        }
        for (qsizetype r = 0; r < a.parts[p].size(); ++r) {
            const QPolygonF &ra = a.parts[p][r];
            const QPolygonF &rb = b.parts[p][r];
            if (ra.size() != rb.size()) {
                return false;
            }
            for (qsizetype i = 0; i < ra.size(); ++i) {
                if (!sameBits(ra[i].x(), rb[i].x()) || !sameBits(ra[i].y(), rb[i].y())) {
                    return false;
                }
            }
        }
    }
    return true;
}

// Everything equal and coordinates bit-exact.
inline void requireSame(const Annotation &expected, const Annotation &actual)
{
    INFO("annotation " << expected.id.toStdString() << " ("
                       << shapeName(expected.shape).toStdString() << ")");
    CHECK(exactGeometry(expected, actual));
    CHECK(expected == actual);
}

} // namespace oncoview::slide::test
