// SPDX-License-Identifier: Apache-2.0
#include "inference/manifest.h"
#include "inference/packagesignature.h"

#include "tinymodels.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace oncoview::inference;
using namespace oncoview::inference::testing;
using Json = nlohmann::json;

namespace {

// Not a key anyone signs with: it stands for a wrong key type in the trusted folder.
constexpr const char *kRsaPublicPem = R"(-----BEGIN PUBLIC KEY-----
MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCoqjG6rD7lFVwciD4290BXf+lf
WX2VuDNIarXCb1Vp+0Hgu727uBymEWBZU+2XzAUn/em20K4ACq31h3x6WKRs2YjR
2piCi2vGlp1MAgi5wMc5IHrWfW4gGDiv769SbQujzm8GPHXaPMCNAlX51vgJz3xW
Y7NLQ2g0s9F1pDq0MQIDAQAB
-----END PUBLIC KEY-----
)";

// A package with a dummy model.pt (never loaded here) whose manifest lists its sha256.
std::filesystem::path writePackage(const std::string &name)
{
    const std::filesystem::path dir = makeTempDir(name);
    writeFile(dir / "model.pt", "not really TorchScript, only hashed");
    Manifest manifest;
    manifest.name = "signed-demo";
    manifest.version = "1.0";
    manifest.task = "classification";
    manifest.intendedUse = "research";
    manifest.validated = true;
    manifest.licence = "MIT";
    ManifestInput input;
    input.name = "x";
    input.shape = {1, 4};
    manifest.inputs.push_back(input);
    ManifestOutput output;
    output.name = "y";
    output.shape = {1, 2};
    output.labels = {"a", "b"};
    manifest.outputs.push_back(output);
    manifest.files.push_back({"model.pt", ""});
    REQUIRE(writeManifestWithHashes(dir, manifest).empty());
    return dir;
}

struct Signer
{
    std::filesystem::path privatePem;
    std::filesystem::path publicPem;
};

Signer makeKey(const std::string &name)
{
    const std::filesystem::path dir = makeTempDir("keys-" + name);
    Signer signer {dir / "signing.key.pem", dir / "signing.pub.pem"};
    REQUIRE(generateSigningKey(signer.privatePem, signer.publicPem).empty());
    return signer;
}

std::filesystem::path trustedDirWith(const std::vector<std::filesystem::path> &publicPems)
{
    const std::filesystem::path dir = makeTempDir("trusted");
    for (size_t i = 0; i < publicPems.size(); ++i) {
        std::filesystem::copy_file(publicPems[i], dir / ("key" + std::to_string(i) + ".pem"));
    }
    return dir;
}

Json readManifestJson(const std::filesystem::path &dir)
{
    return Json::parse(readFile(dir / "manifest.json"));
}

void writeManifestJson(const std::filesystem::path &dir, const Json &json)
{
    writeFile(dir / "manifest.json", json.dump(2));
}

} // namespace

TEST_CASE("A signed package verifies against an installed key", "[signature]")
{
    const auto package = writePackage("signed");
    const Signer signer = makeKey("good");
    const std::string idBefore = packageSha256(package);
    REQUIRE(idBefore.size() == 64);

    REQUIRE(signPackage(package, signer.privatePem).empty());
    const Json json = readManifestJson(package);
    CHECK(json["signature"]["algorithm"] == "ed25519");
    CHECK(json["signature"]["key_id"] == publicKeyId(signer.publicPem));
    CHECK(json["signature"]["value"].get<std::string>().size() == 88); // 64 bytes in base64
    CHECK(json["name"] == "signed-demo"); // the other members survive the rewrite
    CHECK(readManifest(package).manifest.has_value());
    CHECK(packageSha256(package) == idBefore);

    const SignatureCheck check
        = verifyPackageSignature(package, trustedDirWith({signer.publicPem}));
    CHECK(check.status == SignatureStatus::Verified);
    CHECK(check.verified());
    CHECK(check.keyId == publicKeyId(signer.publicPem));
    CHECK(std::string(signatureStatusName(check.status)) == "verified");

    SECTION("re-signing with another key replaces the signature")
    {
        const Signer other = makeKey("other");
        REQUIRE(signPackage(package, other.privatePem).empty());
        CHECK(verifyPackageSignature(package, trustedDirWith({signer.publicPem})).status
              == SignatureStatus::UntrustedKey);
        CHECK(verifyPackageSignature(package, trustedDirWith({signer.publicPem, other.publicPem}))
                  .keyId
              == publicKeyId(other.publicPem));
    }
}

