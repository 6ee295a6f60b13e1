"""Real source files, the identity group of each, and identity-disjoint folds.

A fold split must never let a held-out person be seen in training, through a real crop, a fake
of them or a donor face. A source clip counts as one identity, but the shared folders hold
repositories with several files of one person (four lip-reading clips of one speaker in
train-real-3; several photos per person in face-recognition repositories of train-real-2), so
the files of train-real-2 and train-real-3 are grouped by their repository: conservative (a
repository's different people stay together) but leak-free. train-real's clips are one person
each. dev-media and dev-stills are the test sets and are never listed here.
"""
import csv
import hashlib
import os

# Scripts/ is on the path (train-face-model puts it there): the helpers every script shares.
from seamscan_data import sha256  # noqa: F401  (the manifest's hashes, used by train-face-model)

VIDEO_EXTENSIONS = (".mp4", ".mov", ".mkv", ".webm", ".avi", ".mpg")
PHOTO_EXTENSIONS = (".jpg", ".jpeg", ".png", ".bmp", ".webp")
FORBIDDEN = ("dev-media", "dev-stills")


def _manifest_repos(folder):
    """file (relative to folder) -> repository, from the folder's manifest.csv."""
    path = os.path.join(folder, "manifest.csv")
    if not os.path.exists(path):
        return {}
    with open(path, newline="") as file:
        return {row["file"]: row.get("repo") or "" for row in csv.DictReader(file)}


def list_sources(shared):
    """Every real video and photo of train-real, train-real-2 and train-real-3, sorted by path.

    Each entry: path, kind (video/photo), group (identity group), name (unique, file-safe)."""
    sources = []
    for folder_name in ("train-real", "train-real-2", "train-real-3"):
        folder = os.path.join(shared, folder_name)
        if not os.path.isdir(folder):
            continue
        repos = _manifest_repos(folder)
        for directory, _, files in sorted(os.walk(folder)):
            for entry in sorted(files):
                lower = entry.lower()
                kind = "video" if lower.endswith(VIDEO_EXTENSIONS) else "photo" if lower.endswith(PHOTO_EXTENSIONS) else None
                if kind is None:
                    continue
                path = os.path.join(directory, entry)
                relative = os.path.relpath(path, folder)
                if any(part in FORBIDDEN for part in path.split(os.sep)):
                    raise ValueError(f"refusing a test-set file: {path}")
                repo = repos.get(relative, "")
                group = f"{folder_name}:{repo}" if repo else f"{folder_name}:{relative}"
                safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in f"{folder_name}__{relative}")
                sources.append({"path": path, "kind": kind, "group": group, "name": safe,
                                "folder": folder_name, "relative": relative})
    return sources


def stable_draw(text, low, high):
    """A reproducible integer in [low, high] from a string (as make-training-set draws chains)."""
    digest = hashlib.sha256(text.encode()).digest()
    return low + int.from_bytes(digest[:8], "little") % (high - low + 1)


def assign_folds(group_sizes, folds):
    """Identity group -> fold, balanced by file count: largest groups first (ties in hash
    order), each to the fold holding fewest files so far. Deterministic for the same sources."""
    load = [0] * folds
    assignment = {}
    for group in sorted(group_sizes, key=lambda g: (-group_sizes[g], stable_draw("fold:" + g, 0, 1 << 60))):
        fold = min(range(folds), key=lambda f: (load[f], f))
        assignment[group] = fold
        load[fold] += group_sizes[group]
    return assignment


def pick_sources(sources, limit):
    """At most `limit` sources spread over groups (round robin in hash order), for small budgets."""
    if not limit or limit >= len(sources):
        return sources
    by_group = {}
    for source in sorted(sources, key=lambda s: stable_draw("pick:" + s["name"], 0, 1 << 60)):
        by_group.setdefault(source["group"], []).append(source)
    order = sorted(by_group, key=lambda g: stable_draw("group:" + g, 0, 1 << 60))
    chosen = []
    while len(chosen) < limit:
        for group in order:
            if by_group[group] and len(chosen) < limit:
                chosen.append(by_group[group].pop(0))
        if not any(by_group.values()):
            break
    return sorted(chosen, key=lambda s: s["path"])
