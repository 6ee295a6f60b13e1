#!/usr/bin/python3
"""Trains SeamScan's learned face model (issue 16) on CPU, from the real files of
../shared/train-real, train-real-2 and train-real-3 and fakes made from them.

  nice -n 19 Scripts/train-face-model.py --work /work/train-cache [options]

Stages, each cached in --work (outside the repository) so a killed run resumes:
  1. crops     per source: aligned 256-px crops (`seamscan faces --crops`) of a few frames, and
               `seamscan synth` fakes (self-blend, generator 128/224/256/random) paired with the
               real through one encode chain (face_training/crops.py);
  2. dataset   crop arrays plus the Python kinds: cross-identity and restored (fakes.py);
  3. folds     identity folds (by source group); per fold an autoencoder trained on that fold's
               training identities makes the re-render fakes; the network trains on pair-matched
               batches with a blend-mask head and is scored on the held-out fold;
               Each fold's network is written as WORK/out/foldK.seamnet for Scripts/fit-fusion.py.
  4. final     the network trained on every fold, written as a .seamnet file through
               face_network_format.py, with calibration.json (held-out real percentiles) and
               model-card.md (manifest with SHA-256s, command, figures, time, CPU).
Outputs go to --out (default WORK/out). dev-media and dev-stills are never read. CPU only,
one thread, fixed seeds.
"""
import argparse
import concurrent.futures
import json
import os
import shlex
import sys
import time

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from face_network_format import write_network  # noqa: E402
from face_training import crops, dataset, network, report, sources, training  # noqa: E402

ROOT = os.path.dirname(HERE)


def log(message):
    print(message, flush=True)


