#!/usr/bin/env -S /usr/bin/python3
"""Peer detector for evaluation: MesoNet's Meso4_DF run on the faces SeamScan finds.

  Scripts/peer-mesonet.py [--weights PATH] [--max-frames N] [--binary PATH] [--crop aligned|box]
                       --out RESULT.json FILE...
  Scripts/peer-mesonet.py --labels DIR/labels.csv [DIR] --out RESULT.json   # every file listed there

Weights. Meso4_DF.h5 comes from https://github.com/DariusAf/MesoNet (weights/Meso4_DF.h5,
Keras 2.1.5, sha256 036ed30d04ffd9c7506f825b97c86aa64915f5818931da96817b169aad790af5), by
Darius Afchar, Vincent Nozick, Junichi Yamagishi and Isao Echizen (WIFS 2018), under the Apache
License 2.0 (see that repository's LICENSE and NOTICE). The file is fetched by hand, only to
evaluate SeamScan against a published peer; it is never shipped with SeamScan nor committed to
this repository. This script downloads nothing: it reads $XDG_CACHE_HOME/seamscan/Meso4_DF.h5
(default ~/.cache/seamscan/Meso4_DF.h5) or --weights PATH, and exits 2 if the file is missing.

Model. Meso4 is re-implemented in torch from the repository's classifiers.py: four blocks of
Conv2D('same', ReLU) -> BatchNormalization (Keras epsilon 1e-3, moving statistics) ->
MaxPooling2D (2, 2, 2, 4), then Flatten (channels-last order, 8x8x16) -> Dense(16) ->
LeakyReLU(0.1) -> Dense(1, sigmoid); Dropout is inactive at inference. Keras kernels are HWIO
and become OIHW; the first Dense kernel is transposed and its rows follow the HWC flatten.
Input: 256x256 RGB scaled by 1/255 (how the weights were trained: example.py's
ImageDataGenerator(rescale=1/255); pipeline.py's compute_accuracy feeds 0-255 pixels, which
we take to be a bug there and do not copy).

Polarity. MesoNet was trained with Keras flow_from_directory on folders 'df' and 'real', whose
classes are numbered alphabetically: df = 0, real = 1, so Meso4's sigmoid is P(real). This script
reports 1 - output, a FAKE probability (1 = manipulated).

Faces. The frozen SeamScan binary (`scan --no-score --landmarks`) gives each frame's faces in
display pixels. By default (--crop aligned) each face is cut out as MesoNet's pipeline.py does
(FaceFinder.find_coordinates + get_aligned_face): centre between nose tip and nose bridge, side
1.3 * 2.2 * max(eye-to-eye, eyes-to-mouth) from the 68 dlib landmarks (face_recognition's
grouping of them), rotated upright with scipy.ndimage.rotate, reflect-padded at the frame edge,
and resized to 256x256 with scipy.ndimage.zoom (cubic spline). --crop box takes the SeamScan
box enlarged 1.3x about its centre, clamped to the frame. Frames are decoded with the ffmpeg CLI
to rgb24 at display size; the frame count is checked against SeamScan's records.

Output JSON: {"peer", "weights_sha256", "max_frames", "crop", "files": {basename: {"frames":
[fake probability or null per analysed frame (max over faces)], "video": mean of the non-null
frame scores or null}}}. A file that cannot be analysed gets {"frames": [], "video": null,
"error": "..."} and the script exits 1 at the end.

How the port was checked (2026-12-02, repository at commit 2144d56):
  * Keras reference: the same network written layer for layer from classifiers.py in Keras 3.15
    (numpy backend, in a throwaway venv outside this repository) and given
    model.load_weights('Meso4_DF.h5') agrees with this torch port to 2.4e-7 (max abs difference)
    on the repository's four test_images and four uniform-noise inputs, which pins the
    HWIO->OIHW transpose, 'same' padding, BatchNorm epsilon and the channels-last flatten.
  * Polarity: on test_images (nearest-resized to 256 as Keras load_img does) the raw output is
    0.039 and 0.045 for df/df00204.jpg and df/df01254.jpg, 0.990 and 0.998 for
    real/real00240.jpg and real/real00772.jpg: the raw output is P(real), so this script writes
    1 - output. On dev-media the FF++ Deepfakes fake (0.51) scores above its original (0.35) and
    both GHOST fakes (0.56, 0.51) above the GHOST real (0.40). All 5153 frame scores on dev-media
    lie in [0, 0.963].
  * Crops were looked at: the aligned crops are upright faces with some background, like
    MesoNet's training images.
"""
import argparse
import csv
import hashlib
import json
import math
import os
import subprocess
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from seamscan_outputs import records  # noqa: E402

