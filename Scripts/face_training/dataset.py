"""The crop arrays training reads: every real and fake crop with its blend mask, in memory-mapped
.npy files under DIR/dataset, and the per-fold re-render fakes under DIR/folds/K.

A fake always points at its own real (`pair`): synth fakes at the real crop of the same frame
through the same encode chain, Python fakes at the near-lossless real crop they were made
from. Cross-identity donors come from another identity group *of the same fold*, so a fold's
fakes show only that fold's people. Synth fakes' masks are the template mask (synth's own
landmark mask is not written out, and its crops are re-aligned on the fake's landmarks, so a
difference image would mostly show the alignment shift): an approximation, flagged as such.
"""
import hashlib
import json
import os

import numpy as np
from numpy.lib.format import open_memmap
from PIL import Image

from . import fakes

MASK_SIDE = 64


def _small_mask(mask):
    return np.asarray(Image.fromarray(np.clip(mask * 255, 0, 255).astype(np.uint8)).resize((MASK_SIDE, MASK_SIDE), Image.BILINEAR))


def _load(path):
    image = Image.open(path).convert("RGB")
    if image.size != (fakes.SIDE, fakes.SIDE):
        image = image.resize((fakes.SIDE, fakes.SIDE), Image.BILINEAR)
    return np.asarray(image)


class Dataset:
    """items: list of dicts (label, kind, group, fold, source, pair); images, masks: arrays."""

    def __init__(self, folder):
        with open(os.path.join(folder, "items.json")) as file:
            meta = json.load(file)
        self.fingerprint = meta["fingerprint"]
        self.items = meta["items"]
        self.images = np.load(os.path.join(folder, "images.npy"), mmap_mode="r")
        self.masks = np.load(os.path.join(folder, "masks.npy"), mmap_mode="r")


def build(work, entries, source_info, fold_of_group, seed, log=print):
    """Builds (or reuses, when its fingerprint matches) DIR/dataset from the crop entries."""
    folder = os.path.join(work, "dataset")
    fingerprint = hashlib.sha256(json.dumps([entries, fold_of_group, seed], sort_keys=True).encode()).hexdigest()
    marker = os.path.join(folder, "items.json")
    if os.path.exists(marker):
        with open(marker) as file:
            if json.load(file)["fingerprint"] == fingerprint:
                return Dataset(folder)
    os.makedirs(folder, exist_ok=True)
    items = []
    for entry in entries:
        group = source_info[entry["source"]]["group"]
        items.append({"file": entry["file"], "label": entry["label"], "kind": entry["kind"], "group": group,
                      "fold": fold_of_group[group], "source": entry["source"], "pair": entry["pair"]})
    bases = [i for i, item in enumerate(items) if item["kind"] == "real-lossless"]
    count = len(items) + 2 * len(bases)
    images = open_memmap(os.path.join(folder, "images.npy.partial"), mode="w+", dtype=np.uint8, shape=(count, fakes.SIDE, fakes.SIDE, 3))
    masks = open_memmap(os.path.join(folder, "masks.npy.partial"), mode="w+", dtype=np.uint8, shape=(count, MASK_SIDE, MASK_SIDE))
    synth_mask = _small_mask(fakes.template_mask())
    for i, item in enumerate(items):
        images[i] = _load(os.path.join(work, item["file"]))
        masks[i] = synth_mask if item["label"] == "fake" else 0
    rng = np.random.default_rng(seed)
    for i in bases:
        item = items[i]
        donors = [j for j in bases if items[j]["fold"] == item["fold"] and items[j]["group"] != item["group"]]
        donor = images[donors[rng.integers(len(donors))]] if donors else None
        made = []
        if donor is not None:
            made.append(("cross-identity",) + fakes.cross_identity(images[i], donor, rng))
        made.append(("restored",) + fakes.restored(images[i], donor if rng.random() < 0.5 else None, rng))
        for kind, fake, mask in made:
            index = len(items)
            images[index] = fake
            masks[index] = _small_mask(mask)
            items.append({"file": None, "label": "fake", "kind": kind, "group": item["group"], "fold": item["fold"],
                          "source": item["source"], "pair": i})
    del images, masks
    # shrink to what was made: cross-identity needs a donor, so some slots may be unused
    for name in ("images", "masks"):
        full = np.load(os.path.join(folder, f"{name}.npy.partial"), mmap_mode="r")
        final = open_memmap(os.path.join(folder, f"{name}.npy"), mode="w+", dtype=np.uint8, shape=(len(items),) + full.shape[1:])
        final[:] = full[:len(items)]
        final.flush()
        del full, final
        os.remove(os.path.join(folder, f"{name}.npy.partial"))
    with open(marker + ".partial", "w") as file:
        json.dump({"fingerprint": fingerprint, "items": items}, file)
    os.replace(marker + ".partial", marker)
    log(f"  dataset: {len(items)} crops ({sum(i['label'] == 'real' for i in items)} real)")
    return Dataset(folder)


def rerender_fakes(work, dataset, fold, steps, seed, log=print):
    """The fold's re-render fakes of every near-lossless real crop (all folds), from an
    autoencoder trained only on the real crops of identities outside `fold` ("final": all).
    Returns (images, masks, items); cached in DIR/folds/<fold>."""
    folder = os.path.join(work, "folds", str(fold))
    marker = os.path.join(folder, "rerender.json")
    key = {"dataset": dataset.fingerprint, "steps": steps, "seed": seed}
    if os.path.exists(marker):
        with open(marker) as file:
            meta = json.load(file)
        if meta["key"] == key:
            return (np.load(os.path.join(folder, "rerender-images.npy"), mmap_mode="r"),
                    np.load(os.path.join(folder, "rerender-masks.npy"), mmap_mode="r"), meta["items"])
    os.makedirs(folder, exist_ok=True)
    bases = [i for i, item in enumerate(dataset.items) if item["kind"] == "real-lossless"]
    training = [dataset.images[i] for i in bases if fold == "final" or dataset.items[i]["fold"] != fold]
    log(f"  fold {fold}: autoencoder on {len(training)} real crops of its training identities")
    model = fakes.train_autoencoder(training, steps, seed, log=log)
    rng = np.random.default_rng([seed, 7])
    images = np.zeros((len(bases), fakes.SIDE, fakes.SIDE, 3), np.uint8)
    masks = np.zeros((len(bases), MASK_SIDE, MASK_SIDE), np.uint8)
    items = []
    for k, i in enumerate(bases):
        fake, mask = fakes.rerender(model, dataset.images[i], rng)
        images[k], masks[k] = fake, _small_mask(mask)
        item = dataset.items[i]
        items.append({"file": None, "label": "fake", "kind": "rerender", "group": item["group"], "fold": item["fold"],
                      "source": item["source"], "pair": i})
    np.save(os.path.join(folder, "rerender-images.npy"), images)
    np.save(os.path.join(folder, "rerender-masks.npy"), masks)
    with open(marker + ".partial", "w") as file:
        json.dump({"key": key, "items": items}, file)
    os.replace(marker + ".partial", marker)
    return images, masks, items
