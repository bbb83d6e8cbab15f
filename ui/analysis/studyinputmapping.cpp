// SPDX-License-Identifier: Apache-2.0
#include "ui/analysis/studyinputmapping.h"

// Qt
#include <QCryptographicHash>
#include <QSettings>
#include <QStringList>

namespace oncoview::ui {

namespace {

QString describe(const mri::SeriesInfo &info)
{
    return QString::fromStdString(info.description.empty() ? info.uid : info.description);
}

QString settingsGroup(const LoadedStudy &study, const inference::Manifest &manifest)
{
    const QByteArray key
        = (protocolKey(study) + QLatin1Char('|') + QString::fromStdString(manifest.name)).toUtf8();
    return QStringLiteral("analysis/input-mappings/")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
}

} // namespace

QString protocolKey(const LoadedStudy &study)
{
    QStringList descriptions;
    for (const auto &series : study.series) {
        descriptions << describe(series->info);
    }
    descriptions.sort();
    return descriptions.join(QLatin1Char('\n'));
}

StudyInputMapping guessInputMapping(const LoadedStudy &study, const inference::Manifest &manifest)
{
    StudyInputMapping mapping;
    QSettings settings;
    settings.beginGroup(settingsGroup(study, manifest));
    for (const inference::ManifestInput &input : manifest.inputs) {
        int chosen = -1;
        const QString remembered = settings.value(QString::fromStdString(input.name)).toString();
        for (size_t i = 0; i < study.series.size() && chosen < 0; ++i) {
            if (!remembered.isEmpty() && describe(study.series[i]->info) == remembered) {
                chosen = int(i);
            }
        }
        const bool rememberedNone
            = settings.contains(QString::fromStdString(input.name)) && remembered.isEmpty();
        for (size_t i = 0; i < study.series.size() && chosen < 0 && !rememberedNone; ++i) {
            if (study.series[i]->info.role == input.name) {
                chosen = int(i); // the first series of the role: a repeat scan is not mixed in
            }
        }
        mapping[input.name] = chosen;
    }
    return mapping;
}

void rememberInputMapping(const LoadedStudy &study, const inference::Manifest &manifest,
                          const StudyInputMapping &mapping)
{
    QSettings settings;
    settings.beginGroup(settingsGroup(study, manifest));
    for (const auto &[input, index] : mapping) {
        settings.setValue(QString::fromStdString(input),
                          index >= 0 && size_t(index) < study.series.size()
                              ? describe(study.series[size_t(index)]->info)
                              : QString());
    }
}

RoleVolumes mappedVolumes(const LoadedStudy &study, const StudyInputMapping &mapping)
{
    RoleVolumes volumes;
    for (const auto &[input, index] : mapping) {
        if (index < 0 || size_t(index) >= study.series.size()) {
            continue;
        }
        for (const mri::Volume &phase : study.series[size_t(index)]->phases) {
            volumes[input].push_back(&phase);
        }
    }
    return volumes;
}

} // namespace oncoview::ui
