// SPDX-License-Identifier: Apache-2.0
#include "inference/modelpackage.h"

#include "inference/modelpackage_p.h"
#include "inference/torchtensor_p.h"

#include <torch/script.h>

#if __has_include(<torch/csrc/inductor/aoti_package/model_package_loader.h>)
#include <torch/csrc/inductor/aoti_package/model_package_loader.h>
#define ONCOVIEW_HAVE_AOTI 1
#endif

namespace oncoview::inference {

struct ModelPackage::Impl
{
    Manifest manifest;
    std::filesystem::path directory;
    std::string device;
    torch::Dtype dtype = torch::kFloat32; // compute dtype: fp16/bf16 only on CUDA
    std::optional<torch::jit::Module> module;
#ifdef ONCOVIEW_HAVE_AOTI
    std::unique_ptr<torch::inductor::AOTIModelPackageLoader> aoti;
#endif

    std::vector<at::Tensor> forward(const std::vector<at::Tensor> &inputs);
    NamedTensors mapOutputs(const c10::IValue &result) const;
};

namespace {

torch::Dtype computeDtype(const std::string &precision, const std::string &device)
{
    if (device.rfind("cuda", 0) != 0) {
        return torch::kFloat32;
    }
    if (precision == "bf16") {
        return torch::kBFloat16;
    }
    return precision == "fp16" ? torch::kFloat16 : torch::kFloat32;
}

std::vector<int64_t> dryRunShape(const std::vector<int64_t> &declared, int64_t dynamic)
{
    std::vector<int64_t> shape = declared;
    for (int64_t &dim : shape) {
        dim = dim == -1 ? dynamic : dim;
    }
    return shape;
}

std::string checkOutputs(const Manifest &manifest, const NamedTensors &outputs)
{
    for (const ManifestOutput &declared : manifest.outputs) {
        const auto it = outputs.find(declared.name);
        if (it == outputs.end()) {
            return "dry run: the model does not produce declared output '" + declared.name + "'";
        }
        const std::vector<int64_t> &shape = it->second.shape;
        if (!declared.shape.empty() && !shapeMatches(declared.shape, shape)) {
            return "dry run: output '" + declared.name + "' has shape " + shapeToString(shape)
                + ", manifest declares " + shapeToString(declared.shape);
        }
        if (!declared.labels.empty()
            && (shape.empty() || shape.back() != int64_t(declared.labels.size()))) {
            return "dry run: output '" + declared.name + "' has shape " + shapeToString(shape)
                + " but " + std::to_string(declared.labels.size()) + " labels";
        }
    }
    return {};
}

// Runs forward on zeros of the declared shapes; returns an error sentence or "".
std::string dryRun(const ModelPackage &package, int64_t dynamicDimension)
{
    NamedTensors zeros;
    for (const ManifestInput &input : package.manifest().inputs) {
        Tensor tensor;
        tensor.shape = dryRunShape(input.shape, dynamicDimension);
        tensor.data.assign(size_t(tensor.elementCount()), 0.0f);
        zeros[input.name] = std::move(tensor);
    }
    try {
        // No GraphOptimizerEnabledGuard(false) here: the first call of a method caches its
        // pre-optimised graph (inlining, constant folding) for good, so a dry run without the
        // optimiser would leave every later pass on the unoptimised graph. Shapes profiled on
        // the dry run's zeros are not a trap: on a shape change the profiling executor's guards
        // bail out and it re-specialises.
        return checkOutputs(package.manifest(), package.run(zeros));
    } catch (const std::exception &error) {
        return std::string("dry run on zeros of the declared input shapes failed: ") + error.what();
    }
}

} // namespace

std::vector<at::Tensor> ModelPackage::Impl::forward(const std::vector<at::Tensor> &inputs)
{
#ifdef ONCOVIEW_HAVE_AOTI
    if (aoti) {
        return aoti->run(inputs);
    }
#endif
    std::vector<c10::IValue> args(inputs.begin(), inputs.end());
    const c10::IValue result = module->forward(args);
    std::vector<at::Tensor> outputs;
    if (result.isTensor()) {
        outputs.push_back(result.toTensor());
    } else if (result.isTuple()) {
        for (const c10::IValue &item : result.toTupleRef().elements()) {
            outputs.push_back(item.toTensor());
        }
    } else if (result.isList()) {
        for (const c10::IValue &item : result.toListRef()) {
            outputs.push_back(item.toTensor());
        }
    } else if (result.isGenericDict()) {
        // Dict outputs are matched by name, in manifest order.
        const c10::Dict<c10::IValue, c10::IValue> dict = result.toGenericDict();
        for (const ManifestOutput &declared : manifest.outputs) {
            const auto it = dict.find(c10::IValue(declared.name));
            if (it == dict.end()) {
                throw std::runtime_error("the model does not produce declared output '"
                                         + declared.name + "'");
            }
            outputs.push_back(it->value().toTensor());
        }
    } else {
        throw std::runtime_error("the model returned " + result.tagKind()
                                 + ", expected a tensor, tuple, list or dict of tensors");
    }
    return outputs;
}

ModelPackage::ModelPackage(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

ModelPackage::~ModelPackage() = default;

const Manifest &ModelPackage::manifest() const
{
    return m_impl->manifest;
}

const std::filesystem::path &ModelPackage::directory() const
{
    return m_impl->directory;
}

const std::string &ModelPackage::device() const
{
    return m_impl->device;
}

NamedTensors ModelPackage::run(const NamedTensors &inputs) const
{
    return runImpl(inputs, detail::TensorOwnership::Copy);
}

NamedTensors ModelPackage::run(NamedTensors &&inputs) const
{
    // `inputs` lives until runImpl returns, and outputs are copied out before that.
    const NamedTensors owned = std::move(inputs);
    return runImpl(owned, detail::TensorOwnership::Borrow);
}

NamedTensors ModelPackage::runImpl(const NamedTensors &inputs,
                                   detail::TensorOwnership ownership) const
{
    const Manifest &manifest = m_impl->manifest;
    std::vector<at::Tensor> args;
    for (const ManifestInput &declared : manifest.inputs) {
        const auto it = inputs.find(declared.name);
        if (it == inputs.end()) {
            throw std::runtime_error("missing input '" + declared.name + "'");
        }
        if (!shapeMatches(declared.shape, it->second.shape)) {
            throw std::runtime_error("input '" + declared.name + "' has shape "
                                     + shapeToString(it->second.shape) + ", model expects "
                                     + shapeToString(declared.shape));
        }
        args.push_back(detail::toTorch(it->second, declared.name, ownership)
                           .to(torch::Device(m_impl->device), m_impl->dtype));
    }
    std::vector<at::Tensor> results;
    try {
        c10::InferenceMode guard;
        results = m_impl->forward(args);
    } catch (const std::exception &error) {
        throw std::runtime_error("model '" + manifest.name
                                 + "' failed: " + detail::torchMessage(error));
    }
    if (results.size() < manifest.outputs.size()) {
        throw std::runtime_error("model '" + manifest.name + "' returned "
                                 + std::to_string(results.size()) + " outputs, manifest declares "
                                 + std::to_string(manifest.outputs.size()));
    }
    NamedTensors outputs;
    for (size_t i = 0; i < manifest.outputs.size(); ++i) {
        outputs[manifest.outputs[i].name] = detail::fromTorch(results[i]);
    }
    return outputs;
}

NamedTensors ModelPackage::runMethod(const std::string &method,
                                     const std::vector<Tensor> &inputs) const
{
    const Manifest &manifest = m_impl->manifest;
    if (!m_impl->module) {
        throw std::runtime_error("model '" + manifest.name + "' has no TorchScript method '"
                                 + method + "' (AOTInductor packages have forward only)");
    }
    const auto found = m_impl->module->find_method(method);
    if (!found) {
        throw std::runtime_error("model '" + manifest.name + "' has no method '" + method + "'");
    }
    NamedTensors outputs;
    try {
        c10::InferenceMode guard;
        std::vector<c10::IValue> args;
        for (const Tensor &input : inputs) {
            args.emplace_back(detail::toTorch(input, method, detail::TensorOwnership::Borrow)
                                  .to(torch::Device(m_impl->device), m_impl->dtype));
        }
        const c10::IValue result = (*found)(std::move(args));
        if (result.isTensor()) {
            outputs["output"] = detail::fromTorch(result.toTensor());
        } else if (result.isGenericDict()) {
            for (const auto &item : result.toGenericDict()) {
                outputs[item.key().toStringRef()] = detail::fromTorch(item.value().toTensor());
            }
        } else {
            throw std::runtime_error("method '" + method + "' returned " + result.tagKind()
                                     + ", expected a tensor or a dict of tensors");
        }
    } catch (const std::exception &error) {
        throw std::runtime_error("model '" + manifest.name + "' method '" + method
                                 + "' failed: " + detail::torchMessage(error));
    }
    return outputs;
}

PackageLoad ModelPackage::load(const std::filesystem::path &directory,
                               const PackageLoadOptions &options)
{
    ManifestParse parse = readManifest(directory);
    if (!parse.manifest) {
        return {nullptr, parse.error};
    }
    auto impl = std::make_unique<Impl>();
    impl->manifest = std::move(*parse.manifest);
    impl->directory = directory;
    impl->device = options.device;
    impl->dtype = computeDtype(impl->manifest.precision, options.device);
    if (std::string error = verifyManifestFiles(impl->manifest, directory); !error.empty()) {
        return {nullptr, error};
    }
    const std::filesystem::path modelPath = directory / impl->manifest.modelFile();
    const bool isPt2 = modelPath.extension() == ".pt2";
    try {
        if (isPt2) {
#ifdef ONCOVIEW_HAVE_AOTI
            impl->aoti
                = std::make_unique<torch::inductor::AOTIModelPackageLoader>(modelPath.string());
#else
            return {nullptr,
                    "'" + impl->manifest.modelFile()
                        + "' is an AOTInductor package, which this build of LibTorch "
                          "cannot load (needs LibTorch >= 2.6)"};
#endif
        } else {
            impl->module = torch::jit::load(modelPath.string(), torch::Device(options.device));
            impl->module->eval();
            if (impl->dtype != torch::kFloat32) {
                impl->module->to(impl->dtype);
            }
        }
    } catch (const std::exception &error) {
        return {nullptr,
                "'" + impl->manifest.modelFile() + "' is not a loadable "
                    + (isPt2 ? "AOTInductor package" : "TorchScript file") + ": "
                    + detail::torchMessage(error)};
    }
    std::shared_ptr<const ModelPackage> package(new ModelPackage(std::move(impl)));
    if (options.dryRun) {
        if (std::string error = dryRun(*package, options.dynamicDimension); !error.empty()) {
            return {nullptr, error};
        }
    }
    return {package, {}};
}

const torch::jit::Module *detail::PackageAccess::module(const ModelPackage &package)
{
    return package.m_impl->module ? &*package.m_impl->module : nullptr;
}

torch::Device detail::PackageAccess::device(const ModelPackage &package)
{
    return torch::Device(package.m_impl->device);
}

torch::Dtype detail::PackageAccess::dtype(const ModelPackage &package)
{
    return package.m_impl->dtype;
}

std::shared_ptr<const ModelPackage> detail::PackageAccess::withModule(const ModelPackage &package,
                                                                      torch::jit::Module module)
{
    auto impl = std::make_unique<ModelPackage::Impl>();
    impl->manifest = package.m_impl->manifest;
    impl->directory = package.m_impl->directory;
    impl->device = package.m_impl->device;
    impl->dtype = package.m_impl->dtype;
    impl->module = std::move(module);
    return std::shared_ptr<const ModelPackage>(new ModelPackage(std::move(impl)));
}

bool aotInductorSupported()
{
#ifdef ONCOVIEW_HAVE_AOTI
    return true;
#else
    return false;
#endif
}

} // namespace oncoview::inference
