#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Write an OncoView model package from a PyTorch model.

A package is a folder holding manifest.json (schema 1, as inference/manifest.cpp parses it),
the model file and any extra files, each listed in the manifest with its sha256. The model is
exported as TorchScript (model.pt, by tracing or scripting) or, when the installed torch has
torch.export and AOTInductor (torch >= 2.6), as an AOTInductor package (model.pt2).

Subcommands:
  generic  any nn.Module built by a factory function in a Python file, described by a spec
           (a JSON file with the manifest fields except schema/files/model).
  mstar    the released mSTAR patch encoder (timm ViT-L/16 + mSTAR.pth) and an ABMIL head.

The script also works as a module: export_package(), load_spec(), validate_spec(); the mSTAR
parts live in mstar_recipe.py next to it.
Torch is imported lazily, so --help works without it.
"""

import argparse
import hashlib
import importlib.util
import json
import math
import shutil
import sys
from pathlib import Path

SCHEMA = 1
EXIT_BAD_INPUT = 2
EXIT_NO_TORCH = 3  # lets CTest report "skipped" (SKIP_RETURN_CODE) where torch is absent
KINDS = ("volume", "tensor", "patches")
PRECISIONS = ("fp32", "bf16", "fp16")
IMAGENET_MEAN = [0.485, 0.456, 0.406]
IMAGENET_STD = [0.229, 0.224, 0.225]


class ExportError(Exception):
    """A problem with the user's input; main() prints it as one 'error:' line."""


def _torch():
    try:
        import torch  # noqa: PLC0415 - lazy on purpose
    except ImportError as error:
        print(f"error: PyTorch is not importable by {sys.executable}: {error}", file=sys.stderr)
        sys.exit(EXIT_NO_TORCH)
    return torch


def torch_version():
    """(major, minor) of the installed torch."""
    parts = _torch().__version__.split("+")[0].split(".")
    return int(parts[0]), int("".join(ch for ch in parts[1] if ch.isdigit()) or 0)


def aoti_available():
    """True when torch.export + torch._inductor.aoti_compile_and_package exist (torch >= 2.6)."""
    torch = _torch()
    if torch_version() < (2, 6) or not hasattr(torch, "export"):
        return False
    try:
        import torch._inductor as inductor  # noqa: PLC0415
    except ImportError:
        return False
    return hasattr(inductor, "aoti_compile_and_package")


# ----------------------------------------------------------------------------------------------
# Spec validation: the same rules as inference/manifest.cpp, so a package that this script
# writes is never rejected by the C++ loader for a manifest reason.


def _require_string(obj, key, where, required=True):
    if key not in obj:
        if required:
            raise ExportError(f"{where} lacks required field '{key}'")
        return None
    if not isinstance(obj[key], str):
        raise ExportError(f"{where} field '{key}' must be a string")
    return obj[key]


def _check_normalization(norm, where, channels):
    at = f"{where} normalization"
    kind = _require_string(norm, "type", at)
    mean, std = norm.get("mean", []), norm.get("std", [])
    if kind == "meanstd":
        if not mean or len(mean) != len(std):
            raise ExportError(f"{at} 'meanstd' needs mean[] and std[] of equal, non-zero length")
        if channels > 0 and len(mean) not in (1, channels):
            raise ExportError(f"{at} has {len(mean)} means for {channels} channels")
        if any(not (float(s) > 0.0) for s in std):
            raise ExportError(f"{at} std values must be > 0")
    elif kind not in ("zscore", "none"):
        raise ExportError(f"{at} type '{kind}' is not one of zscore, meanstd, none")


def _check_input(item, index):
    name = _require_string(item, "name", f"inputs[{index}]")
    where = f"input '{name}'"
    kind = item.setdefault("kind", "tensor")
    if kind not in KINDS:
        raise ExportError(f"{where} kind '{kind}' is not volume, tensor or patches")
    shape = item.get("shape")
    if not isinstance(shape, list) or not shape:
        raise ExportError(f"{where} needs a non-empty 'shape' list")
    if any(not isinstance(d, int) or d == 0 or d < -1 for d in shape):
        raise ExportError(f"{where} shape {shape} has a dimension that is neither positive nor -1")
    if item.setdefault("dtype", "float32") != "float32":
        raise ExportError(f"{where} dtype '{item['dtype']}' is unsupported (only float32)")
    item.setdefault("normalization", {"type": "none"})
    channels = shape[1] if len(shape) > 1 and shape[1] > 0 else 0
    _check_normalization(item["normalization"], where, channels)


