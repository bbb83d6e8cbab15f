// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/pacstypes.h"

namespace oncoview::ui {

QString PacsServer::displayName() const
{
    if (protocol == Protocol::Dimse) {
        return QStringLiteral("%1@%2:%3").arg(calledAe, host).arg(port);
    }
    return baseUrl.toDisplayString(QUrl::RemoveUserInfo);
}

} // namespace oncoview::ui
