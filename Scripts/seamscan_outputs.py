"""Finding the output file `seamscan scan --output-dir` wrote for an input (Python 3 standard library).

Outputs are named `<input name>.<16 hex digits>.seamscan.jsonl`, the digits standing for the
input's folder (README.md "Output folders"); folders written by SeamScan before that naming hold
`<input name>.seamscan.jsonl`, which is found too.
"""
import glob
import json
import os


def scan_output(out_dir, input_path):
    """The output for `input_path` in `out_dir`, or None when there is none yet."""
    name = os.path.basename(input_path)
    candidates = sorted(glob.glob(os.path.join(glob.escape(out_dir), glob.escape(name) + "." + "[0-9a-f]" * 16
                                               + ".seamscan.jsonl")))
    legacy = os.path.join(out_dir, name + ".seamscan.jsonl")
    if os.path.exists(legacy):
        candidates.append(legacy)
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    # Several inputs of that name: the one whose records name this file.
    wanted = os.path.realpath(input_path)
    for candidate in candidates:
        with open(candidate) as f:
            first = json.loads(f.readline() or "{}")
        if os.path.realpath(first.get("path") or "") == wanted:
            return candidate
    return None
