// SPDX-License-Identifier: Apache-2.0
#include "app/cli/signing.h"

// Local
#include "app/cli/analyze.h"
#include "inference/packagesignature.h"

#include <cstdio>

namespace oncoview::app {

int makeSigningKeyCommand(const QStringList &arguments)
{
    if (arguments.size() != 2) {
        std::fputs("usage: oncoview-cli make-signing-key PRIVATE.pem PUBLIC.pem\n", stderr);
        return 64;
    }
    const std::string error
        = inference::generateSigningKey(arguments[0].toStdString(), arguments[1].toStdString());
    if (!error.empty()) {
        return printAnalyzeError(arguments[0], QString::fromStdString(error), kExitUnreadable);
    }
    std::string why;
    const std::string id = inference::publicKeyId(arguments[1].toStdString(), &why);
    std::printf("{\"private\":\"%s\",\"public\":\"%s\",\"key_id\":\"%s\"}\n",
                qPrintable(arguments[0]), qPrintable(arguments[1]), id.c_str());
    return 0;
}

int signPackageCommand(const QStringList &arguments)
{
    if (arguments.size() != 3 || arguments[0] != QLatin1String("--key")) {
        std::fputs("usage: oncoview-cli sign-package --key PRIVATE.pem PACKAGE_DIR\n", stderr);
        return 64;
    }
    const std::string error
        = inference::signPackage(arguments[2].toStdString(), arguments[1].toStdString());
    if (!error.empty()) {
        return printAnalyzeError(arguments[2], QString::fromStdString(error), kExitRefusedPackage);
    }
    std::printf("{\"package\":\"%s\",\"sha256\":\"%s\"}\n", qPrintable(arguments[2]),
                inference::packageSha256(arguments[2].toStdString()).c_str());
    return 0;
}

} // namespace oncoview::app
