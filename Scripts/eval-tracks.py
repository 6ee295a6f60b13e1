#!/usr/bin/python3
"""Per-clip face-tracking quality of SeamScan against hand labels of the dev clips.

  Scripts/eval-tracks.py [SCAN_DIR] [--labels DIR] [--media DIR] [--csv OUT.csv] [--detail]

Without SCAN_DIR, the release binary scans every clip of ../shared/dev-media whole (faces and
tracking only, `--no-score`) into a temporary folder first. SCAN_DIR is such a folder
(`seamscan scan --output-dir`); each clip's output is found by its name (seamscan_outputs.py).
The labels (Scripts/dev-labels/, data about the dev clips, never the clips themselves) were
made by hand from contact sheets of every clip:
  faces.csv  file,people,person,first_frame,last_frame,notes: 0-based inclusive frame spans of
             each person's visible face; notes starting "partial" mark half-visible faces;
  boxes.csv  file,person,frame,x,y,w,h,how: 1,034 face boxes at key frames, each checked by eye;
  cuts.csv   file,first_frame_of_new_shot,notes: the scene cuts.

Definitions (frames are decode-order indices of the scan's "frame" records; a frame the scan
did not analyse, or a frame past the end of the scan, counts as "no face"):

  labelled    frames where at least one labelled person is visible (union of all spans).
  share       face share from frame 0: labelled frames with >= 1 face record / labelled frames.
  share_clear the same over frames where some person is visible in a span whose notes do not
              start with "partial" (i.e. not only a half-visible face).
  first_face  first frame with a face record; open_gap = first_face - first labelled frame.
  tracks      distinct track ids in the scan.
  segments    how many tracks the labels justify: each person's spans, with touching spans merged
              unless a scene cut separates them; a gap or a cut starts a new segment.
  extra       max(0, tracks - segments): tracks beyond what the people on screen justify.
              For a one-person clip with the face on screen throughout this is tracks - 1.
  orphan      tracks none of whose frames lie in a labelled frame (time rule).
  switches    track-id changes of one face: track B "continues" track A when B starts within
              GAP (10) frames after A's last frame (or while A still exists), no scene cut lies
              between, and B's first box is near A's box at that time (IoU >= 0.3 or centre
              distance < 0.5 x mean box width). Each such link is one switch. Tracks joined by
              links form a chain (one physical object over time).
  chains      number of chains.
  main_share  one-person clips only: share of labelled frames covered by the chain with most
              frames (taken to be the person; check with `seamscan faces --draw`).
  false_chains one-person clips only: chains other than the main chain (boxes on something else
              or a second box on the face).
  dup_frames  frames where two tracks' boxes overlap with IoU >= 0.5 (two tracks on one face).
  max_boxes   largest number of face records in one frame.
  over_frames frames with more face records than labelled people visible in that frame.
  flag        '*' on one-person clips with share < 0.97 or extra > 0; '!' where share_on < 0.97.

With the key-frame boxes (interpolated between keys at most 15 frames apart), a face record
counts as ON a person when its centre lies inside the person's box grown by 25% on each side and
its side is 0.5-2x the box's side (`hits`). Then also:

  share_on    labelled frames with >= 1 record ON a visible person / labelled frames (the face
              share that a box on an eye, a tie or the background does not buy).
  share_on_clear  the same over frames with a non-partial person.
  first_on    first frame with a record ON a person; on_gap = first_on - first labelled frame.
  false_tracks tracks whose records are ON no person in more than half of their frames.
  id_changes  per person, changes of the track id ON that person between consecutive frames
              where it is ON, with no hand-labelled cut between (a face changing track id).
  cut_cross   tracks with records on both sides of a hand-labelled cut (a track that should
              have ended at the cut).
  person_recall per person: frames ON / frames visible (printed with --detail).
"""
import argparse
import csv
import glob
import os
import subprocess
import sys
import tempfile
from bisect import bisect_left
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Scripts"))
from seamscan_outputs import iou, read_records, scan_output  # noqa: E402 (found through the path set above)

MAX_KEY_GAP = 15


def load_boxes(path):
    out = defaultdict(lambda: defaultdict(list))
    for r in csv.DictReader(open(path)):
        out[r["file"]][r["person"]].append((int(r["frame"]), float(r["x"]), float(r["y"]), float(r["w"]), float(r["h"])))
    for f in out.values():
        for p in f:
            f[p].sort()
    return out


