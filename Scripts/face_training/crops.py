"""Aligned face crops of one real source and of `seamscan synth` fakes made from it.

The network sees what the cues see: `seamscan faces FILE --crops DIR` writes each face as the
256-px crop aligned to ArcFace's template. For every source:
  * real crops of a few frames of a near-lossless copy (CRF 12, as make-training-set's
    intermediate): the base of the Python-made fakes, which get their compression in training;
  * for each synth variant, the fake (`seamscan synth`, CRF 12, native size) and the real copy
    go through one encode chain (x264 CRF and an optional 720-px downscale for clips; a
    downscale and JPEG quality for photos), then the same frames are cropped from both. A fake
    and its real differ only in the manipulation, never in compression or scale.
Chains, seeds and frames are drawn from the source's name, so reruns make the same files; a
source's work is kept in DIR/sources/NAME and marked done by crops.json, which records the
settings it was made with: a killed run resumes, a run with other settings remakes the source.
"""
import json
import os
import shutil
import subprocess
import time

from PIL import Image

from .sources import stable_draw

MAX_FRAMES = 48
MAX_FACES_PER_FRAME = 4
CROPS_VERSION = 2  # bump when what a source's crops are changes, so caches are remade
# (kind argument for synth, generator size or None, label used in figures)
SYNTH_KINDS = [
    ("self-blend", None, "synth-self-blend"),
    ("generator", None, "synth-generator"),
    ("generator", 128, "synth-generator-128"),
    ("generator", 224, "synth-generator-224"),
    ("generator", 256, "synth-generator-256"),
]


