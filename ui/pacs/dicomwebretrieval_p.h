// SPDX-License-Identifier: Apache-2.0
#pragma once
// DicomWebClient's retrieval in progress, shared by its two source files.

// Qt
#include <QString>
#include <QStringList>

// Local
#include "ui/pacs/dicomwebclient.h"
#include "ui/pacs/multipartreader.h"

#include <memory>

namespace oncoview::ui {

struct DicomWebClient::Retrieval
{
    QString studyUid;
    QString seriesUid;
    QString folder;
    std::unique_ptr<MultipartReader> reader;
    int instances = 0;
    qint64 bytes = 0;
    QString error; // writing failed, or the body was malformed
    bool retriedWithDefaultSyntax = false;
    int queued = 0; // instances handed to the writer
    int written = 0; // and back from it
    bool networkDone = false;
    QString networkError;
    // Resuming a retrieval cut short: the instances still to fetch one by one, those the folder
    // already held, and the number its files go on from.
    QStringList pending;
    int alreadyPresent = 0;
    int numberBase = 0;
};

} // namespace oncoview::ui