def box_at(keys, frame):
    frames = [k[0] for k in keys]
    i = bisect_left(frames, frame)
    if i < len(keys) and frames[i] == frame:
        return keys[i][1:]
    if i == 0 or i == len(keys):
        return None
    a, b = keys[i - 1], keys[i]
    if b[0] - a[0] > MAX_KEY_GAP:
        return None
    t = (frame - a[0]) / (b[0] - a[0])
    return tuple(a[j] + t * (b[j] - a[j]) for j in range(1, 5))


def hits(record_box, label_box):
    """A face record is on a labelled face when its centre lies inside the label box grown by 25% on
    each side and its side is 0.5-2x the label's side (a box on an eye or on the whole head fails)."""
    x, y, w, h = record_box
    lx, ly, lw, lh = label_box
    cx, cy = x + w / 2, y + h / 2
    inside = lx - 0.25 * lw <= cx <= lx + 1.25 * lw and ly - 0.25 * lh <= cy <= ly + 1.25 * lh
    ratio = (w * h) ** 0.5 / max(1e-9, (lw * lh) ** 0.5)
    return inside and 0.5 <= ratio <= 2.0


GAP = 10


def near(a, b):
    if iou(a, b) >= 0.3:
        return True
    ca = (a[0] + a[2] / 2, a[1] + a[3] / 2)
    cb = (b[0] + b[2] / 2, b[1] + b[3] / 2)
    d = ((ca[0] - cb[0]) ** 2 + (ca[1] - cb[1]) ** 2) ** 0.5
    return d < 0.5 * (a[2] + b[2]) / 2


def load_scan(path):
    frames = {}  # frame index -> list of faces
    total = 0
    for r in read_records(path):
        if r.get("type") == "frame":
            frames[r["frame"]] = r.get("faces") or []
        elif r.get("type") == "summary":
            total = r.get("frames_decoded", 0)
    return frames, max(total, (max(frames) + 1) if frames else 0)


def load_labels(path):
    labels = defaultdict(list)
    for r in csv.DictReader(open(path)):
        labels[r["file"]].append(dict(people=int(r["people"]), person=r["person"], a=int(r["first_frame"]),
                                      b=int(r["last_frame"]), partial=r["notes"].strip().lower().startswith("partial")))
    return labels


def load_cuts(path):
    cuts = defaultdict(set)
    if path and os.path.exists(path):
        for r in csv.DictReader(open(path)):
            cuts[r["file"]].add(int(r["first_frame_of_new_shot"]))
    return cuts


def cut_between(cuts, e, s):
    """A cut lies between frame e and a later frame s when some cut frame c has e < c <= s."""
    return any(e < c <= s for c in cuts)


def segments(spans, cuts):
    n = 0
    by_person = defaultdict(list)
    for s in spans:
        by_person[s["person"]].append((s["a"], s["b"]))
    for ss in by_person.values():
        ss.sort()
        prev = None
        for a, b in ss:
            if prev is None or a > prev + 1 or cut_between(cuts, prev, a):
                n += 1
            prev = max(prev, b) if prev is not None else b
    return n