TEST_CASE("A package without a signature is Absent", "[signature]")
{
    const auto package = writePackage("unsigned");
    const SignatureCheck check = verifyPackageSignature(package, makeTempDir("empty-trusted"));
    CHECK(check.status == SignatureStatus::Absent);
    CHECK(check.keyId.empty());
    CHECK_FALSE(check.message.empty());
    CHECK(std::string(signatureStatusName(check.status)) == "absent");
}

TEST_CASE("A signature by a key that is not installed is UntrustedKey", "[signature]")
{
    const auto package = writePackage("untrusted");
    const Signer signer = makeKey("untrusted");
    const Signer installed = makeKey("installed");
    REQUIRE(signPackage(package, signer.privatePem).empty());

    const auto trusted = trustedDirWith({installed.publicPem});
    const SignatureCheck check = verifyPackageSignature(package, trusted);
    CHECK(check.status == SignatureStatus::UntrustedKey);
    CHECK(check.keyId == publicKeyId(signer.publicPem));
    CHECK_THAT(check.message, Catch::Contains(check.keyId) && Catch::Contains(trusted.string()));
    CHECK(std::string(signatureStatusName(check.status)) == "untrusted-key");

    SECTION("a missing trusted folder holds no keys")
    {
        CHECK(verifyPackageSignature(package, trusted / "missing").status
              == SignatureStatus::UntrustedKey);
    }
    SECTION("an RSA key and a garbage file in the trusted folder are skipped")
    {
        writeFile(trusted / "rsa.pem", kRsaPublicPem);
        writeFile(trusted / "garbage.pem", "-----BEGIN PUBLIC KEY-----\n!!\n");
        writeFile(trusted / "empty.pem", "");
        const SignatureCheck skipped = verifyPackageSignature(package, trusted);
        CHECK(skipped.status == SignatureStatus::UntrustedKey);
        CHECK_THAT(skipped.message, Catch::Contains("3 .pem files"));
        // The right key among broken ones still verifies.
        std::filesystem::copy_file(signer.publicPem, trusted / "signer.pem");
        CHECK(verifyPackageSignature(package, trusted).status == SignatureStatus::Verified);
    }
}

TEST_CASE("Editing a signed package makes it Invalid", "[signature]")
{
    const auto package = writePackage("edited");
    const Signer signer = makeKey("edited");
    REQUIRE(signPackage(package, signer.privatePem).empty());
    const auto trusted = trustedDirWith({signer.publicPem});
    const std::string idSigned = packageSha256(package);
    REQUIRE(verifyPackageSignature(package, trusted).status == SignatureStatus::Verified);

    SECTION("a manifest field changed after signing")
    {
        Json json = readManifestJson(package);
        json["intended_use"] = "clinical";
        writeManifestJson(package, json);
        const SignatureCheck check = verifyPackageSignature(package, trusted);
        CHECK(check.status == SignatureStatus::Invalid);
        CHECK_THAT(check.message, Catch::Contains("changed after signing"));
        CHECK(packageSha256(package) != idSigned);
    }
    SECTION("validated flipped on a package signed as not validated")
    {
        Json json = readManifestJson(package);
        json["validated"] = false;
        json.erase("signature");
        writeManifestJson(package, json);
        REQUIRE(signPackage(package, signer.privatePem).empty());
        json = readManifestJson(package);
        json["validated"] = true;
        writeManifestJson(package, json);
        CHECK(verifyPackageSignature(package, trusted).status == SignatureStatus::Invalid);
    }
    SECTION("a model file's bytes changed")
    {
        writeFile(package / "model.pt", "tampered weights");
        const SignatureCheck check = verifyPackageSignature(package, trusted);
        CHECK(check.status == SignatureStatus::Invalid);
        CHECK_THAT(check.message, Catch::Contains("sha256 mismatch for 'model.pt'"));
        CHECK(packageSha256(package) == idSigned); // the manifest itself is unchanged
    }
    SECTION("a model file removed")
    {
        std::filesystem::remove(package / "model.pt");
        CHECK(verifyPackageSignature(package, trusted).status == SignatureStatus::Invalid);
    }
    SECTION("whitespace and key order do not matter")
    {
        writeFile(package / "manifest.json", readManifestJson(package).dump());
        CHECK(verifyPackageSignature(package, trusted).status == SignatureStatus::Verified);
    }
}

