# SPDX-License-Identifier: Apache-2.0
"""mSTAR recipe for export_package.py (the `mstar` subcommand): the released patch encoder
(timm ViT-L/16 + mSTAR.pth) and mSTAR's ABMIL head as OncoView packages. See README.md.

Sources: Innse/mSTAR Feature_extract/models/mSTAR.py (encoder, transform) and
downstream_task/diagnosis_preidction/models/ABMIL/network.py (DAttention)."""

from pathlib import Path

from export_package import (ExportError, IMAGENET_MEAN, IMAGENET_STD, _torch, _torch_load,
                            export_package)

MSTAR_TILE_PX = 512  # CLAM tiles read at level 0 ...
MSTAR_TILE_UM_PER_PX = 0.25  # ... of a ~0.25 um/px (40x) scan, assumed (see README) ...
MSTAR_INPUT_PX = 224  # ... and resized to the ViT's input
MSTAR_INPUT_UM_PER_PX = MSTAR_TILE_PX * MSTAR_TILE_UM_PER_PX / MSTAR_INPUT_PX  # 0.5714
MSTAR_FEATURES = 1024
MSTAR_LICENCE = "CC-BY-NC-ND-4.0 (mSTAR weights, gated: huggingface.co/Wangyh/mSTAR)"


def mstar_encoder(weights):
    """The mSTAR patch encoder exactly as mSTAR's extractor builds it; outputs [N, 1024]."""
    try:
        import timm  # noqa: PLC0415
    except ImportError as error:
        raise ExportError("the mstar recipe needs timm (pip install 'timm>=0.9.8')") from error
    model = timm.create_model("vit_large_patch16_224", img_size=MSTAR_INPUT_PX, patch_size=16,
                              init_values=1e-5, num_classes=0, dynamic_img_size=True)
    model.load_state_dict(_torch_load(weights), strict=True)
    return model.eval()


def _abmil_class():
    nn = _torch().nn

    class AbmilHead(nn.Module):
        """mSTAR's DAttention (non-gated ABMIL) with the same parameter names, so a state dict
        trained with mSTAR's downstream code loads strictly. Input [N, 1024] (or [1, N, 1024]);
        outputs logits [1, n_classes] and attention [1, N]. Unlike the original it does not
        squeeze(), so a bag of one patch works."""

        def __init__(self, n_classes, n_features=MSTAR_FEATURES):
            super().__init__()
            self.feature = nn.Sequential(nn.Linear(n_features, 512), nn.ReLU(), nn.Dropout(0.25))
            self.attention = nn.Sequential(nn.Linear(512, 128), nn.Tanh(), nn.Linear(128, 1))
            self.classifier = nn.Sequential(nn.Linear(512, n_classes))

        def forward(self, features):
            torch = _torch()
            h = self.feature(features.reshape(-1, features.shape[-1]))  # [N, 512]
            attention = torch.softmax(self.attention(h).transpose(0, 1), dim=-1)  # [1, N]
            return self.classifier(torch.mm(attention, h)), attention

    return AbmilHead


def _combined_class():
    nn = _torch().nn

    class MstarAbmil(nn.Module):
        """Encoder + head in one graph: patches [N, 3, 224, 224] -> logits, attention."""

        def __init__(self, encoder, head):
            super().__init__()
            self.encoder = encoder
            self.head = head

        def forward(self, patches):
            return self.head(self.encoder(patches))

    return MstarAbmil


def load_abmil_head(path, n_classes=None):
    """An AbmilHead with trained weights from a mSTAR-style checkpoint (plain state dict, or
    {"state_dict"/"model": ...}, "module." prefixes removed); None path: random weights."""
    state = None
    if path:
        state = _torch_load(path)
        for key in ("state_dict", "model"):
            if isinstance(state, dict) and isinstance(state.get(key), dict):
                state = state[key]
        state = {k.removeprefix("module."): v for k, v in state.items()}
        if "classifier.0.weight" not in state:
            raise ExportError(f"{path} is not an ABMIL state dict (no classifier.0.weight)")
        found = state["classifier.0.weight"].shape[0]
        if n_classes not in (None, found):
            raise ExportError(f"{path} has {found} classes, --n-classes says {n_classes}")
        n_classes = found
    head = _abmil_class()(n_classes or 2)
    if state is not None:
        head.load_state_dict(state, strict=True)
    return head.eval()


def mstar_specs(n_classes, labels, precision, head_trained):
    """Manifest specs (encoder, head, combined) for the mSTAR packages."""
    research = ("Research use only: mSTAR pathology foundation model (Xu et al., Nat Commun "
                "2025); not a medical device")
    patches = {"name": "patches", "kind": "patches", "shape": [-1, 3, MSTAR_INPUT_PX, MSTAR_INPUT_PX],
               "um_per_px": round(MSTAR_INPUT_UM_PER_PX, 6),
               "normalization": {"type": "meanstd", "mean": IMAGENET_MEAN, "std": IMAGENET_STD}}
    common = {"version": "1.0.0", "validated": False, "licence": MSTAR_LICENCE,
              "precision": precision, "modalities": ["WSI"]}
    head_use = research + ("" if head_trained else "; ABMIL head has RANDOM weights (plumbing only)")
    logits = {"name": "logits", "shape": [1, n_classes], "labels": labels}
    attention = {"name": "attention", "shape": [1, -1], "explains": "attention"}
    encoder = dict(common, name="mstar-encoder", task="slide-patch-features",
                   intended_use=research, inputs=[patches],
                   outputs=[{"name": "features", "shape": [-1, MSTAR_FEATURES]}])
    head = dict(common, name="mstar-abmil", task="slide-classification", intended_use=head_use,
                inputs=[{"name": "features", "kind": "tensor", "shape": [-1, MSTAR_FEATURES]}],
                outputs=[logits, attention])
    combined = dict(common, name="mstar-abmil-combined", task="slide-classification",
                    intended_use=head_use, inputs=[patches], outputs=[logits, attention])
    return encoder, head, combined


def export_mstar(args):
    """The `mstar` subcommand: see README.md next to this script."""
    head_wanted = args.head_weights or args.untrained_head
    if args.layout == "combined" and not head_wanted:
        raise ExportError("--layout combined needs --head-weights (or --untrained-head)")
    head = load_abmil_head(args.head_weights, args.n_classes) if head_wanted else None
    n_classes = head.classifier[0].out_features if head else (args.n_classes or 2)
    labels = args.labels.split(",") if args.labels else [f"class{i}" for i in range(n_classes)]
    if len(labels) != n_classes:
        raise ExportError(f"{len(labels)} labels for {n_classes} classes")
    encoder_spec, head_spec, combined_spec = mstar_specs(n_classes, labels, args.precision,
                                                         bool(args.head_weights))
    encoder = mstar_encoder(args.weights)
    out = Path(args.out)
    options = {"method": "trace", "fmt": args.format, "device": args.device,
               "dynamic_size": 2, "atol": args.atol}
    if args.layout == "combined":
        model = _combined_class()(encoder, head)
        export_package(model, combined_spec, out / "mstar-abmil-combined", **options)
        return
    export_package(encoder, encoder_spec, out / "mstar-encoder", **options)
    if head is not None:
        export_package(head, head_spec, out / "mstar-abmil", **options)
