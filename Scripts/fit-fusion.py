#!/usr/bin/python3
"""Fits how the face network and the cue model combine, and the fused verdict thresholds, on
identities the network never trained on.

  nice -n 19 Scripts/fit-fusion.py --work /work/train-cache/full --network WEIGHTS.seamnet [--write]

For every fold K whose network Scripts/train-face-model.py wrote (WORK/out/foldK.seamnet), up to
--videos-per-fold real clips and --photos-per-fold real photos of fold K's identities (held out
from that network) are paired with a `seamscan synth` fake through one encode chain, as the
training crops are (face_training/crops.py), and both are scanned with that fold's network on
every frame. Each counted face gives the cue model's logit and the network's logit; a logistic
regression over the two, with every clip weighing the same, gives the fusion
σ(bias + cue_weight · cue logit + network_weight · network logit), one for videos and one for
photos. Thresholds, as Scripts/train-scorer.py sets them: "no evidence found" below the median of
the held-out real clips' (photos') fused scores, "likely manipulated" from their 95th
percentile + 0.005. The held-out real files of ../shared/train-real-3 (East and Southeast Asian
faces, the users' own) are also scanned as delivered and their false alarms at those thresholds
reported. --write regenerates Sources/SeamScanForensics/Scoring/TrainedFusion.swift for
the shipped --network (its SHA-256 goes in the header). dev-media and dev-stills are never read.
"""
import argparse
import concurrent.futures
import datetime
import json
import math
import os
import subprocess
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import seamscan_data as data  # noqa: E402
from face_training import crops, sources  # noqa: E402
from seamscan_outputs import read_records, scan_output  # noqa: E402

ROOT = os.path.dirname(HERE)
TARGET = os.path.join(ROOT, "Sources", "SeamScanForensics", "Scoring", "TrainedFusion.swift")
NETWORK_CUE = "network.face"
FOLDS = 5  # as train-face-model's default: the same identity folds


def logit(p):
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def make_pair(binary, folder, source):
    """(real file, fake file) of one source through one encode chain, made once and kept."""
    name = source["name"]
    os.makedirs(folder, exist_ok=True)
    real, fake = crops.pair_paths(folder, source["kind"])
    if os.path.exists(real) and os.path.exists(fake):
        return real, fake
    kind_index = sources.stable_draw(f"{name}:fusion-kind", 0, len(crops.SYNTH_KINDS) - 1)
    seed = sources.stable_draw(f"{name}:fusion-seed", 1, 1 << 30)
    side = 720 if sources.stable_draw(f"{name}:fusion-side", 0, 1) else 0
    if source["kind"] == "video":
        lossless = os.path.join(folder, "real-c12.mp4")
        crops.encode_video(source["path"], lossless, 0, 12, crops.MAX_FRAMES)
        level = sources.stable_draw(f"{name}:fusion-crf", 18, 34)
    else:
        lossless = os.path.join(folder, "base.png")
        crops.encode_photo(source["path"], lossless, 0, 0)
        level = sources.stable_draw(f"{name}:fusion-quality", 60, 95)
    return crops.synth_pair(binary, source, lossless, folder, kind_index, seed, side, level)


def face_logits(scan_path, still):
    """(track, cue logit, network logit) of every counted face the network read."""
    video, _, _ = data.read_scan(scan_path)
    fusion = video["options"]["scoring"]["still" if still else "video"]["fusion"]
    rows = []
    for record in read_records(scan_path):
        if record["type"] != "frame":
            continue
        for face in record["faces"]:
            cues = face.get("cues") or {}
            network = cues.get(NETWORK_CUE, {}).get("value")
            if network is None or face.get("excluded") is not None or face.get("score") is None:
                continue
            # the record's bias and cue contributions are the cue model's, scaled by the fusion in force
            scaled = face["bias"] + sum(v.get("contribution") or 0 for k, v in cues.items() if k != NETWORK_CUE)
            rows.append((face["track"], (scaled - fusion["bias"]) / fusion["cue_weight"], logit(network)))
    return rows


