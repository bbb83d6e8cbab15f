// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private to inference/: the loaded TorchScript module behind a ModelPackage, for the code that
// needs autograd through it (explanations). Everything else goes through ModelPackage::run.

#include "inference/modelpackage.h"

#include <torch/script.h>

namespace oncoview::inference::detail {

struct PackageAccess
{
    // nullptr for an AOTInductor package (forward only, no autograd).
    static const torch::jit::Module *module(const ModelPackage &package);
    static torch::Device device(const ModelPackage &package);
    static torch::Dtype dtype(const ModelPackage &package);
    // A package like `package` (manifest, device, dtype) running `module` instead: a model
    // with changed weights, for the randomisation check. Not verified against the manifest's
    // hashes: it exists in memory only.
    static std::shared_ptr<const ModelPackage> withModule(const ModelPackage &package,
                                                          torch::jit::Module module);
};

} // namespace oncoview::inference::detail
