// SPDX-License-Identifier: Apache-2.0
#include "ui/mri/hangingprotocol.h"

// Qt
#include <QCryptographicHash>
#include <QSettings>

// Local
#include "ui/analysis/studyinputmapping.h"

namespace oncoview::ui {

namespace {

QString layoutKey(const LoadedStudy &study)
{
    const QByteArray protocol = protocolKey(study).toUtf8();
    return QStringLiteral("hanging/%1/layout")
        .arg(QString::fromLatin1(
            QCryptographicHash::hash(protocol, QCryptographicHash::Sha1).toHex()));
}

} // namespace

std::optional<HangingLayout> rememberedLayout(const LoadedStudy &study)
{
    if (study.series.empty()) {
        return std::nullopt;
    }
    const QString value = QSettings().value(layoutKey(study)).toString();
    if (value == QLatin1String("dce")) {
        return HangingLayout::Dce;
    }
    if (value == QLatin1String("mpr")) {
        return HangingLayout::Mpr;
    }
    return std::nullopt;
}

void rememberLayout(const LoadedStudy &study, HangingLayout layout)
{
    if (study.series.empty()) {
        return;
    }
    QSettings().setValue(layoutKey(study),
                         layout == HangingLayout::Dce ? QStringLiteral("dce")
                                                      : QStringLiteral("mpr"));
}

} // namespace oncoview::ui