def collect(args, work):
    """Scans the held-out pairs of every fold, and the held-out train-real-3 files as delivered;
    returns rows of (kind, clip id, label, track, cue logit, network logit), with label None for the latter."""
    all_sources = sources.list_sources(args.shared)
    group_sizes = {}
    for s in all_sources:
        group_sizes[s["group"]] = group_sizes.get(s["group"], 0) + 1
    fold_of_group = sources.assign_folds(group_sizes, FOLDS)
    rows, folds_used = [], []
    for fold in range(FOLDS):
        network = os.path.join(work, "out", f"fold{fold}.seamnet")
        if not os.path.exists(network):
            continue
        folds_used.append(fold)
        held = sorted((s for s in all_sources if fold_of_group[s["group"]] == fold),
                      key=lambda s: sources.stable_draw("fusion:" + s["name"], 0, 1 << 60))
        chosen = ([s for s in held if s["kind"] == "video"][:args.videos_per_fold] +
                  [s for s in held if s["kind"] == "photo"][:args.photos_per_fold])
        pairs = {}
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            futures = {s["name"]: pool.submit(make_pair, args.binary, os.path.join(work, "fusion", s["name"]), s) for s in chosen}
            for s in chosen:
                try:
                    pairs[s["name"]] = futures[s["name"]].result()
                except subprocess.CalledProcessError as error:
                    print(f"  {s['name']}: no pair ({(error.stdout or b'').decode(errors='replace').strip()[-200:]})", flush=True)
        scans = os.path.join(work, "fusion", f"scans-fold{fold}")
        asian = [s for s in held if s["folder"] == "train-real-3"]
        files = [f for pair in pairs.values() for f in pair] + [s["path"] for s in asian]
        missing = [f for f in files if scan_output(scans, f) is None]
        if missing:
            subprocess.run([args.binary, "scan", "--quiet", "--jobs", str(args.jobs), "--threads", "1", "--network-every", "1",
                            "--face-network", network, "--output-dir", scans] + missing, check=False)
        for s in chosen:
            if s["name"] not in pairs:
                continue
            for label, path in zip((0, 1), pairs[s["name"]]):
                scan_path = scan_output(scans, path)
                if scan_path is None:
                    continue
                still = s["kind"] == "photo"
                for track, cue, net in face_logits(scan_path, still):
                    rows.append(("still" if still else "video", f"{s['name']}:{label}", label, track, cue, net))
        for s in asian:
            scan_path = scan_output(scans, s["path"])
            still = s["kind"] == "photo"
            for track, cue, net in (face_logits(scan_path, still) if scan_path else []):
                rows.append(("still" if still else "video", f"{s['name']}:asian", None, track, cue, net))
        print(f"fold {fold}: {len(pairs)} pairs and {len(asian)} train-real-3 files scanned with {network}", flush=True)
    return rows, folds_used


def clip_scores(rows, values, minimum):
    """{label: [clip score]} from face rows and each face's score, as the scan scores a clip (its
    most suspicious track with at least `minimum` scored frames); clips without one are left out."""
    by_clip = {}
    for row, value in zip(rows, values):
        tracks, scores, _ = by_clip.setdefault(row[1], ([], [], row[2]))
        tracks.append(row[3])
        scores.append(value)
    out = {}
    for tracks, scores, label in by_clip.values():
        score = data.video_score(None, tracks, scores, minimum=minimum)
        if score is not None:
            out.setdefault(label, []).append(score)
    return out


def fit(all_rows, kind):
    """The fusion of one kind, its held-out figures and thresholds, and the train-real-3 false alarms there."""
    rows = [r for r in all_rows if r[0] == kind and r[2] is not None]
    clips = sorted({r[1] for r in rows})
    counts = {c: sum(1 for r in rows if r[1] == c) for c in clips}
    x = np.array([[r[4], r[5]] for r in rows])
    y = np.array([r[2] for r in rows])
    weights = np.array([1.0 / counts[r[1]] for r in rows])
    model = LogisticRegression(C=1.0).fit(x, y, sample_weight=weights)
    bias, (cue_weight, network_weight) = float(model.intercept_[0]), model.coef_[0].astype(float)
    coefficients = np.array([cue_weight, network_weight])
    minimum = 1 if kind == "still" else data.MINIMUM_FRAMES

    figures, scored = {}, {}
    for name, values in (("cues", 1 / (1 + np.exp(-x[:, 0]))), ("network", 1 / (1 + np.exp(-x[:, 1]))),
                         ("fused", 1 / (1 + np.exp(-(x @ coefficients + bias))))):
        scored[name] = clip_scores(rows, values, minimum)
        real, fake = scored[name].get(0, []), scored[name].get(1, [])
        figures[name] = {"face_auc": data.auc(values[y == 1], values[y == 0]), "clip_auc": data.auc(fake, real),
                         "clip_interval": data.bootstrap_interval(fake, real)}
    real, fake = scored["fused"].get(0, []), scored["fused"].get(1, [])
    thresholds = (round(float(np.quantile(real, 0.5)), 3), round(float(np.quantile(real, 0.95)) + 0.005, 3))
    asian_rows = [r for r in all_rows if r[0] == kind and r[2] is None]
    asian_values = 1 / (1 + np.exp(-(np.array([[r[4], r[5]] for r in asian_rows]).reshape(-1, 2) @ coefficients + bias)))
    asian_scores = clip_scores(asian_rows, asian_values, minimum).get(None, [])
    return {"asian_files_scored": len(asian_scores), "asian_flagged": sum(s >= thresholds[1] for s in asian_scores),
            "bias": round(bias, 4), "cue_weight": round(float(cue_weight), 4), "network_weight": round(float(network_weight), 4),
            "faces": len(rows), "clips": len(clips), "real_clips": len(real), "fake_clips": len(fake),
            "thresholds": thresholds, "figures": figures}


