"""tacitus.dask on a LocalCluster of 2 worker processes on 127.0.0.1: the
parts joined in order are byte for byte what `tacitus code -j 1` writes for
the same inputs (a news file cut into parts, a gzip copy, a corrupted file,
the bad stories of tests/errors, a missing path), the counts are those of
--stats, nothing is lost or duplicated (also when run again into the same
folder), each worker opens the engine once; and the command-line form, both
joining a running scheduler and starting its own cluster."""
import gzip
import json
import os
import re
import shutil
import subprocess
import sys

import pytest

import tacitus.dask
from conftest import EXAMPLE, ROOT, run_cli


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster
    c = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None)
    yield c
    c.close()


@pytest.fixture
def inputs(tmp_path, news_slice):
    news = tmp_path / "news.jsonl"
    shutil.copy(news_slice, news)
    with open(news_slice, "rb") as f, gzip.open(tmp_path / "copy.jsonl.gz", "wb") as g:
        g.write(f.read())
    (tmp_path / "junk.jsonl").write_bytes(b'{"id":"j1","date":"2021-01-01","text":"Fine."}\n\x01\x02junk\xff\n'
                                          b'{"date":"2021-01-02","text":"No id."}\n')
    return [str(news), str(tmp_path / "copy.jsonl.gz"), str(tmp_path / "junk.jsonl"),
            os.path.join(ROOT, "tests", "errors"), str(tmp_path / "missing.jsonl"), EXAMPLE]


def cli_reference(paths):
    out, err, status = run_cli("code", "-q", "--stats", "-j", "1", *paths)
    m = re.search(r"(\d+) stories, (\d+) sentences, (\d+) events, (\d+) errors", err)
    stats = dict(zip(("stories", "sentences", "events", "errors"), map(int, m.groups())))
    return out, stats, status


def merged(parts):
    data = b""
    for p in parts:
        with open(p, "rb") as f:
            data += f.read()
    return data


def test_code_files_equals_cli(cluster, inputs, tmp_path):
    from dask.distributed import Client
    want, stats, status = cli_reference(inputs)
    assert status == 1 and stats["errors"] >= 10 and stats["events"] > 100
    out = tmp_path / "out"
    with Client(cluster) as client:
        counts = tacitus.dask.code_files(inputs, client, str(out), part_mb=0.1)
        assert len(counts["parts"]) > len(inputs) + 3  # the news file was cut into parts
        assert merged(counts["parts"]) == want
        assert {k: counts[k] for k in stats} == stats
        # run again into the same folder: the same files, nothing added
        again = tacitus.dask.code_files(inputs, client, str(out), part_mb=0.1)
        assert again["parts"] == counts["parts"]
        assert sorted(str(p) for p in out.iterdir()) == sorted(counts["parts"])
        assert merged(again["parts"]) == want
        # one engine per worker process
        engines = client.run(lambda: len(tacitus.dask._engines))
        assert len(engines) == 2 and max(engines.values()) == 1 and sum(engines.values()) >= 1


def test_command_line(cluster, inputs, tmp_path):
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "python"))
    want, stats, _ = cli_reference(inputs)
    out = tmp_path / "out1"
    p = subprocess.run([sys.executable, "-m", "tacitus.dask", "--scheduler", cluster.scheduler_address,
                        "--part-mb", "0.2", "--out", str(out)] + inputs, cwd=ROOT, env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p.returncode == 1 and p.stdout.startswith(b"{"), p.stderr.decode()[-3000:]  # error records: 1
    summary = json.loads(p.stdout)
    assert {k: summary[k] for k in stats} == stats
    assert merged(sorted(out.glob("part-*.jsonl"))) == want
    # its own LocalCluster, on a small input
    small = [EXAMPLE, str(tmp_path / "missing.txt")]
    want, stats, _ = cli_reference(small)
    out = tmp_path / "out2"
    p = subprocess.run([sys.executable, "-m", "tacitus.dask", "--workers", "2", "--out", str(out)] + small,
                       cwd=str(tmp_path), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p.returncode == 1 and p.stdout.startswith(b"{"), p.stderr.decode()[-3000:]
    assert json.loads(p.stdout)["events"] == stats["events"]
    assert merged(sorted(out.glob("part-*.jsonl"))) == want