IMG = 256
PEER = "MesoNet Meso4_DF"


def default_weights():
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(cache, "seamscan", "Meso4_DF.h5")


def default_binary():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return os.path.join(root, ".build", "release", "seamscan")


MISSING_WEIGHTS = """peer-mesonet: weights not found at {path}
This script never downloads anything. To obtain the weights (Apache-2.0, DariusAf/MesoNet):
  git clone https://github.com/DariusAf/MesoNet /tmp/MesoNet   # or any copy of that repository
  mkdir -p {folder} && cp /tmp/MesoNet/weights/Meso4_DF.h5 {folder}/
(expected sha256 036ed30d04ffd9c7506f825b97c86aa64915f5818931da96817b169aad790af5),
or pass --weights PATH. Keep the file out of the SeamScan repository."""


# ---------------------------------------------------------------- model

def load_keras_weights(path):
    """Reads the Keras 2 .h5 into {layer name: [arrays in weight_names order]}, plus layer order."""
    import h5py
    with h5py.File(path, "r") as f:
        group = f["model_weights"] if "model_weights" in f else f
        names = [n.decode() if isinstance(n, bytes) else n for n in group.attrs["layer_names"]]
        layers = {}
        for name in names:
            wnames = [w.decode() if isinstance(w, bytes) else w for w in group[name].attrs["weight_names"]]
            if wnames:
                layers[name] = [np.array(group[name][w]) for w in wnames]
    return names, layers


