#!/usr/bin/python3
"""Honest evaluation of SeamScan's scores on a labelled folder (never used to fit anything).

  Scripts/evaluate.py [LABELLED_DIR] [--crf35] [--stills] [--peer RESULT.json] [--peer-crf35 RESULT.json]
                   [--keep DIR] [--binary PATH] [--max-frames N] [--threads N] [--json OUT]
      default LABELLED_DIR: ../shared/dev-media

LABELLED_DIR holds labels.csv (file,label,group,pair). Every file is scanned twice with the release
binary (the first --max-frames frames, default 150): as shipped, and with `--network-every 0`.
The models, side by side on the same faces:
  fused       the shipped scan: cue model and face network;
  cues alone  the scan with the face network off;
  CNN alone   read from the fused scan: a frame's value is the highest `network.face` value of its
              counted faces (frames where the network did not run are left out), a clip's score the
              mean of the upper half of those values, as the scan's upperMean(fraction: 0.5);
  MesoNet     with --peer: a Scripts/peer-mesonet.py result for the same files.
One table per condition, models as columns, per generator family and pooled (over the families, and
over all clips): frame AUC (fake = positive; frames without a score are left out, so fused and CNN
are judged on the frames the network read), video AUC with a 95% bootstrap interval, matched-pairs
AUC (only the fakes whose original is in the folder, and those originals: across unrelated sources
an AUC mostly measures the source), pairs right (fakes scored above their own original), and for
the models with verdicts the real clips called "likely manipulated", per group. Then per clip: the
share of frames with a face and with a fused score, and each model's score and verdict.

A folder of labelled pictures (e.g. ../shared/dev-stills) is scanned as stills; per group and
pooled with and without NOT_SWAPS (not face swaps of a photograph): AUC with a 95% interval,
matched-pairs AUC and pairs right, as above.
  --crf35      the same after re-encoding every clip with x264 at CRF 35 (messaging-app quality);
               not for pictures;
  --stills     the middle frame of every clip as a PNG still, scored as a photo (spatial evidence
               only, still thresholds);
  --peer       MesoNet's result for the folder; --peer-crf35 for the re-encoded clips (run
               Scripts/peer-mesonet.py on KEEP/crf35-clips/* after a first --crf35 run);
  --keep       scans (and re-encodes) are kept in DIR and reused, so a report can be printed again
               without rescanning; empty DIR after changing the binary or --max-frames;
  --json       every figure (per condition, model and group) and every clip's scores to OUT;
  --max-frames frames scanned per clip (default 150, as Scripts/peer-mesonet.py); --threads N is
               passed to seamscan (default: all cores).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import seamscan_data as data
from seamscan_outputs import read_records, scan_output

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAMILIES = ["deepfacelive", "ghost", "ffpp-deepfakes"]
NOT_SWAPS = ["ffpp-neuraltextures", "unknown-deepfake"]   # a reenactment; MesoNet's own aligned crops
PICTURES = {".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp", ".heic"}
MODELS = {"fused": "fused", "cues": "cues alone", "cnn": "CNN alone", "mesonet": "MesoNet Meso4_DF"}
VERDICTS = ["fused", "cues"]   # the models that give verdicts
FLAGGED = "likely manipulated"
FIELDS = {   # what the --json figures' lists hold
    "frames": "[fake, real] frames with a score", "videos": "[fake, real] files with a score",
    "matched": "[fakes with an original, their originals] with a score",
    "pairs_right": "[fakes scored above their original, pairs with both scored]",
    "flagged": "per real group and all real / all fake: files called 'likely manipulated', of how many"}
CELL = 20    # width of a model's column
LABEL = 26   # width of the row names


# ---------------------------------------------------------------- scans

class Scanner:
    """Runs `seamscan scan` into kept folders (only for files without an output there) and reads it."""

    def __init__(self, binary, work, max_frames, threads):
        self.binary, self.work = binary, work
        self.options = ["--max-frames", str(max_frames)] + (["--threads", str(threads)] if threads else [])

    def models(self, files, names, folder):
        """{model: {label name: result}} for fused, cues alone and CNN alone."""
        fused = self.scan(files, names, folder, [])
        cues = self.scan(files, names, folder + "-cues", ["--network-every", "0"])
        return {"fused": {n: clip for n, (clip, _) in fused.items()},
                "cues": {n: clip for n, (clip, _) in cues.items()},
                "cnn": {n: network for n, (_, network) in fused.items()}}

    def scan(self, files, names, folder, options):
        """{label name: (the scan's result, the CNN-alone result)}, scanning files not yet in `folder`."""
        out_dir = os.path.join(self.work, folder)
        missing = [p for p in files if scan_output(out_dir, p) is None]
        if missing:
            subprocess.run([self.binary, "scan", "--quiet", "--output-dir", out_dir] + self.options + options
                           + missing, check=False)
        return {name: read_clip(scan_output(out_dir, path)) for path, name in zip(files, names)}


def network_value(frame):
    """The highest face-network value among the frame's counted faces; None where it did not run."""
    values = [((face.get("cues") or {}).get("network.face") or {}).get("value")
              for face in frame["faces"] if face.get("excluded") is None]
    values = [v for v in values if v is not None]
    return max(values) if values else None


def read_clip(path):
    """(the scan's result, the CNN-alone result) of one scan output; both empty if the scan failed."""
    frames, network, with_face, summary = [], [], 0, {"reason": "no scan output"}
    if path:
        for record in read_records(path):
            if record["type"] == "frame" and record["analysed"]:
                frames.append(record["score"])
                network.append(network_value(record))
                with_face += bool(record["faces"])
            elif record["type"] == "summary":
                summary = record
    network = [v for v in network if v is not None]
    clip = {"frames": frames, "face_share": with_face / max(1, len(frames)),
            "score": summary.get("score"), "verdict": summary.get("verdict"), "reason": summary.get("reason")}
    cnn = {"frames": network, "score": data.upper_mean(network) if network else None, "verdict": None}
    return clip, cnn


def peer_results(path, files, names):
    """A Scripts/peer-mesonet.py result by label name (it keys files by the base name it scanned)."""
    with open(path) as f:
        peer = json.load(f)["files"]
    lacking = [n for p, n in zip(files, names) if os.path.basename(p) not in peer]
    if lacking:
        print(f"evaluate: {path} lacks {len(lacking)} file(s), left unscored: {lacking}", file=sys.stderr)
    empty = {"frames": [], "video": None}
    return {name: {"frames": peer.get(os.path.basename(p), empty)["frames"],
                   "score": peer.get(os.path.basename(p), empty)["video"], "verdict": None}
            for p, name in zip(files, names)}


def reencode(files, folder):
    """Each clip re-encoded with x264 at CRF 35, named <file>.mp4 in `folder`."""
    os.makedirs(folder, exist_ok=True)
    targets = [os.path.join(folder, os.path.basename(p) + ".mp4") for p in files]
    for path, target in zip(files, targets):
        if not os.path.exists(target):
            subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", path, "-map", "0:v:0", "-c:v", "libx264",
                            "-crf", "35", "-preset", "medium", "-pix_fmt", "yuv420p", target], check=True)
    return targets


