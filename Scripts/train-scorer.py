#!/usr/bin/python3
"""Fits SeamScan's video and still scorers and writes them as Swift source.

  Scripts/train-scorer.py --work TRAINSET [--dev-scans DIR] [--photo-scans DIR]
                       [--ship synthetic|with-dev-fakes] [--write]

TRAINSET is what Scripts/make-training-set.py made: scans of real clips and of known fakes made
from them, each fake paired with its real clip through the same encode chain.

Two models are fitted and compared on the dev clips (`--dev-scans`, scans of
../shared/dev-media made by the current binary, e.g. by `Scripts/evaluate.py --keep`):
  * synthetic: trained on TRAINSET alone; it never saw a real deepfake, so every dev figure is
    from clips it did not see;
  * with-dev-fakes: TRAINSET plus the dev clips, scored in folds split by identity (one fold per
    matched pair or source, one per unpaired real clip): each dev clip is scored by a model that
    did not see its identity (`--dev-weight W` weights each dev face-frame W times a training one).
Both are standardised logistic regressions (scikit-learn, classes weighted equally) over
SeamScan's cues; the L2 strength is chosen by 5-fold cross-validation grouped by source clip on
TRAINSET alone. The still model uses the spatial cues only (a still has no previous frame).
Thresholds: video "likely manipulated" from the 95th percentile of held-out real training
videos' scores (+0.005), "no evidence found" below their median; still thresholds the same way
from real photos (`--photo-scans`, scans of ../shared/train-real-2/photos).
With --write, Sources/SeamScanForensics/Scoring/TrainedModel.swift is rewritten with the
shipped model (`--ship`) and its provenance.
"""
import argparse
import csv
import datetime
import os
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import seamscan_data as data
import seamscan_outputs
from seamscan_outputs import scan_output

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
output = os.path.join(root, "Sources", "SeamScanForensics", "Scoring", "TrainedModel.swift")
STRENGTHS = [0.01, 0.1, 1.0]   # C of LogisticRegression (inverse L2 strength)
SPATIAL = ("spatial.", "scale.", "head.")
DEV_FAMILIES = ["deepfacelive", "ghost", "ffpp-deepfakes"]


class Faces:
    """Face rows of many scans: cue matrix, labels, groups, and where each row came from."""

    def __init__(self):
        self.cues, self.label, self.group, self.video, self.frame, self.track = [], [], [], [], [], []
        self.kind = []   # the training-set variant a row came from (make-training-set's chain)

    def add(self, scan, label, group, keep_excluded=True, kind=""):
        _, _, faces = data.read_scan(scan)
        for frame, track, cues, excluded, _ in faces:
            if cues is None or (excluded and not keep_excluded):
                continue
            for column, value in ((self.cues, cues), (self.label, label), (self.group, group), (self.video, scan),
                                  (self.frame, frame), (self.track, track), (self.kind, kind)):
                column.append(value)

    def arrays(self, names):
        return data.cue_matrix(self.cues, names), np.array(self.label), np.array(self.group)


class Model:
    """Standardisation and logistic weights over `names`; NaN cues count as the training mean."""

    def __init__(self, names, x, y, strength, sample_weight=None):
        self.names = names
        self.mean = np.nanmean(x, axis=0)
        self.std = np.nanstd(x, axis=0)
        self.std[~(self.std > 0)] = 1
        self.mean[~np.isfinite(self.mean)] = 0
        fit = LogisticRegression(C=strength, class_weight="balanced", max_iter=5000)
        fit.fit(self.standardise(x), y, sample_weight=sample_weight)
        self.weights, self.bias = fit.coef_[0], float(fit.intercept_[0])

    def standardise(self, x):
        z = (x - self.mean) / self.std
        z[~np.isfinite(z)] = 0
        return z

    def score(self, x):
        return 1 / (1 + np.exp(-(self.bias + self.standardise(x) @ self.weights)))


def grouped_predictions(names, x, y, groups, strength, folds=5):
    held_out = np.zeros(len(y))
    for train, test in GroupKFold(folds).split(x, y, groups):
        held_out[test] = Model(names, x[train], y[train], strength).score(x[test])
    return held_out


