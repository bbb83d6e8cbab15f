// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QFileInfo>
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
// A slide by its file name extension (.svs, .tif, .ndpi, .mrxs, ...); anything else is a study.
bool isSlideFile(const QFileInfo &info);

} // namespace oncoview::app
