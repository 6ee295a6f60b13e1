#!/usr/bin/python3
"""Regenerates the face network test fixtures in Tests/NetworkTests/Fixtures/.

Three small random networks (fixed seed) that between them use every layer kind the Swift
network runs: convolutions with padding, stride 2, groups and a depthwise one, batch norm
folded by the exporter, ReLU, max and average pooling, global average pooling, dense and
sigmoid. Each is written with Scripts/face_network_format.py and run by PyTorch (CPU, eval
mode, one thread) on two fixed random uint8 pictures (smooth blobs and noise); the tests compare the Swift network's
outputs with these.

Needs Debian's python3-torch and python3-numpy; run with /usr/bin/python3 from anywhere.
Files: NAME.seamnet, NAME-inputK.u8 (CHW bytes), NAME-expectedK.f32 (little-endian float32)
and manifest.json listing them.
"""

import json
import os
import sys

import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from face_network_format import normalise, write_network  # noqa: E402

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "NetworkTests", "Fixtures")
MEAN = [128.0, 120.0, 112.0]
STD = [64.0, 60.0, 68.0]
INPUTS_PER_NETWORK = 2


def conv_block(inputs, outputs, kernel, stride=1, padding=0, groups=1, bias=True):
    return [
        nn.Conv2d(inputs, outputs, kernel, stride=stride, padding=padding, groups=groups, bias=bias),
        nn.BatchNorm2d(outputs),
        nn.ReLU(),
    ]


def networks():
    """(name, input shape, model): every layer kind, depthwise and grouped, stride 2, odd sizes."""
    plain = nn.Sequential(
        *conv_block(3, 8, 3, padding=1),
        nn.MaxPool2d(2),
        *conv_block(8, 16, 3, stride=2, padding=1),
        nn.AvgPool2d(2),
        nn.Flatten(),
        nn.Linear(16 * 7 * 7, 8),
        nn.ReLU(),
        nn.Dropout(0.5),
        nn.Linear(8, 1),
        nn.Sigmoid(),
    )
    depthwise = nn.Sequential(
        *conv_block(3, 12, 5, stride=2, padding=2),
        *conv_block(12, 12, 3, padding=1, groups=12),
        *conv_block(12, 16, 1),
        *conv_block(16, 16, 3, stride=2, groups=4, bias=False),
        nn.MaxPool2d(3, stride=2),
        nn.AvgPool2d(3, stride=2),
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Linear(16, 1),
        nn.Sigmoid(),
    )
    # MesoNet-4's shape (the benchmark's network), at 128 px instead of 256.
    meso = nn.Sequential(
        *conv_block(3, 8, 3, padding=1),
        nn.MaxPool2d(2),
        *conv_block(8, 8, 5, padding=2),
        nn.MaxPool2d(2),
        *conv_block(8, 16, 5, padding=2),
        nn.MaxPool2d(2),
        *conv_block(16, 16, 5, padding=2),
        nn.MaxPool2d(4),
        nn.Flatten(),
        nn.Dropout(0.5),
        nn.Linear(16 * 4 * 4, 16),
        nn.ReLU(),
        nn.Dropout(0.5),
        nn.Linear(16, 1),
        nn.Sigmoid(),
    )
    # 60 px: rows of 60, 30 and 15 values leave the Swift kernels' 8-wide SIMD runs a remainder.
    return [("plain", (3, 60, 60), plain), ("depthwise", (3, 128, 128), depthwise), ("meso", (3, 128, 128), meso)]


def randomise(model):
    """He-normal weights, so that activations keep their spread through the layers (PyTorch's
    default initialisation shrinks them, and the output would hardly depend on the input), and
    batch norm statistics and affine terms far from the identity, so that folding them matters."""
    for module in model.modules():
        if isinstance(module, (nn.Conv2d, nn.Linear)):
            nn.init.kaiming_normal_(module.weight, nonlinearity="relu")
        elif isinstance(module, nn.BatchNorm2d):
            count = module.num_features
            module.running_mean.copy_(torch.randn(count) * 0.5)
            module.running_var.copy_(torch.rand(count) * 1.5 + 0.5)
            module.weight.data.copy_(torch.rand(count) + 0.5)
            module.bias.data.copy_(torch.randn(count) * 0.2)


def random_picture(shape):
    """Smooth blobs plus fine noise as uint8 CHW, so that the pictures differ at every scale."""
    channels, height, width = shape
    coarse = torch.rand(1, channels, height // 8, width // 8)
    smooth = nn.functional.interpolate(coarse, size=(height, width), mode="bilinear", align_corners=False)[0]
    return (smooth * 200 + torch.rand(shape) * 55).to(torch.uint8)


def spread_logits(model, shape):
    """Rescales the last dense layer so that the logits of random pictures centre on 0 with a
    standard deviation of 1.5: otherwise the sigmoid could sit near 0.5 or 1 whatever the input,
    and the comparison with PyTorch would hardly test the layers before it."""
    pictures = torch.stack([normalise(random_picture(shape), MEAN, STD) for _ in range(16)])
    logits = model[:-1](pictures)[:, 0]
    last = [module for module in model if isinstance(module, nn.Linear)][-1]
    gain = 1.5 / logits.std()
    last.weight.mul_(gain)
    last.bias.mul_(gain).sub_(logits.mean() * gain)


def main():
    torch.manual_seed(16)
    torch.set_num_threads(1)
    os.makedirs(FIXTURES, exist_ok=True)
    manifest = {"generator": "Scripts/make-network-fixtures.py", "torch": torch.__version__, "fixtures": []}
    with torch.no_grad():
        for name, shape, model in networks():
            randomise(model)
            model.eval()
            spread_logits(model, shape)
            network_file = f"{name}.seamnet"
            write_network(model, os.path.join(FIXTURES, network_file), shape, MEAN, STD)
            for index in range(INPUTS_PER_NETWORK):
                pixels = random_picture(shape)
                output = model(normalise(pixels, MEAN, STD).unsqueeze(0))[0].numpy().astype("<f4")
                input_file, expected_file = f"{name}-input{index}.u8", f"{name}-expected{index}.f32"
                pixels.numpy().tofile(os.path.join(FIXTURES, input_file))
                output.tofile(os.path.join(FIXTURES, expected_file))
                manifest["fixtures"].append(
                    {"network": network_file, "input": input_file, "shape": list(shape), "expected": expected_file}
                )
                print(f"{name} input {index}: output {output.ravel().tolist()}")
    with open(os.path.join(FIXTURES, "manifest.json"), "w") as file:
        json.dump(manifest, file, indent=2)
        file.write("\n")


if __name__ == "__main__":
    main()
