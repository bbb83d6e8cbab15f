// SPDX-License-Identifier: Apache-2.0
#include "inference/packagesignature.h"

#include "inference/manifest.h"
#include "inference/sha256.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <vector>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace oncoview::inference {

namespace {

using Json = nlohmann::json;
using Bytes = std::vector<unsigned char>;

constexpr size_t kSignatureBytes = 64; // Ed25519 (RFC 8032)
constexpr size_t kKeyIdDigits = 16;
constexpr const char *kManifestName = "manifest.json";

template<auto Free> struct OpenSslDeleter
{
    template<typename T> void operator()(T *object) const { Free(object); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free>>;

// OpenSSL's error queue is per thread: a failed parse of a user's file must not leave entries
// that a later, unrelated OpenSSL caller on this thread (the chat client's TLS) would misread.
struct ErrorQueueGuard
{
    ~ErrorQueueGuard() { ERR_clear_error(); }
};

// Without a callback, OpenSSL prompts on the terminal for an encrypted PEM; a GUI must not block.
int refusePassword(char *, int, int, void *)
{
    return -1;
}

// Writes through a temporary file in the same folder and a rename, which replaces atomically.
std::string writeFileAtomically(const std::filesystem::path &path, const std::string &text)
{
    std::filesystem::path temp = path;
    temp += ".tmp";
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    std::error_code ec;
    if (out) {
        std::filesystem::rename(temp, path, ec);
    }
    if (!out || ec) {
        std::filesystem::remove(temp, ec);
        return "cannot write " + path.string();
    }
    return {};
}

std::string base64Encode(const Bytes &bytes)
{
    std::string text(4 * ((bytes.size() + 2) / 3) + 1, '\0'); // EVP_EncodeBlock adds a NUL
    const int length = EVP_EncodeBlock(reinterpret_cast<unsigned char *>(text.data()), bytes.data(),
                                       static_cast<int>(bytes.size()));
    text.resize(static_cast<size_t>(std::max(length, 0)));
    return text;
}

// Strict standard base64. EVP_DecodeBlock tolerates whitespace and counts '=' padding as zero
// bytes, so the alphabet is checked here and the padding subtracted from its length.
std::optional<Bytes> base64Decode(const std::string &text)
{
    if (text.empty() || text.size() % 4 != 0 || text.size() > 4096) {
        return std::nullopt;
    }
    const size_t padding = text.size() - 1 - text.find_last_not_of('=');
    const size_t body = text.find_first_not_of(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    if (padding > 2 || body != text.size() - padding) {
        return std::nullopt;
    }
    Bytes bytes(text.size() / 4 * 3);
    const int length
        = EVP_DecodeBlock(bytes.data(), reinterpret_cast<const unsigned char *>(text.data()),
                          static_cast<int>(text.size()));
    if (length < 0 || static_cast<size_t>(length) < padding) {
        return std::nullopt;
    }
    bytes.resize(static_cast<size_t>(length) - padding);
    return bytes;
}

std::string keyIdOf(EVP_PKEY *key)
{
    unsigned char raw[32]; // an Ed25519 public key
    size_t length = sizeof(raw);
    if (EVP_PKEY_get_raw_public_key(key, raw, &length) != 1 || length != sizeof(raw)) {
        return {};
    }
    return Sha256::ofString(std::string_view(reinterpret_cast<const char *>(raw), length))
        .substr(0, kKeyIdDigits);
}

// An Ed25519 key from a PEM file, or null (unreadable, encrypted, or another key type).
PkeyPtr readEd25519Key(const std::filesystem::path &path, bool privateKey)
{
    BioPtr bio(BIO_new_file(path.string().c_str(), "rb"));
    PkeyPtr key(!bio ? nullptr
                    : privateKey
                    ? PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassword, nullptr)
                    : PEM_read_bio_PUBKEY(bio.get(), nullptr, refusePassword, nullptr));
    return key && EVP_PKEY_get_id(key.get()) == EVP_PKEY_ED25519 ? std::move(key) : nullptr;
}

bool verifies(EVP_PKEY *key, const std::string &text, const Bytes &signature)
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    // Ed25519 hashes internally, hence no digest (NULL md) and the one-shot call.
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key) == 1
        && EVP_DigestVerify(ctx.get(), signature.data(), signature.size(),
                            reinterpret_cast<const unsigned char *>(text.data()), text.size())
        == 1;
}

struct TrustedKey
{
    PkeyPtr key;
    std::string id;
};

// The Ed25519 public keys in `dir` (none when it is missing); `skipped` counts the *.pem files
// that are not Ed25519 public keys.
std::vector<TrustedKey> loadTrustedKeys(const std::filesystem::path &dir, size_t &skipped)
{
    std::set<std::filesystem::path> pems; // sorted, so the same key wins on every run
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() == ".pem" && it->is_regular_file(ec)) {
            pems.insert(it->path());
        }
    }
    std::vector<TrustedKey> trusted;
    for (const std::filesystem::path &pem : pems) {
        if (PkeyPtr key = readEd25519Key(pem, false)) {
            std::string id = keyIdOf(key.get());
            trusted.push_back({std::move(key), std::move(id)});
        } else {
            ++skipped;
        }
    }
    return trusted;
}

