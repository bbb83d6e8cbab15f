// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inference/manifest.h"
#include "inference/tensor.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace oncoview::inference {

class ModelPackage;

namespace detail {
struct PackageAccess; // modelpackage_p.h: the Torch module, for gradient-based explanations
}

struct PackageLoadOptions
{
    std::string device = "cpu"; // a resolved Torch device string, see resolveDevice()
    bool dryRun = true; // run forward on zeros of the declared shapes at load
    int64_t dynamicDimension = 2; // size used for -1 dimensions in the dry run
};

// Either a loaded package or one sentence saying why not.
struct PackageLoad
{
    std::shared_ptr<const ModelPackage> package;
    std::string error;

    explicit operator bool() const { return package != nullptr; }
};

// A verified model package: manifest + TorchScript (.pt) or, where this build has AOTInductor,
// an AOTInductor package (.pt2). Immutable after load; run() may be called from any one thread
// at a time per package (the engine thread in the application).
class ModelPackage
{
public:
    ~ModelPackage();
    ModelPackage(const ModelPackage &) = delete;
    ModelPackage &operator=(const ModelPackage &) = delete;

    // Checks, in order: manifest present and valid, every listed file present, sha256 of every
    // file, model file loadable, dry run on zeros (output names and shapes). Never throws.
    static PackageLoad load(const std::filesystem::path &directory,
                            const PackageLoadOptions &options = {});

    const Manifest &manifest() const;
    const std::filesystem::path &directory() const;
    const std::string &device() const;

    // Runs one forward pass under c10::InferenceMode. Inputs are matched by manifest name and
    // checked against the declared shapes; outputs are keyed by manifest output names.
    // Throws std::runtime_error with a clear message on bad input or a model failure.
    NamedTensors run(const NamedTensors &inputs) const;
    // The same, taking the inputs over: the model reads (and may modify) their buffers in place
    // instead of a copy. For large batches that copy and its fresh pages cost ~10% of a pass.
    NamedTensors run(NamedTensors &&inputs) const;

    // Runs another TorchScript method of the model (e.g. a slide package's "encode" and
    // "aggregate" stages, see Manifest::mil) on positional inputs, under InferenceMode. A tensor
    // result comes back as "output", a dict by its keys. Throws std::runtime_error.
    NamedTensors runMethod(const std::string &method, const std::vector<Tensor> &inputs) const;

private:
    friend struct detail::PackageAccess;
    struct Impl;
    explicit ModelPackage(std::unique_ptr<Impl> impl);
    NamedTensors runImpl(const NamedTensors &inputs, detail::TensorOwnership ownership) const;
    std::unique_ptr<Impl> m_impl;
};

// Same as ModelPackage::load.
inline PackageLoad loadPackage(const std::filesystem::path &directory,
                               const PackageLoadOptions &options = {})
{
    return ModelPackage::load(directory, options);
}

// True when this build can load AOTInductor .pt2 packages (LibTorch >= 2.6 headers found).
bool aotInductorSupported();

} // namespace oncoview::inference
