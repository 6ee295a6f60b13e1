"""Writes a PyTorch model as a SeamScan face network weights file (`.seamnet`, version 1).

The format is described in Sources/SeamScanNetwork/WeightsFile/WeightsFileFormat.swift:
magic, version, a JSON header of the input and the layers, then little-endian float32
weights and biases in layer order. Batch norm is folded into the convolution before it here,
so the Swift side never sees it.

    from face_network_format import write_network
    write_network(model, "face.seamnet", input_shape=(3, 256, 256), mean=[128] * 3, std=[64] * 3)

`model` is an `nn.Sequential` (nested ones are flattened) of Conv2d (optionally followed by
BatchNorm2d), ReLU, MaxPool2d, AvgPool2d, AdaptiveAvgPool2d(1), Flatten, Dropout, Linear and
Sigmoid. Anything else, or a setting the Swift side does not run (dilation, non-square
kernels, pooling padding, ceil_mode), is refused rather than silently changed.
"""

import json
import struct

import numpy as np
import torch
from torch import nn

MAGIC = b"SEAMNET\n"
VERSION = 1


def write_network(model, path, input_shape, mean, std):
    """Writes `model` (evaluated as in eval mode) to `path`; returns the header it wrote."""
    channels, height, width = input_shape
    if len(mean) != channels or len(std) != channels:
        raise ValueError("mean and std need one value per input channel")
    layers, blobs = [], []
    modules = list(_flatten(model))
    index = 0
    while index < len(modules):
        module = modules[index]
        following = modules[index + 1] if index + 1 < len(modules) else None
        if isinstance(module, nn.Conv2d):
            batch_norm = following if isinstance(following, nn.BatchNorm2d) else None
            layers.append(_convolution_entry(module))
            blobs.extend(_folded_convolution(module, batch_norm))
            index += 2 if batch_norm is not None else 1
            continue
        if isinstance(module, nn.Linear):
            layers.append({"kind": "dense", "in_features": module.in_features, "out_features": module.out_features})
            blobs.extend([module.weight.detach().double().numpy(), _bias(module, module.out_features)])
        elif isinstance(module, nn.ReLU):
            layers.append({"kind": "relu"})
        elif isinstance(module, nn.Sigmoid):
            layers.append({"kind": "sigmoid"})
        elif isinstance(module, (nn.MaxPool2d, nn.AvgPool2d)):
            layers.append(_pooling_entry(module))
        elif isinstance(module, nn.AdaptiveAvgPool2d):
            if _pair(module.output_size) != (1, 1):
                raise ValueError("only AdaptiveAvgPool2d(1) (global average pooling) is supported")
            layers.append({"kind": "global_average_pool"})
        elif isinstance(module, (nn.Flatten, nn.Dropout)):
            pass  # dense layers read their input flattened in CHW order; dropout is off in eval mode
        else:
            raise ValueError(f"{type(module).__name__} is not a layer the Swift network runs")
        index += 1

    header = {
        "input": {
            "channels": channels,
            "height": height,
            "width": width,
            "mean": [float(np.float32(value)) for value in mean],
            "std": [float(np.float32(value)) for value in std],
        },
        "layers": layers,
    }
    header_bytes = json.dumps(header, separators=(",", ":")).encode("utf-8")
    with open(path, "wb") as file:
        file.write(MAGIC)
        file.write(struct.pack("<II", VERSION, len(header_bytes)))
        file.write(header_bytes)
        for blob in blobs:
            file.write(np.ascontiguousarray(blob, dtype="<f4").tobytes())
    return header


def _flatten(module):
    if isinstance(module, nn.Sequential):
        for child in module:
            yield from _flatten(child)
    else:
        yield module


def _pair(value):
    return tuple(value) if isinstance(value, (tuple, list)) else (value, value)


def _square(value, name):
    first, second = _pair(value)
    if first != second:
        raise ValueError(f"{name} must be square, not {value}")
    return first


def _convolution_entry(conv):
    if _pair(conv.dilation) != (1, 1) or conv.padding_mode != "zeros" or isinstance(conv.padding, str):
        raise ValueError("only convolutions without dilation and with numeric zero padding are supported")
    return {
        "kind": "convolution",
        "in_channels": conv.in_channels,
        "out_channels": conv.out_channels,
        "kernel": _square(conv.kernel_size, "kernel_size"),
        "stride": _square(conv.stride, "stride"),
        "padding": _square(conv.padding, "padding"),
        "groups": conv.groups,
    }


def _pooling_entry(pool):
    if _pair(pool.padding) != (0, 0) or pool.ceil_mode:
        raise ValueError("pooling must have padding=0 and ceil_mode=False")
    if isinstance(pool, nn.MaxPool2d) and _pair(pool.dilation) != (1, 1):
        raise ValueError("max pooling must not be dilated")
    size = _square(pool.kernel_size, "pooling kernel_size")
    stride = _square(pool.stride if pool.stride is not None else size, "pooling stride")
    kind = "max_pool" if isinstance(pool, nn.MaxPool2d) else "average_pool"
    return {"kind": kind, "kernel": size, "stride": stride}


def _bias(module, count):
    if module.bias is None:
        return np.zeros(count)
    return module.bias.detach().double().numpy()


def _folded_convolution(conv, batch_norm):
    """The convolution's weights and bias with `batch_norm` (its running statistics) folded in,
    computed in float64 so that folding adds no rounding beyond the final float32."""
    weight = conv.weight.detach().double().numpy()
    bias = _bias(conv, conv.out_channels)
    if batch_norm is None:
        return [weight, bias]
    if batch_norm.num_features != conv.out_channels or not batch_norm.track_running_stats:
        raise ValueError("BatchNorm2d after a convolution must match its channels and track running statistics")
    gamma = batch_norm.weight.detach().double().numpy() if batch_norm.affine else np.ones(conv.out_channels)
    beta = batch_norm.bias.detach().double().numpy() if batch_norm.affine else np.zeros(conv.out_channels)
    scale = gamma / np.sqrt(batch_norm.running_var.double().numpy() + batch_norm.eps)
    return [weight * scale[:, None, None, None], (bias - batch_norm.running_mean.double().numpy()) * scale + beta]


def normalise(pixels, mean, std):
    """What the Swift network does to its input first: (pixels - mean) / std per channel, in float32."""
    mean = torch.tensor(mean, dtype=torch.float32).view(-1, 1, 1)
    std = torch.tensor(std, dtype=torch.float32).view(-1, 1, 1)
    return (pixels.float() - mean) / std