// Reads and parses manifest.json; `text` keeps the bytes so later checks see the same version.
bool readManifestJson(const std::filesystem::path &packageDir, Json &json, std::string &text,
                      std::string &error)
{
    const std::filesystem::path path = packageDir / kManifestName;
    std::ifstream in(path, std::ios::binary);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec) || !in) {
        error = "cannot read " + path.string();
        return false;
    }
    text.assign(std::istreambuf_iterator<char>(in), {});
    json = Json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        error = path.string() + " is not a valid JSON object";
        return false;
    }
    return true;
}

std::string canonicalText(Json json)
{
    json.erase("signature");
    return json.dump();
}

// "" when `signature` is well formed, which fills keyId and value; otherwise the problem.
std::string parseSignature(const Json &signature, std::string &keyId, Bytes &value)
{
    if (!signature.is_object() || signature.value("algorithm", Json()) != "ed25519") {
        return "the manifest's \"signature\" is not an object with \"algorithm\": \"ed25519\"";
    }
    const Json id = signature.value("key_id", Json());
    keyId = id.is_string() ? id.get<std::string>() : std::string();
    if (keyId.size() != kKeyIdDigits || keyId.find_first_not_of("0123456789abcdef") != keyId.npos) {
        keyId.clear();
        return "the manifest's signature has no valid key_id (16 hex digits)";
    }
    const Json text = signature.value("value", Json());
    std::optional<Bytes> bytes
        = text.is_string() ? base64Decode(text.get<std::string>()) : std::nullopt;
    if (!bytes || bytes->size() != kSignatureBytes) {
        return "the manifest's signature value is not a base64 Ed25519 signature";
    }
    value = std::move(*bytes);
    return {};
}

// "" when `text` parses as a manifest and every file it lists matches its sha256: a signature
// covers the hashes, not the bytes on disk, so both verifying and signing check this.
std::string packageProblem(const std::string &text, const std::filesystem::path &packageDir)
{
    const ManifestParse parse = parseManifest(text);
    return parse.manifest ? verifyManifestFiles(*parse.manifest, packageDir) : parse.error;
}

// PEM_write_bio_PrivateKey writes PKCS#8 ("BEGIN PRIVATE KEY") in OpenSSL 3.
bool writePem(const std::filesystem::path &path, EVP_PKEY *key, bool privatePart)
{
    BioPtr bio(BIO_new_file(path.string().c_str(), "wb"));
    return bio
        && (privatePart
                ? PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)
                : PEM_write_bio_PUBKEY(bio.get(), key))
        == 1
        && BIO_flush(bio.get()) == 1;
}

} // namespace

const char *signatureStatusName(SignatureStatus status)
{
    constexpr const char *kNames[] = {"absent", "verified", "invalid", "untrusted-key"};
    const auto index = static_cast<size_t>(status);
    return index < std::size(kNames) ? kNames[index] : "absent";
}

std::string canonicalManifestText(const std::filesystem::path &packageDir, std::string *error)
{
    std::string text, message;
    try {
        Json json;
        if (readManifestJson(packageDir, json, text, message)) {
            return canonicalText(std::move(json));
        }
    } catch (const std::exception &e) { // bad_alloc
        message = "cannot canonicalise " + (packageDir / kManifestName).string() + ": " + e.what();
    }
    if (error) {
        *error = message;
    }
    return {};
}

std::string packageSha256(const std::filesystem::path &packageDir, std::string *error)
{
    const std::string text = canonicalManifestText(packageDir, error);
    return text.empty() ? std::string() : Sha256::ofString(text);
}

std::string publicKeyId(const std::filesystem::path &publicPem, std::string *error)
{
    ErrorQueueGuard guard;
    const PkeyPtr key = readEd25519Key(publicPem, false);
    std::string id = key ? keyIdOf(key.get()) : std::string();
    if (id.empty() && error) {
        *error = publicPem.string() + " is not a readable Ed25519 public key (PEM)";
    }
    return id;
}