def swift_source(video, still, network_sha, folds, command):
    def describe(kind, fitted):
        f = fitted["figures"]
        return (f"// {kind}: {fitted['clips']} clips ({fitted['real_clips']} real, {fitted['fake_clips']} fake), {fitted['faces']} faces; "
                f"held-out clip AUC cues {data.fmt(f['cues']['clip_auc'])}, network {data.fmt(f['network']['clip_auc'])}, "
                f"fused {data.fmt(f['fused']['clip_auc'])}; held-out train-real-3 (East Asian) files flagged "
                f"{fitted['asian_flagged']} of {fitted['asian_files_scored']}.")
    day = datetime.date.today().isoformat()
    return f"""// Generated by Scripts/fit-fusion.py on {day}. Do not edit by hand; rerun the script.
//
// Command: {command}
// Fitted for the face network with SHA-256 {network_sha}
// on the held-out identities of folds {folds}, each scanned with the network of the fold that never saw them.
{describe("Videos", video)}
{describe("Photos", still)}
// Thresholds: "no evidence found" below the median of the held-out real clips' (photos') fused
// scores, "likely manipulated" from their 95th percentile + 0.005.

extension ScoreFusion {{
  public static let trainedVideo = ScoreFusion(
    version: "seamscan-fused-video-{day}", bias: {video['bias']}, cueWeight: {video['cue_weight']},
    networkWeight: {video['network_weight']})
  public static let trainedStill = ScoreFusion(
    version: "seamscan-fused-still-{day}", bias: {still['bias']}, cueWeight: {still['cue_weight']},
    networkWeight: {still['network_weight']})
}}

extension VerdictThresholds {{
  public static let fusedVideo = VerdictThresholds(
    likelyRealBelow: {video['thresholds'][0]}, likelyManipulatedFrom: {video['thresholds'][1]}, minimumFrames: {data.MINIMUM_FRAMES})
  public static let fusedStill = VerdictThresholds(
    likelyRealBelow: {still['thresholds'][0]}, likelyManipulatedFrom: {still['thresholds'][1]}, minimumFrames: 1)
}}
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", required=True, help="train-face-model's --work folder (fold networks in WORK/out)")
    parser.add_argument("--network", required=True, help="the shipped .seamnet the fusion is written for")
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "seamscan"))
    parser.add_argument("--videos-per-fold", type=int, default=12)
    parser.add_argument("--photos-per-fold", type=int, default=30)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--write", action="store_true", help="regenerate TrainedFusion.swift")
    args = parser.parse_args()
    work = os.path.abspath(args.work)
    rows, folds = collect(args, work)
    if not folds:
        raise SystemExit(f"no fold networks in {work}/out: run Scripts/train-face-model.py first")
    fitted = {kind: fit(rows, kind) for kind in ("video", "still")}
    print(json.dumps(fitted, indent=2))
    with open(os.path.join(work, "out", "fusion.json"), "w") as file:
        json.dump({"folds": folds, **fitted}, file, indent=2)
    if args.write:
        command = "nice -n 19 " + " ".join(["Scripts/fit-fusion.py"] + sys.argv[1:])
        with open(TARGET, "w") as file:
            file.write(swift_source(fitted["video"], fitted["still"], data.sha256(args.network), folds, command))
        print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
