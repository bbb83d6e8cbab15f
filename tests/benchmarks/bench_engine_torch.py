# SPDX-License-Identifier: Apache-2.0
"""Python side of bench_engine: times torch.jit.load(model)(*inputs) the way a PyTorch user
would run the same package, and saves the last outputs so the C++ side can check both ran the
same computation. Not meant to be run by hand; bench_engine passes every argument.

Lock-step protocol (so both sides see the same machine load, pass by pass): after loading it
prints "ready"; each "run" line on stdin runs one pass and answers its latency in ms, each
"batch N" line runs N passes back to back and answers their total time; "done" writes the
outputs and exits."""

import argparse
import json
import sys
import time

import numpy as np
import torch


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--package", required=True, help="package folder (manifest.json)")
    parser.add_argument("--inputs", required=True, help="JSON list of {name, shape, file}")
    parser.add_argument("--outputs", required=True, help="raw float32 outputs, manifest order")
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    with open(f"{args.package}/manifest.json", encoding="utf-8") as handle:
        manifest = json.load(handle)
    model_file = manifest.get("model") or next(
        f["path"] for f in manifest["files"] if f["path"].endswith(".pt"))
    model = torch.jit.load(f"{args.package}/{model_file}", map_location=args.device).eval()
    with open(args.inputs, encoding="utf-8") as handle:
        described = json.load(handle)
    inputs = [torch.from_numpy(np.fromfile(item["file"], dtype=np.float32).reshape(item["shape"]))
              .to(args.device) for item in described]
    synchronize = torch.cuda.synchronize if args.device.startswith("cuda") else (lambda: None)

    print("ready", flush=True)
    result = None
    with torch.inference_mode():
        for line in iter(sys.stdin.readline, ""):
            words = line.split()
            if not words or words[0] not in ("run", "batch"):
                break
            # "run": one pass; "batch N": N passes back to back (throughput), total time.
            count = int(words[1]) if words[0] == "batch" else 1
            start = time.perf_counter()
            for _ in range(count):
                result = model(*inputs)
            synchronize()
            print(f"{(time.perf_counter() - start) * 1000.0:.6f}", flush=True)
    if isinstance(result, dict):
        result = [result[o["name"]] for o in manifest["outputs"]]
    elif isinstance(result, torch.Tensor):
        result = [result]
    with open(args.outputs, "wb") as handle:
        for tensor in result[: len(manifest["outputs"])]:
            handle.write(tensor.detach().float().cpu().contiguous().numpy().tobytes())


if __name__ == "__main__":
    main()
