// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QList>
#include <QObject>

#include <functional>

// Local
#include "ui/pacs/pacstypes.h"

namespace oncoview::ui::pacsservers {

// The archives the user has set up, by name, as kept in the settings (never their secrets:
// those are in the system keychain under keychainKey()). The first start after an update
// makes the one archive earlier versions kept into the first named one.
QList<PacsServer> load();
// Adds `server`, or replaces the one of the same name, and makes it the one last used.
void remember(const PacsServer &server);
void forget(const QString &name);
// The archive last used (searched, tested, sent to); a default DIMSE one when none is set up.
PacsServer lastUsed();
// Whether `server` says where the archive is (a URL, or a DIMSE host).
bool isSetUp(const PacsServer &server);
// Where the server's password or token is kept in the keychain.
QString keychainKey(const PacsServer &server);
// Calls `then` with `server` and its secret from the keychain (none kept, or no keychain: as it
// is), on the GUI thread, unless `context` is gone by then.
void withSecret(const PacsServer &server, QObject *context,
                std::function<void(const PacsServer &)> then);

} // namespace oncoview::ui::pacsservers
