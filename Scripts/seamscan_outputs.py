"""Reading what `seamscan` writes (Python 3 standard library only): records files (JSON Lines), the
`--output-dir` layout and its `summary.csv`, and face boxes.

The layout mirrors `ScanFolderLayout` in Sources/SeamScanRecords/ScanFolderLayout.swift, which is the
source: one `<input name>.<id>.seamscan.jsonl` per input, `<id>` the first 16 hex digits of the SHA-256
of the real path of the input's folder, `/` and its name (README.md "Output folders"). Scripts/check-schema.py
checks in CI that the names computed here are those the binary writes.
"""
import csv
import glob
import hashlib
import json
import os

OUTPUT_SUFFIX = ".seamscan.jsonl"
SUMMARY_NAME = "summary.csv"
LOCK_NAME = ".seamscan.lock"
ID_DIGITS = 16
STANDARD_INPUT_NAME = "stdin"
LONGEST_NAME = 255          # Linux's longest file name, in bytes


def records(text):
    """The records of a JSON Lines text (a file's, or a command's standard output), in order; blank lines
    skipped."""
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def read_records(path):
    """The records of a JSON Lines file, in order."""
    with open(path, encoding="utf-8") as f:
        return records(f.read())


def display(name):
    """A name's bytes as records show them (`BytePath.display`): UTF-8 as it is, each byte of an invalid
    sequence as `\\xNN`."""
    try:
        return name.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text, index = [], 0
    while index < len(name):
        lead = name[index]
        length = (1 if lead < 0x80 else 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF
                  else 4 if 0xF0 <= lead <= 0xF4 else 0)
        if length and index + length <= len(name):
            try:
                text.append(name[index:index + length].decode("utf-8"))
                index += length
                continue
            except UnicodeDecodeError:
                pass
        text.append(f"\\x{lead:02X}")
        index += 1
    return "".join(text)


def output_name(input_path, standard_input_sha256=None):
    """The output file name `seamscan scan --output-dir` gives `input_path` (`-`: standard input, whose
    id comes from its content's SHA-256)."""
    if input_path == "-":
        identity = (standard_input_sha256 or "-").encode()
        base = STANDARD_INPUT_NAME
    else:
        raw = os.fsencode(input_path)
        folder, name = os.path.split(raw.rstrip(b"/") or raw)
        identity = os.path.realpath(folder or b".") + b"/" + name
        base = "".join("_" if ord(c) < 0x20 else c for c in display(name))
        room = LONGEST_NAME - 1 - ID_DIGITS - len(OUTPUT_SUFFIX)
        while len(base.encode()) > room:
            base = base[:-1]
        base = base or "_"
    return f"{base}.{hashlib.sha256(identity).hexdigest()[:ID_DIGITS]}{OUTPUT_SUFFIX}"


def is_output_name(name):
    """Whether a folder entry is named as a complete output (temporary files are hidden)."""
    return name.endswith(OUTPUT_SUFFIX) and not name.startswith(".")


def scan_output(out_dir, input_path):
    """The output for `input_path` in `out_dir`, or None when there is none yet. A folder scanned from
    another place (another machine, a moved copy) holds other ids: then the one output of that name, or
    among several the one whose records name this file. Folders written before ids hold
    `<input name>.seamscan.jsonl`, which is found too."""
    exact = os.path.join(out_dir, output_name(input_path))
    if os.path.exists(exact):
        return exact
    name = os.path.basename(input_path)
    candidates = sorted(glob.glob(os.path.join(glob.escape(out_dir), glob.escape(name) + "." + "[0-9a-f]" * ID_DIGITS
                                               + OUTPUT_SUFFIX)))
    legacy = os.path.join(out_dir, name + OUTPUT_SUFFIX)
    if os.path.exists(legacy):
        candidates.append(legacy)
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    wanted = os.path.realpath(input_path)
    for candidate in candidates:
        with open(candidate) as f:
            first = json.loads(f.readline() or "{}")
        if os.path.realpath(first.get("path") or "") == wanted:
            return candidate
    return None


def summary_rows(path):
    """`summary.csv` as dicts by column name, each cell as it was before it was written (one `'` taken off
    any cell that starts with one, as `SummaryTable` does); None when it is missing or not a summary.csv."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
    except (OSError, UnicodeDecodeError, csv.Error):
        return None
    for row in rows:
        for key, value in row.items():
            if isinstance(value, str) and value.startswith("'"):
                row[key] = value[1:]
    if rows and not {"path", "status", "output"} <= set(rows[0]):
        return None
    return rows


def iou(a, b):
    """Intersection over union of two `[x, y, width, height]` boxes, as records write them."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    w = min(ax + aw, bx + bw) - max(ax, bx)
    h = min(ay + ah, by + bh) - max(ay, by)
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    return inter / (aw * ah + bw * bh - inter)