def middle_stills(files, folder):
    """The middle frame of each clip as <file>.png in `folder`."""
    os.makedirs(folder, exist_ok=True)
    stills = [os.path.join(folder, os.path.basename(p) + ".png") for p in files]
    for path, still in zip(files, stills):
        if not os.path.exists(still):
            frames = int(subprocess.run(["ffprobe", "-v", "error", "-count_packets", "-select_streams", "v:0",
                                         "-show_entries", "stream=nb_read_packets", "-of", "csv=p=0", path],
                                        capture_output=True, text=True).stdout.strip() or 1)
            subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", path, "-vf", f"select=eq(n\\,{frames // 2})",
                            "-frames:v", "1", still], check=True)
    return stills


# ---------------------------------------------------------------- figures

def subsets(rows, pictures):
    """(name, rows) to report: families and pooled; for pictures every group with a fake, and pooled
    with and without NOT_SWAPS."""
    if pictures:
        groups = list(dict.fromkeys(r["group"] for r in rows if r["label"] == "fake"))
        return ([(g, [r for r in rows if r["group"] == g]) for g in groups]
                + [("pooled: all pictures", rows),
                   ("pooled: without " + ", ".join(NOT_SWAPS), [r for r in rows if r["group"] not in NOT_SWAPS])])
    families = [(f, [r for r in rows if r["group"] == f]) for f in FAMILIES]
    families = [(f, members) for f, members in families if members]
    return families + [("pooled: families", [r for _, m in families for r in m]), ("pooled: all clips", rows)]


