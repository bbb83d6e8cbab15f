// SPDX-License-Identifier: Apache-2.0
// MprView's 2D annotations, painted over the VTK image: orientation and caption, the crosshair,
// the patient-direction letters, slice number, window/level and zoom, and the overlay legend
// (kept apart from navigation and rendering in mprview.cpp).
#include "viewers/mri/mprview.h"

#include "viewers/mri/mprcursor.h"

#include <QCoreApplication>
#include <QPainter>

#include <array>
#include <cmath>

namespace oncoview::mri {

void MprView::paintOverlay(QPainter &painter)
{
    QFont font = painter.font();
    font.setPixelSize(12);
    painter.setFont(font);
    painter.setPen(mprOrientationColor(m_orientation));
    painter.drawText(QPointF(6, 16), mprOrientationName(m_orientation));
    if (!m_caption.isEmpty()) {
        // Second line: the first holds the orientation, the slice number and the A/S letter.
        painter.setPen(QColor(0, 0, 0, 200));
        painter.drawText(QPointF(7, 33), m_caption);
        painter.setPen(QColor(235, 235, 235));
        painter.drawText(QPointF(6, 32), m_caption);
    }
    if (!hasImage()) {
        painter.setPen(QColor(160, 160, 160));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                         m_message);
        return;
    }
    paintCrosshair(painter);
    paintLabels(painter);
    if (hasOverlay()) {
        // Above the W/L line in the bottom-right corner.
        paintOverlayLegend(painter, m_overlay, QRectF(rect()).adjusted(6, 4, -6, -22));
    }
}

void MprView::paintCrosshair(QPainter &painter)
{
    // Axis-aligned lines: without antialiasing they look the same and draw several times
    // faster (this repaints on every step of a crosshair drag).
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPointF c = lpsToWidget(m_cursor->position());
    constexpr double gap = 8; // keeps the pointed-at voxel visible
    QColor vertical = mprOrientationColor(mprOrientationWithNormal(m_axes.right));
    QColor horizontal = mprOrientationColor(mprOrientationWithNormal(m_axes.up));
    vertical.setAlpha(190);
    horizontal.setAlpha(190);
    painter.setPen(QPen(vertical, 1));
    painter.drawLine(QPointF(c.x(), 0), QPointF(c.x(), c.y() - gap));
    painter.drawLine(QPointF(c.x(), c.y() + gap), QPointF(c.x(), height()));
    painter.setPen(QPen(horizontal, 1));
    painter.drawLine(QPointF(0, c.y()), QPointF(c.x() - gap, c.y()));
    painter.drawLine(QPointF(c.x() + gap, c.y()), QPointF(width(), c.y()));
    painter.restore();
}

void MprView::paintLabels(QPainter &painter)
{
    const QRectF r = QRectF(rect()).adjusted(6, 4, -6, -4);
    const auto text = [&painter](const QRectF &box, int flags, const QString &s) {
        painter.setPen(QColor(0, 0, 0, 200)); // shadow: readable on bright tissue
        painter.drawText(box.translated(1, 1), flags, s);
        painter.setPen(QColor(225, 225, 200));
        painter.drawText(box, flags, s);
    };
    const std::array<double, 3> left {-m_axes.right[0], -m_axes.right[1], -m_axes.right[2]};
    const std::array<double, 3> down {-m_axes.up[0], -m_axes.up[1], -m_axes.up[2]};
    QFont bold = painter.font();
    bold.setBold(true);
    bold.setPixelSize(14);
    const QFont normal = painter.font();
    painter.setFont(bold);
    text(r, Qt::AlignLeft | Qt::AlignVCenter, lpsDirectionLetter(left));
    text(r, Qt::AlignRight | Qt::AlignVCenter, lpsDirectionLetter(m_axes.right));
    text(r, Qt::AlignTop | Qt::AlignHCenter, lpsDirectionLetter(m_axes.up));
    text(r, Qt::AlignBottom | Qt::AlignHCenter, lpsDirectionLetter(down));
    painter.setFont(normal);
    QString where = QCoreApplication::translate("oncoview::mri", "Slice %1 / %2")
                        .arg(sliceIndex() + 1)
                        .arg(sliceCount());
    if (std::isinf(m_mipSlabMm)) {
        where = QCoreApplication::translate("oncoview::mri", "MIP (full)");
    } else if (m_mipSlabMm > 0) {
        where += QCoreApplication::translate("oncoview::mri", "  MIP %1 mm")
                     .arg(m_mipSlabMm, 0, 'g', 3);
    }
    // In a narrow panel a corner text would run under the A/P/S/I letter at the edge's centre:
    // it moves one line inwards.
    const int lineHeight = painter.fontMetrics().height();
    const auto cornerText = [&](int flags, const QString &s) {
        const bool collides = painter.fontMetrics().horizontalAdvance(s) > r.width() / 2 - 12;
        const double shift = !collides ? 0 : (flags & Qt::AlignTop) ? lineHeight : -lineHeight;
        text(r.translated(0, shift), flags, s);
    };
    cornerText(Qt::AlignTop | Qt::AlignRight, where);
    cornerText(Qt::AlignBottom | Qt::AlignLeft,
               QStringLiteral("W %1  L %2")
                   .arg(m_windowLevel.window, 0, 'g', 4)
                   .arg(m_windowLevel.level, 0, 'g', 4));
    if (std::abs(m_zoom - 1) > 1e-3) {
        text(r, Qt::AlignBottom | Qt::AlignRight, QStringLiteral("x%1").arg(m_zoom, 0, 'f', 2));
    }
}

} // namespace oncoview::mri
