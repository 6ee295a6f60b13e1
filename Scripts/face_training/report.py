"""Calibration from held-out real scores, and the model card.

Thresholds are percentiles of the held-out folds' *real* crop scores (as delivered): a crop
above the 95th percentile is where 5% of real crops land. They come from folds whose identities
the scoring model never saw; dev-media and dev-stills are never used (they are the test sets).
"""
import json
import platform

import numpy as np
import torch


def calibration(evaluations):
    reals, asian = [], []
    for evaluation in evaluations:
        scores = evaluation["conditions"]["as delivered"]["scores"]
        for item, value in zip(evaluation["items"], scores):
            if item["label"] == "real":
                reals.append(value)
                if item["group"].startswith("train-real-3:"):
                    asian.append(value)
    if not reals:
        return {}
    p95, p99 = float(np.percentile(reals, 95)), float(np.percentile(reals, 99))
    return {"held_out_real_crops": len(reals), "threshold_p95": p95, "threshold_p99": p99,
            "east_southeast_asian_real_crops": len(asian),
            "east_southeast_asian_above_p95": int(sum(v > p95 for v in asian)),
            "east_southeast_asian_above_p99": int(sum(v > p99 for v in asian))}


def pooled_figures(evaluations, condition, rounds=200, seed=0):
    """Per fake kind and pooled, AUC over every scored held-out fold together, with a 95%
    interval from resampling *source files* (crops of one source are not independent)."""
    from seamscan_data import auc as roc_auc

    from .training import MATCHED_REAL
    rows = []
    for evaluation in evaluations:
        for item, value in zip(evaluation["items"], evaluation["conditions"][condition]["scores"]):
            rows.append((item["source"], item["label"], item["kind"], value))
    kinds = sorted({kind for _, label, kind, _ in rows if label == "fake"})
    by_source = {}
    for row in rows:
        by_source.setdefault(row[0], []).append(row)
    names = sorted(by_source)
    rng = np.random.default_rng(seed)

    def auc(selected, kind):
        real_kinds = ("real-lossless", "real-chain") if kind == "pooled" else (MATCHED_REAL.get(kind, "real-chain"),)
        reals = [v for _, label, k, v in selected if k in real_kinds]
        fakes = [v for _, label, k, v in selected if label == "fake" and (kind == "pooled" or k == kind)]
        return roc_auc(fakes, reals), len(fakes)

    samples = [[row for name in rng.choice(names, len(names)) for row in by_source[name]] for _ in range(rounds)]
    figures = {}
    for kind in kinds + ["pooled"]:
        value, count = auc(rows, kind)
        boot = [a for a in (auc(sample, kind)[0] for sample in samples) if a is not None]
        interval = (float(np.percentile(boot, 2.5)), float(np.percentile(boot, 97.5))) if len(boot) > 10 else None
        figures[kind] = {"auc": value, "fakes": count, "interval": interval}
    return figures


def _cpu():
    try:
        with open("/proc/cpuinfo") as file:
            for line in file:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _format(value):
    return "–" if value is None else f"{value:.3f}"


def write_card(path, *, command, counts, config, sources, manifests, evaluations, calib, timings, weights, weights_sha256,
               parameters, smoke):
    kinds = sorted({k for e in evaluations for k in e["conditions"]["as delivered"]["figures"]} - {"pooled"}) + ["pooled"]
    lines = [f"# SeamScan face network: model card{' (SMOKE RUN, not a shipped model)' if smoke else ''}", ""]
    if smoke:
        lines += ["This run only shows that the pipeline works end to end at a tiny budget. Its figures are",
                  "not a measure of the method: too few crops, too few steps.", ""]
    lines += ["## Command", "", "```sh", command, "```", "",
              "## Model", "",
              f"- MesoNet-4-sized convolutional trunk with a global-average-pooled dense head, input {config['side']} px, "
              f"width {config['width']}: {parameters} exported parameters (the blend-mask head is training only)",
              f"- weights: `{weights}`" + (f", SHA-256 `{weights_sha256}`" if weights_sha256 else ""),
              f"- trained on {_cpu()}, {torch.get_num_threads()} thread(s), PyTorch {torch.__version__}, "
              f"seed {config['seed']}",
              f"- settings: {json.dumps(config, sort_keys=True)}", "",
              "## Held-out figures (identity folds)", "",
              "Crop-level ROC AUC of fakes against held-out real crops of the same compression "
              "(synth kinds: the real through the same chain; Python kinds: the near-lossless real), "
              "pooled against every real crop; 'pairs' is the share of fakes scored above their own real.", ""]
    pooled = {}
    for condition in ("as delivered", "jpeg 70"):
        pooled[condition] = pooled_figures(evaluations, condition)
        lines += [f"### {condition}", "", "| fold | " + " | ".join(kinds) + " |", "|---|" + "---|" * len(kinds)]
        for e in evaluations:
            figures = e["conditions"][condition]["figures"]
            cells = [f"{_format(figures[k]['auc'])} ({figures[k]['fakes']}, pairs {_format(figures[k]['pairs_right'])})"
                     if k in figures else "–" for k in kinds]
            lines.append(f"| {e['fold']} | " + " | ".join(cells) + " |")
        cells = []
        for k in kinds:
            figure = pooled[condition].get(k)
            if figure is None:
                cells.append("–")
                continue
            interval = figure["interval"]
            span = f" [{interval[0]:.2f}, {interval[1]:.2f}]" if interval else ""
            cells.append(f"**{_format(figure['auc'])}**{span} ({figure['fakes']})")
        lines.append("| **all scored folds** | " + " | ".join(cells) + " |")
        lines.append("")
    lines += ["Cells: AUC (fakes, pairs right); the last row pools the scored folds, with a 95% interval "
              "from resampling source files.", ""]
    lines += ["The figures are those of the fold models (each trained without its fold's identities); the "
              "weights file is the final model, trained the same way on every fold, so it has no held-out "
              "figure of its own.", "",
              "## Crops", "", "```json", json.dumps(counts, indent=2, sort_keys=True), "```", "",
              "## Calibration", "",
              "Percentiles of the held-out real crops' scores under the fold models, as delivered; the final "
              "model's scores are assumed to be distributed alike (check on real clips before use). "
              "East/Southeast Asian: held-out real crops of train-real-3 above each threshold.", "", "```json", json.dumps(calib, indent=2, sort_keys=True), "```", "",
              "## Time", "", "```json", json.dumps(timings, indent=2, sort_keys=True), "```", "",
              "## Data manifest", "",
              "Folder manifests: " + ", ".join(f"`{name}` SHA-256 `{digest}`" for name, digest in manifests.items()), "",
              "| source | identity group | fold | crops | SHA-256 |", "|---|---|---|---|---|"]
    for source in sources:
        # train-real-3 is personal data: its file names hold people's names, so only the hash is listed
        name = "(personal data: see its manifest)" if source["folder"] == "train-real-3" else source["relative"]
        lines.append(f"| {source['folder']}/{name} | {source['group']} | {source['fold']} | "
                     f"{source['crops']} | `{source['sha256']}` |")
    with open(path, "w") as file:
        file.write("\n".join(lines) + "\n")
    return pooled