def originals(rows):
    """{pair: label name of the real file of that pair}, over the whole folder."""
    found = {}
    for r in rows:
        if r["label"] == "real" and r["pair"]:
            found.setdefault(r["pair"], r["file"])
    return found


def subset_figures(members, results, originals):
    """One model's figures on one subset of the folder: the per-family report's, and the matched-pairs AUC."""
    def clip(name, row):
        return {"label": row["label"], "pair": row["pair"], "frames": results[name]["frames"],
                "score": results[name]["score"]}

    def video(names):
        return [results[n]["score"] for n in names if results[n]["score"] is not None]

    # Matched pairs: fakes with an original in the folder (whatever its group), and those originals.
    paired = [(r["file"], originals[r["pair"]]) for r in members if r["label"] == "fake" and r["pair"] in originals]
    mf, mr = video([f for f, _ in paired]), video(sorted({o for _, o in paired}))
    figures = data.family_figures([clip(r["file"], r) for r in members],
                                  {pair: clip(name, {"label": "real", "pair": pair}) for pair, name in originals.items()})
    figures.update(matched_auc=data.auc(mf, mr), matched=[len(mf), len(mr)])
    return figures


def flagged(rows, results):
    """Files called "likely manipulated": per group of real files, then of all real and all fake ones."""
    reals = [r for r in rows if r["label"] == "real"]
    sets = [(g, [r for r in reals if r["group"] == g]) for g in dict.fromkeys(r["group"] for r in reals)]
    sets += [("all real", reals), ("all fake", [r for r in rows if r["label"] == "fake"])]
    return {name: {"flagged": [r["file"] for r in members if results[r["file"]]["verdict"] == FLAGGED],
                   "of": len(members)} for name, members in sets}


def clip_figures(rows, models):
    """Per file: frames, shares with a face and with a fused score, and each model's score."""
    clips = {}
    for r in rows:
        fused = models["fused"][r["file"]]
        scored = sum(s is not None for s in fused["frames"])
        clip = {"label": r["label"], "group": r["group"], "frames": len(fused["frames"]),
                "face_share": round(fused["face_share"], 4),
                "scored_share": round(scored / max(1, len(fused["frames"])), 4)}
        for model, results in models.items():
            res = results[r["file"]]
            clip[model] = {"score": res["score"]}
            if model in VERDICTS:
                clip[model].update(verdict=res["verdict"], reason=res["reason"])
            if model == "cnn":
                clip[model]["frames_read"] = len(res["frames"])
        clips[r["file"]] = clip
    return clips


def condition_figures(rows, models, pictures):
    pairs = originals(rows)
    return {"subsets": {name: {m: subset_figures(members, results, pairs) for m, results in models.items()}
                        for name, members in subsets(rows, pictures)},
            "flagged": {m: flagged(rows, models[m]) for m in VERDICTS},
            "clips": clip_figures(rows, models)}


# ---------------------------------------------------------------- text

def cell(figures, key):
    value = figures[key]
    if key == "pairs_right":
        return f"{value[0]}/{value[1]}" if value else ""
    if key == "video_auc" and figures["video_interval"]:
        low, high = figures["video_interval"]
        return f"{data.fmt(value)} [{low:.2f}, {high:.2f}]"
    return data.fmt(value) if value is not None else ""


def print_condition(title, figures, single):
    models = list(next(iter(figures["subsets"].values())))
    metrics = ([] if single else [("frame_auc", "frame AUC")]) + [
        ("video_auc", "AUC [95%]" if single else "video AUC [95%]"),
        ("matched_auc", "matched-pairs AUC"), ("pairs_right", "pairs right")]
    print(f"\n== {title}")
    print(" " * LABEL + "".join(f"{MODELS[m]:>{CELL}s}" for m in models))
    for name, per_model in figures["subsets"].items():
        fakes, reals = per_model["fused"]["videos"]
        print(f"{name} ({fakes} fake / {reals} real with a fused score)")
        for key, label in metrics:
            cells = [cell(per_model[m], key) for m in models]
            if any(cells):
                print(f"  {label:{LABEL - 2}s}" + "".join(f"{c:>{CELL}s}" for c in cells))
    print("called 'likely manipulated'")
    for group, entry in figures["flagged"]["fused"].items():
        cells = [f"{len(figures['flagged'][m][group]['flagged'])}/{entry['of']}" if m in VERDICTS else ""
                 for m in models]
        print(f"  {group:{LABEL - 2}s}" + "".join(f"{c:>{CELL}s}" for c in cells))
    for m in VERDICTS:
        wrong = figures["flagged"][m]["all real"]["flagged"]
        if wrong:
            print(f"  real ones ({MODELS[m]}): {', '.join(wrong)}")