def validate_spec(spec):
    """Checks a spec dict in place (fills defaults); raises ExportError naming the problem."""
    if not isinstance(spec, dict):
        raise ExportError("the spec is not a JSON object")
    for key in ("name", "version", "task", "intended_use", "licence"):
        _require_string(spec, key, "spec")
    if not isinstance(spec.get("validated"), bool):
        raise ExportError("spec field 'validated' must be true or false")
    spec.setdefault("precision", "fp32")
    if spec["precision"] not in PRECISIONS:
        raise ExportError(f"precision '{spec['precision']}' is not fp32, bf16 or fp16")
    for key in ("inputs", "outputs"):
        if not isinstance(spec.get(key), list) or not spec[key]:
            raise ExportError(f"spec field '{key}' must be a non-empty array")
    for index, item in enumerate(spec["inputs"]):
        _check_input(item, index)
    for index, item in enumerate(spec["outputs"]):
        _require_string(item, "name", f"outputs[{index}]")
    return spec


def load_spec(path, overrides=None):
    """Reads a spec JSON file and applies non-None overrides (e.g. {"precision": "bf16"})."""
    try:
        spec = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ExportError(f"cannot read spec {path}: {error}") from error
    for key, value in (overrides or {}).items():
        if value is not None:
            spec[key] = value
    return validate_spec(spec)


# ----------------------------------------------------------------------------------------------
# Export


def example_inputs(spec, dynamic_size, seed=0, device="cpu", dtype=None):
    """Seeded random tensors of the declared input shapes, -1 dimensions set to dynamic_size."""
    torch = _torch()
    generator = torch.Generator().manual_seed(seed)
    tensors = []
    for item in spec["inputs"]:
        shape = [dynamic_size if d == -1 else d for d in item["shape"]]
        tensor = torch.randn(shape, generator=generator)
        tensors.append(tensor.to(device=device, dtype=dtype or torch.float32))
    return tuple(tensors)


def flatten_outputs(result, spec):
    """The model's outputs in manifest order, the way ModelPackage::run maps them."""
    torch = _torch()
    if isinstance(result, torch.Tensor):
        items = [result]
    elif isinstance(result, (tuple, list)):
        items = list(result)
    elif isinstance(result, dict):
        missing = [o["name"] for o in spec["outputs"] if o["name"] not in result]
        if missing:
            raise ExportError(f"the model does not produce declared output '{missing[0]}'")
        items = [result[o["name"]] for o in spec["outputs"]]
    else:
        raise ExportError(f"the model returned {type(result).__name__}, expected tensor(s)")
    if len(items) < len(spec["outputs"]):
        raise ExportError(f"the model returned {len(items)} outputs, "
                          f"the spec declares {len(spec['outputs'])}")
    return items[: len(spec["outputs"])]


def _check_output_shapes(outputs, spec):
    for tensor, declared in zip(outputs, spec["outputs"]):
        shape, want = list(tensor.shape), declared.get("shape")
        if want and (len(want) != len(shape) or any(w not in (-1, s) for w, s in zip(want, shape))):
            raise ExportError(f"output '{declared['name']}' has shape {shape}, spec declares {want}")
        labels = declared.get("labels")
        if labels and (not shape or shape[-1] != len(labels)):
            raise ExportError(f"output '{declared['name']}' has shape {shape} "
                              f"but {len(labels)} labels")


def _dynamic_shapes(spec):
    """torch.export dynamic_shapes: one Dim per -1 dimension (min 1)."""
    torch = _torch()
    shapes = []
    for item in spec["inputs"]:
        dims = {i: torch.export.Dim(f"{item['name']}_d{i}", min=1)
                for i, d in enumerate(item["shape"]) if d == -1}
        shapes.append(dims or None)
    return tuple(shapes)


def _export_torchscript(model, inputs, method, path):
    torch = _torch()
    with torch.no_grad():
        if method == "script":
            exported = torch.jit.script(model)
        else:
            # strict=False allows dict and list outputs. No torch.jit.freeze: frozen weights
            # become constants, which ModelPackage's module->to(bf16) on CUDA could not cast.
            exported = torch.jit.trace(model, inputs, strict=False, check_trace=False)
    exported.save(str(path))


