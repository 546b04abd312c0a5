"""Crafted files from strangers: how long refusing each takes, and its peak memory.

Run: .venv/bin/python benchmarks/bench_files.py [--repeat N]

Each crafted file (the cases of issue 16, built as tests/engine/crafted.py
builds them) is opened by load_model / load_session / load_dataset in a fresh
child process, which reports the wall time of the load and its peak memory
above what it held once NumPy and the engine were imported (ru_maxrss), and
the error it raised. Best and worst of N runs are printed. Before the bounds,
the same files cost: 75 GB asked (MemoryError), 2.08 GB and 8-10 s, 6.0 GB and
64 s, 3.9 GB and 34 s, 3.9 GB and 17 s.
"""
import argparse
import json
import math
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from engine import TrainConfig, TwoLayerNet, save_model, save_session  # noqa: E402
from tests.engine.crafted import (  # noqa: E402
    Entry, deflate_zeros, gzip_zeros, npy_bytes, npy_header, npz_entries, read_entries, zip_bytes,
)

CHILD = """
import json, resource, sys, time
import engine
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
load = {"model": engine.load_model, "session": engine.load_session, "data": engine.load_dataset}[sys.argv[1]]
start = time.perf_counter()
try:
    load(sys.argv[2], **({"cache_dir": False} if sys.argv[1] == "data" else {}))
    error = None
except Exception as exc:
    error = f"{type(exc).__name__}: {exc}"
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base
print(json.dumps({"seconds": seconds, "peak_kb": peak, "error": error}))
"""


def make_cases(folder: Path) -> list:
    cases = []
    net = TwoLayerNet(784, 20, 10, seed=0)
    config = TrainConfig(hidden_sizes=(20,), dtype="float64")
    model = save_model(net, folder / "valid-model.npz", config=config)
    content, meta = read_entries(model)

    path = folder / "declares-75gb.npz"
    header = npy_header((100_000, 100_000), np.float64)
    entries = [Entry(k + ".npy", npy_bytes(v)) for k, v in content.items() if k != "W1"]
    entries.append(Entry("W1.npy", deflated=deflate_zeros(header, 1000), size=len(header) + 1000,
                         crc=zlib.crc32(header + bytes(1000))))
    path.write_bytes(zip_bytes(entries + npz_entries({}, meta)))
    cases.append(("model declaring a (100000, 100000) float64 W1", "model", path))

    path = folder / "extra-2gib.npz"
    header = npy_header((2**28,), np.float64)
    bomb = Entry("extra.npy", deflated=deflate_zeros(header, 2**31), size=len(header) + 2**31)
    path.write_bytes(zip_bytes(npz_entries(content, meta) + [bomb]))
    cases.append(("model with an extra deflated 2 GiB entry", "model", path))

    path = folder / "784-400000-10.npz"
    big_meta = json.loads(json.dumps(meta))
    big_meta["architecture"]["sizes"] = [784, 400_000, 10]
    entries = []
    for key, shape in (("W1", (784, 400_000)), ("b1", (400_000,)), ("W2", (400_000, 10)), ("b2", (10,))):
        header = npy_header(shape, np.float32)
        n = 4 * math.prod(shape)
        entries.append(Entry(key + ".npy", deflated=deflate_zeros(header, n), size=len(header) + n))
    path.write_bytes(zip_bytes(entries + npz_entries({}, big_meta)))
    cases.append(("model declaring a consistent [784, 400000, 10]", "model", path))

    curves = {"loss_step": np.arange(1.0, 11), "loss": np.linspace(2.3, 0.5, 10), "eval_step": np.array([0.0, 10]),
              "train_acc": np.array([np.nan, 0.8]), "test_acc": np.array([0.1, 0.8])}
    session = save_session(folder / "valid-session.npz", net=net, config=config, curves=curves, total_step=10,
                           dataset_name="MNIST", data_dir=None)
    content, meta = read_entries(session)
    path = folder / "curves-1e8.npz"
    entries = []
    for key in ("loss_step", "loss"):
        content.pop("curve/" + key)
        header = npy_header((10**8,), np.float64)
        entries.append(Entry(f"curve/{key}.npy", deflated=deflate_zeros(header, 8 * 10**8),
                             size=len(header) + 8 * 10**8))
    path.write_bytes(zip_bytes(npz_entries(content, meta) + entries))
    cases.append(("session holding 10**8 curve points", "session", path))

    data = folder / "million-images"
    data.mkdir()
    head = (0x803).to_bytes(4, "big") + (1_000_000).to_bytes(4, "big") + (28).to_bytes(4, "big") * 2
    (data / "train-images-idx3-ubyte.gz").write_bytes(gzip_zeros(head, 784 * 1_000_000))
    for name, magic, dims in (("train-labels-idx1-ubyte", 0x801, (1_000_000,)), ("t10k-images-idx3-ubyte", 0x803,
                              (10, 28, 28)), ("t10k-labels-idx1-ubyte", 0x801, (10,))):
        head = magic.to_bytes(4, "big") + b"".join(d.to_bytes(4, "big") for d in dims)
        (data / (name + ".gz")).write_bytes(gzip_zeros(head, math.prod(dims)))
    cases.append(("data folder of 1,000,000 blank images", "data", data))

    valid = ("valid model (784-20-10), for comparison", "model", model)
    return [valid] + cases


def measure(kind, path):
    done = subprocess.run([sys.executable, "-c", CHILD, kind, str(path)], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    return json.loads(done.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-files-") as tmp:
        for label, kind, path in make_cases(Path(tmp)):
            size = sum(p.stat().st_size for p in Path(path).iterdir()) if Path(path).is_dir() else path.stat().st_size
            runs = [measure(kind, path) for _ in range(args.repeat)]
            seconds = sorted(r["seconds"] for r in runs)
            peaks = sorted(r["peak_kb"] for r in runs)
            print(f"{label} ({size / 1e6:.2f} MB on disk)")
            print(f"    {seconds[0] * 1e3:.1f} ms (worst {seconds[-1] * 1e3:.1f} ms), peak +{peaks[0] / 1024:.1f} MB "
                  f"(worst +{peaks[-1] / 1024:.1f} MB) over {args.repeat} runs")
            print(f"    {runs[0]['error'] or 'loaded'}")


if __name__ == "__main__":
    main()