def video_scores(faces, scores):
    """{video: (label, video score)} from per-face scores."""
    by_video = {}
    for i, video in enumerate(faces.video):
        by_video.setdefault(video, ([], [], []))
        by_video[video][0].append(faces.frame[i])
        by_video[video][1].append(faces.track[i])
        by_video[video][2].append(scores[i])
    labels = dict(zip(faces.video, faces.label))
    return {v: (labels[v], data.video_score(*rows)) for v, rows in by_video.items()}


def dev_faces(dev_scans):
    """Dev face rows with family and fold group, the plausibility gate applied as the binary does."""
    faces, families = Faces(), {}
    for row in data.read_labels(os.path.join(root, "..", "shared", "dev-media")):
        scan = scan_output(dev_scans, row["file"])
        if scan is None:
            continue
        group = "dev:" + (row["pair"] or row["file"])
        faces.add(scan, 1 if row["label"] == "fake" else 0, group, keep_excluded=False)
        families[scan] = (row["group"], row["pair"], row["label"])
    return faces, families


def dev_report(title, faces, families, scores, threshold):
    print(f"\n== dev-media, {title}")
    videos = video_scores(faces, scores)
    frames = {}
    for i, video in enumerate(faces.video):
        frames.setdefault(video, ([], []))
        frames[video][0].append(faces.frame[i])
        frames[video][1].append(scores[i])
    frame_lists = {v: data.frame_scores(*frames[v]) for v in frames}
    clips = {v: {"label": label, "pair": pair, "frames": frame_lists[v], "score": videos[v][1]}
             for v, (_, pair, label) in families.items() if v in videos}
    matched = []
    for family in DEV_FAMILIES:
        members = [clip for v, clip in clips.items() if families[v][0] == family]
        matched += members
        figures = data.family_figures(members)
        right, counted = figures["pairs_right"] or (0, 0)
        print(f"  {family:15s} frame AUC {data.fmt(figures['frame_auc'])}, video AUC {data.fmt(figures['video_auc'])} "
              f"({figures['videos'][0]} fake / {figures['videos'][1]} real videos), fake above its real in "
              f"{right}/{counted} pairs")
    pooled = data.family_figures(matched)
    reals = [s for v, (_, s) in videos.items() if families[v][2] == "real" and s is not None]
    flagged = sum(1 for s in reals if s >= threshold)
    print(f"  pooled (matched families): frame AUC {data.fmt(pooled['frame_auc'])}, "
          f"video AUC {data.fmt(pooled['video_auc'])}; "
          f"all real dev clips over the threshold {threshold:.3f}: {flagged}/{len(reals)}")
    return pooled["video_auc"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", required=True)
    parser.add_argument("--dev-scans")
    parser.add_argument("--photo-scans")
    parser.add_argument("--ship", choices=["synthetic", "with-dev-fakes"], default="synthetic")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--dev-weight", type=float, default=1.0,
                        help="weight of each dev face-frame against a training one in the with-dev-fakes model")
    args = parser.parse_args()

    with open(os.path.join(args.work, "manifest.csv")) as f:
        manifest = list(csv.DictReader(f))
    train = Faces()
    for row in manifest:
        train.add(os.path.join(args.work, row["scan"]), 1 if row["label"] == "fake" else 0, "train:" + row["source"],
                  kind=row["chain"].split(" seed")[0] + (", 720 px" if "side 720" in row["chain"] else ", native"))
    all_names = list(train.cues[0].keys())
    x_all = data.cue_matrix(train.cues, all_names)
    usable = [n for i, n in enumerate(all_names) if np.isfinite(x_all[:, i]).mean() > 0.01 and np.nanstd(x_all[:, i]) > 0]
    kinds = {"video": usable, "still": [n for n in usable if n.startswith(SPATIAL)]}
    sources = sorted({r["source"] for r in manifest})
    print(f"{len(train.label)} training face-frames ({int(np.sum(train.label))} fake) from {len(sources)} real clips, "
          f"{len(manifest)} scans; cues: {len(kinds['video'])} video, {len(kinds['still'])} still", file=sys.stderr)

    fitted = {}
    for kind, names in kinds.items():
        x, y, groups = train.arrays(names)
        best = None
        for strength in STRENGTHS:
            held = grouped_predictions(names, x, y, groups, strength)
            frame_auc = data.auc(held[y == 1], held[y == 0])
            print(f"{kind}: C {strength}: grouped 5-fold synthetic frame AUC {frame_auc:.3f}", file=sys.stderr)
            if best is None or frame_auc > best[1]:
                best = (strength, frame_auc, held)
        strength, cv_auc, held = best
        videos = video_scores(train, held)
        real = [s for label, s in videos.values() if label == 0 and s is not None]
        fake = [s for label, s in videos.values() if label == 1 and s is not None]
        fitted[kind] = {"names": names, "strength": strength, "cv_frame_auc": cv_auc,
                        "cv_video_auc": data.auc(fake, real), "held": held,
                        "model": Model(names, x, y, strength),
                        "thresholds": (round(float(np.quantile(real, 0.5)), 3),
                                       round(float(np.quantile(real, 0.95)) + 0.005, 3))}
        print(f"{kind}: held-out synthetic video AUC {data.fmt(fitted[kind]['cv_video_auc'])}; "
              f"thresholds {fitted[kind]['thresholds']}", file=sys.stderr)
        kinds_of_row = np.array(train.kind)
        for variant in sorted(set(train.kind)):
            rows = kinds_of_row == variant   # each fake against the real clips of its own encode chain
            print(f"  {kind}: held-out frame AUC on {variant} fakes: "
                  f"{data.fmt(data.auc(held[rows & (y == 1)], held[rows & (y == 0)]))}", file=sys.stderr)

    if args.photo_scans:
        photos = Faces()
        for entry in sorted(os.listdir(args.photo_scans)):
            if seamscan_outputs.is_output_name(entry):
                photos.add(os.path.join(args.photo_scans, entry), 0, "photo", keep_excluded=False)
        still = fitted["still"]
        scores = still["model"].score(data.cue_matrix(photos.cues, still["names"]))
        best = {}
        for video, score in zip(photos.video, scores):   # a photo's score: its most suspicious face
            best[video] = max(best.get(video, 0.0), score)
        values = list(best.values())
        still["thresholds"] = (round(float(np.quantile(values, 0.5)), 3), round(float(np.quantile(values, 0.95)) + 0.005, 3))
        still["photos"] = len(values)
        print(f"still thresholds from {len(values)} real photos: {still['thresholds']}", file=sys.stderr)

    shipped = dict(fitted)
    if args.dev_scans:
        dev, families = dev_faces(args.dev_scans)
        video = fitted["video"]
        x_dev = data.cue_matrix(dev.cues, video["names"])
        synthetic_auc = dev_report("synthetic-only model (never saw a real deepfake)", dev, families,
                                   video["model"].score(x_dev), video["thresholds"][1])
        x_train, y_train, g_train = train.arrays(video["names"])
        held = np.zeros(len(dev.label))
        dev_groups = np.array(dev.group)
        def weights(dev_rows):
            return np.r_[np.ones(len(y_train)), np.full(dev_rows, args.dev_weight)]
        for group in sorted(set(dev.group)):
            test = dev_groups == group
            model = Model(video["names"], np.vstack([x_train, x_dev[~test]]),
                          np.r_[y_train, np.array(dev.label)[~test]], video["strength"], weights(int((~test).sum())))
            held[test] = model.score(x_dev[test])
        with_dev_auc = dev_report(f"with dev fakes (weight {args.dev_weight}), identity folds "
                                  "(each clip scored by a model that did not see it)",
                                  dev, families, held, video["thresholds"][1])
        if args.ship == "with-dev-fakes":
            shipped["video"] = dict(video)
            shipped["video"]["model"] = Model(video["names"], np.vstack([x_train, x_dev]),
                                              np.r_[y_train, np.array(dev.label)], video["strength"], weights(len(dev.label)))
            shipped["video"]["dev_clips"] = sorted({os.path.basename(v) for v in dev.video})
        shipped["dev_figures"] = (synthetic_auc, with_dev_auc)

    for kind in ("video", "still"):
        model = shipped[kind]["model"]
        order = np.argsort(-np.abs(model.weights))
        print(f"{kind} model, strongest weights:", file=sys.stderr)
        for i in order[:10]:
            print(f"  {model.names[i]:36s} {model.weights[i]:+.3f}", file=sys.stderr)
    if args.write:
        write_swift(shipped, manifest, args)