def _export_aoti(model, inputs, spec, path):
    torch = _torch()
    from torch._inductor import aoti_compile_and_package  # noqa: PLC0415

    with torch.no_grad():
        program = torch.export.export(model, inputs, dynamic_shapes=_dynamic_shapes(spec))
        aoti_compile_and_package(program, package_path=str(path))


def _load_exported(path, device):
    torch = _torch()
    if path.suffix == ".pt2":
        loader = torch._inductor.aoti_load_package(str(path))
        return lambda *args: loader(*args)
    module = torch.jit.load(str(path), map_location=device)
    module.eval()
    return module


def _max_difference(a_list, b_list):
    worst = 0.0
    for a, b in zip(a_list, b_list):
        if a.shape != b.shape:
            return math.inf
        if a.numel():
            worst = max(worst, float((a.float() - b.float()).abs().max()))
    return worst


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _torch_load(path):
    torch = _torch()
    try:
        return torch.load(str(path), map_location="cpu", weights_only=True)
    except TypeError:  # torch < 1.13 has no weights_only
        return torch.load(str(path), map_location="cpu")


def write_manifest(out_dir, spec, model_file, extra_files=()):
    """Writes manifest.json with the sha256 of the model and every extra file."""
    manifest = {"schema": SCHEMA}
    for key in ("name", "version", "task", "intended_use", "validated", "licence", "precision"):
        manifest[key] = spec[key]
    manifest["model"] = model_file
    if spec.get("modalities"):
        manifest["modalities"] = spec["modalities"]
    manifest["inputs"] = spec["inputs"]
    manifest["outputs"] = spec["outputs"]
    files = [model_file] + [Path(f).name for f in extra_files]
    manifest["files"] = [{"path": f, "sha256": _sha256(Path(out_dir) / f)} for f in files]
    text = json.dumps(manifest, indent=2) + "\n"
    (Path(out_dir) / "manifest.json").write_text(text, encoding="utf-8")
    return manifest


def _tensor_json(tensor):
    flat = tensor.detach().to("cpu", dtype=_torch().float32).reshape(-1).tolist()
    return {"shape": list(tensor.shape), "data": flat}


def export_package(model, spec, out_dir, method="trace", fmt="auto", device="cpu",
                   dynamic_size=2, extra_files=(), atol=1e-4, reference=None, log=print):
    """Exports `model` (an nn.Module) as a package in out_dir and returns the manifest dict.

    method: "trace" or "script" (TorchScript only). fmt: "auto" (AOTInductor when available,
    else TorchScript), "torchscript" or "aoti". device: where AOTInductor compiles for (an AOTI
    package runs only there; TorchScript packages are saved for any device). -1 dimensions get
    dynamic_size for tracing and dynamic_size + 1 for the check, so a traced constant shape is
    caught. The reloaded file must match the eager model within atol (scaled by the output
    magnitude). reference: path of a JSON file to receive the check's inputs and the exported
    model's outputs, for a C++ comparison.
    """
    torch = _torch()
    spec = validate_spec(spec)
    if fmt == "auto":
        fmt = "aoti" if aoti_available() else "torchscript"
    if fmt == "aoti" and not aoti_available():
        raise ExportError(f"torch {torch.__version__} has no AOTInductor packaging (needs >= 2.6)")
    # An AOTI package is compiled for one dtype; TorchScript stays fp32 and ModelPackage casts
    # it to the manifest precision on CUDA.
    dtype = torch.float32
    if fmt == "aoti" and device.startswith("cuda") and spec["precision"] != "fp32":
        dtype = torch.bfloat16 if spec["precision"] == "bf16" else torch.float16
    model = model.eval().to(device=device, dtype=dtype)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model_file = "model.pt2" if fmt == "aoti" else "model.pt"
    trace_inputs = example_inputs(spec, dynamic_size, 0, device, dtype)
    log(f"exporting {spec['name']} as {model_file} ({fmt}, {method if fmt != 'aoti' else 'export'})")
    try:
        if fmt == "aoti":
            _export_aoti(model, trace_inputs, spec, out / model_file)
        else:
            _export_torchscript(model, trace_inputs, method, out / model_file)
    except ExportError:
        raise
    except Exception as error:  # noqa: BLE001 - torch raises many types; report them as one
        raise ExportError(f"export failed: {type(error).__name__}: {error}") from error
    for extra in extra_files:
        shutil.copyfile(extra, out / Path(extra).name)

    check_inputs = example_inputs(spec, dynamic_size + 1, 1, device, dtype)
    with torch.no_grad():
        expected = flatten_outputs(model(*check_inputs), spec)
        actual = flatten_outputs(_load_exported(out / model_file, device)(*check_inputs), spec)
    _check_output_shapes(actual, spec)
    scale = max(1.0, max(float(t.float().abs().max()) for t in expected if t.numel()))
    difference = _max_difference(expected, actual)
    if not difference <= atol * scale:
        raise ExportError(f"the exported model differs from the eager one by {difference:g} "
                          f"(tolerance {atol * scale:g}); with --method trace, data-dependent "
                          "control flow or a shape baked in as a constant can cause this")
    log(f"check: exported vs eager max |difference| {difference:.3g} on dynamic size "
        f"{dynamic_size + 1}")
    if reference:
        names = [i["name"] for i in spec["inputs"]]
        data = {"inputs": {n: _tensor_json(t) for n, t in zip(names, check_inputs)},
                "outputs": {o["name"]: _tensor_json(t) for o, t in zip(spec["outputs"], actual)}}
        Path(reference).write_text(json.dumps(data), encoding="utf-8")
    manifest = write_manifest(out, spec, model_file, extra_files)
    log(f"wrote {out / 'manifest.json'}")
    return manifest


