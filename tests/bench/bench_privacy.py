"""Benchmark of the privacy guard: start-up time and memory, and per-text latency.

Run: ``python tests/bench/bench_privacy.py``. Prints figures only; no assertions
(timings depend on the machine). A Slack form must be answered within 3 s, so the
figures to watch are the first-call start-up and the p99 for 3,000 characters.
"""

from __future__ import annotations

import json
import random
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT / "tests" / "commands" / "privacy" / "corpus"


def texts_of_length(pool: list[str], length: int, count: int, rng: random.Random) -> list[str]:
    out = []
    for _ in range(count):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < length:
            parts.append(rng.choice(pool))
        out.append(" ".join(parts)[:length])
    return out


def main() -> None:
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    from commands.privacy import scan, warm_up

    t_import = time.perf_counter() - t0
    t1 = time.perf_counter()
    warm_up()
    t_warm = time.perf_counter() - t1
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"import: {t_import * 1000:.1f} ms   warm_up (first call): {t_warm * 1000:.1f} ms")
    print(f"peak RSS: {rss_after / 1024:.1f} MiB (grew {(rss_after - rss_before) / 1024:.1f} MiB)")
    # tracemalloc slows loading several-fold, so memory is measured on a second load.
    from commands.privacy import lexicon as lex_module

    lex_module.lexicon.cache_clear()
    tracemalloc.start()
    lex_module.lexicon()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"word lists: {current / 2**20:.1f} MiB held, {peak / 2**20:.1f} MiB peak (tracemalloc)")

    pool = [
        json.loads(line)["text"]
        for path in sorted(CORPUS.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    rng = random.Random(7)
    print(f"{'chars':>6} {'texts':>6} {'median ms':>10} {'p99 ms':>8} {'max ms':>8}")
    for length, count in ((200, 400), (1000, 200), (3000, 100)):
        samples = texts_of_length(pool, length, count, rng)
        times = []
        for text in samples:
            start = time.perf_counter()
            scan(text)
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
        median = statistics.median(times)
        print(f"{length:>6} {count:>6} {median:>10.2f} {p99:>8.2f} {times[-1]:>8.2f}")


if __name__ == "__main__":
    main()
