"""The face network: a MesoNet-4-sized trunk (Afchar et al. 2018), ~7k parameters at width 8,
built only from layers the Swift side runs (convolution + batch norm, ReLU, max pooling, global
average pooling, dense), plus a training-only head that predicts the blend mask from the
stride-4 features (Face X-ray's idea: supervise *where* the face was pasted, so the trunk
learns blending boundaries rather than identity or compression). `exportable()` drops the
mask head and returns the nn.Sequential that face_network_format.write_network writes.

The classifier reads the trunk's features averaged over the face (global average pooling)
through one dense layer. MesoNet's own head (flatten, dropout 0.5, dense 16, ReLU, dropout,
dense 1) collapsed in our first runs: after 5 epochs 15 of its 16 hidden units were dead and
every face got the same score (loss 0.693, chance).
"""
import torch
from torch import nn

VERSION = 2  # bump when the architecture changes, so training runs never resume an older one
MEAN = [128.0, 128.0, 128.0]  # input normalisation on the 0-255 scale, as the .seamnet header stores it
STD = [64.0, 64.0, 64.0]


def _block(inputs, outputs, kernel, pool):
    return [nn.Conv2d(inputs, outputs, kernel, padding=kernel // 2, bias=False), nn.BatchNorm2d(outputs),
            nn.ReLU(), nn.MaxPool2d(pool)]


class FaceNet(nn.Module):
    def __init__(self, side=128, width=8):
        super().__init__()
        self.side = side
        self.early = nn.Sequential(*_block(3, width, 3, 2), *_block(width, width, 5, 2))
        self.late = nn.Sequential(*_block(width, 2 * width, 5, 2), *_block(2 * width, 2 * width, 5, 4))
        self.classifier = nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(2 * width, 1))
        self.mask_head = nn.Conv2d(width, 1, 3, padding=1)  # training only: blend mask at side/4

    def forward(self, x):
        """x: normalised N×3×side×side; returns (fake logit N, mask logits N×1×side/4×side/4)."""
        early = self.early(x)
        return self.classifier(self.late(early))[:, 0], self.mask_head(early)

    def exportable(self):
        """The scoring path alone, ending in a sigmoid: what the Swift network runs."""
        return nn.Sequential(*self.early, *self.late, *self.classifier, nn.Sigmoid()).eval()


def parameter_count(model):
    return sum(p.numel() for name, p in model.named_parameters() if not name.startswith("mask_head"))


def normalise(batch):
    """N×H×W×3 numpy on the 0-255 scale → normalised float tensor N×3×H×W."""
    x = torch.from_numpy(batch).permute(0, 3, 1, 2).float()
    mean = torch.tensor(MEAN).view(1, 3, 1, 1)
    std = torch.tensor(STD).view(1, 3, 1, 1)
    return (x - mean) / std
