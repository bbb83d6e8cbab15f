// SPDX-License-Identifier: Apache-2.0
#pragma once

// Catch2 (the caller has included it)

// Qt
#include <QProcess>
#include <QString>
#include <QStringList>

namespace oncoview::testing {

// Runs another program on what a test wrote (pdftotext, dcmdump, gdcmraw: a second reader);
// its standard output. The test fails when it does not end well within 60 s.
inline QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace oncoview::testing