def _run(command):
    """Runs a tool; on failure the error carries its output (seamscan's error record is on stdout)."""
    subprocess.run(command, check=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def _scale_filter(side):
    return ["-vf", f"scale='if(gt(iw,ih),min({side},iw),-2)':'if(gt(iw,ih),-2,min({side},ih))'"] if side else []


def encode_video(source, target, side, crf, frames):
    _run(["ffmpeg", "-v", "error", "-y", "-i", source, "-map", "0:v:0", "-frames:v", str(frames)] + _scale_filter(side) +
         ["-c:v", "libx264", "-crf", str(crf), "-preset", "veryfast", "-pix_fmt", "yuv420p", target])


def _extract_frames(video, indices, pattern):
    """Frames `indices` of `video` as PNGs; returns the paths written, in index order."""
    expression = "+".join(f"eq(n\\,{i})" for i in indices)
    _run(["ffmpeg", "-v", "error", "-y", "-i", video, "-vf", f"select='{expression}'", "-vsync", "0", pattern])
    paths = [pattern % (k + 1) for k in range(len(indices))]
    return [p for p in paths if os.path.exists(p)]


def encode_photo(source, target, side, quality):
    """A photo's chain: downscale to at most `side` px (0: native), then JPEG at `quality`."""
    image = Image.open(source).convert("RGB")
    if side and max(image.size) > side:
        factor = side / max(image.size)
        image = image.resize((max(1, round(image.width * factor)), max(1, round(image.height * factor))), Image.LANCZOS)
    image.save(target, quality=quality) if quality else image.save(target)


def pair_paths(folder, source_kind):
    """Where synth_pair puts a real and its fake: (real, fake)."""
    names = ("real.mp4", "fake.mp4") if source_kind == "video" else ("real.jpg", "fake.jpg")
    return tuple(os.path.join(folder, name) for name in names)


def synth_pair(binary, source, lossless, folder, kind_index, seed, side, level):
    """A `seamscan synth` fake of `source` (kind SYNTH_KINDS[kind_index], `seed`) and its real, both
    through one encode chain into `folder`: a video from its near-lossless copy `lossless`, x264
    at CRF `level`; a photo from its lossless PNG `lossless`, JPEG at quality `level`; `side`
    downscales both (0: native). Returns pair_paths; raises CalledProcessError when synth finds
    no face to blend."""
    kind, size, _ = SYNTH_KINDS[kind_index]
    synth = [binary, "synth", "--kind", kind, "--seed", str(seed), "--max-side", "0", "--force"]
    if size:
        synth += ["--generator-size", str(size)]
    real, fake = pair_paths(folder, source["kind"])
    if source["kind"] == "video":
        fake_lossless = os.path.join(folder, "fake-c12.mp4")
        _run(synth + ["--crf", "12", "--max-frames", str(MAX_FRAMES), source["path"], "--output", fake_lossless])
        encode_video(lossless, real, side, level, MAX_FRAMES)
        encode_video(fake_lossless, fake, side, level, MAX_FRAMES)
    else:
        fake_lossless = os.path.join(folder, "fake.png")
        _run(synth + [lossless, "--output", fake_lossless])
        encode_photo(lossless, real, side, level)
        encode_photo(fake_lossless, fake, side, level)
    return real, fake


def _faces(binary, picture, out_dir):
    """Crop files `seamscan faces` writes for one picture, sorted (frame0-track<T>.png)."""
    os.makedirs(out_dir, exist_ok=True)
    _run([binary, "faces", picture, "--crops", out_dir, "--force"])
    return sorted(os.path.join(out_dir, f) for f in os.listdir(out_dir) if f.endswith(".png") and not f.startswith("."))


def make_source_crops(binary, work, source, frames_per_clip, variants):
    """Makes (or reuses) all crops of one source; returns (crop entries, wall seconds it took
    when made, None if unknown).

    Entry: file (relative to work), label, kind, source name, pair (index of the real entry a
    fake belongs to, or None), chain."""
    folder = os.path.join(work, "sources", source["name"])
    done = os.path.join(folder, "crops.json")
    settings = {"version": CROPS_VERSION, "frames_per_clip": frames_per_clip, "variants": variants}
    if os.path.exists(done):
        with open(done) as file:
            saved = json.load(file)
        if isinstance(saved, dict) and saved.get("settings") == settings:
            return saved["entries"], saved.get("seconds")
    if os.path.isdir(folder):
        shutil.rmtree(folder)  # a killed attempt: start this source again from nothing
    os.makedirs(folder)
    started = time.time()
    name = source["name"]
    entries = []

    def add(path, label, kind, pair, chain):
        entries.append({"file": os.path.relpath(path, work), "label": label, "kind": kind, "source": name,
                        "pair": pair, "chain": chain})
        return len(entries) - 1

    def add_pairs(real_dir, fake_dir, real_pictures, fake_pictures, kind, chain):
        for k, (real_picture, fake_picture) in enumerate(zip(real_pictures, fake_pictures)):
            real_crops = _faces(binary, real_picture, os.path.join(real_dir, str(k)))
            fake_crops = _faces(binary, fake_picture, os.path.join(fake_dir, str(k)))
            if len(real_crops) != len(fake_crops):
                continue  # the faces found differ: pairing them by order could mismatch people
            for real_crop, fake_crop in list(zip(real_crops, fake_crops))[:MAX_FACES_PER_FRAME]:
                pair = add(real_crop, "real", "real-chain", None, chain)
                add(fake_crop, "fake", kind, pair, chain)

    try:
        if source["kind"] == "video":
            lossless = os.path.join(folder, "real-c12.mp4")
            encode_video(source["path"], lossless, 0, 12, MAX_FRAMES)
            step = max(1, MAX_FRAMES // max(1, frames_per_clip))
            indices = [stable_draw(f"{name}:frame{k}", 0, step - 1) + k * step for k in range(frames_per_clip)]
            base_frames = _extract_frames(lossless, indices, os.path.join(folder, "base-%02d.png"))
        else:
            indices = [0]
            base_frames = [os.path.join(folder, "base-01.png")]
            encode_photo(source["path"], base_frames[0], 0, 0)
        for k, picture in enumerate(base_frames):
            for crop in _faces(binary, picture, os.path.join(folder, "base", str(k)))[:MAX_FACES_PER_FRAME]:
                add(crop, "real", "real-lossless", None, "crf 12" if source["kind"] == "video" else "lossless")

        # distinct kinds per source, in an order drawn from its name
        chosen = sorted(sorted(range(len(SYNTH_KINDS)), key=lambda v: stable_draw(f"{name}:kind{v}", 0, 1 << 60))[:variants])
        for v in chosen:
            label = SYNTH_KINDS[v][2]
            seed = stable_draw(f"{name}:seed{v}", 1, 1 << 30)
            side = 720 if stable_draw(f"{name}:side{v}", 0, 1) else 0
            vdir = os.path.join(folder, f"v{v}")
            os.makedirs(vdir)
            try:
                if source["kind"] == "video":
                    crf = stable_draw(f"{name}:crf{v}", 18, 34)
                    real_video, fake_video = synth_pair(binary, source, lossless, vdir, v, seed, side, crf)
                    real_pictures = _extract_frames(real_video, indices, os.path.join(vdir, "real-%02d.png"))
                    fake_pictures = _extract_frames(fake_video, indices, os.path.join(vdir, "fake-%02d.png"))
                    chain = f"{label} seed {seed}; x264 crf {crf}, side {side or 'native'}"
                else:
                    quality = stable_draw(f"{name}:quality{v}", 60, 95)
                    real_photo, fake_photo = synth_pair(binary, source, base_frames[0], vdir, v, seed, side, quality)
                    real_pictures, fake_pictures = [real_photo], [fake_photo]
                    chain = f"{label} seed {seed}; jpeg q{quality}, side {side or 'native'}"
                add_pairs(os.path.join(vdir, "real"), os.path.join(vdir, "fake"), real_pictures, fake_pictures, label, chain)
            except subprocess.CalledProcessError as error:
                # synth refuses a source without a blendable face (not_blended): no fake, no pair
                message = (error.output or b"").decode(errors="replace").strip().splitlines()[-1:]
                print(f"  {name} {label}: {' '.join(message) or error}", flush=True)
    except subprocess.CalledProcessError as error:
        print(f"  {name}: {(error.output or b'').decode(errors='replace').strip()[-300:] or error}", flush=True)
    # intermediates are large and no longer needed: keep only the crops
    for directory, _, files in os.walk(folder):
        for entry in files:
            if not entry.startswith("frame") or not entry.endswith(".png"):
                os.remove(os.path.join(directory, entry))
    with open(done + ".partial", "w") as file:
        json.dump({"settings": settings, "entries": entries, "seconds": round(time.time() - started, 2)}, file)
    os.replace(done + ".partial", done)
    return entries, round(time.time() - started, 2)
