#!/usr/bin/python3
"""Frames with a face, and wall time, of two SeamScan builds on the same folders (never used by tests).

  Scripts/compare-face-share.py BASELINE_BINARY [FOLDER ...] [--binary PATH] [--max-frames N]
      default FOLDERs: ../shared/train-real ../shared/train-real-2/videos

Both binaries scan every video of the folders (`--no-score`, first N frames, default 300) into
temporary folders, one after the other. Prints the clips whose frames with a face or number of
tracks differ, then per folder and in all: frames with a face / frames analysed for each build,
and the summed `wall_seconds` of each (noisy on a shared machine: compare paired runs of one
clip for cost). The default --binary is this checkout's release build. Written to measure the
turned search for tilted faces against the build before it (README "Measured figures").
"""
import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from seamscan_outputs import read_records, scan_output

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.path.join(root, "..", "shared")


def per_clip(binary, folder, out_dir, max_frames):
    """{file name: (frames with a face, frames analysed, tracks, wall seconds)} of one scan of `folder`."""
    subprocess.run([binary, "scan", "--quiet", "--no-score", "--max-frames", str(max_frames), "--output-dir", out_dir,
                    folder], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    results = {}
    for name in sorted(os.listdir(folder)):
        output = scan_output(out_dir, os.path.join(folder, name))
        if output is None:
            continue
        tracks, summary = set(), None
        for record in read_records(output):
            if record["type"] == "frame":
                tracks.update(face["track"] for face in record["faces"])
            elif record["type"] == "summary":
                summary = record
        if summary and summary["frames_analysed"]:
            # Schema 2 lists the tracks in the summary; a schema 1 baseline only in its frames.
            if summary.get("tracks") is not None:
                tracks = summary["tracks"]
            results[name] = (summary["frames_with_face"], summary["frames_analysed"], len(tracks),
                             summary["timing"]["wall_seconds"])
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("baseline")
    parser.add_argument("folders", nargs="*",
                        default=[os.path.join(shared, "train-real"), os.path.join(shared, "train-real-2", "videos")])
    parser.add_argument("--binary", default=os.path.join(root, ".build", "release", "seamscan"))
    parser.add_argument("--max-frames", type=int, default=300)
    args = parser.parse_args()
    totals = [0, 0, 0, 0.0, 0.0]
    for folder in args.folders:
        with tempfile.TemporaryDirectory() as base_dir, tempfile.TemporaryDirectory() as new_dir:
            base = per_clip(args.baseline, folder, base_dir, args.max_frames)
            new = per_clip(args.binary, folder, new_dir, args.max_frames)
        sums = [0, 0, 0, 0.0, 0.0]
        for name in sorted(set(base) & set(new)):
            b, n = base[name], new[name]
            if (b[0], b[2]) != (n[0], n[2]):
                print(f"{name[:48]:48s} face {b[0]:5d} -> {n[0]:5d} of {b[1]:5d}   tracks {b[2]:3d} -> {n[2]:3d}")
            sums = [sums[0] + b[0], sums[1] + n[0], sums[2] + b[1], sums[3] + b[3], sums[4] + n[3]]
        print(f"{folder}: {len(set(base) & set(new))} clips, frames with a face {sums[0]} -> {sums[1]} of {sums[2]} "
              f"({sums[0] / max(1, sums[2]):.4f} -> {sums[1] / max(1, sums[2]):.4f}), "
              f"wall {sums[3]:.1f} s -> {sums[4]:.1f} s")
        totals = [t + s for t, s in zip(totals, sums)]
    print(f"all: frames with a face {totals[0]} -> {totals[1]} of {totals[2]} "
          f"({totals[0] / max(1, totals[2]):.4f} -> {totals[1] / max(1, totals[2]):.4f}), "
          f"wall {totals[3]:.1f} s -> {totals[4]:.1f} s")


if __name__ == "__main__":
    main()
