#!/usr/bin/python3
"""Mutation fuzzer for `seamscan scan`, `seamscan report` and `seamscan scan --resume` (Python 3: the standard library and
python3-jsonschema).

Three targets (--targets, default all; --count is shared between them, `name=N` fixes one's count):

media: makes small seeds of every supported container with the ffmpeg tool (MP4, MKV, WebM, AVI,
TS, GIF, PNG, JPEG), mutates them deterministically from --seed (bit flips, byte runs, truncation,
chunk duplication, deletion, header splices), runs `scan` on each mutant and checks:
  * stdout is JSON Lines and every record validates against `seamscan schema` (its JSON Schema, checked
    with python3-jsonschema through Scripts/seamscan_schema.py: fields, types, ranges, vocabularies;
    else: off-schema),
  * each input's records come as one block: video, frame x N, (error), summary; or one error;
    or one skipped record (else: off-schema, kind "order").
  Also reported, without failing the run: "silent truncations" (a mutant that is only a cut of a
  video seed, yet exit 0 with "truncated": false; expected only for MPEG-TS cut on a 188-byte packet
  boundary, which README.md "Truncation" documents as undetectable) and anomalies (values the schema
  does not rule out but that make no sense, e.g. a video record with width 0).

report: scans the sample media once (plus a cut MP4 and an empty file, so that partial and failed
inputs have records too) into a clean output folder; each mutant is a copy of it with one records
file mutated, given to `report`. A mutation that damages the file by construction (a frame line
deleted, a line cut, the video or summary line duplicated or moved, a score outside 0..1, a verdict
that contradicts its score and the thresholds the video record holds, frames_decoded changed, schema
seamscan.records/0, an unknown record type) must not be rendered as a valid input: the file is
listed on the index among the unreadable ones and gets no page, or the report refuses with exit 1
and a message (else: damaged accepted). Benign or unknown mutations (bit flips, a message changed,
keys reordered, timing changed) are only checked for crash, hang and exit status.

resume: each mutant is a copy of the same clean folder with one output file mutated as above, or its
state changed (a leftover `.<name>.<UUID>.partial`, a stale `.seamscan.lock`, summary.csv deleted or
garbled, an output emptied, swapped for another input's, replaced by a folder or a FIFO), given to
`scan --resume` with the same options on the same inputs. A damaged output must be analysed again
(its summary.csv row is never `resumed`; else: damaged accepted); at the end every input has exactly
one complete output, equal record for record to the clean one but for `timing` (unless it was kept
after an unknown mutation), one summary.csv row, and no temporary file is left (else: bad state).

Every run of every target must end by itself within --timeout (else: hang), not be killed by a
signal (else: crash) and exit 0 or 1 (else: bad exit).

Usage:
  Scripts/fuzz.py --binary .build/release/seamscan --count 100 --seed 1 [--targets media,report,resume]
               [--timeout 60] [--work DIR] [--keep-failures DIR] [--scan-args "--threads 1"] [--json report.json]
  Scripts/fuzz.py ... --targets media=50,report=20,resume      # 50 and 20; resume gets the rest of --count
Exit status: 0 when every mutant passed, 1 otherwise, 2 on a usage error.
"""
import argparse
import html
import json
import os
import random
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
import uuid

import seamscan_outputs
import seamscan_schema

HERE = os.path.dirname(os.path.abspath(__file__))


def check_record(schema, record):
    """Problems of one record against `seamscan schema` (empty when it conforms), and anomalies:
    values the schema allows but that make no sense, such as a video record of width 0."""
    problems = seamscan_schema.problems(schema, record)
    if not problems and record.get("type") == "video":
        for name in ("size", "width", "height", "display_width", "display_height"):
            if record[name] < 1:
                problems.append(f"anomaly: video.{name} = {record[name]}")
    return problems


def check_blocks(records):
    """Order: per input video, frame x N (0..N-1), (error), summary | error | skipped."""
    problems, i = [], 0
    while i < len(records):
        t = records[i].get("type")
        if t in ("error", "skipped"):
            i += 1
            continue
        if t != "video":
            problems.append(f"order: block starts with {t}")
            return problems
        path = records[i].get("path")
        i += 1
        n = 0
        while i < len(records) and records[i].get("type") == "frame":
            if records[i].get("frame") != n:
                problems.append(f"order: frame {records[i].get('frame')} where {n} expected")
            n += 1
            i += 1
        if i < len(records) and records[i].get("type") == "error":
            i += 1
        if i >= len(records) or records[i].get("type") != "summary":
            problems.append("order: video block without summary")
            return problems
        s = records[i]
        if s.get("path") != path:
            problems.append("order: summary path differs from video path")
        if s.get("frames_decoded") != n:
            problems.append(f"order: frames_decoded {s.get('frames_decoded')} but {n} frame records")
        i += 1
    return problems


# ---------------------------------------------------------------- seeds