# ----------------------------------------------------------------------------------------------
# Command line


def load_factory(spec_text, factory_args):
    """Builds the model from 'path/to/file.py:function' with keyword arguments (a JSON object)."""
    file_name, _, function = spec_text.rpartition(":")
    if not file_name or not function:
        raise ExportError(f"--model '{spec_text}' is not FILE.py:FUNCTION")
    path = Path(file_name)
    if not path.is_file():
        raise ExportError(f"--model file {path} does not exist")
    module_spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(module_spec)
    sys.path.insert(0, str(path.parent.resolve()))  # so the file can import its neighbours
    try:
        module_spec.loader.exec_module(module)
    except Exception as error:  # noqa: BLE001 - any error in the user's file
        raise ExportError(f"cannot import {path}: {type(error).__name__}: {error}") from error
    if not callable(getattr(module, function, None)):
        raise ExportError(f"{path} has no function '{function}'")
    try:
        kwargs = json.loads(factory_args) if factory_args else {}
    except json.JSONDecodeError as error:
        raise ExportError(f"--factory-args is not JSON: {error}") from error
    return getattr(module, function)(**kwargs)


def export_generic(args):
    """The `generic` subcommand."""
    overrides = {"name": args.name, "version": args.version, "precision": args.precision}
    spec = load_spec(args.spec, overrides)
    model = load_factory(args.model, args.factory_args)
    if args.state_dict:
        model.load_state_dict(_torch_load(args.state_dict), strict=True)
    for extra in args.extra_file:
        if not Path(extra).is_file():
            raise ExportError(f"--extra-file {extra} does not exist")
    export_package(model, spec, args.out, method=args.method, fmt=args.format,
                   device=args.device, dynamic_size=args.dynamic_size,
                   extra_files=args.extra_file, atol=args.atol, reference=args.reference)


EPILOG = """\
exit status: 0 written; 2 bad input or export failure (one 'error:' line on stderr);
3 PyTorch is not importable by this interpreter.

examples:
  %(prog)s generic --model mynet.py:make_model --spec mynet.json --out packages/mynet
  %(prog)s generic --model mynet.py:make_model --factory-args '{"classes": 3}' \\
      --state-dict trained.pth --spec mynet.json --format torchscript --out packages/mynet
  %(prog)s mstar --weights mSTAR.pth --head-weights abmil_fold0.pth --labels ER-,ER+ \\
      --precision bf16 --out packages/

spec file (generic): the manifest fields except schema, files and model, e.g.
  {"name": "mynet", "version": "1.0.0", "task": "slide-classification",
   "intended_use": "Research use only", "validated": false, "licence": "MIT",
   "precision": "fp32", "modalities": ["WSI"],
   "inputs": [{"name": "patches", "kind": "patches", "shape": [-1, 3, 224, 224],
               "um_per_px": 0.5, "normalization": {"type": "meanstd",
               "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225]}}],
   "outputs": [{"name": "logits", "shape": [1, 2], "labels": ["normal", "tumour"]},
               {"name": "attention", "shape": [1, -1], "explains": "attention"}]}
  -1 marks a dynamic dimension. The model's forward takes the inputs in spec order and returns
  a tensor, a tuple/list (spec output order) or a dict keyed by output name. Normalisation is
  applied by OncoView before the model, so the model must NOT normalise again.
"""


