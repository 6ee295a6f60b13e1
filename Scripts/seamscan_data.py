"""Shared helpers of SeamScan's evaluation and training scripts: reading scans, AUCs, video scores.

Imported by Scripts/train-scorer and Scripts/evaluate (run with /usr/bin/python3, which has
Debian's numpy and scikit-learn).
"""
import csv, hashlib, json, math, os
import numpy as np
from sklearn.metrics import roc_auc_score

UPPER_FRACTION = 0.5   # a track's score: mean of its highest half of frame scores
MINIMUM_FRAMES = 5     # a track needs this many scored frames to judge a video


def read_scan(path):
    """(video record, summary record, face rows) of one .seamscan.jsonl file. A face row is
    (frame index, track, cue dict or None, excluded reason or None, aligned size)."""
    video, summary, faces = None, None, []
    with open(path) as f:
        for line in f:
            record = json.loads(line)
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
    """SeamScan's video score from per-face scores: the most suspicious track's upper mean,
    among tracks with at least `minimum` scored frames; None if there is none."""
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