def measure(name, frames, total, spans, cuts, boxes=None):
    visible = defaultdict(int)  # frame -> number of labelled people visible
    clear = set()
    for s in spans:
        for f in range(s["a"], s["b"] + 1):
            visible[f] += 1
            if not s["partial"]:
                clear.add(f)
    labelled = sorted(visible)
    def has_face(f):
        return bool(frames.get(f))

    share = sum(has_face(f) for f in labelled) / max(1, len(labelled))
    share_clear = sum(has_face(f) for f in clear) / max(1, len(clear))
    face_frames = sorted(f for f in frames if frames[f])
    first_face = face_frames[0] if face_frames else None
    first_label = labelled[0] if labelled else None
    misses = [f for f in labelled if not has_face(f)]

    tracks = defaultdict(dict)  # id -> {frame: box}
    for f, faces in frames.items():
        for face in faces:
            tracks[face["track"]][f] = face["box"]
    n_tracks = len(tracks)
    n_seg = segments(spans, cuts)
    extra = max(0, n_tracks - n_seg)
    lab = set(labelled)
    orphan = sum(1 for t in tracks.values() if not (set(t) & lab))

    # continuity links between tracks
    order = sorted(tracks, key=lambda t: min(tracks[t]))
    parent = {t: t for t in tracks}

    def root(t):
        while parent[t] != t:
            parent[t] = parent[parent[t]]
            t = parent[t]
        return t

    switches = []
    for i, b in enumerate(order):
        sb = min(tracks[b])
        box_b = tracks[b][sb]
        for a in order[:i]:
            fa = tracks[a]
            ea = max(fa)
            if ea < sb - GAP or min(fa) >= sb:
                continue
            ref = sb if sb in fa else ea  # A's box at B's start, or A's last box
            if ref < sb and cut_between(cuts, ref, sb):
                continue
            if sb in fa and ea > sb + GAP:
                continue  # A goes on alongside B: not a hand-over (counted in dup_frames if overlapping)
            if near(fa[ref], box_b):
                switches.append((a, b, sb))
                parent[root(b)] = root(a)
                break
    chains = defaultdict(set)
    for t in tracks:
        chains[root(t)].add(t)
    chain_frames = {r: set().union(*(set(tracks[t]) for t in ts)) for r, ts in chains.items()}

    dup = 0
    over = 0
    max_boxes = 0
    for f, faces in frames.items():
        max_boxes = max(max_boxes, len(faces))
        if len(faces) > visible.get(f, 0):
            over += 1
        bxs = [x["box"] for x in faces]
        if any(iou(bxs[i], bxs[j]) >= 0.5 for i in range(len(bxs)) for j in range(i + 1, len(bxs))):
            dup += 1

    people = spans[0]["people"]
    out = dict(clip=name, people=people, frames=total, labelled=len(labelled), share=share, share_clear=share_clear,
               first_face=first_face, open_gap=(first_face - first_label) if first_face is not None and first_label is not None else None,
               tracks=n_tracks, segments=n_seg, extra=extra, orphan=orphan, switches=len(switches), chains=len(chains),
               dup_frames=dup, max_boxes=max_boxes, over_frames=over, misses=misses, switch_list=switches,
               track_spans={t: (min(v), max(v), len(v)) for t, v in tracks.items()})
    if people == 1:
        main = max(chain_frames, key=lambda r: len(chain_frames[r])) if chain_frames else None
        out["main_share"] = (len(chain_frames[main] & lab) / max(1, len(lab))) if main is not None else 0.0
        out["false_chains"] = len(chains) - 1 if chains else 0
        out["main_tracks"] = sorted(chains[main]) if main is not None else []
    else:
        out["main_share"] = None
        out["false_chains"] = None
    out.update(share_on=None, share_on_clear=None, first_on=None, false_tracks=None, id_changes=None, person_recall={})
    if boxes:
        span_of = defaultdict(set)
        for s in spans:
            span_of[s["person"]].update(range(s["a"], s["b"] + 1))
        on = defaultdict(set)          # frame -> persons hit
        track_on = defaultdict(int)    # track -> frames ON someone
        person_track = defaultdict(dict)  # person -> frame -> track ON it (best IoU)
        for f, faces in frames.items():
            for face in faces:
                hit_any = False
                for person, keys in boxes.items():
                    if f not in span_of.get(person, ()):
                        continue
                    lb = box_at(keys, f)
                    if lb and hits(face["box"], lb):
                        hit_any = True
                        on[f].add(person)
                        prev = person_track[person].get(f)
                        if prev is None or iou(face["box"], lb) > prev[1]:
                            person_track[person][f] = (face["track"], iou(face["box"], lb))
                if hit_any:
                    track_on[face["track"]] += 1
        out["share_on"] = sum(1 for f in labelled if on.get(f)) / max(1, len(labelled))
        out["share_on_clear"] = sum(1 for f in clear if on.get(f)) / max(1, len(clear))
        on_frames = sorted(f for f in on if f in lab)
        out["first_on"] = on_frames[0] if on_frames else None
        out["false_tracks"] = sum(1 for t, v in tracks.items() if track_on[t] * 2 < len(v))
        changes = 0
        for person, seq in person_track.items():
            prev = None
            for f in sorted(seq):
                t = seq[f][0]
                if prev is not None and t != prev[1] and not cut_between(cuts, prev[0], f):
                    changes += 1
                prev = (f, t)
            out["person_recall"][person] = len(seq) / max(1, len(span_of[person]))
        out["id_changes"] = changes
        out["false_list"] = sorted(t for t, v in tracks.items() if track_on[t] * 2 < len(v))
    out["cut_cross"] = sum(1 for v in tracks.values() if any(min(v) < c <= max(v) for c in cuts))
    out["flag"] = ("*" if people == 1 and (share < 0.97 or extra > 0) else "") + \
        ("!" if out["share_on"] is not None and out["share_on"] < 0.97 else "")
    return out


