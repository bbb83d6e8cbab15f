// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QJsonObject>
#include <QString>

namespace oncoview::app {

// The answer of `oncoview-cli probe PATH` (shared CLI.md): a JSON object describing a slide or
// a study, or an error message naming the file and the reason.
struct ProbeResult
{
    bool ok = false;
    QJsonObject json;
    QString errorFile;
    QString errorReason;
};

ProbeResult probePath(const QString &path);

} // namespace oncoview::app
