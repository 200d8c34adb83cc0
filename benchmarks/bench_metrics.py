#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Per-slice metrics: Segmenta vs scikit-learn on the same 1M-row file, same run.

Generates (once) a CSV with 12 slices of unequal size, a 0/1 label and a score
rounded to 4 digits (so there are ties), then times
  - scikit-learn: the seven main metrics (accuracy, precision, recall, F1,
    roc_auc_score, average_precision_score, log_loss) overall and per slice,
    and "all" (those + specificity, brier_score_loss, calibration_curve/ECE);
  - Segmenta: computeSliceReport (all of the above, plus intervals, significance,
    reliability bins) on the same table,
each the median of N runs, data already in memory for both, and prints the ratios.
"""
import argparse
import json
import os
import statistics
import subprocess
import time
import warnings

import numpy as np
import pandas as pd
from sklearn import metrics
from sklearn.calibration import calibration_curve

warnings.filterwarnings("ignore")


def generate(path, rows, seed=2026):
    rng = np.random.default_rng(seed)
    weights = np.arange(1, 13, dtype=float)
    weights /= weights.sum()
    slice_id = rng.choice(12, rows, p=weights)
    names = np.array([f"region_{i:02d}" for i in range(12)])
    logit = rng.normal(-1.0, 1.4, rows) + 0.08 * slice_id
    label = (rng.uniform(size=rows) < 1 / (1 + np.exp(-logit))).astype(int)
    noisy = logit + rng.normal(0, 0.8, rows) + np.where(slice_id == 3, -0.7, 0.0)
    score = np.round(1 / (1 + np.exp(-noisy)), 4)
    pd.DataFrame({"region": names[slice_id], "churned": label, "churn_score": score}).to_csv(path, index=False)


def seven(y, p):
    pred = (p >= 0.5).astype(int)
    return [metrics.accuracy_score(y, pred), metrics.precision_score(y, pred, zero_division=0),
            metrics.recall_score(y, pred, zero_division=0), metrics.f1_score(y, pred, zero_division=0),
            metrics.roc_auc_score(y, p), metrics.average_precision_score(y, p),
            metrics.log_loss(y, p, eps=1e-15, labels=[0, 1])]


def everything(y, p):
    pred = (p >= 0.5).astype(int)
    out = seven(y, p)
    out.append(metrics.recall_score(y, pred, pos_label=0, zero_division=0))
    out.append(metrics.brier_score_loss(y, p))
    prob_true, prob_pred = calibration_curve(y, p, n_bins=10)
    out.append(len(prob_true))
    return out


def time_sklearn(df, fn, runs):
    y = df["churned"].to_numpy()
    p = df["churn_score"].to_numpy()
    s = df["region"].to_numpy()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn(y, p)
        codes, uniq = pd.factorize(s)
        for k in range(len(uniq)):
            m = codes == k
            fn(y[m], p[m])
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--file", required=True)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    os.makedirs(os.path.dirname(a.file), exist_ok=True)
    if not os.path.exists(a.file):
        print(f"generating {a.rows} rows -> {a.file}")
        generate(a.file, a.rows)
    ours = json.loads(subprocess.run([a.bin, a.file, "--label", "churned", "--score", "churn_score", "--slice",
                                      "region", "--runs", str(a.runs)], check=True, capture_output=True,
                                     text=True).stdout)
    df = pd.read_csv(a.file)
    y, p = df["churned"].to_numpy(), df["churn_score"].to_numpy()
    agree = {"roc_auc": metrics.roc_auc_score(y, p), "average_precision": metrics.average_precision_score(y, p),
             "log_loss": metrics.log_loss(y, p, eps=1e-15, labels=[0, 1]), "brier": metrics.brier_score_loss(y, p)}
    t7 = time_sklearn(df, seven, a.runs)
    tall = time_sklearn(df, everything, a.runs)
    seg = ours["median_seconds"]
    print(f"rows {ours['rows']:,}, slices {ours['slices']}, median of {a.runs} runs, data in memory for both")
    print(f"  scikit-learn, 7 main metrics overall + per slice : {t7:8.3f} s")
    print(f"  scikit-learn, all metrics overall + per slice    : {tall:8.3f} s")
    print(f"  Segmenta, all metrics + intervals + significance : {seg:8.3f} s")
    print(f"  ratio (sklearn 7 metrics / Segmenta all)          : {t7 / seg:8.1f}x")
    print(f"  ratio (sklearn all / Segmenta all)                : {tall / seg:8.1f}x")
    worst = max(abs(ours[k] - v) / max(1.0, abs(v)) for k, v in agree.items())
    print(f"  largest relative difference overall (AUC, AP, log loss, Brier): {worst:.1e}")


if __name__ == "__main__":
    main()