SignatureCheck verifyPackageSignature(const std::filesystem::path &packageDir,
                                      const std::filesystem::path &trustedKeysDir)
{
    ErrorQueueGuard guard;
    try {
        Json json;
        std::string text, error;
        if (!readManifestJson(packageDir, json, text, error)) {
            return {SignatureStatus::Invalid, {}, error};
        }
        if (!json.contains("signature")) {
            return {SignatureStatus::Absent, {}, "manifest.json carries no signature"};
        }
        std::string keyId;
        Bytes value;
        if (error = parseSignature(json.at("signature"), keyId, value); !error.empty()) {
            return {SignatureStatus::Invalid, keyId, error};
        }
        // key_id is only a hint (it is not signed): every trusted key is tried.
        const std::string canonical = canonicalText(std::move(json));
        size_t skipped = 0;
        const std::vector<TrustedKey> trusted = loadTrustedKeys(trustedKeysDir, skipped);
        bool installed = false;
        for (const TrustedKey &key : trusted) {
            if (verifies(key.key.get(), canonical, value)) {
                const std::string problem = packageProblem(text, packageDir);
                return {problem.empty() ? SignatureStatus::Verified : SignatureStatus::Invalid,
                        key.id,
                        "signed by trusted key " + key.id
                            + (problem.empty() ? " installed in " + trustedKeysDir.string()
                                               : ", but " + problem)};
            }
            installed = installed || key.id == keyId;
        }
        if (installed) {
            return {SignatureStatus::Invalid, keyId,
                    "the signature by trusted key " + keyId
                        + " does not match manifest.json: the manifest was changed after signing"};
        }
        const std::string note = skipped == 0
            ? std::string()
            : " (" + std::to_string(skipped) + " .pem files there are not Ed25519 public keys)";
        return {SignatureStatus::UntrustedKey, keyId,
                "signed by key " + keyId + " which is not installed in " + trustedKeysDir.string()
                    + note};
    } catch (const std::exception &e) { // filesystem errors, bad_alloc
        return {
            SignatureStatus::Invalid, {}, std::string("cannot check the signature: ") + e.what()};
    }
}

std::string generateSigningKey(const std::filesystem::path &privatePem,
                               const std::filesystem::path &publicPem)
{
    ErrorQueueGuard guard;
    try {
        std::error_code ec;
        if (std::filesystem::exists(privatePem, ec) || ec) {
            return privatePem.string() + " already exists; a signing key is never overwritten";
        }
        if (privatePem.lexically_normal() == publicPem.lexically_normal()) {
            return "the private and public key files must differ";
        }
        const PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
        if (!key) {
            return "OpenSSL could not generate an Ed25519 key";
        }
        // Restrict the empty file before the secret goes in, so it is never readable by others.
        std::ofstream(privatePem, std::ios::binary).close();
        std::filesystem::permissions(
            privatePem, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
            ec);
        if (ec || !writePem(privatePem, key.get(), true)) {
            std::filesystem::remove(privatePem, ec);
            return "cannot write the private key " + privatePem.string();
        }
        return writePem(publicPem, key.get(), false)
            ? std::string()
            : "cannot write the public key " + publicPem.string();
    } catch (const std::exception &e) { // filesystem errors, bad_alloc
        return std::string("cannot generate a signing key: ") + e.what();
    }
}

std::string signPackage(const std::filesystem::path &packageDir,
                        const std::filesystem::path &privatePem)
{
    ErrorQueueGuard guard;
    try {
        const PkeyPtr key = readEd25519Key(privatePem, true);
        if (!key) {
            return privatePem.string() + " is not an unencrypted Ed25519 private key (PEM)";
        }
        Json json;
        std::string text, error;
        if (!readManifestJson(packageDir, json, text, error)) {
            return error;
        }
        if (error = packageProblem(text, packageDir); !error.empty()) {
            return "refusing to sign " + packageDir.string() + ": " + error;
        }
        const std::string canonical = canonicalText(json);
        MdCtxPtr ctx(EVP_MD_CTX_new());
        Bytes signature(kSignatureBytes);
        size_t length = signature.size();
        if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1
            || EVP_DigestSign(ctx.get(), signature.data(), &length,
                              reinterpret_cast<const unsigned char *>(canonical.data()),
                              canonical.size())
                != 1
            || length != kSignatureBytes) {
            return "OpenSSL could not sign " + (packageDir / kManifestName).string();
        }
        json["signature"] = {{"algorithm", "ed25519"},
                             {"key_id", keyIdOf(key.get())},
                             {"value", base64Encode(signature)}};
        return writeFileAtomically(packageDir / kManifestName, json.dump(2) + "\n");
    } catch (const std::exception &e) { // filesystem errors, bad_alloc
        return std::string("cannot sign the package: ") + e.what();
    }
}

} // namespace oncoview::inference
