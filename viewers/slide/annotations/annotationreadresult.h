// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewers/slide/annotations/annotation.h"

// Qt
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace oncoview::slide {

// What an importer or the autosave recovery hands back. `error` set: nothing usable was read
// (unreadable file, not JSON/XML, wrong root). Otherwise `annotations` holds what was read and
// `warnings` names each feature that was skipped or changed, with its position in the file.
struct AnnotationReadResult
{
    QList<Annotation> annotations;
    QString error;
    QStringList warnings;

    bool ok() const { return error.isEmpty(); }
};

// Progress of a read, 0..1, called on the reading thread (a worker for big imports).
using ReadProgress = std::function<void(double fraction)>;

} // namespace oncoview::slide
