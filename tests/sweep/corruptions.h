// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QByteArray>
#include <QString>

#include <vector>

namespace oncoview::sweep {

// One damaged copy of a file: what a user may really be handed (a copy cut short, a bad disk
// sector, a file renamed) or what a hostile file may claim (sizes far beyond the file).
struct Corruption
{
    QString name; // "truncated-50%", "bitflip-2", "huge-dimensions", ...
    QString fileName; // the copy's file name (a wrong extension for "wrong-extension")
    QByteArray bytes;
};

// Every corruption of `content`, the bytes of `fileName`: zero length, truncated at 132 bytes
// and at 1, 10, 50 and 90 %, three deterministic bit-flip patterns (in the header and
// anywhere), the same bytes under a misleading extension and, for DICOM, NIfTI and TIFF-based
// slides, header sizes set huge.
std::vector<Corruption> corruptionsOf(const QString &fileName, const QByteArray &content);

// The header-size attack alone; empty when the format is not one the sweep knows how to edit.
QByteArray withHugeSizes(const QString &fileName, const QByteArray &content);

} // namespace oncoview::sweep
