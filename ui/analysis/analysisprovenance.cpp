// SPDX-License-Identifier: Apache-2.0
#include "ui/analysis/analysisprovenance.h"

// Qt
#include <QCoreApplication>
#include <QJsonArray>
#include <QStandardPaths>

namespace oncoview::ui {

QString AnalysisProvenance::validationNote() const
{
    if (isValidated()) {
        return {};
    }
    if (!manifestClaimsValidated) {
        return {}; // the package does not claim it: the label alone says all there is
    }
    return QCoreApplication::translate(
               "AnalysisProvenance",
               "Not a validated clinical model: the package says it is validated, but %1")
        .arg(QString::fromStdString(signature.message));
}

QJsonObject AnalysisProvenance::packageJson() const
{
    return QJsonObject {
        {QStringLiteral("name"), packageName},
        {QStringLiteral("version"), packageVersion},
        {QStringLiteral("sha256"), packageSha256},
        {QStringLiteral("validated"), isValidated()},
        {QStringLiteral("claims_validated"), manifestClaimsValidated},
        {QStringLiteral("signature"),
         QString::fromLatin1(inference::signatureStatusName(signature.status))},
        {QStringLiteral("signature_message"), QString::fromStdString(signature.message)},
        {QStringLiteral("directory"), packageDirectory},
    };
}

QStringList provenanceLines(const AnalysisProvenance &p)
{
    QStringList lines;
    if (!p.packageName.isEmpty()) {
        lines << QCoreApplication::translate("AnalysisProvenance", "Package: %1 %2, sha256 %3")
                     .arg(p.packageName, p.packageVersion, p.shortSha256());
        lines << QCoreApplication::translate("AnalysisProvenance", "Signature: %1")
                     .arg(QString::fromLatin1(inference::signatureStatusName(p.signature.status)));
    }
    if (p.time.isValid()) {
        lines << QCoreApplication::translate("AnalysisProvenance", "Run on %1 at %2 UTC")
                     .arg(p.device, p.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
    if (p.inputs.contains(QStringLiteral("slide"))) {
        lines << QCoreApplication::translate("AnalysisProvenance",
                                             "Slide: %1 (%2 × %3 px, %4 bytes, modified %5)")
                     .arg(p.inputs.value(QStringLiteral("slide")).toString())
                     .arg(p.inputs.value(QStringLiteral("width")).toInteger())
                     .arg(p.inputs.value(QStringLiteral("height")).toInteger())
                     .arg(p.inputs.value(QStringLiteral("size_bytes")).toInteger())
                     .arg(p.inputs.value(QStringLiteral("modified")).toString());
    }
    if (p.inputs.contains(QStringLiteral("study"))) {
        lines << QCoreApplication::translate("AnalysisProvenance", "Study: %1")
                     .arg(p.inputs.value(QStringLiteral("study")).toString());
        for (const QJsonValue &value : p.inputs.value(QStringLiteral("series")).toArray()) {
            const QJsonObject series = value.toObject();
            lines << QCoreApplication::translate("AnalysisProvenance", "%1: %2 (%3)")
                         .arg(series.value(QStringLiteral("role")).toString().toUpper(),
                              series.value(QStringLiteral("description")).toString(),
                              series.value(QStringLiteral("uid")).toString());
        }
    }
    return lines;
}

QString trustedKeysDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("ONCOVIEW_TRUSTED_KEYS");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/trusted-keys");
}

AnalysisProvenance makeProvenance(const inference::Manifest &manifest, const QString &packageDir,
                                  const QString &device, const QJsonObject &inputs)
{
    AnalysisProvenance p;
    p.packageName = QString::fromStdString(manifest.name);
    p.packageVersion = QString::fromStdString(manifest.version);
    p.packageDirectory = packageDir;
    p.packageSha256 = QString::fromStdString(inference::packageSha256(packageDir.toStdString()));
    p.manifestClaimsValidated = manifest.validated;
    p.signature = inference::verifyPackageSignature(packageDir.toStdString(),
                                                    trustedKeysDirectory().toStdString());
    p.device = device;
    p.time = QDateTime::currentDateTimeUtc();
    p.inputs = inputs;
    return p;
}

} // namespace oncoview::ui
