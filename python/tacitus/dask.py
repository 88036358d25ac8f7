"""tacitus.dask -- code stories on a Dask cluster (Debian python3-distributed).

    from dask.distributed import Client
    import tacitus.dask
    counts = tacitus.dask.code_files(["a.jsonl", "b.jsonl.gz", "stories/"], client, "out/")
    # {'stories': ..., 'sentences': ..., 'events': ..., 'errors': ..., 'parts': [...]}

The inputs are cut into parts -- one per file (a folder is expanded into its
files, in the order `tacitus code` reads them), and an uncompressed JSON
Lines file larger than a part into byte ranges at line boundaries -- and the
parts are mapped to the workers.  Each worker process opens the engine once
and codes each part with the library's own reader and writer into
out_dir/part-NNNNNN.jsonl (written under a temporary name and renamed, so a
task that is run again replaces its file instead of adding to it).  The
parts, joined in order (`cat out_dir/part-*.jsonl`), are what
`tacitus code -j 1` writes for the same inputs: the same events, the same
error records, in the same order.

Command line (a LocalCluster on 127.0.0.1, or a running scheduler):

    PYTHONPATH=python /usr/bin/python3 -m tacitus.dask --workers 2 --out DIR FILE...
    PYTHONPATH=python /usr/bin/python3 -m tacitus.dask --scheduler tcp://HOST:8786 --out DIR FILE...

It prints the counts as one JSON object and exits 1 when some stories were
error records (as `tacitus code` does), 2 on a usage error.
"""
import argparse
import glob
import json
import os
import sys
import threading

__all__ = ["code_files", "plan"]

# one engine per worker process, opened by its first task
_engines = {}
_engines_lock = threading.Lock()


def _engine(cfg):
    key = tuple(sorted(cfg.items()))
    with _engines_lock:
        e = _engines.get(key)
        if e is None:
            import tacitus
            e = _engines[key] = tacitus.Engine(**cfg)
        return e


def _is_gzip(path):
    try:
        with open(path, "rb") as f:
            return f.read(2) == b"\x1f\x8b"
    except OSError:
        return False


def _files(path):
    """The files below a folder in the order the C reader walks it: the
    folder's files sorted by name (bytes), hidden entries skipped, then each
    sub-folder in name order."""
    base = os.fsencode(path)
    names = sorted(os.listdir(base))
    files, dirs = [], []
    for n in names:
        if n.startswith(b"."):
            continue
        p = base + b"/" + n  # as the C reader joins them (also after a trailing '/')
        if os.path.isdir(p):
            dirs.append(p)
        elif os.path.isfile(p):
            files.append(os.fsdecode(p))
    for d in dirs:
        files.extend(_files(os.fsdecode(d)))
    return files


def _split(path, size, part_bytes):
    """Byte ranges of an uncompressed JSON Lines file, cut after newlines,
    with the line number each starts at."""
    cuts = [0]
    with open(path, "rb") as f:
        while cuts[-1] + part_bytes < size:
            f.seek(cuts[-1] + part_bytes)
            f.readline()  # to the end of the line the cut falls in
            pos = f.tell()
            if pos >= size:
                break
            cuts.append(pos)
        cuts.append(size)
        parts, line = [], 1
        f.seek(0)
        for a, b in zip(cuts, cuts[1:]):
            parts.append({"path": path, "offset": a, "length": b - a, "first_line": line})
            left = b - a
            while left:
                chunk = f.read(min(left, 1 << 20))
                if not chunk:
                    break
                line += chunk.count(b"\n")
                left -= len(chunk)
    return parts


def plan(paths, part_bytes):
    """The parts of the inputs, in input order: {"path"} for a whole file
    (or a path that cannot be read: the worker writes its error record), or
    {"path", "offset", "length", "first_line"} for part of a JSON Lines file
    larger than part_bytes."""
    parts = []
    for p in paths:
        files = _files(p) if os.path.isdir(p) else [p]
        for f in files:
            jsonl = f.endswith((".jsonl", ".json", ".ndjson"))
            size = os.path.getsize(f) if os.path.isfile(f) else 0
            if jsonl and size > part_bytes and not _is_gzip(f):
                parts.extend(_split(f, size, part_bytes))
            else:
                parts.append({"path": f})
    return parts


