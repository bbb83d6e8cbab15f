# SPDX-License-Identifier: Apache-2.0
"""A tiny conv net for the export-script test (tst_exportscript.cpp): small enough to trace in
a second, but with the parts real slide models have (conv, batch norm, pooling, a dynamic batch
dimension, two outputs)."""

import torch
from torch import nn


class TinyConvNet(nn.Module):
    def __init__(self, classes=3):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 8, 3, stride=2, padding=1), nn.BatchNorm2d(8), nn.ReLU(),
            nn.Conv2d(8, 16, 3, stride=2, padding=1), nn.ReLU())
        self.classifier = nn.Linear(16, classes)

    def forward(self, patches: torch.Tensor):
        maps = self.features(patches)  # [N, 16, H/4, W/4]
        pooled = maps.mean(dim=(2, 3))
        # Tuple in manifest order: logits, then a per-patch activation map.
        return self.classifier(pooled), maps.mean(dim=1)


def make_model(seed=7, classes=3):
    """Seeded weights, with non-trivial batch-norm statistics so eval mode matters."""
    torch.manual_seed(seed)
    model = TinyConvNet(classes)
    with torch.no_grad():
        model.features[1].running_mean.uniform_(-0.5, 0.5)
        model.features[1].running_var.uniform_(0.5, 2.0)
    return model.eval()
