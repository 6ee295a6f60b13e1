"""Training and held-out evaluation of one fold, resumable from checkpoints.

Batches are pair-matched: each holds B fakes and, beside each, the real crop it was made from,
both augmented with the *same* draw (flip, rescale to 0.5-1x and back, JPEG quality 60-95), so
the only difference the network can learn within a pair is the manipulation, never the scale
or compression. Loss: binary cross-entropy of the fake logit plus `mask_weight` times the
per-pixel cross-entropy of the predicted blend mask (all zero for reals). Every random draw
comes from (seed, fold, epoch, step), and the checkpoint holds the model, optimiser and torch
RNG state, so a run killed at any step and resumed gives the same weights as an unbroken one.
"""
import io
import json
import math
import os
import time

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image
from sklearn.metrics import roc_auc_score

from . import network


class Pool:
    """The crops one fold sees: the shared dataset plus that fold's re-render fakes."""

    def __init__(self, dataset, rerender):
        self.dataset = dataset
        self.rr_images, self.rr_masks, rr_items = rerender
        self.offset = len(dataset.items)
        self.items = list(dataset.items) + rr_items

    def image(self, index):
        if index < self.offset:
            return np.asarray(self.dataset.images[index])
        return np.asarray(self.rr_images[index - self.offset])

    def mask(self, index):
        if index < self.offset:
            return np.asarray(self.dataset.masks[index])
        return np.asarray(self.rr_masks[index - self.offset])


def network_input(image, side):
    """A 256-px crop as the network reads it: each value the mean of its (256/side)² pixels, as
    the scan's FaceNetworkKit.boxAveraged computes it (float32, H×W×3)."""
    factor = image.shape[0] // side
    if factor * side != image.shape[0]:
        raise ValueError(f"the network side {side} must divide the crop side {image.shape[0]}")
    return image.reshape(side, factor, side, factor, 3).mean(axis=(1, 3)).astype(np.float32)


def _jpeg(image, quality):
    buffer = io.BytesIO()
    Image.fromarray(image).save(buffer, format="JPEG", quality=int(quality))
    return np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))


def augment_pair(real, fake, mask, rng, side):
    """One augmentation draw applied identically to a real crop, its fake and the fake's mask."""
    flip = rng.random() < 0.5
    scale = rng.uniform(0.5, 1.0)
    quality = int(rng.integers(60, 96)) if rng.random() < 0.8 else None
    out = []
    for image in (real, fake):
        if flip:
            image = image[:, ::-1]
        small = max(16, round(image.shape[0] * scale))
        image = np.asarray(Image.fromarray(np.ascontiguousarray(image)).resize((small, small), Image.BILINEAR)
                           .resize((image.shape[1], image.shape[0]), Image.BILINEAR))
        if quality:
            image = _jpeg(image, quality)
        out.append(network_input(image, side))
    if flip:
        mask = mask[:, ::-1]
    return out[0], out[1], np.ascontiguousarray(mask)


def _mask_target(masks, side):
    target = torch.from_numpy(np.stack(masks)).float().unsqueeze(1) / 255
    return F.interpolate(target, size=(side, side), mode="area")


def _save(path, state):
    torch.save(state, path + ".partial")
    os.replace(path + ".partial", path)


