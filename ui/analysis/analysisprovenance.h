// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Local
#include "inference/manifest.h"
#include "inference/packagesignature.h"

namespace oncoview::ui {

// Where an AI result came from, shown with every result (dock, CLI JSON, exports): which
// package (name, version, sha256), whether it is a validated clinical model (only with a
// verified signature), on which device, when, and exactly which inputs.
struct AnalysisProvenance
{
    QString packageName;
    QString packageVersion;
    QString packageSha256; // identity of the package: sha256 of its canonical manifest
    QString packageDirectory;
    bool manifestClaimsValidated = false;
    inference::SignatureCheck signature;
    QString device; // "cpu", "cuda:0"
    QDateTime time; // UTC, when the analysis finished
    QJsonObject inputs; // series UIDs, or slide path + size + mtime

    // The label may be lifted only by a signed package whose signature verifies.
    bool isValidated() const { return manifestClaimsValidated && signature.verified(); }
    QString shortSha256() const { return packageSha256.left(12); }
    // Why the "not a validated clinical model" label stays although the package claims
    // validation (signature absent, invalid or untrusted); empty otherwise.
    QString validationNote() const;
    QJsonObject packageJson() const;
};

// Lines for the Explanations panel: package and short sha256, signature, device and time,
// and the exact inputs.
QStringList provenanceLines(const AnalysisProvenance &provenance);

// The folder of public keys (*.pem) the user trusts for package signatures: the environment
// variable ONCOVIEW_TRUSTED_KEYS, else <app data>/trusted-keys.
QString trustedKeysDirectory();

// Reads identity and signature of the package at `packageDir` (hashes its manifest; quick).
AnalysisProvenance makeProvenance(const inference::Manifest &manifest, const QString &packageDir,
                                  const QString &device, const QJsonObject &inputs);

} // namespace oncoview::ui
