#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Exact drift with SciPy/numpy on the same files as bench_drift (same tests:
KS two-sample with method='auto', Wasserstein / population std, PSI over 10
reference-quantile bins, Jensen-Shannon; chi-square for the categories), timed
after reading, median of RUNS. Prints "scipy_seconds <median>" and the values."""
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance


def numeric(r, c, bins=10):
    r = r[~np.isnan(r)]
    c = c[~np.isnan(c)]
    ks = stats.ks_2samp(r, c, method="auto")
    w = stats.wasserstein_distance(r, c) / max(float(np.std(r)), 0.001)
    edges = np.unique(np.quantile(r, np.arange(1, bins) / bins))
    rs = np.bincount(np.searchsorted(edges, r, side="right"), minlength=len(edges) + 1) / len(r)
    cs = np.bincount(np.searchsorted(edges, c, side="right"), minlength=len(edges) + 1) / len(c)
    rf, cf = np.where(rs == 0, 1e-4, rs), np.where(cs == 0, 1e-4, cs)
    return ks.statistic, ks.pvalue, w, float(np.sum((cf - rf) * np.log(cf / rf))), distance.jensenshannon(rs, cs)


def categorical(r, c):
    levels = sorted(set(r.dropna()) | set(c.dropna()))
    rc = r.value_counts().reindex(levels, fill_value=0).to_numpy(float)
    cc = c.value_counts().reindex(levels, fill_value=0).to_numpy(float)
    chi2, p, _, _ = stats.chi2_contingency([rc, cc], correction=False)
    rs, cs = rc / rc.sum(), cc / cc.sum()
    rf, cf = np.where(rs == 0, 1e-4, rs), np.where(cs == 0, 1e-4, cs)
    return chi2, p, float(np.sum((cf - rf) * np.log(cf / rf))), distance.jensenshannon(rs, cs)


def main():
    ref_path, cur_path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    ref, cur = pd.read_csv(ref_path), pd.read_csv(cur_path)
    times, cpu, out = [], [], {}
    for _ in range(runs):
        t = time.perf_counter()
        c = time.process_time()
        for col in ref.columns:
            if ref[col].dtype.kind in "if" and ref[col].nunique() > 5:
                out[col] = numeric(ref[col].to_numpy(float), cur[col].to_numpy(float))
            else:
                out[col] = categorical(ref[col], cur[col])
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    print("scipy_seconds %.4f" % sorted(times)[len(times) // 2])
    print("scipy_cpu_seconds %.4f" % sorted(cpu)[len(cpu) // 2])
    for col, v in out.items():
        print("column", col, " ".join("%.10g" % x for x in v))


if __name__ == "__main__":
    main()
