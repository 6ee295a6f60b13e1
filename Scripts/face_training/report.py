"""Calibration from held-out real scores, and the model card.

Thresholds are percentiles of the held-out folds' *real* crop scores (as delivered): a crop
above the 95th percentile is where 5% of real crops land. They come from folds whose identities
the scoring model never saw; dev-media and dev-stills are never used (they are the test sets).
"""
import json
import os
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


def write_card(path, *, command, config, sources, manifests, evaluations, calib, timings, weights, weights_sha256,
               parameters, smoke):
    kinds = sorted({k for e in evaluations for k in e["conditions"]["as delivered"]["figures"]} - {"pooled"}) + ["pooled"]
    lines = [f"# SeamScan face network: model card{' (SMOKE RUN, not a shipped model)' if smoke else ''}", ""]
    if smoke:
        lines += ["This run only shows that the pipeline works end to end at a tiny budget. Its figures are",
                  "not a measure of the method: too few crops, too few steps.", ""]
    lines += ["## Command", "", "```sh", command, "```", "",
              "## Model", "",
              f"- MesoNet-4-sized CNN, input {config['side']} px, width {config['width']}: {parameters} exported parameters "
              f"(the blend-mask head is training only)",
              f"- weights: `{weights}`" + (f", SHA-256 `{weights_sha256}`" if weights_sha256 else ""),
              f"- trained on {_cpu()}, {torch.get_num_threads()} thread(s), PyTorch {torch.__version__}, "
              f"under nice 19, seed {config['seed']}",
              f"- settings: {json.dumps(config, sort_keys=True)}", "",
              "## Held-out figures (identity folds)", "",
              "Crop-level ROC AUC of fakes against held-out real crops of the same compression "
              "(synth kinds: the real through the same chain; Python kinds: the near-lossless real), "
              "pooled against every real crop; 'pairs' is the share of fakes scored above their own real.", ""]
    for condition in ("as delivered", "jpeg 70"):
        lines += [f"### {condition}", "", "| fold | " + " | ".join(kinds) + " |", "|---|" + "---|" * len(kinds)]
        for e in evaluations:
            figures = e["conditions"][condition]["figures"]
            cells = [f"{_format(figures[k]['auc'])} ({figures[k]['fakes']}, pairs {_format(figures[k]['pairs_right'])})"
                     if k in figures else "–" for k in kinds]
            lines.append(f"| {e['fold']} | " + " | ".join(cells) + " |")
        lines.append("")
    lines += ["## Calibration", "", "```json", json.dumps(calib, indent=2, sort_keys=True), "```", "",
              "## Time", "", "```json", json.dumps(timings, indent=2, sort_keys=True), "```", "",
              "## Data manifest", "",
              "Folder manifests: " + ", ".join(f"`{name}` SHA-256 `{digest}`" for name, digest in manifests.items()), "",
              "| source | identity group | fold | crops | SHA-256 |", "|---|---|---|---|---|"]
    for source in sources:
        lines.append(f"| {source['folder']}/{source['relative']} | {source['group']} | {source['fold']} | "
                     f"{source['crops']} | `{source['sha256']}` |")
    with open(path, "w") as file:
        file.write("\n".join(lines) + "\n")