def _common_options(parser):
    parser.add_argument("--out", required=True, help="package folder to write (created)")
    parser.add_argument("--format", choices=("auto", "torchscript", "aoti"), default="auto",
                        help="auto: AOTInductor .pt2 when torch >= 2.6 has it, else TorchScript")
    parser.add_argument("--device", default="cpu",
                        help="device to export on; an AOTInductor package runs only there")
    parser.add_argument("--atol", type=float, default=1e-4,
                        help="allowed exported-vs-eager difference, times max(1, max |output|)")


def build_parser():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[1], epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    generic = sub.add_parser("generic", help="any model from a factory function + a spec",
                             epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    generic.add_argument("--model", required=True, metavar="FILE.py:FUNCTION",
                         help="function returning the nn.Module")
    generic.add_argument("--factory-args", metavar="JSON", help="keyword arguments, a JSON object")
    generic.add_argument("--state-dict", metavar="PATH", help="weights to load (strict)")
    generic.add_argument("--spec", required=True, metavar="JSON", help="manifest spec file")
    generic.add_argument("--name", help="override the spec's name")
    generic.add_argument("--version", help="override the spec's version")
    generic.add_argument("--precision", choices=PRECISIONS, help="override the spec's precision "
                         "(bf16/fp16 are applied by OncoView on CUDA only)")
    generic.add_argument("--method", choices=("trace", "script"), default="trace",
                         help="TorchScript by tracing (default) or torch.jit.script")
    generic.add_argument("--dynamic-size", type=int, default=2,
                         help="size of -1 dimensions while tracing (>= 2; checked with +1)")
    generic.add_argument("--extra-file", action="append", default=[], metavar="PATH",
                         help="copy this file into the package and hash it (repeatable)")
    generic.add_argument("--reference", metavar="JSON",
                         help="write the check's inputs and the exported model's outputs here")
    _common_options(generic)
    mstar = sub.add_parser("mstar", help="mSTAR ViT-L/16 encoder (+ ABMIL head), see README.md",
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    mstar.add_argument("--weights", required=True, help="mSTAR.pth (from Wangyh/mSTAR)")
    mstar.add_argument("--head-weights", help="trained ABMIL (mSTAR DAttention) state dict")
    mstar.add_argument("--untrained-head", action="store_true",
                       help="export a randomly initialised head (pipeline testing only)")
    mstar.add_argument("--n-classes", type=int, help="classes (default: from --head-weights, or 2)")
    mstar.add_argument("--labels", help="comma-separated class names")
    mstar.add_argument("--layout", choices=("separate", "combined"), default="separate",
                       help="separate: mstar-encoder/ + mstar-abmil/; combined: one package")
    mstar.add_argument("--precision", choices=PRECISIONS, default="bf16",
                       help="manifest precision, applied on CUDA only (default bf16)")
    _common_options(mstar)
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    if args.command == "generic" and args.dynamic_size < 2:
        print("error: --dynamic-size must be >= 2 (size 1 is specialised away)", file=sys.stderr)
        return EXIT_BAD_INPUT
    _torch()  # exits with EXIT_NO_TORCH before any work when torch is missing
    try:
        if args.command == "generic":
            export_generic(args)
        else:
            # mstar_recipe imports this file as `export_package`: make that name this module,
            # so both share one ExportError class when the script runs as __main__.
            sys.modules.setdefault("export_package", sys.modules[__name__])
            sys.path.insert(0, str(Path(__file__).resolve().parent))
            import mstar_recipe  # noqa: PLC0415

            mstar_recipe.export_mstar(args)
    except ExportError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0


if __name__ == "__main__":
    sys.exit(main())
