// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <filesystem>
#include <string>

namespace oncoview::inference {

// Ed25519 signatures for model packages. A manifest's "validated": true is only a claim; the app
// lifts its "Not a validated clinical model" label only when the manifest carries a signature
// that verifies against a public key the user installed in a trusted-keys folder. Every function
// here is thread-safe and never throws: failures come back as statuses or error sentences.
//
// manifest.json gains one member, which the manifest parser ignores:
//   "signature": {"algorithm": "ed25519", "key_id": "<16 hex digits>", "value": "<base64>"}
// The signed bytes are canonicalManifestText(): the whole manifest minus that member, so the
// signature covers every field and, through files[].sha256, every model file.

enum class SignatureStatus {
    Absent, // manifest.json has no "signature" member
    Verified, // a trusted key verifies it and every listed file matches its sha256
    Invalid, // malformed, does not verify with the key that claims it, or a file was changed
    UntrustedKey, // well formed, but no installed key verifies it
};

struct SignatureCheck
{
    SignatureStatus status = SignatureStatus::Absent;
    // sha256 hex (first 16 digits) of the raw 32-byte public key that signed: the verifying key
    // when Verified, otherwise the key_id the manifest claims (may be empty).
    std::string keyId;
    // One sentence for the user, e.g. "signed by key 1a2b… which is not installed in <dir>".
    std::string message;

    bool verified() const { return status == SignatureStatus::Verified; }
};

// "verified" | "absent" | "invalid" | "untrusted-key" (the CLI's JSON output uses these).
const char *signatureStatusName(SignatureStatus status);

// The text that is signed: manifest.json parsed, the top-level "signature" member removed, dumped
// with nlohmann's dump() (sorted keys, no spaces). Empty, with *error set, when manifest.json is
// unreadable, not valid JSON or not a JSON object.
std::string canonicalManifestText(const std::filesystem::path &packageDir, std::string *error);

// The package's identity: sha256 hex of canonicalManifestText(). It covers every file's sha256
// and does not change when a signature is added. Empty (with *error set) on error.
std::string packageSha256(const std::filesystem::path &packageDir, std::string *error = nullptr);

// The key id of an Ed25519 public key PEM file (SubjectPublicKeyInfo): "" with *error set when
// the file is unreadable or not an Ed25519 public key.
std::string publicKeyId(const std::filesystem::path &publicPem, std::string *error = nullptr);

// Verifies manifest.json's "signature" against every Ed25519 public key (*.pem) in
// trustedKeysDir (a missing folder holds no keys; other key types are skipped). A signature
// that verifies still comes out Invalid when manifest.json does not parse as a manifest or a
// listed file's sha256 no longer matches (verifyManifestFiles), so a tampered model file never
// comes out Verified.
SignatureCheck verifyPackageSignature(const std::filesystem::path &packageDir,
                                      const std::filesystem::path &trustedKeysDir);

// Writes a new Ed25519 key pair as PEM: the private key unencrypted PKCS#8 (owner-only
// permissions), the public key SubjectPublicKeyInfo (the file to install in a trusted-keys
// folder). Refuses to overwrite an existing private key, since a lost signing key cannot be
// recovered. Returns "" or an error sentence.
std::string generateSigningKey(const std::filesystem::path &privatePem,
                               const std::filesystem::path &publicPem);

// Signs the package in place: adds or replaces "signature" in manifest.json, keeping every other
// member (the file is rewritten through a temporary file and a rename, so a crash leaves the old
// manifest). Refuses packages whose manifest does not parse or whose files do not match their
// sha256, since such a signature could never verify. Returns "" or an error sentence.
std::string signPackage(const std::filesystem::path &packageDir,
                        const std::filesystem::path &privatePem);

} // namespace oncoview::inference
