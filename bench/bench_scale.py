"""The Python parts of bench/bench_scale.sh (a file, not standard input:
the Dask workers are started with multiprocessing's spawn, which re-imports
the main module).  Prints one line of figures on stderr and the seconds the
measured call took on stdout.

  bench_scale.py dask CORPUS OUT_DIR REFERENCE.jsonl     tacitus.dask.code_files on a
                                                          LocalCluster of 2 workers
  bench_scale.py python CORPUS REFERENCE.jsonl            Engine.code_stories, one thread
"""
import json
import sys
import time


def dask(corpus, out_dir, want):
    from dask.distributed import Client, LocalCluster
    import tacitus.dask

    t0 = time.time()
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None)
    client = Client(cluster)
    t1 = time.time()
    counts = tacitus.dask.code_files([corpus], client, out_dir)
    t2 = time.time()
    client.close()
    cluster.close()
    got = b"".join(open(p, "rb").read() for p in counts["parts"])
    same = got == open(want, "rb").read()
    print("dask: %d stories, %d events, %d parts; cluster start %.1f s; code_files %.2f s; output identical to "
          "-j 1: %s" % (counts["stories"], counts["events"], len(counts["parts"]), t1 - t0, t2 - t1,
                        "yes" if same else "NO"), file=sys.stderr)
    return t2 - t1


def python(corpus, want):
    import tacitus

    t0 = time.time()
    eng = tacitus.Engine()
    recs = list(eng.code_stories(tacitus.read(corpus)))
    t1 = time.time()
    with open(want, encoding="utf-8") as f:
        ref = [json.loads(line) for line in f]
    print("python code_stories: %d records in %.2f s (engine open included); records equal to -j 1: %s"
          % (len(recs), t1 - t0, "yes" if recs == ref else "NO"), file=sys.stderr)
    return t1 - t0


if __name__ == "__main__":
    what, args = sys.argv[1], sys.argv[2:]
    secs = dask(*args) if what == "dask" else python(*args)
    print("%.3f" % secs)
