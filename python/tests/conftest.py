"""Shared fixtures of the Python tests (run by tests/check/python.sh, or by
hand: `PYTHONPATH=python /usr/bin/python3 -m pytest python/tests` from the
repository root after `make`)."""
import json
import os
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# tests/run.sh gives folders relative to the repository root; some tests run
# programs from other folders
for _k in ("TACITUS_MODELS", "TACITUS_DATA", "TACITUS_PROJECT_DATA", "TACITUS_LIB"):
    if os.environ.get(_k):
        os.environ[_k] = os.path.join(ROOT, os.environ[_k])
DATA = os.path.abspath(os.environ.get("TACITUS_DATA") or os.path.join(ROOT, "..", "shared", "data"))
EXAMPLE = os.path.join(os.path.dirname(DATA), "examples", "story-2021-11-07.txt")
NEWS = os.path.join(DATA, "news", "wikinews_vanatteveldt", "wikinews_2019_2020.jsonl")


def cli_path():
    p = os.environ.get("TACITUS") or os.path.join("build", "tacitus")
    return os.path.join(ROOT, p) if not os.path.isabs(p) else p


def run_cli(*args, check_status=None):
    """(stdout bytes, stderr text, status) of `tacitus ARGS` run from the repository root."""
    p = subprocess.run([cli_path()] + list(args), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if check_status is not None:
        assert p.returncode == check_status, p.stderr.decode()
    return p.stdout, p.stderr.decode(), p.returncode


def records(jsonl_bytes):
    return [json.loads(line) for line in jsonl_bytes.decode("utf-8").splitlines()]


@pytest.fixture(scope="session")
def engine():
    import tacitus
    return tacitus.Engine()


@pytest.fixture(scope="session")
def news_slice(tmp_path_factory):
    """The first 120 stories of a news file with every 13th line cut in half
    (error records among the stories) and a "source" on every 4th."""
    d = tmp_path_factory.mktemp("news")
    out = d / "news.jsonl"
    with open(NEWS, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as g:
        for k, line in enumerate(f, 1):
            if k > 120:
                break
            line = line.rstrip("\n")
            if k % 4 == 0:
                line = '{"source": "src-%d", ' % k + line[1:]
            if k % 13 == 0:
                line = line[: len(line) // 2]
            g.write(line + "\n")
    return str(out)
