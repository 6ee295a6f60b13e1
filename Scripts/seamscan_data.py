"""Shared helpers of SeamScan's evaluation and training scripts: reading scans, AUCs, video scores.

Imported by Scripts/train-scorer.py and Scripts/evaluate.py (run with /usr/bin/python3, which has
Debian's numpy and scikit-learn).
"""
import csv
import hashlib
import math
import os

import numpy as np
from seamscan_outputs import read_records
from sklearn.metrics import roc_auc_score

# The shipped aggregation, for fitting candidate models (scans record theirs in options.scoring).
UPPER_FRACTION = 0.5   # a track's score: mean of its highest half of frame scores
MINIMUM_FRAMES = 5     # a track needs this many scored frames to judge a video


def read_scan(path):
    """(video record, summary record, face rows) of one .seamscan.jsonl file. A face row is
    (frame index, track, cue dict or None, excluded reason or None, aligned size)."""
    video, summary, faces = None, None, []
    for record in read_records(path):
        kind = record["type"]
        if kind == "video":
            video = record
        elif kind == "summary":
            summary = record
        elif kind == "frame" and record["analysed"]:
            for face in record["faces"]:
                cues = face.get("cues")
                values = {k: v["value"] for k, v in cues.items()} if cues else None
                faces.append((record["frame"], face["track"], values, face.get("excluded"), face.get("aligned_size")))
    return video, summary, faces


def cue_matrix(rows, names):
    """Cue dicts as a float matrix in `names` order, NaN where a cue was not measured."""
    return np.array([[np.nan if r.get(n) is None else r[n] for n in names] for r in rows], dtype=float)


def auc(positives, negatives):
    """ROC AUC with fake = positive; None when either side is empty."""
    if len(positives) == 0 or len(negatives) == 0:
        return None
    y = np.r_[np.ones(len(positives)), np.zeros(len(negatives))]
    return float(roc_auc_score(y, np.r_[positives, negatives]))


def upper_mean(values):
    values = np.sort(np.asarray(values, dtype=float))
    keep = max(1, int(math.ceil(len(values) * UPPER_FRACTION)))
    return float(values[-keep:].mean())


def video_score(frames, tracks, scores, minimum=MINIMUM_FRAMES):
    """The video score a candidate model would give from its per-face scores: the most suspicious
    track's upper mean, among tracks with at least `minimum` scored frames; None if there is none.
    Only for fitting and comparing models (train-scorer.py, fit-fusion.py): a scan's own track and
    video scores are in its summary (`tracks`, `score`) and are read from there, never recomputed."""
    per_track = {}
    for track, score in zip(tracks, scores):
        per_track.setdefault(track, []).append(score)
    eligible = [upper_mean(s) for s in per_track.values() if len(s) >= minimum]
    return max(eligible) if eligible else None


def frame_scores(frames, scores):
    """A frame's score is the maximum over its scored faces."""
    best = {}
    for frame, score in zip(frames, scores):
        best[frame] = max(best.get(frame, -1.0), score)
    return [best[k] for k in sorted(best)]


def bootstrap_interval(positives, negatives, rounds=1000, seed=0):
    """95% bootstrap interval of the AUC (resampling videos on both sides)."""
    if len(positives) < 2 or len(negatives) < 2:
        return None
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(rounds):
        p = rng.choice(positives, len(positives))
        n = rng.choice(negatives, len(negatives))
        values.append(auc(p, n))
    return float(np.quantile(values, 0.025)), float(np.quantile(values, 0.975))


def family_figures(clips, originals=None):
    """The per-family report's figures of a set of labelled clips, each {"label": "fake" or "real", "pair": the
    pair it belongs to or "", "frames": its frame scores (None where unscored), "score": its video score or None}:
    frame and video AUC (fake = positive) with their counts, the video AUC's 95% bootstrap interval, and how many
    fakes score above their own original (`originals`: {pair: real clip}; by default the set's own reals)."""
    fakes = [c for c in clips if c["label"] == "fake"]
    reals = [c for c in clips if c["label"] == "real"]
    ff = [s for c in fakes for s in c["frames"] if s is not None]
    fr = [s for c in reals for s in c["frames"] if s is not None]
    vf = [c["score"] for c in fakes if c["score"] is not None]
    vr = [c["score"] for c in reals if c["score"] is not None]
    if originals is None:
        originals = {c["pair"]: c for c in reals if c["pair"]}
    scored = [(c["score"], originals[c["pair"]]["score"]) for c in fakes if c["pair"] in originals
              and c["score"] is not None and originals[c["pair"]]["score"] is not None]
    interval = bootstrap_interval(vf, vr)
    return {"frame_auc": auc(ff, fr), "frames": [len(ff), len(fr)],
            "video_auc": auc(vf, vr), "video_interval": list(interval) if interval else None,
            "videos": [len(vf), len(vr)],
            "pairs_right": [sum(f > o for f, o in scored), len(scored)] if scored else None}


def fmt(value):
    return "  n/a" if value is None else f"{value:.3f}"


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_labels(folder):
    with open(os.path.join(folder, "labels.csv")) as f:
        return list(csv.DictReader(f))