def build_meso4(path):
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    names, layers = load_keras_weights(path)
    convs = [n for n in names if n.startswith("conv2d")]
    bns = [n for n in names if n.startswith("batch_normalization")]
    denses = [n for n in names if n.startswith("dense")]
    if len(convs) != 4 or len(bns) != 4 or len(denses) != 2:
        raise ValueError(f"{path} does not look like Meso4 weights (layers: {names})")

    class Meso4(nn.Module):
        def __init__(self):
            super().__init__()
            self.convs = nn.ModuleList()
            self.bns = nn.ModuleList()
            for cname, bname in zip(convs, bns):
                kernel, bias = layers[cname]                      # HWIO
                kh, kw, cin, cout = kernel.shape
                conv = nn.Conv2d(cin, cout, (kh, kw), padding=(kh // 2, kw // 2))
                conv.weight.data = torch.from_numpy(np.ascontiguousarray(kernel.transpose(3, 2, 0, 1)))
                conv.bias.data = torch.from_numpy(bias)
                self.convs.append(conv)
                gamma, beta, mean, var = layers[bname]            # Keras order: gamma, beta, mean, var
                bn = nn.BatchNorm2d(cout, eps=1e-3)
                bn.weight.data, bn.bias.data = torch.from_numpy(gamma), torch.from_numpy(beta)
                bn.running_mean.data, bn.running_var.data = torch.from_numpy(mean), torch.from_numpy(var)
                self.bns.append(bn)
            self.pools = [2, 2, 2, 4]
            k1, b1 = layers[denses[0]]                            # (1024, 16), rows in H, W, C order
            k2, b2 = layers[denses[1]]                            # (16, 1)
            self.fc1 = nn.Linear(k1.shape[0], k1.shape[1])
            self.fc1.weight.data, self.fc1.bias.data = torch.from_numpy(np.ascontiguousarray(k1.T)), torch.from_numpy(b1)
            self.fc2 = nn.Linear(k2.shape[0], k2.shape[1])
            self.fc2.weight.data, self.fc2.bias.data = torch.from_numpy(np.ascontiguousarray(k2.T)), torch.from_numpy(b2)

        def forward(self, x):                                     # x: N, 3, 256, 256 in [0, 1]
            for conv, bn, pool in zip(self.convs, self.bns, self.pools):
                # Keras 'same' max pooling equals plain pooling here: 256, 128, 64, 32 divide evenly.
                x = F.max_pool2d(bn(F.relu(conv(x))), pool)
            x = x.permute(0, 2, 3, 1).reshape(x.shape[0], -1)   # Keras Flatten is channels-last
            x = F.leaky_relu(self.fc1(x), 0.1)
            return torch.sigmoid(self.fc2(x))[:, 0]               # P(real), Keras class 1 = 'real'

    model = Meso4().eval()
    return model


class Scorer:
    def __init__(self, weights):
        import torch
        torch.set_num_threads(1)
        self.torch = torch
        self.model = build_meso4(weights)

    def p_real(self, patches):
        """patches: list of 256x256x3 float arrays in [0, 255]. Returns Meso4's raw output."""
        if not patches:
            return np.zeros(0)
        x = np.stack(patches).astype(np.float32) / 255.0
        with self.torch.no_grad():
            t = self.torch.from_numpy(x).permute(0, 3, 1, 2).contiguous()
            return self.model(t).numpy().astype(np.float64)

    def p_fake(self, patches):
        return 1.0 - self.p_real(patches)


# ---------------------------------------------------------------- face crops (pipeline.py)

def _mean(points, idx):
    return np.mean(points[idx], axis=0)


TOP_LIP = list(range(48, 55)) + [64, 63, 62, 61, 60]
BOTTOM_LIP = list(range(54, 60)) + [48, 60, 67, 66, 65, 64]


def find_coordinates(points, K=2.2):
    """pipeline.FaceFinder.find_coordinates on 68 dlib points ([x, y]); face_recognition grouping."""
    E1 = _mean(points, slice(36, 42))
    E2 = _mean(points, slice(42, 48))
    E = (E1 + E2) / 2
    N = _mean(points, slice(31, 36)) / 2 + _mean(points, slice(27, 31)) / 2
    B = (_mean(points, TOP_LIP) + _mean(points, BOTTOM_LIP)) / 2
    C = N
    side = max(np.linalg.norm(E1 - E2), np.linalg.norm(B - E)) * K
    if B[1] == E[1]:
        rot = 90 if B[0] > E[0] else -90
    else:
        rot = np.arctan((B[0] - E[0]) / (B[1] - E[1])) / np.pi * 180
    return (math.floor(C[1]), math.floor(C[0])), math.floor(side), rot


def get_image_slice(img, y0, y1, x0, x1):
    """pipeline.FaceFinder.get_image_slice: reflect-pads where the slice leaves the image."""
    m, n = img.shape[:2]
    padding = int(max(-y0, y1 - m, -x0, x1 - n, 0))
    if padding:
        img = np.pad(img, ((padding, padding), (padding, padding), (0, 0)), "reflect")
    return img[int(padding + y0):int(padding + y1), int(padding + x0):int(padding + x1)]


def to_uint8(a):
    return np.clip(np.rint(a), 0, 255).astype(np.uint8)


def resize_patch(patch):
    """pipeline.FaceBatchGenerator.resize_patch (scipy zoom, cubic spline), kept in 0-255."""
    from scipy.ndimage import zoom
    m, n = patch.shape[:2]
    # zoom(patch, (256/m, 256/n, 1)) as pipeline.py writes it; a factor of 1 on the channel axis
    # samples the spline at its knots, so zooming each channel in 2-D gives the same values, faster.
    patch = patch.astype(np.float32)
    out = np.stack([zoom(patch[..., c], (IMG / m, IMG / n)) for c in range(patch.shape[2])], axis=-1)
    return to_uint8(out).astype(np.float32)


def aligned_face(frame, points, l_factor=1.3):
    """pipeline.FaceFinder.get_aligned_face, then resize_patch."""
    from scipy.ndimage import rotate
    c, side, r = find_coordinates(points)
    side = int(side) * l_factor
    dl_ = math.floor(np.sqrt(2) * side / 2)
    if dl_ < 2:
        return None
    patch = get_image_slice(frame, math.floor(c[0] - dl_), math.floor(c[0] + dl_),
                            math.floor(c[1] - dl_), math.floor(c[1] + dl_))
    # pipeline.py rotates the uint8 frame slice; done in float and rounded back to 0-255.
    rotated = to_uint8(rotate(patch.astype(np.float32), -r, reshape=False))
    face = get_image_slice(rotated, math.floor(dl_ - side // 2), math.floor(dl_ + side // 2),
                           math.floor(dl_ - side // 2), math.floor(dl_ + side // 2))
    if face.shape[0] < 2 or face.shape[1] < 2:
        return None
    return resize_patch(face)


def box_face(frame, box, factor=1.3):
    h, w = frame.shape[:2]
    x, y, bw, bh = box
    cx, cy = x + bw / 2, y + bh / 2
    x0, x1 = max(0, int(round(cx - bw * factor / 2))), min(w, int(round(cx + bw * factor / 2)))
    y0, y1 = max(0, int(round(cy - bh * factor / 2))), min(h, int(round(cy + bh * factor / 2)))
    if x1 - x0 < 2 or y1 - y0 < 2:
        return None
    return resize_patch(frame[y0:y1, x0:x1])


# ---------------------------------------------------------------- video

def seamscan_records(binary, path, max_frames, threads, landmarks):
    cmd = [binary, "scan", "--quiet", "--no-score", "--threads", str(threads),
           "--max-frames", str(max_frames)] + (["--landmarks"] if landmarks else []) + [path]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    video, frames, summary, errors = None, [], None, []
    for rec in records(proc.stdout.decode()):
        if rec["type"] == "video":
            video = rec
        elif rec["type"] == "frame":
            frames.append(rec)
        elif rec["type"] == "summary":
            summary = rec
        elif rec["type"] == "error":
            errors.append(f"{rec.get('error')}: {rec.get('message')}")
    if video is None or not frames:
        msg = "; ".join(errors) or proc.stderr.decode().strip()[-500:] or f"seamscan exit {proc.returncode}"
        raise RuntimeError(f"seamscan gave no frames: {msg}")
    return video, frames, summary, errors


def ffmpeg_frames(path, width, height, count):
    """Yields display-size rgb24 frames (height x width x 3 uint8), at most `count`."""
    cmd = ["ffmpeg", "-v", "error", "-nostdin", "-i", path, "-map", "0:v:0", "-frames:v", str(count),
           "-vf", f"scale={width}:{height},setsar=1", "-fps_mode", "passthrough",
           "-f", "rawvideo", "-pix_fmt", "rgb24", "-"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    size = width * height * 3
    try:
        while True:
            buf = proc.stdout.read(size)
            if len(buf) < size:
                break
            yield np.frombuffer(buf, np.uint8).reshape(height, width, 3)
    finally:
        proc.stdout.close()
        proc.wait()


def score_file(path, scorer, args):
    video, frames, summary, errors = seamscan_records(args.binary, path, args.max_frames, args.threads,
                                                      landmarks=(args.crop == "aligned"))
    width, height = video["display_width"], video["display_height"]
    by_index = {rec["frame"]: rec for rec in frames}
    scores = {}
    decoded = 0
    for index, frame in enumerate(ffmpeg_frames(path, width, height, len(frames))):
        decoded += 1
        rec = by_index.get(index)
        if rec is None or not rec.get("analysed") or not rec.get("faces"):
            continue
        patches = []
        for face in rec["faces"]:
            patch = None
            if args.crop == "aligned" and face.get("landmarks"):
                patch = aligned_face(frame, np.asarray(face["landmarks"], dtype=np.float64))
            if patch is None:
                patch = box_face(frame, face["box"])
            if patch is not None:
                patches.append(patch)
        if patches:
            scores[index] = float(np.max(scorer.p_fake(patches)))
    if decoded != len(frames):
        print(f"peer-mesonet: {os.path.basename(path)}: ffmpeg decoded {decoded} frames, "
              f"SeamScan recorded {len(frames)}; scoring the frames both have", file=sys.stderr)
    out = [scores.get(rec["frame"]) if rec.get("analysed") else None for rec in frames
           if rec.get("analysed")]
    valid = [s for s in out if s is not None]
    result = {"frames": [None if s is None else round(s, 6) for s in out],
              "video": round(float(np.mean(valid)), 6) if valid else None}
    if decoded != len(frames):
        result["frame_count_mismatch"] = {"seamscan": len(frames), "ffmpeg": decoded}
    return result


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", help="media files (with --labels: at most one folder holding them)")
    ap.add_argument("--out", required=True, help="result JSON")
    ap.add_argument("--weights", default=default_weights(), help="Meso4_DF.h5 (default: %(default)s)")
    ap.add_argument("--max-frames", type=int, default=150)
    ap.add_argument("--binary", default=default_binary(), help="seamscan binary (default: %(default)s)")
    ap.add_argument("--labels", help="labels.csv (file,label,...): score every file listed, found beside "
                                     "the CSV or in the folder given")
    ap.add_argument("--crop", choices=["aligned", "box"], default="aligned",
                    help="aligned: MesoNet pipeline.py crop from landmarks (default); box: box x1.3")
    ap.add_argument("--threads", type=int, default=1, help="threads for seamscan (default 1)")
    args = ap.parse_args()

    if not os.path.isfile(args.weights):
        print(MISSING_WEIGHTS.format(path=args.weights, folder=os.path.dirname(default_weights())),
              file=sys.stderr)
        return 2
    if not os.access(args.binary, os.X_OK):
        print(f"peer-mesonet: seamscan binary not found: {args.binary} (use --binary)", file=sys.stderr)
        return 2

    paths = list(args.files)
    if args.labels:
        if len(paths) > 1:
            print("peer-mesonet: with --labels give at most one folder", file=sys.stderr)
            return 2
        folder = paths[0] if paths else os.path.dirname(os.path.abspath(args.labels))
        with open(args.labels, newline="") as f:
            paths = [os.path.join(folder, row["file"]) for row in csv.DictReader(f)]
    if not paths:
        print("peer-mesonet: no input files", file=sys.stderr)
        return 2

    with open(args.weights, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    scorer = Scorer(args.weights)
    result = {"peer": PEER, "weights_sha256": sha, "max_frames": args.max_frames, "crop": args.crop,
              "files": {}}
    failed = 0
    for i, path in enumerate(paths, 1):
        name = os.path.basename(path)
        try:
            entry = score_file(path, scorer, args)
        except Exception as e:  # one bad input must not lose the others
            failed += 1
            entry = {"frames": [], "video": None, "error": str(e)}
            print(f"peer-mesonet: {name}: {e}", file=sys.stderr)
        result["files"][name] = entry
        print(f"[{i}/{len(paths)}] {name}: video {entry['video']}", file=sys.stderr)
    tmp = args.out + ".tmp"
    with open(tmp, "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")
    os.replace(tmp, args.out)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
