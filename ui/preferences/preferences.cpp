// SPDX-License-Identifier: Apache-2.0
#include "ui/preferences/preferences.h"

// Qt
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

// Local
#include "ui/i18n/language.h"
#include "ui/modellibrary.h"

#include <algorithm>
#include <cmath>

namespace oncoview::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oncoview::ui", text);
}

const auto deviceKey = QStringLiteral("inference/device");
const auto tileCacheKey = QStringLiteral("slide/tileCacheMiB");
const auto featureCacheKey = QStringLiteral("analysis/featureCacheGiB");
const auto pacsCacheKey = QStringLiteral("pacs/cacheGiB");
const auto foldersKey = QStringLiteral("models/folders");
const auto leftButtonKey = QStringLiteral("mri/leftButtonMovesCursor");
const auto mriUnitKey = QStringLiteral("units/mriCentimetres");
const auto rightButtonKey = QStringLiteral("mri/rightButton");
const auto middleButtonKey = QStringLiteral("mri/middleButton");
const auto wheelKey = QStringLiteral("mri/wheelZooms");

// A drag action's settings name, or `fallback` for anything else (a hand-edited file).
QString dragAction(const QString &value, const QString &fallback)
{
    static const QStringList known {QStringLiteral("zoom"), QStringLiteral("pan"),
                                    QStringLiteral("windowLevel"), QStringLiteral("cursor")};
    return known.contains(value) ? value : fallback;
}
const auto slideUnitKey = QStringLiteral("units/slideMillimetres");
const auto themeKey = QStringLiteral("ui/theme");
const auto fontKey = QStringLiteral("ui/fontPointSize");

bool knownDevice(const QString &device)
{
    return device == QLatin1String("auto") || device == QLatin1String("cpu")
        || device == QLatin1String("cuda");
}

double finiteOr(double value, double fallback)
{
    return std::isfinite(value) ? value : fallback;
}

} // namespace

Preferences Preferences::load()
{
    const QSettings settings;
    const Preferences defaults;
    Preferences p;
    const QString device = settings.value(deviceKey, defaults.device).toString();
    p.device = knownDevice(device) ? device : defaults.device;
    p.threads = std::clamp(ModelLibrary::threadSetting(), 0, kMaxThreads);
    p.tileCacheMiB = std::clamp(settings.value(tileCacheKey, defaults.tileCacheMiB).toInt(),
                                kMinTileCacheMiB, kMaxTileCacheMiB);
    p.featureCacheGiB
        = std::clamp(finiteOr(settings.value(featureCacheKey, defaults.featureCacheGiB).toDouble(),
                              defaults.featureCacheGiB),
                     0.0, kMaxFeatureCacheGiB);
    p.pacsCacheGiB
        = std::clamp(finiteOr(settings.value(pacsCacheKey, defaults.pacsCacheGiB).toDouble(),
                              defaults.pacsCacheGiB),
                     0.0, kMaxFeatureCacheGiB);
    p.modelFolders = settings.value(foldersKey).toStringList();
    p.leftButtonMovesCursor = settings.value(leftButtonKey, false).toBool();
    p.mriCentimetres = settings.value(mriUnitKey, false).toBool();
    p.rightButton = dragAction(settings.value(rightButtonKey).toString(), defaults.rightButton);
    p.middleButton = dragAction(settings.value(middleButtonKey).toString(), defaults.middleButton);
    p.wheelZooms = settings.value(wheelKey, false).toBool();
    p.slideMillimetres = settings.value(slideUnitKey, false).toBool();
    p.language = languageSetting();
    const QString theme = settings.value(themeKey, defaults.theme).toString();
    p.theme = theme == QLatin1String("light") ? theme : defaults.theme;
    const double font = finiteOr(settings.value(fontKey, 0.0).toDouble(), 0.0);
    p.fontPointSize = font >= 6.0 && font <= 32.0 ? font : 0.0;
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(deviceKey, device);
    ModelLibrary::setThreadSetting(threads);
    settings.setValue(tileCacheKey, tileCacheMiB);
    settings.setValue(featureCacheKey, featureCacheGiB);
    settings.setValue(pacsCacheKey, pacsCacheGiB);
    settings.setValue(foldersKey, modelFolders);
    settings.setValue(leftButtonKey, leftButtonMovesCursor);
    settings.setValue(mriUnitKey, mriCentimetres);
    settings.setValue(rightButtonKey, rightButton);
    settings.setValue(middleButtonKey, middleButton);
    settings.setValue(wheelKey, wheelZooms);
    settings.setValue(slideUnitKey, slideMillimetres);
    setLanguageSetting(language);
    settings.setValue(themeKey, theme);
    settings.setValue(fontKey, fontPointSize);
}

void Preferences::reset()
{
    QSettings settings;
    for (const QString &key : {deviceKey, QStringLiteral("inference/threads"), tileCacheKey,
                               featureCacheKey, pacsCacheKey, foldersKey, leftButtonKey, mriUnitKey,
                               slideUnitKey, QStringLiteral("ui/language"), themeKey, fontKey}) {
        settings.remove(key);
    }
}

QStringList Preferences::problems() const
{
    QStringList out;
    if (!knownDevice(device)) {
        out << tr("The inference device must be automatic, CPU or CUDA.");
    }
    if (threads < 0 || threads > kMaxThreads) {
        out << tr("Inference threads must be between 0 (automatic) and %1.").arg(kMaxThreads);
    }
    if (tileCacheMiB < kMinTileCacheMiB || tileCacheMiB > kMaxTileCacheMiB) {
        out << tr("The slide tile cache must be between %1 and %2 MiB.")
                   .arg(kMinTileCacheMiB)
                   .arg(kMaxTileCacheMiB);
    }
    if (!std::isfinite(featureCacheGiB) || featureCacheGiB < 0
        || featureCacheGiB > kMaxFeatureCacheGiB) {
        out << tr("The feature cache limit must be between 0 (no limit) and %1 GiB.")
                   .arg(kMaxFeatureCacheGiB);
    }
    if (!std::isfinite(pacsCacheGiB) || pacsCacheGiB < 0 || pacsCacheGiB > kMaxFeatureCacheGiB) {
        out << tr("The PACS cache limit must be between 0 (no limit) and %1 GiB.")
                   .arg(kMaxFeatureCacheGiB);
    }
    for (const QString &folder : modelFolders) {
        const QFileInfo info(folder);
        if (!info.isDir() || !info.isReadable()) {
            out << tr("The model folder %1 does not exist or cannot be read.")
                       .arg(QDir::toNativeSeparators(folder));
        }
    }
    if (theme != QLatin1String("dark") && theme != QLatin1String("light")) {
        out << tr("The theme must be dark or light.");
    }
    if (fontPointSize != 0.0 && (fontPointSize < 6.0 || fontPointSize > 32.0)) {
        out << tr("The font size must be between 6 and 32 points, or the desktop's.");
    }
    return out;
}

bool Preferences::needsRestartComparedTo(const Preferences &running) const
{
    return device != running.device || threads != running.threads || language != running.language;
}

} // namespace oncoview::ui
