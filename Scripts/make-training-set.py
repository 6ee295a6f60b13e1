#!/usr/bin/python3
"""Makes the scorer's training set: real clips and known fakes made from them, scanned.

  Scripts/make-training-set.py --work DIR [--jobs N] [--binary PATH] [REAL_DIR ...]
      default REAL_DIR: ../shared/train-real ../shared/train-real-2/videos

For every real clip, three variants are made. Each pairs a fake with the real clip passed
through exactly the same encode chain, so compression and scaling never tell them apart:
  1. `seamscan synth --kind generator` at native resolution, then x264 at CRF 18-30;
  2. the same kind, downscaled to at most 720 px and x264 at CRF 24-34 (messaging apps);
  3. `seamscan synth --kind self-blend`, native or 720 px, CRF 18-30.
Synth writes a near-lossless intermediate (CRF 12); the real clip is re-encoded the same way
first. Every chain's seeds and CRFs come from the clip's name, so reruns make the same files.
Outputs (clips and `.seamscan.jsonl` scans) stay in DIR and are reused when present; the
manifest DIR/manifest.csv lists every scan with its source clip, label and chain.
No dev-media file is read.
"""
import argparse
import concurrent.futures
import csv
import hashlib
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import seamscan_data as data
from seamscan_outputs import scan_output

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_FRAMES = 48
VARIANTS = [  # (kind, longest side or 0 for native, CRF range)
    ("generator", 0, (18, 30)),
    ("generator", 720, (24, 34)),
    ("self-blend", None, (18, 30)),  # None: native or 720, drawn per clip
]


def draw(name, salt, low, high):
    """A reproducible integer in [low, high] from a clip name."""
    digest = hashlib.sha256(f"{name}:{salt}".encode()).digest()
    return low + int.from_bytes(digest[:4], "little") % (high - low + 1)


def run(command):
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def encode(source, target, side, crf):
    scale = ["-vf", f"scale='if(gt(iw,ih),min({side},iw),-2)':'if(gt(iw,ih),-2,min({side},ih))'"] if side else []
    run(["ffmpeg", "-v", "error", "-y", "-i", source, "-map", "0:v:0", "-frames:v", str(MAX_FRAMES)] + scale +
        ["-c:v", "libx264", "-crf", str(crf), "-preset", "veryfast", "-pix_fmt", "yuv420p", target])


def scan(binary, clip, out_dir):
    result = scan_output(out_dir, clip)
    if result is None:
        run([binary, "scan", "--quiet", "--threads", "1", "--output-dir", out_dir, clip])
        result = scan_output(out_dir, clip)
    return result


def make(binary, work, source, clip_id):
    """All variants of one real clip; returns manifest rows."""
    name = os.path.splitext(os.path.basename(source))[0]
    source_hash = data.sha256(source)
    clips = os.path.join(work, "clips")
    scans = os.path.join(work, "scans")
    rows = []
    lossless_real = os.path.join(clips, f"{name}.real-c12.mp4")
    if not os.path.exists(lossless_real):
        encode(source, lossless_real, 0, 12)
    for v, (kind, side, (low, high)) in enumerate(VARIANTS):
        if side is None:
            side = 720 if draw(name, f"side{v}", 0, 1) else 0
        crf = draw(name, f"crf{v}", low, high)
        seed = draw(name, f"seed{v}", 1, 1 << 30)
        chain = f"{kind} seed {seed}, side {side or 'native'}, crf {crf}"
        fake_lossless = os.path.join(clips, f"{name}.v{v}.fake-c12.mp4")
        fake = os.path.join(clips, f"{name}.v{v}.fake.mp4")
        real = os.path.join(clips, f"{name}.v{v}.real.mp4")
        try:
            if not os.path.exists(fake):
                if not os.path.exists(fake_lossless):
                    run([binary, "synth", "--kind", kind, "--seed", str(seed), "--crf", "12", "--max-side", "0",
                         "--max-frames", str(MAX_FRAMES), source, "--output", fake_lossless])
                encode(fake_lossless, fake, side, crf)
            if not os.path.exists(real):
                encode(lossless_real, real, side, crf)
            for label, clip in (("fake", fake), ("real", real)):
                rows.append({"scan": os.path.relpath(scan(binary, clip, scans), work), "source": os.path.basename(source),
                             "source_id": clip_id, "source_sha256": source_hash, "label": label, "variant": v, "chain": chain})
        except subprocess.CalledProcessError as error:
            print(f"  {name} variant {v}: {error}", file=sys.stderr)
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*", default=[os.path.join(root, "..", "shared", "train-real"),
                                                       os.path.join(root, "..", "shared", "train-real-2", "videos")])
    parser.add_argument("--work", required=True)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--binary", default=os.path.join(root, ".build", "release", "seamscan"))
    args = parser.parse_args()
    sources = []
    for folder in args.folders:
        for entry in sorted(os.listdir(folder)):
            if entry.lower().endswith((".mp4", ".mov", ".mkv", ".webm", ".avi", ".mpg")):
                sources.append(os.path.join(os.path.abspath(folder), entry))
    for sub in ("clips", "scans"):
        os.makedirs(os.path.join(args.work, sub), exist_ok=True)
    rows = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(make, args.binary, args.work, s, i) for i, s in enumerate(sources)]
        for i, future in enumerate(futures):
            rows += future.result()
            print(f"[{i + 1}/{len(sources)}] {os.path.basename(sources[i])}", file=sys.stderr)
    with open(os.path.join(args.work, "manifest.csv"), "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["scan", "source", "source_id", "source_sha256", "label", "variant", "chain"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} scans from {len(sources)} real clips in {args.work}", file=sys.stderr)


if __name__ == "__main__":
    main()