def write_swift(shipped, manifest, args):
    date = datetime.date.today().isoformat()
    sources = sorted({r["source"] for r in manifest})
    manifest_hash = data.sha256(os.path.join(args.work, "manifest.csv"))

    def floats(values):
        return ", ".join(repr(float(np.float32(v))) for v in values)

    def weights_block(name, entry, version):
        m = entry["model"]
        cue_lines = "\n".join(f'      "{n}",' for n in m.names)
        return f"""extension ScorerWeights {{
  public static let {name} = ScorerWeights(
    version: "{version}",
    cueNames: [
{cue_lines}
    ],
    means: [{floats(m.mean)}],
    standardDeviations: [{floats(m.std)}],
    weights: [{floats(m.weights)}],
    bias: {float(np.float32(m.bias))!r})
}}
"""
    video, still = shipped["video"], shipped["still"]
    dev_note = ""
    if "dev_clips" in video:
        dev_note = (f"// The video model also saw the {len(video['dev_clips'])} dev-media clips (labels.csv); its dev\n"
                    "// figures therefore come only from Scripts/train-scorer.py's identity folds.\n")
    figures = shipped.get("dev_figures")
    figure_note = (f"// Dev video AUC (matched families): synthetic-only {data.fmt(figures[0])}, "
                   f"with dev fakes in identity folds {data.fmt(figures[1])}.\n") if figures else ""
    hashes = {r["source"]: r["source_sha256"] for r in manifest}
    source_lines = "\n".join(f"//   {s}  sha256 {hashes[s]}" for s in sources)
    text = f"""// Generated by Scripts/train-scorer.py on {date}. Do not edit by hand; rerun the script.
//
// Command: Scripts/train-scorer.py --work TRAINSET{' --dev-scans DEV' if args.dev_scans else ''}{' --photo-scans PHOTOS' if args.photo_scans else ''} --ship {args.ship} --write
// Training set: Scripts/make-training-set.py over ../shared/train-real and ../shared/train-real-2/videos
// (manifest sha256 {manifest_hash}; its seeds and CRFs follow from each clip's name).
// {len(manifest)} scans: every real clip re-encoded, and known fakes (generator emulation at native
// and 720 px, self-blends) through the same encode chains. {len(video['held'])} face-frames.
{dev_note}// L2 strength C: video {video['strength']}, still {still['strength']} (5-fold CV grouped by source clip).
// Held-out synthetic figures: video model frame AUC {video['cv_frame_auc']:.3f}, video AUC {data.fmt(video['cv_video_auc'])};
// still model frame AUC {still['cv_frame_auc']:.3f}.
{figure_note}// Video thresholds from held-out real training videos (median; 95th percentile + 0.005): {video['thresholds']}.
// Still thresholds from {still.get('photos', 'held-out')} real photos: {still['thresholds']}.
// Source clips ({len(sources)}):
{source_lines}
import Foundation
import SeamScanRecords

{weights_block("trained", video, f"seamscan-video-{args.ship}-{date}")}
{weights_block("trainedStill", still, f"seamscan-still-{date}")}
extension VerdictThresholds {{
  /// Cut-offs measured on held-out real training videos; see the header of this file.
  public static let trained = VerdictThresholds(
    likelyRealBelow: {video['thresholds'][0]}, likelyManipulatedFrom: {video['thresholds'][1]}, minimumFrames: {data.MINIMUM_FRAMES})
  /// Cut-offs measured on real photos; a still has one frame.
  public static let trainedStill = VerdictThresholds(
    likelyRealBelow: {still['thresholds'][0]}, likelyManipulatedFrom: {still['thresholds'][1]}, minimumFrames: 1)
}}

extension ScoreAggregation {{
  /// A track's score: the mean of its highest {data.UPPER_FRACTION:.0%} frame scores.
  public static let trained = ScoreAggregation.upperMean(fraction: {data.UPPER_FRACTION})
}}
"""
    with open(output, "w") as f:
        f.write(text)
    print(f"wrote {output}", file=sys.stderr)


if __name__ == "__main__":
    main()