TEST_CASE("Malformed signatures are Invalid, never a crash", "[signature]")
{
    const auto package = writePackage("malformed");
    const Signer signer = makeKey("malformed");
    REQUIRE(signPackage(package, signer.privatePem).empty());
    const auto trusted = trustedDirWith({signer.publicPem});
    const Json signedJson = readManifestJson(package);
    const std::string goodValue = signedJson["signature"]["value"];

    auto statusWith = [&](const std::string &member, const Json &value) {
        Json json = signedJson;
        if (member.empty()) {
            json["signature"] = value;
        } else {
            json["signature"][member] = value;
        }
        writeManifestJson(package, json);
        return verifyPackageSignature(package, trusted).status;
    };
    const std::string flipped = std::string(goodValue[0] == 'A' ? "B" : "A") + goodValue.substr(1);
    CHECK(statusWith("value", flipped) == SignatureStatus::Invalid);
    CHECK(statusWith("value", "not base64!") == SignatureStatus::Invalid);
    CHECK(statusWith("value", "") == SignatureStatus::Invalid);
    CHECK(statusWith("value", "AAAA") == SignatureStatus::Invalid); // 3 bytes
    CHECK(statusWith("value", goodValue.substr(0, 84)) == SignatureStatus::Invalid); // 63 bytes
    CHECK(statusWith("value", goodValue + "AAAA") == SignatureStatus::Invalid); // 67 bytes
    CHECK(statusWith("value", "A=AA") == SignatureStatus::Invalid);
    CHECK(statusWith("value", 42) == SignatureStatus::Invalid);
    CHECK(statusWith("algorithm", "rsa") == SignatureStatus::Invalid);
    CHECK(statusWith("key_id", "../../etc/passwd") == SignatureStatus::Invalid);
    CHECK(statusWith("", "a string") == SignatureStatus::Invalid);
    CHECK(statusWith("", nullptr) == SignatureStatus::Invalid);
    // key_id is a hint only: a wrong one does not stop the right key from verifying.
    CHECK(statusWith("key_id", "0123456789abcdef") == SignatureStatus::Verified);
    CHECK(statusWith("value", goodValue) == SignatureStatus::Verified);
}

TEST_CASE("Unreadable manifests and keys come back as errors", "[signature]")
{
    const auto empty = makeTempDir("no-manifest");
    std::string error;
    CHECK(canonicalManifestText(empty, &error).empty());
    CHECK_THAT(error, Catch::Contains("cannot read"));
    CHECK(packageSha256(empty).empty());
    CHECK(verifyPackageSignature(empty, empty).status == SignatureStatus::Invalid);

    writeFile(empty / "manifest.json", "");
    CHECK(canonicalManifestText(empty, &error).empty());
    CHECK_THAT(error, Catch::Contains("not a valid JSON object"));
    writeFile(empty / "manifest.json", "[1, 2]");
    CHECK(packageSha256(empty, &error).empty());
    CHECK(verifyPackageSignature(empty, empty).status == SignatureStatus::Invalid);

    const auto package = writePackage("bad-keys");
    const auto keys = makeTempDir("bad-keys");
    CHECK_FALSE(signPackage(package, keys / "missing.pem").empty());
    writeFile(keys / "rsa.pem", kRsaPublicPem);
    CHECK_FALSE(signPackage(package, keys / "rsa.pem").empty());
    writeFile(keys / "empty.pem", "");
    CHECK_FALSE(signPackage(package, keys / "empty.pem").empty());
    CHECK(publicKeyId(keys / "rsa.pem", &error).empty());
    CHECK_THAT(error, Catch::Contains("not a readable Ed25519 public key"));

    const Signer signer = makeKey("bad-keys");
    CHECK_FALSE(signPackage(package, signer.publicPem).empty()); // a public key cannot sign
    CHECK_THAT(generateSigningKey(signer.privatePem, keys / "new.pub.pem"),
               Catch::Contains("already exists"));
    CHECK(verifyPackageSignature(package, makeTempDir("trusted")).status
          == SignatureStatus::Absent); // nothing was signed by the failures above

    // A package whose files do not match is not signed: that signature could never verify.
    writeFile(package / "model.pt", "changed before signing");
    CHECK_THAT(signPackage(package, signer.privatePem), Catch::Contains("refusing to sign"));
}