def make_seeds(folder, sample_media):
    """Small seeds of every container; from the sample pan (has a face) when it exists."""
    os.makedirs(folder, exist_ok=True)
    pan = os.path.join(sample_media, "astronaut-pan.mp4")
    still = os.path.join(sample_media, "astronaut.jpg")
    if os.path.exists(pan):
        video_in = ["-i", pan, "-frames:v", "8", "-vf", "scale=320:-2"]
    else:
        video_in = ["-f", "lavfi", "-i", "testsrc2=s=160x120:r=10:d=0.8"]
    if os.path.exists(still):
        still_in = ["-i", still, "-vf", "scale=256:-2"]
    else:
        still_in = ["-f", "lavfi", "-i", "testsrc2=s=160x120:r=1:d=1"]
    h264 = ["-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-g", "4", "-bf", "2"]
    recipes = {
        "seed.mp4": video_in + h264 + ["-an"],
        "seed-fast.mp4": video_in + h264 + ["-movflags", "+faststart", "-an"],
        "seed.mkv": video_in + h264 + ["-an"],
        "seed.webm": video_in + ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "200k", "-an"],
        "seed.avi": video_in + ["-c:v", "mpeg4", "-q:v", "6", "-an"],
        "seed.ts": video_in + h264 + ["-an"],
        "seed.gif": video_in + ["-an"],
        "seed.png": still_in + ["-frames:v", "1"],
        "seed.jpg": still_in + ["-frames:v", "1", "-q:v", "4"],
    }
    paths = []
    for name, args in recipes.items():
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            subprocess.run(["ffmpeg", "-v", "error", "-y"] + args + [path], check=True)
        paths.append(path)
    return paths


# ---------------------------------------------------------------- mutations

def mutate(data, rng, seeds_bytes):
    data = bytearray(data)
    kind = rng.choice(["bitflip", "byterun", "truncate", "duplicate", "delete", "splice", "multi"])
    applied = []

    def one(kind):
        n = len(data)
        if n == 0:
            return "empty"
        if kind == "bitflip":
            k = rng.randint(1, 32)
            for _ in range(k):
                i = rng.randrange(n)
                data[i] ^= 1 << rng.randrange(8)
            return f"bitflip x{k}"
        if kind == "byterun":
            start = rng.randrange(n)
            length = min(n - start, rng.choice([1, 2, 4, 8, 16, 64, 256, 4096]))
            fill = rng.choice([0x00, 0xFF, 0x7F, 0x80, None])
            for i in range(start, start + length):
                data[i] = rng.randrange(256) if fill is None else fill
            return f"byterun {start}+{length} fill={fill}"
        if kind == "truncate":
            cut = rng.randrange(n)
            del data[cut:]
            return f"truncate {cut}"
        if kind == "duplicate":
            start = rng.randrange(n)
            length = min(n - start, rng.randint(1, 8192))
            chunk = data[start:start + length]
            at = rng.randrange(n + 1)
            data[at:at] = chunk * rng.choice([1, 1, 2, 8])
            return f"duplicate {start}+{length} at {at}"
        if kind == "delete":
            start = rng.randrange(n)
            length = min(n - start, rng.randint(1, 8192))
            del data[start:start + length]
            return f"delete {start}+{length}"
        if kind == "splice":
            other = rng.choice(seeds_bytes)
            head = rng.randint(1, min(len(other), 4096))
            if rng.random() < 0.5:                       # another container's header on this body
                data[:head] = other[:head]
                return f"splice header {head}"
            at = rng.randrange(n)                        # this header, another file's tail
            data[at:] = other[rng.randrange(len(other)):]
            return f"splice tail at {at}"
        return "?"

    if kind == "multi":
        for _ in range(rng.randint(2, 4)):
            applied.append(one(rng.choice(["bitflip", "byterun", "duplicate", "delete", "truncate"])))
    else:
        applied.append(one(kind))
    return bytes(data), "; ".join(applied)


# ---------------------------------------------------------------- running

def run(binary, args, timeout, workdir):
    """Runs the binary; returns (status, exit code or -signal, stdout bytes, stderr tail, seconds, maxrss kB)."""
    out_path = os.path.join(workdir, "stdout")
    err_path = os.path.join(workdir, "stderr")
    env = dict(os.environ, SWIFT_BACKTRACE="enable=no")
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        started = time.monotonic()
        proc = subprocess.Popen([binary] + args, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                env=env, start_new_session=True)
        status, code, rusage = "ok", None, None
        while True:
            pid, wstatus, rusage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > timeout:
                os.killpg(proc.pid, signal.SIGKILL)
                pid, wstatus, rusage = os.wait4(proc.pid, 0)
                status = "hang"
                break
            time.sleep(0.02)
        seconds = time.monotonic() - started
        proc.returncode = 0  # reaped by os.wait4
    if os.WIFSIGNALED(wstatus):
        code = -os.WTERMSIG(wstatus)
        if status != "hang":
            status = "crash"
    else:
        code = os.WEXITSTATUS(wstatus)
        if code not in (0, 1):
            status = "bad_exit"
    with open(out_path, "rb") as f:
        stdout = f.read()
    with open(err_path, "rb") as f:
        stderr = f.read()[-600:]
    return status, code, stdout, stderr, seconds, rusage.ru_maxrss if rusage else 0


# ---------------------------------------------------------------- tallies

OUTCOMES = ("ok", "crash", "hang", "bad_exit", "off_schema", "damaged_accepted", "bad_state")