def _code_part(index, part, out_dir, cfg, max_story):
    """A task: codes one part into out_dir/part-<index>.jsonl; returns its counts."""
    out = os.path.join(out_dir, "part-%06d.jsonl" % index)
    tmp = "%s.tmp-%d-%d" % (out, os.getpid(), threading.get_ident())
    try:
        counts = _engine(cfg)._code_file(part, tmp, max_story)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    counts["part"] = out
    return counts


def code_files(paths, client, out_dir, part_mb=None, models=None, data=None, project_data=None,
               max_story=8 << 20):
    """Codes the stories of `paths` (files, folders; story files, JSON Lines,
    gzip, as `tacitus code` reads them) on the workers of a dask.distributed
    `client`, one JSON Lines file per part in out_dir (its part-*.jsonl files
    from an earlier run are removed first).  part_mb: largest part of a JSON
    Lines file in MB (default: the input cut into about 4 parts a worker,
    between 1 and 64 MB).  models / data / project_data: the engine's folders
    as each worker sees them (None: each worker's own defaults).  Returns
    {"stories", "sentences", "events", "errors", "parts": [files in order]},
    counted as `tacitus code --stats` counts."""
    paths = [os.fspath(p) for p in paths]
    if "-" in paths:
        raise ValueError("tacitus.dask: standard input cannot be shared with the workers; give files")
    os.makedirs(out_dir, exist_ok=True)
    for old in glob.glob(os.path.join(glob.escape(out_dir), "part-*.jsonl")):
        os.unlink(old)
    if part_mb:
        part_bytes = int(part_mb * (1 << 20))
    else:
        total = sum(os.path.getsize(f) for p in paths for f in (_files(p) if os.path.isdir(p) else [p])
                    if os.path.isfile(f))
        nworkers = max(1, len(client.scheduler_info().get("workers", {})))
        part_bytes = min(64 << 20, max(1 << 20, total // (4 * nworkers) + 1))
    parts = plan(paths, part_bytes)
    cfg = {"models": models, "data": data, "project_data": project_data}
    futures = client.map(_code_part, list(range(len(parts))), parts, out_dir=os.path.abspath(out_dir), cfg=cfg,
                         max_story=max_story, pure=False)
    results = client.gather(futures)
    total = {"stories": 0, "sentences": 0, "events": 0, "errors": 0, "parts": []}
    for r in results:
        for k in ("stories", "sentences", "events", "errors"):
            total[k] += r[k]
        total["parts"].append(r["part"])
    return total


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python3 -m tacitus.dask",
                                 description="Codes stories on a Dask cluster: one JSON Lines file per part in "
                                             "--out; `cat OUT/part-*.jsonl` is what `tacitus code` writes.")
    ap.add_argument("files", nargs="+", metavar="FILE", help="story files, JSON Lines, gzip, folders")
    ap.add_argument("--out", required=True, help="folder for the part-*.jsonl files")
    ap.add_argument("--workers", type=int, default=2, help="worker processes of the LocalCluster (default 2)")
    ap.add_argument("--scheduler", help="join a running cluster (tcp://HOST:PORT) instead of starting one")
    ap.add_argument("--part-mb", type=float, help="largest part of a JSON Lines file, in MB")
    ap.add_argument("--models", help="model folder as the workers see it")
    args = ap.parse_args(argv)
    if args.workers < 1:
        ap.error("--workers must be at least 1")
    from dask.distributed import Client, LocalCluster

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None)
        client = Client(cluster)
    try:
        counts = code_files(args.files, client, args.out, part_mb=args.part_mb, models=args.models)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    parts = counts.pop("parts")
    counts["parts"] = len(parts)
    print(json.dumps(counts))
    return 1 if counts["errors"] else 0


if __name__ == "__main__":
    # run the copy imported as tacitus.dask, so that the workers find the
    # task function by its module name rather than in this __main__
    from tacitus.dask import main as _main
    sys.exit(_main())
