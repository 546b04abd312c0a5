"""Time load_mnist(): a cold load (fresh cache folder) and cached loads.

Run: .venv/bin/python benchmarks/bench_data.py [--repeat N]

The cold load gunzips and md5-checks the bundled files and writes the .npy
cache; the cached loads read that cache. All loads use the book's defaults
(normalize=True, flatten=True), so each one also converts 55 MB of uint8 into
220 MB of float32. The first cached load in a process may be slower than the
rest where the OS backs fresh memory lazily (e.g. in a VM); the median and the
best of the later loads show the steady state.
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from engine.data import load_dataset, load_mnist  # noqa: E402


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="cached loads to time")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-data-") as cache:
        cold, result = timed(lambda: load_mnist(cache_dir=cache))
        del result
        warm = []
        for _ in range(args.repeat):
            seconds, result = timed(lambda: load_mnist(cache_dir=cache))
            del result  # so every load allocates like a first one would
            warm.append(seconds)
        dataset, result = timed(lambda: load_dataset(cache_dir=cache))
        del result
        no_cache, result = timed(lambda: load_mnist(cache_dir=False))

    print("load_mnist() with the bundled MNIST, defaults (float32, flattened)")
    print(f"  cold load, fresh cache folder : {cold:7.3f} s")
    print(f"  second load (first cached)    : {warm[0]:7.3f} s")
    print(f"  {f'cached loads, median of {len(warm)}':<30}: {statistics.median(warm):7.3f} s")
    print(f"  cached loads, best            : {min(warm):7.3f} s")
    print(f"  load_dataset(), cached        : {dataset:7.3f} s")
    print(f"  load_mnist(cache_dir=False)   : {no_cache:7.3f} s")


if __name__ == "__main__":
    main()