class Tally:
    """Outcomes per target, per mutation, and the failures, so that one summary covers all targets."""

    def __init__(self, keep_failures):
        self.keep_failures = keep_failures
        self.counts = {}
        self.by_mutation = {}
        self.seconds = {}
        self.failures = []

    def add(self, target, mutation, outcome, seconds, treatment=""):
        """Counts one mutant; `treatment` (how the binary took the mutated file: listed, rendered,
        resumed, analysed...) is kept beside the outcome per mutation, to show what passed and why."""
        counts = self.counts.setdefault(target, dict.fromkeys(OUTCOMES, 0))
        counts[outcome] += 1
        per = self.by_mutation.setdefault(target, {}).setdefault(mutation, {})
        key = f"{outcome}:{treatment}" if treatment else outcome
        per[key] = per.get(key, 0) + 1
        self.seconds.setdefault(target, []).append(seconds)

    def fail(self, entry):
        self.failures.append(entry)
        print(f"[{entry['target']} {entry['index']}] {entry['status']} exit={entry['exit']} {entry['mutation']}: "
              f"{entry['problems'][:2]}", flush=True)

    def keep(self, index, target, status, *sources):
        """Copies the failing mutant (and what the run left) under --keep-failures/<index>-<target>-<status>/."""
        if not self.keep_failures:
            return None
        folder = os.path.join(self.keep_failures, f"{index:05d}-{target}-{status}")
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        for name, source in sources:
            if os.path.isdir(source):
                copy_tree(source, os.path.join(folder, name))
            elif os.path.exists(source):
                shutil.copy(source, os.path.join(folder, name))
        return folder

    def bad(self):
        return sum(n for counts in self.counts.values() for kind, n in counts.items() if kind != "ok")

    def summary_lines(self):
        lines = []
        for target, counts in self.counts.items():
            times = self.seconds[target]
            lines.append(f"{target}: {len(times)} mutants, " + ", ".join(f"{n} {k}" for k, n in counts.items()
                                                                      if n or k in OUTCOMES[:4] + ("damaged_accepted",))
                         + f"; {sum(times) / max(1, len(times)):.2f} s per mutant (max {max(times, default=0):.2f} s)")
            for mutation, per in sorted(self.by_mutation[target].items()):
                if target != "media":
                    lines.append(f"  {target}/{mutation}: " + ", ".join(f"{n} {k}" for k, n in sorted(per.items())))
        return lines


def copy_tree(source, destination):
    """Copies a folder, recreating FIFOs instead of opening them (shutil.copytree would block reading one)."""
    os.makedirs(destination, exist_ok=True)
    for name in sorted(os.listdir(source)):
        src, dst = os.path.join(source, name), os.path.join(destination, name)
        mode = os.lstat(src).st_mode
        if stat.S_ISDIR(mode):
            copy_tree(src, dst)
        elif stat.S_ISFIFO(mode):
            os.mkfifo(dst)
        elif stat.S_ISREG(mode):
            shutil.copyfile(src, dst)


def fresh(folder):
    """An empty folder at this path; a FIFO or file left there by the last mutant is removed too."""
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    return folder


# ---------------------------------------------------------------- target: media

def fuzz_media(binary, options, work, count, tally):
    """`scan` on mutated media seeds. Seeded with --seed alone, so `--targets media` replays older runs."""
    seeds = make_seeds(os.path.join(work, "seeds"), options.sample_media)
    seeds_bytes = [open(p, "rb").read() for p in seeds]
    rng = random.Random(options.seed)
    extra = {"silent_truncation": 0, "aligned_ts_cut": 0, "anomaly": 0}
    silent, anomaly_cases, max_rss, exits = [], [], (0, None), {}
    scratch = os.path.join(work, "run")
    for index in range(count):
        seed_index = index % len(seeds)
        seed_path = seeds[seed_index]
        mutant, how = mutate(seeds_bytes[seed_index], rng, seeds_bytes)
        fresh(scratch)
        ext = os.path.splitext(seed_path)[1]
        in_folder = rng.random() < options.folder_share
        if in_folder:
            os.makedirs(os.path.join(scratch, "in"))
            target = os.path.join(scratch, "in", f"mutant{ext}")
            arg = os.path.join(scratch, "in")
        else:
            target = os.path.join(scratch, f"mutant{ext}")
            arg = target
        with open(target, "wb") as f:
            f.write(mutant)
        args = ["scan", "--quiet"] + options.scan_args.split() + [arg]
        status, code, stdout, stderr, seconds, rss = run(binary, args, options.timeout, scratch)
        exits[code] = exits.get(code, 0) + 1
        if rss > max_rss[0]:
            max_rss = (rss, f"#{index} {os.path.basename(seed_path)} {how}")
        problems, anomalies = check_stdout(options.schema, stdout, status)
        if status == "ok" and problems:
            status = "off_schema"
        if anomalies:
            extra["anomaly"] += 1
            anomaly_cases.append(f"#{index} {os.path.basename(seed_path)} {how}: {sorted(set(anomalies))}")
            tally.keep(index, "media", "anomaly", (f"mutant{ext}", target))
        # Oracle (reported, not a failure): a mutant that is only a truncation of a video seed must
        # not pass as complete (exit 0, no error record, "truncated": false). A TS cut on a packet
        # boundary is the documented exception, counted apart.
        if (status == "ok" and code == 0 and how.startswith("truncate") and ";" not in how
                and ext not in (".png", ".jpg", ".gif")):
            aligned = ext == ".ts" and len(mutant) % 188 == 0
            extra["aligned_ts_cut" if aligned else "silent_truncation"] += 1
            silent.append(f"#{index} {os.path.basename(seed_path)} {how} ({len(mutant)} of "
                          f"{len(seeds_bytes[seed_index])} bytes){' packet-aligned TS' if aligned else ''}")
        tally.add("media", os.path.basename(seed_path), status, seconds)
        if status != "ok":
            tally.fail({"target": "media", "index": index, "seed": os.path.basename(seed_path), "mutation": how,
                        "folder": in_folder, "status": status, "exit": code, "seconds": round(seconds, 2),
                        "problems": sorted(set(problems))[:8], "stderr": stderr.decode("utf-8", "replace")[-300:],
                        "kept": tally.keep(index, "media", status, (f"mutant{ext}", target))})
        elif (index + 1) % 25 == 0:
            print(f"[media {index + 1}/{count}] {tally.counts['media']}", flush=True)
    return {"counts": dict(tally.counts.get("media", {}), **extra),
            "exit_codes": {str(k): v for k, v in sorted(exits.items(), key=lambda kv: str(kv[0]))},
            "max_rss_kB": max_rss[0], "max_rss_case": max_rss[1], "silent_truncations": silent,
            "anomalies": anomaly_cases}


