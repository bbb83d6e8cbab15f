// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QStringList>

namespace oncoview::app {

// `oncoview-cli make-signing-key PRIVATE.pem PUBLIC.pem` and
// `oncoview-cli sign-package --key PRIVATE.pem DIR`: how a model publisher signs a package so
// that OncoView can lift its "not a validated clinical model" label for users who installed
// the public key (in <app data>/trusted-keys). Return the exit code.
int makeSigningKeyCommand(const QStringList &arguments);
int signPackageCommand(const QStringList &arguments);

} // namespace oncoview::app
