// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QString>
#include <QStringList>

#include <string>

namespace oncoview::ui {

// The layers below the UI speak English: inference/ has no Qt and so no tr(), and the readers
// in viewers/ return reasons that also go to logs and the command-line tool. Their messages
// are built from fixed sentences with names, paths, numbers and shapes filled in. This
// catalogue knows those sentences, matches a message against them and returns the UI
// language's version with the filled-in parts carried over; "<file>: <reason>" and
// "<context>: <message>" are translated part by part. A message it does not know is
// returned as it came (English), never dropped.
QString lowerLayerText(const QString &message);
QString lowerLayerText(const std::string &message);
QStringList lowerLayerTexts(const QStringList &messages);

// The English sentences the catalogue knows, with %1, %2… for the parts filled in: the tests
// check that each one is translated and that the messages of real failures match.
QStringList lowerLayerSentences();

} // namespace oncoview::ui