def check_stdout(schema, stdout, status):
    """Schema and order problems of a scan's stdout, and anomalies (on the schema but senseless)."""
    problems, anomalies, records = [], [], []
    for n, line in enumerate(stdout.split(b"\n")):
        if not line:
            continue
        try:
            records.append(json.loads(line))
        except ValueError:
            problems.append(f"line {n + 1} is not JSON")
    if stdout and not stdout.endswith(b"\n") and status == "ok":
        problems.append("stdout does not end with a newline")
    for record in records:
        for p in check_record(schema, record):
            (anomalies if p.startswith("anomaly:") else problems).append(p)
    problems += check_blocks(records)
    if status == "ok" and not records:
        problems.append("no record at all")
    return problems, anomalies


# ---------------------------------------------------------------- the clean scan folder

def make_inputs(folder, sample_media):
    """The sample media, plus a cut faststart MP4 (video, frames, `truncated` error, summary: a partial
    input) and an empty file (a lone `error` record), so that every shape of records file is mutated."""
    os.makedirs(folder, exist_ok=True)
    for name in sorted(os.listdir(sample_media)):
        source = os.path.join(sample_media, name)
        if os.path.isfile(source) and not name.startswith(".") and not os.path.exists(os.path.join(folder, name)):
            shutil.copyfile(source, os.path.join(folder, name))
    pan = os.path.join(sample_media, "astronaut-pan.mp4")
    cut = os.path.join(folder, "cut.mp4")
    if os.path.exists(pan) and not os.path.exists(cut):
        whole = os.path.join(folder, "..", "faststart.mp4")
        subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", pan, "-c", "copy", "-frames:v", "24",
                        "-movflags", "+faststart", whole], check=True)
        data = open(whole, "rb").read()
        with open(cut, "wb") as f:
            f.write(data[:len(data) * 6 // 10])
    open(os.path.join(folder, "empty.mp4"), "ab").close()
    return folder


class CleanFolder:
    """One scan of the inputs into an output folder, made once; every report and resume mutant copies it."""

    def __init__(self, binary, options, work):
        self.inputs = make_inputs(os.path.join(work, "inputs"), options.sample_media)
        self.folder = os.path.join(work, "clean")
        self.scan_args = ["scan", "--quiet"] + options.scan_args.split() + [self.inputs, "--output-dir"]
        fresh(self.folder)                # always made again: the binary (its version, its records) may have changed
        status, code, _, stderr, self.seconds, _ = run(binary, self.scan_args + [self.folder], options.timeout * 4, work)
        if status != "ok":
            sys.exit(f"fuzz: the clean scan of {self.inputs} failed ({status}, exit {code}): {stderr[-300:]!r}")
        self.outputs = sorted(n for n in os.listdir(self.folder) if seamscan_outputs.is_output_name(n))
        self.records = {name: read_lines(os.path.join(self.folder, name)) for name in self.outputs}
        self.paths = {name: (parse(lines[0]) or {}).get("path") for name, lines in self.records.items()}
        self.rows = seamscan_outputs.summary_rows(os.path.join(self.folder, seamscan_outputs.SUMMARY_NAME))
        if not self.outputs or len(self.rows or []) != len(self.outputs):
            sys.exit(f"fuzz: the clean folder {self.folder} has {len(self.outputs)} outputs and rows {self.rows!r}")


def read_lines(path):
    """A records file as lines (bytes, without newlines)."""
    with open(path, "rb") as f:
        return f.read().split(b"\n")[:-1]


def parse(line):
    """A line as JSON, or None: mutated files hold lines that are not."""
    try:
        return json.loads(line)
    except ValueError:
        return None


def dump(record):
    """One record as the scan writes it: compact, UTF-8."""
    return json.dumps(record, separators=(",", ":"), ensure_ascii=False).encode()


# ---------------------------------------------------------------- records mutations
#
# Each takes the lines of one records file, the rng and the clean folder, and returns (lines or the
# file's new bytes, what) or None when it does not apply (e.g. no frame to delete in a lone error record).

def indices(lines, rtype):
    """Where the records of one type are, so that a mutation hits a line of the kind it means to."""
    return [i for i, line in enumerate(lines) if (parse(line) or {}).get("type") == rtype]


def delete_frame(lines, rng, clean):
    frames = indices(lines, "frame")
    if not frames:
        return None
    i = rng.choice(frames)
    return lines[:i] + lines[i + 1:], f"frame line {i + 1} deleted"


def cut_line(lines, rng, clean):
    i = rng.randrange(len(lines))
    if len(lines[i]) < 2:
        return None
    at = rng.randrange(1, len(lines[i]))
    ends = rng.random() < 0.5            # the file ends there (a cut file), or the rest follows
    return lines[:i] + [lines[i][:at]] + ([] if ends else lines[i + 1:]), \
        f"line {i + 1} cut at byte {at}{', file ends there' if ends else ''}"


def duplicate_or_move(lines, rng, clean):
    rtype = rng.choice(["video", "summary"])
    found = indices(lines, rtype)
    if not found or len(lines) < 2:
        return None
    i = found[0]
    line, rest = lines[i], lines[:i] + lines[i + 1:]
    if rng.random() < 0.5:
        at = rng.randrange(len(lines) + 1)
        return lines[:at] + [line] + lines[at:], f"{rtype} line duplicated at {at + 1}"
    places = [at for at in range(len(rest) + 1) if at != i]
    at = rng.choice(places)
    return rest[:at] + [line] + rest[at:], f"{rtype} line moved from {i + 1} to {at + 1}"


def score_out_of_range(lines, rng, clean):
    found = indices(lines, "summary") + indices(lines, "frame")
    if not found:
        return None
    i = rng.choice(found)
    record = parse(lines[i])
    record["score"] = rng.choice([1e308, -5, 1.5])
    return replace(lines, i, record), f"{record['type']} line {i + 1} score {record['score']}"


def thresholds(lines):
    """(no_evidence_below, likely_manipulated_from) of the model that judged this input: the
    summary's `model` names it, the video record's options.scoring holds its cut-offs."""
    records = [parse(line) or {} for line in lines]
    video = next((r for r in records if r.get("type") == "video"), None)
    summary = next((r for r in records if r.get("type") == "summary"), None)
    try:
        mode = video["options"]["scoring"][summary["model"]]
        return mode["no_evidence_below"], mode["likely_manipulated_from"]
    except (KeyError, TypeError):
        return None


def verdict_contradicts_score(lines, rng, clean):
    found = indices(lines, "summary")
    limits = thresholds(lines)
    if not found or not limits:
        return None
    i = found[0]
    record = parse(lines[i])
    low, high = limits
    score, verdict = record.get("score"), record.get("verdict")
    if not isinstance(score, (int, float)) or verdict is None:
        return None
    if rng.random() < 0.5:               # a verdict the score rules out
        wrong = [v for v, ruled_out in (("likely manipulated", score < high), ("no evidence found", score >= low))
                 if ruled_out and v != verdict]
        if not wrong:
            return None
        record["verdict"], record["reason"] = rng.choice(wrong), None
        what = f"verdict {record['verdict']!r} with score {score} (thresholds {low}, {high})"
    else:                                 # a score the verdict rules out
        if verdict == "likely manipulated":
            record["score"] = round(rng.uniform(0, high - 0.001), 6)
        elif verdict == "no evidence found":
            record["score"] = round(rng.uniform(low + 0.001, 1), 6)
        else:
            return None
        what = f"score {record['score']} with verdict {verdict!r} (thresholds {low}, {high})"
    return replace(lines, i, record), what


def frames_decoded_changed(lines, rng, clean):
    found = indices(lines, "summary")
    if not found:
        return None
    i = found[0]
    record = parse(lines[i])
    old = record["frames_decoded"]
    record["frames_decoded"] = rng.choice([n for n in (old + 1, old - 1, 0, old * 2 + 1, 2 ** 31) if n != old and n >= 0])
    return replace(lines, i, record), f"frames_decoded {old} -> {record['frames_decoded']}"


def old_schema(lines, rng, clean):
    found = [i for i, line in enumerate(lines) if "schema" in (parse(line) or {})]
    if not found:
        return None
    i = rng.choice(found)
    record = parse(lines[i])
    record["schema"] = "seamscan.records/0"
    return replace(lines, i, record), f"{record['type']} line {i + 1} schema seamscan.records/0"


def unknown_type(lines, rng, clean):
    if rng.random() < 0.5:
        at = rng.randrange(len(lines) + 1)
        note = dump({"type": rng.choice(["note", "annotation", "Frame", ""]), "text": "added by hand"})
        return lines[:at] + [note] + lines[at:], f"record of unknown type inserted at line {at + 1}"
    i = rng.randrange(len(lines))
    record = parse(lines[i])
    if not isinstance(record, dict):
        return None
    old, record["type"] = record.get("type"), rng.choice(["note", "frames", "VIDEO", None])
    return replace(lines, i, record), f"line {i + 1} type {old!r} -> {record['type']!r}"


def bit_flips(lines, rng, clean):
    data = bytearray(b"\n".join(lines) + b"\n")
    k = rng.randint(1, 8)
    for _ in range(k):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return bytes(data), f"bitflip x{k}"


def message_changed(lines, rng, clean):
    found = indices(lines, "error")
    if not found:
        return None
    i = rng.choice(found)
    record = parse(lines[i])
    record["message"] = rng.choice(["", "ﬁle is truncated ‮txt.exe", record["message"] * 3, "<b>&amp;</b>"])
    return replace(lines, i, record), f"error line {i + 1} message changed"


def keys_reordered(lines, rng, clean):
    i = rng.randrange(len(lines))
    record = parse(lines[i])
    if not isinstance(record, dict):
        return None
    keys = list(record)
    rng.shuffle(keys)
    return replace(lines, i, {k: record[k] for k in keys}), f"line {i + 1} keys reordered"


def timing_changed(lines, rng, clean):
    found = indices(lines, "summary")
    if not found:
        return None
    i = found[0]
    record = parse(lines[i])
    record["timing"] = {"started": "2031-01-01T00:00:00Z", "wall_seconds": 12.5, "fps": 0.5, "threads": 64}
    return replace(lines, i, record), "summary timing changed"


def replace(lines, i, record):
    return lines[:i] + [dump(record)] + lines[i + 1:]


# name -> (damaging by construction, function)
RECORD_MUTATIONS = {
    "delete_frame": (True, delete_frame),
    "cut_line": (True, cut_line),
    "duplicate_or_move": (True, duplicate_or_move),
    "score_out_of_range": (True, score_out_of_range),
    "verdict_contradicts_score": (True, verdict_contradicts_score),
    "frames_decoded_changed": (True, frames_decoded_changed),
    "old_schema": (True, old_schema),
    "unknown_type": (True, unknown_type),
    "bit_flips": (False, bit_flips),
    "message_changed": (False, message_changed),
    "keys_reordered": (False, keys_reordered),
    "timing_changed": (False, timing_changed),
}


def mutate_records(rng, clean, damaging_share=0.7):
    """Picks a mutation (a damaging one with damaging_share) and an output it applies to.
    Returns (output name, new bytes, mutation name, damaging, description)."""
    while True:
        damaging = rng.random() < damaging_share
        name = rng.choice(sorted(n for n, (d, _) in RECORD_MUTATIONS.items() if d == damaging))
        outputs = list(clean.outputs)
        rng.shuffle(outputs)
        for output in outputs:
            result = RECORD_MUTATIONS[name][1](list(clean.records[output]), rng, clean)
            if result:
                lines, what = result
                data = lines if isinstance(lines, bytes) else b"\n".join(lines) + b"\n"
                return output, data, name, damaging, what


# ---------------------------------------------------------------- target: report

def fuzz_report(binary, options, work, count, clean, tally):
    """`report` on copies of the clean folder with one records file mutated."""
    rng = random.Random(f"report:{options.seed}")
    scratch = os.path.join(work, "run-report")
    for index in range(count):
        output, data, name, damaging, what = mutate_records(rng, clean)
        folder = os.path.join(fresh(scratch), "scan")
        copy_tree(clean.folder, folder)
        with open(os.path.join(folder, output), "wb") as f:
            f.write(data)
        report = os.path.join(scratch, "report")
        args = ["report", folder, "--output", report, "--lang", "en"]
        status, code, _, stderr, seconds, _ = run(binary, args, options.timeout, scratch)
        treatment, problems = "", []
        if status == "ok":
            treatment, problems = judge_report(report, output, clean, code, stderr)
            if not damaging:
                problems = []             # benign or unknown: only crash, hang and exit status count
            elif problems:
                status = "bad_state" if treatment == "missing" else "damaged_accepted"
        tally.add("report", name, status, seconds, treatment)
        if status != "ok":
            tally.fail({"target": "report", "index": index, "output": output, "mutation": f"{name}: {output}: {what}",
                        "damaging": damaging, "status": status, "exit": code, "seconds": round(seconds, 2),
                        "problems": problems, "stderr": stderr.decode("utf-8", "replace")[-300:],
                        "kept": tally.keep(index, "report", status, ("scan", folder), ("report", report))})
        elif (index + 1) % 25 == 0:
            print(f"[report {index + 1}/{count}] {tally.counts['report']}", flush=True)


def judge_report(report, output, clean, code, stderr):
    """How the report treated one records file, and the problems when it was damaged:
    "refused" (exit 1 with a message and no index) and "unreadable" (on the index among the
    unreadable or damaged records files, with no page) are right for a damaged file; "rendered"
    (a row among the analysed inputs or a page) and "failed input" (listed as an input that failed,
    with the error code its records give) take it as valid; "missing" leaves it off the index."""
    index = os.path.join(report, "index.html")
    if not os.path.exists(index):
        if code == 1 and stderr.strip():
            return "refused", []
        return "missing", [f"exit {code} without index.html" + ("" if stderr.strip() else " nor a message")]
    with open(index, encoding="utf-8", errors="replace") as f:
        text = f.read()
    inputs, _, others = text.partition('<table id="others">')
    quoted = html.escape(output, quote=True)
    problems = []
    if f'data-records="{quoted}"' in inputs:
        problems.append("listed among the analysed inputs")
    videos = os.path.join(report, "videos")
    pages = sorted(os.listdir(videos)) if os.path.isdir(videos) else []
    position = sorted(clean.outputs).index(output) + 1
    if any(page.startswith(f"{position:04d}-") for page in pages):
        problems.append(f"has a page (videos/{position:04d}-*.html)")
    if problems:
        return "rendered", problems
    row = re.search(r'<tr><td class="file">' + re.escape(quoted) + r"</td>(.*?)</tr>", others, re.S)
    if row and re.search(r"unreadable|damaged", row.group(1)):
        return "unreadable", []
    path = html.escape(clean.paths[output] or "", quote=False)   # a failed input is listed by its path
    row = row or re.search(r'<tr><td class="file">' + re.escape(path) + r"</td>(.*?)</tr>", others, re.S)
    if not row:
        return "missing", ["neither rendered nor listed"]
    cells = " ".join(re.sub(r"<[^>]+>", " ", row.group(1)).split())
    return "failed input", [f"listed as a failed input: {html.unescape(cells)[:120]}"]


# ---------------------------------------------------------------- target: resume

def leftover_partial(folder, rng, clean):
    """A temporary file a killed run left: `.<name>.<UUID>.partial`, holding part of an output."""
    output = rng.choice(clean.outputs)
    name = f".{output}.{str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()}.partial"
    data = b"\n".join(clean.records[output]) + b"\n"
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data[:rng.randrange(len(data) + 1)])
    return None, f"leftover {name}"


def stale_lock(folder, rng, clean):
    """A lock file left by a dead run: content that no flock-based lock writes, or none at all."""
    path = os.path.join(folder, seamscan_outputs.LOCK_NAME)
    choice = rng.choice(["pid", "garbage", "deleted"])
    if choice == "deleted":
        os.remove(path)
    else:
        with open(path, "wb") as f:
            f.write(b"4194303\n" if choice == "pid" else bytes(rng.randrange(256) for _ in range(64)))
    return None, f"stale .seamscan.lock ({choice})"


def summary_deleted(folder, rng, clean):
    os.remove(os.path.join(folder, seamscan_outputs.SUMMARY_NAME))
    return None, "summary.csv deleted"


def summary_garbled(folder, rng, clean):
    path = os.path.join(folder, seamscan_outputs.SUMMARY_NAME)
    data = bytearray(open(path, "rb").read())
    lines = bytes(data).split(b"\n")
    choice = rng.choice(["bitflips", "cut", "row duplicated", "row deleted", "binary", "bogus row"])
    if choice == "bitflips":
        for _ in range(rng.randint(1, 16)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    elif choice == "cut":
        data = data[:rng.randrange(len(data))]
    elif choice == "row duplicated":
        row = rng.randrange(1, len(lines) - 1)
        data = b"\n".join(lines[:row + 1] + [lines[row]] + lines[row + 1:])
    elif choice == "row deleted":
        row = rng.randrange(1, len(lines) - 1)
        data = b"\n".join(lines[:row] + lines[row + 1:])
    elif choice == "binary":
        data = bytes(rng.randrange(256) for _ in range(512))
    else:
        data = bytes(data) + b"/nowhere/ghost.mp4,,resumed,00,1,1,0,false,1,0.9,likely manipulated,ghost.mp4.0000000000000000.seamscan.jsonl,\n"
    with open(path, "wb") as f:
        f.write(data)
    return None, f"summary.csv garbled ({choice})"


def output_emptied(folder, rng, clean):
    output = rng.choice(clean.outputs)
    open(os.path.join(folder, output), "wb").close()
    return output, f"{output} emptied"


def output_swapped(folder, rng, clean):
    output, other = rng.sample(clean.outputs, 2)
    shutil.copyfile(os.path.join(clean.folder, other), os.path.join(folder, output))
    return output, f"{output} replaced by {other}"


def output_folder(folder, rng, clean):
    output = rng.choice(clean.outputs)
    path = os.path.join(folder, output)
    os.remove(path)
    os.makedirs(path)
    if rng.random() < 0.5:
        shutil.copyfile(os.path.join(clean.folder, output), os.path.join(path, output))
    return output, f"{output} replaced by a folder"


def output_fifo(folder, rng, clean):
    output = rng.choice(clean.outputs)
    path = os.path.join(folder, output)
    os.remove(path)
    os.mkfifo(path)
    return output, f"{output} replaced by a FIFO"


# Folder states where the output's name is taken by something that is never replaced: that input
# must fail with its own summary.csv row, the obstacle left as it was, and the others complete.
OBSTRUCTIONS = {"output_folder", "output_fifo"}

# name -> (damages the output it names, function); records mutations come from RECORD_MUTATIONS
FOLDER_MUTATIONS = {
    "leftover_partial": (False, leftover_partial),
    "stale_lock": (False, stale_lock),
    "summary_deleted": (False, summary_deleted),
    "summary_garbled": (False, summary_garbled),
    "output_emptied": (True, output_emptied),
    "output_swapped": (True, output_swapped),
    "output_folder": (True, output_folder),
    "output_fifo": (True, output_fifo),
}


def mutate_folder(folder, rng, clean):
    """Half the time a records mutation of one output, otherwise a change of the folder's state.
    Returns (mutated output or None, mutation name, damaging, may be kept as it is, description): an
    output mutated benignly or unknowably (a changed message, a bit flip that a checksum-less format
    cannot show) may be resumed with its new content."""
    if rng.random() < 0.5:
        output, data, name, damaging, what = mutate_records(rng, clean)
        with open(os.path.join(folder, output), "wb") as f:
            f.write(data)
        return output, name, damaging, not damaging, f"{output}: {what}"
    name = rng.choice(sorted(FOLDER_MUTATIONS))
    damaging, function = FOLDER_MUTATIONS[name]
    output, what = function(folder, rng, clean)
    return output, name, damaging, False, what


def fuzz_resume(binary, options, work, count, clean, tally):
    """`scan --resume` on copies of the clean folder with its state mutated."""
    rng = random.Random(f"resume:{options.seed}")
    scratch = os.path.join(work, "run-resume")
    for index in range(count):
        folder = os.path.join(fresh(scratch), "out")
        copy_tree(clean.folder, folder)
        output, name, damaging, kept_as_is, what = mutate_folder(folder, rng, clean)
        before = os.path.join(scratch, "before")
        if options.keep_failures:
            copy_tree(folder, before)
        status, code, _, stderr, seconds, _ = run(binary, clean.scan_args + [folder, "--resume"], options.timeout,
                                                  scratch)
        problems, treatment = [], ""
        if name in OBSTRUCTIONS and status == "ok":
            status = "bad_exit" if code != 1 else status
        if status == "ok":
            accepted, problems, treatment = judge_resume(folder, clean, output, damaging, kept_as_is,
                                                         obstructed=name in OBSTRUCTIONS)
            if problems:
                status = "damaged_accepted" if accepted else "bad_state"
        tally.add("resume", name, status, seconds, treatment)
        if status != "ok":
            tally.fail({"target": "resume", "index": index, "output": output, "mutation": f"{name}: {what}",
                        "damaging": damaging, "status": status, "exit": code, "seconds": round(seconds, 2),
                        "problems": problems[:8], "stderr": stderr.decode("utf-8", "replace")[-300:],
                        "kept": tally.keep(index, "resume", status, ("before", before), ("after", folder))})
        elif (index + 1) % 25 == 0:
            print(f"[resume {index + 1}/{count}] {tally.counts['resume']}", flush=True)


def without_timing(lines):
    """Records as objects (key order ignored), the summary's machine-dependent `timing` left out."""
    records = [parse(line) for line in lines]
    for record in records:
        if isinstance(record, dict) and record.get("type") == "summary":
            record.pop("timing", None)
    return records


def judge_resume(folder, clean, mutated, damaging, kept_as_is, obstructed=False):
    """Problems of the folder after `--resume`, whether one is a damaged output kept as resumed, and
    the mutated output's summary.csv status (how the run took it). With `obstructed`, the mutated
    output's name is taken by a folder or FIFO, which must be left as it is, its input failed."""
    problems, accepted, treatment = [], False, ""
    rows = seamscan_outputs.summary_rows(os.path.join(folder, seamscan_outputs.SUMMARY_NAME))
    if rows is None:
        return False, ["summary.csv missing or unreadable"], ""
    for output in clean.outputs:
        mine = [row for row in rows if row.get("output") == output]
        if len(mine) != 1:
            problems.append(f"{output}: {len(mine)} summary.csv rows")
        resumed = any(row.get("status") == "resumed" for row in mine)
        if output == mutated:
            treatment = "/".join(row.get("status", "?") for row in mine) or "no row"
        if output == mutated and damaging and resumed:
            accepted = True
            problems.append(f"{output}: damaged, yet its row is 'resumed'")
        path = os.path.join(folder, output)
        if output == mutated and obstructed:
            if os.path.isfile(path) or not os.path.exists(path):
                problems.append(f"{output}: the folder or FIFO in its place was removed or replaced")
            if [row.get("status") for row in mine] != ["failed"]:
                problems.append(f"{output}: its input should have failed, row: {treatment}")
            continue
        if not os.path.isfile(path) or os.path.islink(path):
            problems.append(f"{output}: no complete output (not a regular file)")
        elif not (output == mutated and kept_as_is and resumed):
            if without_timing(read_lines(path)) != without_timing(clean.records[output]):
                problems.append(f"{output}: differs from the clean output" + (" (kept as resumed)" if resumed else ""))
    listed = {row.get("output") for row in rows}
    problems += [f"summary.csv lists {name!r}, not an input" for name in sorted(listed - set(clean.outputs))]
    expected = set(clean.outputs) | {seamscan_outputs.SUMMARY_NAME, seamscan_outputs.LOCK_NAME}
    problems += [f"left in the folder: {name}" for name in sorted(set(os.listdir(folder)) - expected)]
    return accepted, problems, treatment


# ---------------------------------------------------------------- main

TARGETS = ("media", "report", "resume")


def target_counts(spec, total):
    """`media,report=20,resume` -> {target: count}: explicit counts first, --count's rest shared evenly
    (the first targets get the remainder), in the order given."""
    explicit, shared = {}, []
    for item in filter(None, (part.strip() for part in spec.split(","))):
        name, _, number = item.partition("=")
        if name not in TARGETS or (number and not number.isdigit()):
            raise ValueError(f"unknown target {item!r} (targets: {', '.join(TARGETS)}, each optionally =COUNT)")
        if number:
            explicit[name] = int(number)
        else:
            shared.append(name)
    rest = max(0, total - sum(explicit.values()))
    for position, name in enumerate(shared):
        explicit[name] = rest // len(shared) + (1 if position < rest % len(shared) else 0)
    return {name: explicit[name] for name in TARGETS if name in explicit}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--count", type=int, default=100, help="mutants in all, shared by the targets")
    parser.add_argument("--targets", default=",".join(TARGETS), help="media,report,resume; NAME=N fixes one's count")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--work", default=None, help="seeds and scratch files (default: a temporary folder)")
    parser.add_argument("--sample-media", default=os.path.join(here, "..", "SampleMedia"))
    parser.add_argument("--keep-failures", default=None, help="copy failing mutants here")
    parser.add_argument("--scan-args", default="", help="extra arguments for `scan`, e.g. '--threads 1'")
    parser.add_argument("--folder-share", type=float, default=0.2, help="share of media mutants scanned inside a folder")
    parser.add_argument("--json", default=None, help="write the full report here")
    options = parser.parse_args()
    try:
        counts = target_counts(options.targets, options.count)
    except ValueError as error:
        parser.error(str(error))
    options.sample_media = os.path.abspath(options.sample_media)
    if options.keep_failures:
        options.keep_failures = os.path.abspath(options.keep_failures)

    binary = os.path.abspath(options.binary)
    options.schema = seamscan_schema.from_binary(binary)
    work = os.path.abspath(options.work or tempfile.mkdtemp(prefix="seamscan-fuzz-"))
    os.makedirs(work, exist_ok=True)
    tally = Tally(options.keep_failures)
    began = time.monotonic()
    details = {}
    if counts.get("media"):
        details["media"] = fuzz_media(binary, options, work, counts["media"], tally)
    if counts.get("report") or counts.get("resume"):
        clean = CleanFolder(binary, options, work)
        if counts.get("report"):
            fuzz_report(binary, options, work, counts["report"], clean, tally)
        if counts.get("resume"):
            fuzz_resume(binary, options, work, counts["resume"], clean, tally)
    seconds = {t: round(sum(s) / max(1, len(s)), 2) for t, s in tally.seconds.items()}
    report = {"binary": binary, "seed": options.seed, "count": options.count, "targets": counts,
              "timeout": options.timeout, "counts": tally.counts, "by_mutation": tally.by_mutation,
              "seconds_per_mutant": seconds, "seconds": round(time.monotonic() - began, 1),
              "media": details.get("media"), "failures": tally.failures}
    if "media" in details:
        media = details["media"]
        print(json.dumps({k: media[k] for k in ("counts", "exit_codes", "max_rss_kB", "max_rss_case",
                                                   "silent_truncations", "anomalies")}, indent=1))
    for line in tally.summary_lines():
        print(line)
    print(f"{len(tally.failures)} failures in {report['seconds']} s")
    if options.json:
        with open(options.json, "w") as f:
            json.dump(report, f, indent=1)
    if not options.work:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if tally.bad() else 0


if __name__ == "__main__":
    sys.exit(main())