def train(run_dir, pool, held_out, config, log=print):
    """Trains on every fake pair whose identity is outside fold `held_out` ("final": all).
    Returns (model, stats); resumes from run_dir/checkpoint.pt."""
    os.makedirs(run_dir, exist_ok=True)
    pairs = [i for i, item in enumerate(pool.items)
             if item["label"] == "fake" and (held_out == "final" or item["fold"] != held_out)]
    fold_seed = config["seed"] * 1000 + (99 if held_out == "final" else held_out)
    torch.manual_seed(fold_seed)
    model = network.FaceNet(config["side"], config["width"])
    optimiser = torch.optim.Adam(model.parameters(), lr=config["lr"])
    state = {"epoch": 0, "step": 0, "seconds": 0.0, "crops": 0}
    checkpoint = os.path.join(run_dir, "checkpoint.pt")
    if os.path.exists(checkpoint):
        saved = torch.load(checkpoint, weights_only=False)
        model.load_state_dict(saved["model"])
        optimiser.load_state_dict(saved["optimiser"])
        torch.set_rng_state(saved["torch_rng"])
        state = saved["state"]
        log(f"  resumed at epoch {state['epoch']} step {state['step']}")
    batch = config["batch"]
    steps = math.ceil(len(pairs) / batch)
    mask_side = config["side"] // 4
    model.train()
    while state["epoch"] < config["epochs"]:
        order = np.random.default_rng([fold_seed, state["epoch"]]).permutation(pairs)
        while state["step"] < steps:
            started = time.time()
            rng = np.random.default_rng([fold_seed, state["epoch"], state["step"]])
            chosen = order[state["step"] * batch:(state["step"] + 1) * batch]
            reals, fake_images, masks = [], [], []
            for index in chosen:
                real, fake, mask = augment_pair(pool.image(pool.items[index]["pair"]), pool.image(index),
                                                pool.mask(index), rng, config["side"])
                reals.append(real)
                fake_images.append(fake)
                masks.append(mask)
            x = network.normalise(np.stack(reals + fake_images))
            y = torch.cat([torch.zeros(len(chosen)), torch.ones(len(chosen))])
            target = torch.cat([torch.zeros(len(chosen), 1, mask_side, mask_side), _mask_target(masks, mask_side)])
            logits, mask_logits = model(x)
            loss = F.binary_cross_entropy_with_logits(logits, y)
            mask_loss = F.binary_cross_entropy_with_logits(mask_logits, target)
            optimiser.zero_grad()
            (loss + config["mask_weight"] * mask_loss).backward()
            optimiser.step()
            state["step"] += 1
            state["crops"] += 2 * len(chosen)
            state["seconds"] += time.time() - started
            if state["step"] % config["log_every"] == 0 or state["step"] == steps:
                log(f"  {held_out} epoch {state['epoch'] + 1}/{config['epochs']} step {state['step']}/{steps}: "
                    f"loss {loss.item():.3f} mask {mask_loss.item():.3f} ({state['crops'] / state['seconds']:.1f} crops/s)")
            if state["step"] % config["checkpoint_every"] == 0:
                _save(checkpoint, {"model": model.state_dict(), "optimiser": optimiser.state_dict(),
                                   "torch_rng": torch.get_rng_state(), "state": state})
        state["epoch"] += 1
        state["step"] = 0
        _save(checkpoint, {"model": model.state_dict(), "optimiser": optimiser.state_dict(),
                           "torch_rng": torch.get_rng_state(), "state": state})
    return model.eval(), {"pairs": len(pairs), **state}


def score(model, pool, indices, side, quality=None, batch=64):
    """Fake probabilities of crops `indices`, as delivered or after JPEG at `quality`."""
    out = []
    model.eval()
    with torch.no_grad():
        for start in range(0, len(indices), batch):
            images = []
            for index in indices[start:start + batch]:
                image = pool.image(index)
                if quality:
                    image = _jpeg(image, quality)
                images.append(network_input(image, side))
            logits, _ = model(network.normalise(np.stack(images)))
            out.extend(torch.sigmoid(logits).tolist())
    return out


def _auc(real, fake):
    if not real or not fake:
        return None
    return float(roc_auc_score([0] * len(real) + [1] * len(fake), list(real) + list(fake)))


# the real crops each fake kind is compared with: the same compression as the fake
MATCHED_REAL = {"cross-identity": "real-lossless", "restored": "real-lossless", "rerender": "real-lossless"}


def evaluate(model, pool, fold, side, path):
    """Held-out figures of fold `fold`: AUC per fake kind (against the real crops of the same
    compression), pooled AUC, pair accuracy (fake above its own real), as delivered and after
    JPEG 70; writes them and every score to `path` (cached)."""
    if os.path.exists(path):
        with open(path) as file:
            return json.load(file)
    indices = [i for i, item in enumerate(pool.items) if item["fold"] == fold]
    result = {"fold": fold, "conditions": {}, "items": [
        {k: pool.items[i][k] for k in ("label", "kind", "group", "source")} for i in indices]}
    for condition, quality in (("as delivered", None), ("jpeg 70", 70)):
        scores = dict(zip(indices, score(model, pool, indices, side, quality)))
        reals = {kind: [scores[i] for i in indices if pool.items[i]["kind"] == kind] for kind in ("real-lossless", "real-chain")}
        all_reals = reals["real-lossless"] + reals["real-chain"]
        kinds = sorted({pool.items[i]["kind"] for i in indices if pool.items[i]["label"] == "fake"})
        figures = {}
        for kind in kinds:
            fake_indices = [i for i in indices if pool.items[i]["kind"] == kind]
            matched = reals[MATCHED_REAL.get(kind, "real-chain")]
            figures[kind] = {"fakes": len(fake_indices), "reals": len(matched),
                             "auc": _auc(matched, [scores[i] for i in fake_indices]),
                             "pairs_right": float(np.mean([scores[i] > scores[pool.items[i]["pair"]] for i in fake_indices]))}
        fakes_all = [scores[i] for i in indices if pool.items[i]["label"] == "fake"]
        figures["pooled"] = {"fakes": len(fakes_all), "reals": len(all_reals), "auc": _auc(all_reals, fakes_all),
                             "pairs_right": float(np.mean([scores[i] > scores[pool.items[i]["pair"]] for i in indices
                                                           if pool.items[i]["label"] == "fake"])) if fakes_all else None}
        result["conditions"][condition] = {"figures": figures, "scores": [scores[i] for i in indices]}
    with open(path + ".partial", "w") as file:
        json.dump(result, file)
    os.replace(path + ".partial", path)
    return result