def ranges(fs):
    out = []
    for f in fs:
        if out and f == out[-1][1] + 1:
            out[-1][1] = f
        else:
            out.append([f, f])
    return ",".join(f"{a}-{b}" if a != b else f"{a}" for a, b in out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("scans", nargs="?")
    ap.add_argument("--labels", default=os.path.join(ROOT, "Scripts", "dev-labels"))
    ap.add_argument("--media", default=os.path.join(ROOT, "..", "shared", "dev-media"))
    ap.add_argument("--csv")
    ap.add_argument("--detail", action="store_true", help="also list missed frames, track spans and switches")
    args = ap.parse_args()
    if args.scans is None:
        args.scans = tempfile.mkdtemp(prefix="seamscan-eval-tracks-")
        subprocess.run(["swift", "build", "-c", "release", "--product", "seamscan"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        clips = sorted(glob.glob(os.path.join(args.media, "*.mp4")) + glob.glob(os.path.join(args.media, "*.webm")))
        subprocess.run([os.path.join(ROOT, ".build", "release", "seamscan"), "scan", "--quiet", "--no-score",
                        "--output-dir", args.scans] + clips, stdout=subprocess.DEVNULL, check=False)
        print(f"# scans in {args.scans}", file=sys.stderr)
    labels = load_labels(os.path.join(args.labels, "faces.csv"))
    cuts = load_cuts(os.path.join(args.labels, "cuts.csv"))
    allboxes = load_boxes(os.path.join(args.labels, "boxes.csv"))
    results = []
    for name in sorted(labels):
        path = scan_output(args.scans, os.path.join(args.media, name))
        if path is None:
            print(f"# no scan for {name}", file=sys.stderr)
            continue
        frames, total = load_scan(path)
        results.append(measure(name, frames, total, labels[name], cuts.get(name, set()), allboxes.get(name)))
    cols = ["clip", "people", "frames", "share", "share_clear", "share_on", "share_on_clear", "first_face", "first_on",
            "tracks", "segments", "extra", "false_tracks", "orphan", "switches", "id_changes", "cut_cross", "dup_frames",
            "max_boxes", "over_frames", "flag"]

    def fmt(v):
        if v is None:
            return "-"
        if isinstance(v, float):
            return f"{v:.3f}"
        return str(v)

    rows = [[fmt(r[c]) for c in cols] for r in results]
    widths = [max(len(c), *(len(row[i]) for row in rows)) for i, c in enumerate(cols)]
    print("  ".join(c.ljust(w) for c, w in zip(cols, widths)))
    for row in rows:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths)))
    one = [r for r in results if r["people"] == 1]
    if one:
        print(f"\none-person clips: {len(one)}; flagged (share < 0.97 or extra > 0): {sum(1 for r in one if r['flag'])}; "
              f"mean share {sum(r['share'] for r in one) / len(one):.4f}; min share {min(r['share'] for r in one):.3f}; "
              f"clips with extra tracks {sum(1 for r in one if r['extra'] > 0)}; total extra {sum(r['extra'] for r in one)}; "
              f"total switches {sum(r['switches'] for r in one)}")
        if one[0]["share_on"] is not None:
            print(f"box-checked: clips with share_on < 0.97: {sum(1 for r in one if r['share_on'] < 0.97)}; mean share_on "
                  f"{sum(r['share_on'] for r in one) / len(one):.4f}; min {min(r['share_on'] for r in one):.3f}; "
                  f"clips with false tracks {sum(1 for r in one if r['false_tracks'])}; total false tracks "
                  f"{sum(r['false_tracks'] for r in one)}; total id changes {sum(r['id_changes'] for r in one)}")
    if args.detail:
        for r in results:
            print(f"\n{r['clip']}: missed labelled frames [{ranges(r['misses'])}]")
            for t, (a, b, n) in sorted(r["track_spans"].items(), key=lambda kv: kv[1][0]):
                print(f"  track {t}: frames {a}-{b} ({n} frames)")
            for a, b, s in r["switch_list"]:
                print(f"  switch: track {a} -> {b} at frame {s}")
            if r.get("person_recall"):
                print("  person recall (frames ON / frames visible): " + ", ".join(f"{p} {v:.3f}" for p, v in sorted(r["person_recall"].items())))
            if r.get("false_list"):
                print(f"  false tracks (ON no person in > half their frames): {r['false_list']}")
    if args.csv:
        with open(args.csv, "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for r in results:
                w.writerow([fmt(r[c]) for c in cols])


if __name__ == "__main__":
    main()