def print_clips(figures):
    models = [m for m in MODELS if m in next(iter(figures["clips"].values()))]
    print("per clip: file, label, group, frames, face_share, scored_share | "
          + " | ".join(MODELS[m] + (" score, verdict (reason)" if m in VERDICTS else " score") for m in models))
    for name, clip in figures["clips"].items():
        parts = []
        for m in models:
            entry = clip[m]
            part = data.fmt(entry["score"])
            if m in VERDICTS:
                part += f" {entry['verdict']}" + (f" ({entry['reason']})" if entry["reason"] else "")
            parts.append(part)
        print(f"  {name}, {clip['label']}, {clip['group']}, {clip['frames']}, {clip['face_share']:.3f}, "
              f"{clip['scored_share']:.3f} | " + " | ".join(parts))


# ---------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default=os.path.join(root, "..", "shared", "dev-media"))
    parser.add_argument("--crf35", action="store_true")
    parser.add_argument("--stills", action="store_true")
    parser.add_argument("--peer", help="a Scripts/peer-mesonet.py result JSON for the same folder")
    parser.add_argument("--peer-crf35", help="a Scripts/peer-mesonet.py result JSON for KEEP/crf35-clips")
    parser.add_argument("--keep", help="keep the scan outputs in this folder")
    parser.add_argument("--binary", help="a seamscan binary to evaluate instead of building the release one")
    parser.add_argument("--max-frames", type=int, default=150,
                        help="frames scanned per clip (default 150, as the peer is run)")
    parser.add_argument("--threads", type=int, help="seamscan's --threads (default: all cores)")
    parser.add_argument("--json", help="write every figure to this JSON file")
    args = parser.parse_args()
    binary = args.binary and os.path.abspath(args.binary)
    if not binary:
        subprocess.run(["swift", "build", "-c", "release", "--product", "seamscan"], cwd=root, check=True,
                       stdout=subprocess.DEVNULL)
        binary = os.path.join(root, ".build", "release", "seamscan")
    folder = os.path.abspath(args.folder)
    rows = data.read_labels(folder)
    work = args.keep or tempfile.mkdtemp(prefix="seamscan-eval-")
    os.makedirs(work, exist_ok=True)
    scanner = Scanner(binary, work, args.max_frames, args.threads)
    files = [os.path.join(folder, r["file"]) for r in rows]
    names = [r["file"] for r in rows]
    pictures = all(os.path.splitext(n)[1].lower() in PICTURES for n in names)
    report = {"folder": folder, "binary": binary, "max_frames": args.max_frames, "pictures": pictures,
              "models": MODELS, "fields": FIELDS, "conditions": {}, "notes": []}

    def condition(key, title, scanned, scan_folder, peer, single):
        models = scanner.models(scanned, names, scan_folder)
        if peer:
            models["mesonet"] = peer_results(peer, scanned, names)
        figures = condition_figures(rows, models, pictures)
        report["conditions"][key] = dict(title=title, **figures)
        print_condition(title, figures, single)
        print_clips(figures)

    what = "pictures, scanned as stills" if pictures else f"first {args.max_frames} frames of each clip"
    condition("as delivered", f"{folder} as delivered ({what})", files, "original", args.peer, pictures)
    if pictures:
        skipped = [option for option, on in (("--crf35", args.crf35), ("--stills", args.stills)) if on]
        if skipped:
            note = f"{' and '.join(skipped)} skipped: the labelled files are pictures, not clips"
            report["notes"].append(note)
            print(f"\n{note}")
    else:
        if args.crf35:
            recoded = reencode(files, os.path.join(work, "crf35-clips"))
            condition("crf35", "after x264 CRF 35 re-encode", recoded, "crf35", args.peer_crf35, False)
        if args.stills:
            stills = middle_stills(files, os.path.join(work, "stills"))
            condition("stills", "stills: the middle frame of every clip, scored as a photo", stills,
                      os.path.join("stills", "scans"), None, True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(report, f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