def check_export(model, side):
    """The exported path (trunk + classifier + sigmoid) must give the training model's score:
    catches a layer left out of `exportable()`; the file format itself is checked against the
    Swift side by the NetworkTests fixtures."""
    generator = torch.Generator().manual_seed(0)
    x = torch.randn(4, 3, side, side, generator=generator)
    model.eval()
    with torch.no_grad():
        difference = (model.exportable()(x)[:, 0] - torch.sigmoid(model(x)[0])).abs().max().item()
    if difference > 1e-6:
        raise SystemExit(f"exported network differs from the trained one by {difference}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", required=True, help="cache and checkpoint folder, outside the repository")
    parser.add_argument("--out", help="weights, calibration and model card (default WORK/out)")
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "seamscan"))
    parser.add_argument("--max-sources", type=int, default=0, help="use at most N sources, spread over identities (0: all)")
    parser.add_argument("--frames-per-clip", type=int, default=3)
    parser.add_argument("--synth-variants", type=int, default=2, help="synth kinds drawn per source (of 5)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--eval-folds", type=int, default=0, help="train and score only the first N folds (0: all)")
    parser.add_argument("--no-final", action="store_true", help="skip the final model on all folds")
    parser.add_argument("--side", type=int, default=128, help="network input side (crops are resized from 256)")
    parser.add_argument("--width", type=int, default=8, help="channels of the first convolutions (MesoNet: 8)")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--batch", type=int, default=16, help="pairs per batch (a batch holds twice as many crops)")
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--mask-weight", type=float, default=1.0)
    parser.add_argument("--ae-steps", type=int, default=400, help="autoencoder steps per fold")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--checkpoint-every", type=int, default=20, help="training steps between checkpoints")
    parser.add_argument("--jobs", type=int, default=2, help="parallel sources while making crops")
    parser.add_argument("--smoke", action="store_true", help="mark the model card as a smoke run")
    args = parser.parse_args()
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    work = os.path.abspath(args.work)
    if os.path.commonpath([work, ROOT]) == ROOT:
        parser.error("--work must be outside the repository (caches and crops are never committed)")
    out = os.path.abspath(args.out or os.path.join(work, "out"))
    os.makedirs(out, exist_ok=True)
    command = "nice -n 19 " + " ".join(shlex.quote(a) for a in ["Scripts/train-face-model.py"] + sys.argv[1:])
    timings = {}

    # 1. crops
    all_sources = sources.list_sources(args.shared)
    chosen = sources.pick_sources(all_sources, args.max_sources)
    log(f"crops: {len(chosen)} of {len(all_sources)} sources")
    entries_by_source, seconds_by_source = {}, {}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = {s["name"]: pool.submit(crops.make_source_crops, args.binary, work, s, args.frames_per_clip, args.synth_variants)
                   for s in chosen}
        for k, s in enumerate(chosen):
            entries_by_source[s["name"]], seconds_by_source[s["name"]] = futures[s["name"]].result()
            log(f"  [{k + 1}/{len(chosen)}] {s['name']}: {len(entries_by_source[s['name']])} crops")
    timed = [s["name"] for s in chosen if seconds_by_source[s["name"]] is not None]
    crop_count = sum(len(entries_by_source[name]) for name in timed)
    job_seconds = sum(seconds_by_source[name] for name in timed)
    timings["data_making"] = {"sources_timed": len(timed), "crops": crop_count, "job_seconds": round(job_seconds, 1),
                              "crops_per_job_second": round(crop_count / max(job_seconds, 1e-9), 2), "jobs": args.jobs,
                              "note": "wall seconds summed over sources as each was made (--jobs run at once)"}

    # entries with global indices (a fake's `pair` is an index within its own source's list)
    entries = []
    for s in chosen:
        offset = len(entries)
        for entry in entries_by_source[s["name"]]:
            entries.append({**entry, "pair": None if entry["pair"] is None else entry["pair"] + offset})
    group_sizes = {}
    for s in chosen:
        group_sizes[s["group"]] = group_sizes.get(s["group"], 0) + 1
    fold_of_group = sources.assign_folds(group_sizes, args.folds)

    # 2. dataset
    started = time.time()
    info = {s["name"]: s for s in chosen}
    data = dataset.build(work, entries, info, fold_of_group, args.seed, log=log)
    timings["dataset_seconds"] = round(time.time() - started, 1)
    kinds = {}
    for item in data.items:
        kinds[item["kind"]] = kinds.get(item["kind"], 0) + 1
    log(f"dataset: {json.dumps(kinds, sort_keys=True)}")

    config = {"side": args.side, "width": args.width, "epochs": args.epochs, "batch": args.batch, "lr": args.lr,
              "mask_weight": args.mask_weight, "seed": args.seed, "log_every": 10, "checkpoint_every": args.checkpoint_every}
    run_key = f"net{network.VERSION}-s{args.side}-w{args.width}-b{args.batch}-lr{args.lr}-m{args.mask_weight}-ae{args.ae_steps}-seed{args.seed}-{data.fingerprint[:12]}"
    run_root = os.path.join(work, "runs", run_key)

    # 3. folds
    evaluations = []
    folds = range(args.eval_folds or args.folds)
    for fold in folds:
        started = time.time()
        rr = dataset.rerender_fakes(work, data, fold, args.ae_steps, args.seed * 1000 + fold, log=log)
        pool = training.Pool(data, rr)
        model, stats = training.train(os.path.join(run_root, f"fold{fold}"), pool, fold, config, log=log)
        evaluation = training.evaluate(model, pool, fold, args.side, os.path.join(run_root, f"fold{fold}", f"eval-e{args.epochs}.json"))
        evaluations.append(evaluation)
        # the fold's model reads only identities it never trained on: Scripts/fit-fusion.py scans them with it
        write_network(model.exportable(), os.path.join(out, f"fold{fold}.seamnet"), input_shape=(3, args.side, args.side),
                      mean=network.MEAN, std=network.STD)
        check_export(model, args.side)
        figures = evaluation["conditions"]["as delivered"]["figures"]
        log(f"fold {fold}: " + ", ".join(f"{k} {report._format(v['auc'])}" for k, v in figures.items()))
        timings[f"fold{fold}"] = {"train_seconds": round(stats["seconds"], 1), "train_crops_per_second":
                                  round(stats["crops"] / max(stats["seconds"], 1e-9), 1), "pairs": stats["pairs"],
                                  "stage_seconds_this_session": round(time.time() - started, 1)}
    calib = report.calibration(evaluations)
    with open(os.path.join(out, "calibration.json"), "w") as file:
        json.dump({**calib, "folds_scored": list(folds), "run": run_key}, file, indent=2, sort_keys=True)

    # 4. final model
    weights, weights_sha256, parameters = None, None, network.parameter_count(network.FaceNet(args.side, args.width))
    if not args.no_final:
        rr = dataset.rerender_fakes(work, data, "final", args.ae_steps, args.seed * 1000 + 99, log=log)
        model, stats = training.train(os.path.join(run_root, "final"), training.Pool(data, rr), "final", config, log=log)
        timings["final"] = {"train_seconds": round(stats["seconds"], 1), "pairs": stats["pairs"],
                            "train_crops_per_second": round(stats["crops"] / max(stats["seconds"], 1e-9), 1)}
        weights = os.path.join(out, f"face-{run_key}.seamnet")
        write_network(model.exportable(), weights, input_shape=(3, args.side, args.side), mean=network.MEAN, std=network.STD)
        weights_sha256 = sources.sha256(weights)
        check_export(model, args.side)
        log(f"weights: {weights} ({weights_sha256})")

    crops_per_source = {}
    for item in data.items:
        crops_per_source[item["source"]] = crops_per_source.get(item["source"], 0) + 1
    listed = [{**s, "sha256": sources.sha256(s["path"]), "fold": fold_of_group[s["group"]],
               "crops": crops_per_source.get(s["name"], 0)} for s in chosen]
    manifests = {f"{name}/manifest.csv": sources.sha256(os.path.join(args.shared, name, "manifest.csv"))
                 for name in ("train-real-2", "train-real-3") if os.path.exists(os.path.join(args.shared, name, "manifest.csv"))}
    card = os.path.join(out, "model-card.md")
    pooled = report.write_card(card, command=command, counts=kinds, config={**config, "ae_steps": args.ae_steps, "folds": args.folds,
                      "frames_per_clip": args.frames_per_clip, "synth_variants": args.synth_variants},
                      sources=listed, manifests=manifests, evaluations=evaluations, calib=calib, timings=timings,
                      weights=weights, weights_sha256=weights_sha256, parameters=parameters, smoke=args.smoke)
    with open(os.path.join(out, "figures.json"), "w") as file:
        json.dump({"pooled": pooled, "calibration": calib, "timings": timings, "crops": kinds}, file, indent=2, sort_keys=True)
    log(f"model card: {card}")


if __name__ == "__main__":
    main()
