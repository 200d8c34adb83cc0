#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""CSV import benchmark: `segmenta-cli inspect FILE --json` against pandas.read_csv
on the same 1,000,000-row customer CSV, in the same run. Median of N runs each;
peak memory is the maximum resident set size reported by /usr/bin/time -v.
Called by bench_inspect.sh, which builds the binaries first."""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time

PANDAS_SNIPPET = r"""
import sys, time
import pandas as pd
t = time.perf_counter()
df = pd.read_csv(sys.argv[1])
print(f"{time.perf_counter() - t:.4f} {len(df)} {len(df.columns)}")
"""


def timed(cmd):
    """Runs cmd under /usr/bin/time -v; returns (wall seconds, peak RSS MB, stdout)."""
    start = time.perf_counter()
    p = subprocess.run(['/usr/bin/time', '-v'] + cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit(f"bench_inspect: {' '.join(cmd[:2])} failed:\n{p.stderr[-2000:]}")
    rss = int(re.search(r'Maximum resident set size \(kbytes\): (\d+)', p.stderr).group(1)) / 1024
    return wall, rss, p.stdout


def generate_python(path, rows, seed=42):
    """A customer CSV like the demo's, for when segmenta-cli demo is unavailable."""
    import numpy as np
    rng = np.random.default_rng(seed)
    countries = np.array(['DE', 'FR', 'GB', 'US', 'NL', 'ES', 'IT', 'PL', 'SE', 'AT', 'BE', 'NA'])
    channels = np.array(['web', 'app', 'store', 'marketplace', 'social'])
    cid = np.arange(1, rows + 1)
    signup = np.datetime64('2020-01-01') + rng.integers(0, 2000, rows)
    age = rng.integers(18, 80, rows).astype(str).astype(object)
    age[rng.random(rows) < 0.05] = ''
    orders = rng.poisson(4, rows)
    revenue = np.round(rng.lognormal(4, 1, rows), 2)
    cols = {
        'customer_id': cid,
        'email': [f'user{i}@example.com' for i in cid],
        'phone': [f'+1-202-555-01{i % 100:02d}' for i in cid],
        'signup_date': signup.astype(str),
        'country': countries[np.minimum(rng.geometric(0.3, rows) - 1, 11)],
        'channel': channels[rng.integers(0, 5, rows)],
        'age': age,
        'tenure_days': rng.integers(0, 2000, rows),
        'orders_12m': orders,
        'revenue': revenue,
        'avg_order_value': np.round(revenue / np.maximum(orders, 1), 2),
        'days_since_last_order': rng.integers(0, 365, rows),
        'returns_rate': np.round(rng.beta(1, 8, rows), 3),
        'sessions_30d': rng.poisson(6, rows),
        'newsletter': np.where(rng.random(rows) < 0.4, 'yes', 'no'),
        'churned': rng.integers(0, 2, rows),
        'churn_score': np.round(rng.random(rows), 4),
        'snapshot_date': '2025-12-31',
    }
    import pandas as pd
    pd.DataFrame(cols).to_csv(path, index=False)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', required=True)
    ap.add_argument('--import-bin', help='bench_import, used when inspect is not available')
    ap.add_argument('--file', required=True)
    ap.add_argument('--rows', type=int, default=1_000_000)
    ap.add_argument('--runs', type=int, default=3)
    a = ap.parse_args()

    if not os.path.exists(a.file):
        os.makedirs(os.path.dirname(a.file), exist_ok=True)
        demo_dir = os.path.join(os.path.dirname(a.file), 'demo')
        print(f'Generating {a.rows:,} customer rows …', flush=True)
        p = subprocess.run([a.cli, 'demo', '--out', demo_dir, '--rows', str(a.rows), '--months', '0', '--json'],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        made = None
        if p.returncode == 0:
            import json
            files = json.loads(p.stdout.strip().splitlines()[-1]).get('files', [])
            made = max(files, key=lambda f: f['rows'])['path'] if files else None
        if made and os.path.exists(made):
            os.replace(made, a.file)
        else:
            generate_python(a.file, a.rows)
    size_mb = os.path.getsize(a.file) / 1e6
    with open(a.file, encoding='utf-8', errors='replace') as f:
        header = f.readline()
    print(f'File: {a.file} ({size_mb:.0f} MB, {header.count(",") + 1} columns)')

    probe = subprocess.run([a.cli, 'inspect', a.file, '--json'], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if probe.returncode == 0:
        ours_cmd, label = [a.cli, 'inspect', a.file, '--json'], 'segmenta-cli inspect --json'
    elif a.import_bin:
        ours_cmd, label = [a.import_bin, a.file], 'bench_import (inspect not available yet)'
    else:
        sys.exit('bench_inspect: segmenta-cli inspect failed: ' + probe.stderr.decode(errors='replace'))

    ours, theirs, theirs_inner = [], [], []
    for _ in range(a.runs):
        wall, rss, _ = timed(ours_cmd)
        ours.append((wall, rss))
        wall, rss, out = timed(['/usr/bin/python3', '-c', PANDAS_SNIPPET, a.file])
        theirs.append((wall, rss))
        theirs_inner.append(float(out.split()[0]))
    s_time = statistics.median(w for w, _ in ours)
    p_time = statistics.median(theirs_inner)
    s_rss = max(r for _, r in ours)
    p_rss = max(r for _, r in theirs)
    print(f'Segmenta  ({label}): {s_time:.3f} s (whole process), peak {s_rss:.0f} MB')
    print(f'pandas    (read_csv only, median of {a.runs}): {p_time:.3f} s, peak {p_rss:.0f} MB '
          f'(process incl. interpreter: {statistics.median(w for w, _ in theirs):.2f} s)')
    print(f'Ratio: Segmenta is {p_time / s_time:.1f}x faster than pandas.read_csv '
          f'and uses {s_rss / p_rss:.2f}x its peak memory')


if __name__ == '__main__':
    main()
