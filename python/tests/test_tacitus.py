"""The Python package against the command line: the same records for the
example story and a news file (error records included), stories given as
dicts, threads sharing one engine with the GIL released, C errors as
exceptions, CoNLL-U, pandas."""
import datetime
import json
import os
import subprocess
import sys
import threading
import time

import pytest

import tacitus
from conftest import EXAMPLE, ROOT, records, run_cli


def test_example_story_equals_cli(engine):
    out, _, _ = run_cli("code", "-q", "-j", "1", EXAMPLE, check_status=0)
    cli = records(out)
    assert len(cli) >= 6  # the six events of issue 6 at least (tests/check/story_example.sh)
    py = list(engine.code_stories(tacitus.read(EXAMPLE)))
    assert py == cli
    # the one-story call, from the text and date the reader found
    (story,) = list(tacitus.read(EXAMPLE))
    assert story["id"] == "story-2021-11-07" and story["date"] == "2021-11-07"
    assert engine.code(story["text"], story["date"], id=story["id"]) == cli
    assert engine.code(story["text"], datetime.date(2021, 11, 7), id=story["id"]) == cli


def test_news_file_equals_cli(engine, news_slice):
    out, _, status = run_cli("code", "-q", "-j", "1", news_slice)
    assert status == 1  # the cut lines are error records
    cli = records(out)
    py = list(engine.code_stories(tacitus.read(news_slice)))
    assert py == cli
    errors = [r for r in py if "error" in r]
    assert len(errors) == 120 // 13
    assert all(":%d: invalid JSON" % r["line"] in r["error"] for r in errors)
    assert sum("error" not in r for r in py) > 100  # events, not just errors


def test_reader_fast_path_equals_dicts(engine, news_slice):
    """code_stories(tacitus.read(...)) codes the C reader's stories directly;
    the same stories as dicts give the same records, error records and the
    max_story limit included."""
    fast = list(engine.code_stories(tacitus.read(news_slice)))
    slow = list(engine.code_stories(list(tacitus.read(news_slice))))
    assert fast == slow and len(fast) > 100
    small_fast = list(engine.code_stories(tacitus.read(EXAMPLE), max_story=100))
    small_slow = list(engine.code_stories(list(tacitus.read(EXAMPLE)), max_story=100))
    assert small_fast == small_slow
    assert len(small_fast) == 1 and "story larger than 100 bytes" in small_fast[0]["error"]
    # a reader already started is iterated as dicts
    rd = tacitus.read(EXAMPLE)
    first = next(iter(rd))
    assert first["id"] == "story-2021-11-07"
    assert list(engine.code_stories(rd)) == []


def test_dict_stories(engine, tmp_path):
    """Stories given as dicts give the records the CLI gives for the same
    JSON Lines; unreadable ones give error records (nothing is dropped)."""
    good = [{"id": s["id"], "date": s["date"], "text": s["text"]} for s in tacitus.read(EXAMPLE)]
    good.append({"id": "second", "date": "2021-11-08", "text": "Iranian forces shelled Kurdish villages in "
                 "northern Iraq on Monday, killing two people.", "title": "T", "url": "http://example.org/1",
                 "sources": [{"name": "AP", "url": "http://ap.example"}, "Reuters"], "lang": "en", "n": 1.5})
    p = tmp_path / "stories.jsonl"
    p.write_text("".join(json.dumps(s) + "\n" for s in good), encoding="utf-8")
    out, _, _ = run_cli("code", "-q", "-j", "1", str(p), check_status=0)
    cli = records(out)
    assert list(engine.code_stories(good)) == cli
    second = [r for r in cli if r["doc"] == "second"]
    assert second and second[0]["story"]["lang"] == "en"  # the metadata did reach the records

    bad = [
        {"id": "a", "date": "2021-11-07"},                   # no text
        {"id": "b", "text": "Text."},                        # no date
        {"id": "c", "date": "2021-02-30", "text": "Text."},  # no such day
        {"date": "2021-11-07", "text": "x\0y"},              # NUL, no id
        {"id": 7, "date": "2021-11-07", "text": "Short."},   # a number as id: coded, named "7"
    ]
    recs = list(engine.code_stories(bad))
    errs = [r for r in recs if "error" in r]
    assert [r["doc"] for r in errs] == ["a", "b", "c", "story-4"]
    assert errs[0]["error"] == '<stories>:1: story has no "text" string'
    assert errs[1]["error"] == '<stories>:2: story has no "date"'
    assert errs[2]["error"] == "<stories>:3: bad \"date\" '2021-02-30' (expected YYYY-MM-DD)"
    assert errs[3]["error"] == '<stories>:4: NUL character in "text"'
    assert [r["line"] for r in errs] == [1, 2, 3, 4]
    assert all(r["doc"] == "7" for r in recs if "error" not in r)
    # a story over max_story is an error record too
    (big,) = list(engine.code_stories([{"id": "big", "date": "2021-11-07", "text": "word " * 100}], max_story=100))
    assert big["error"].endswith("story larger than 100 bytes")


def test_threads_share_one_engine(engine, news_slice):
    stories = [s for s in tacitus.read(news_slice) if "error" not in s]
    want = [engine.code(s["text"], s["date"], id=s["id"]) for s in stories]
    got = [None] * len(stories)

    def work(k0):
        for k in range(k0, len(stories), 4):
            s = stories[k]
            got[k] = engine.code(s["text"], s["date"], id=s["id"])

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == want


def test_gil_released_while_coding(engine):
    """While one thread is inside the C library, another runs Python code."""
    (story,) = list(tacitus.read(EXAMPLE))
    # a C call long enough to tell: the story repeated until coding it takes
    # a few tenths of a second on this machine, however fast the build
    for copies in (25, 100, 400, 1600):
        text = " ".join([story["text"]] * copies)
        span = {}
        ticks = []
        stop = threading.Event()

        def code():
            span["start"] = time.monotonic()
            engine.code(text, story["date"], id="long")
            span["end"] = time.monotonic()
            stop.set()

        t = threading.Thread(target=code)
        t.start()
        while not stop.is_set():
            ticks.append(time.monotonic())
        t.join()
        start, end = span["start"], span["end"]
        if end - start > 0.3:
            break
    assert end - start > 0.15, "the C call was too short to tell (%.3f s)" % (end - start)
    inside = [x for x in ticks if start + 0.05 < x < end - 0.05]
    assert inside, "no Python ran in the other thread during a %.2f s C call" % (end - start)


def test_c_errors_raise(engine, tmp_path):
    with pytest.raises(tacitus.TacitusError) as e:
        tacitus.Engine(models=str(tmp_path / "nowhere"))
    assert "nowhere" in e.value.message  # the C message names the missing file
    assert e.value.code == 2  # TC_IO
    with pytest.raises(tacitus.TacitusError) as e:
        list(tacitus.read(str(tmp_path / "missing.jsonl")))
    assert "missing.jsonl: cannot open" in str(e.value)
    with pytest.raises(ValueError) as e:
        engine.code("Text.", "2021-13-01")
    assert "bad \"date\"" in str(e.value)
    with pytest.raises(ValueError):
        engine.code(None, "2021-11-01")


def test_parse_equals_cli(engine, tmp_path):
    (story,) = list(tacitus.read(EXAMPLE))
    p = tmp_path / "plain.txt"
    p.write_text(story["text"], encoding="utf-8")
    out, _, _ = run_cli("parse", "--text", "-j", "1", str(p), check_status=0)
    conllu = engine.parse(story["text"], id="plain")
    assert conllu == out.decode("utf-8")
    assert conllu.startswith("# sent_id = plain-1\n# text = ")


def test_to_pandas(engine, news_slice):
    recs = list(engine.code_stories(tacitus.read(news_slice)))
    events = [r for r in recs if "error" not in r]
    df = tacitus.to_pandas(recs)
    assert len(df) == len(events)
    assert "error" not in df.columns
    assert list(df["code"]) == [r["code"] for r in events]
    assert str(df["code"].dtype) == "string"
    located = [r for r in events if r["location"]]
    assert located and "location_name" in df.columns and "location_lat" in df.columns
    assert df["location_name"].notna().sum() == len(located)
    assert len(tacitus.to_pandas(recs, errors=True)) == len(recs)


def test_import_from_anywhere(tmp_path):
    """`PYTHONPATH=python /usr/bin/python3 -c "import tacitus"` from the
    repository root (as the README says), and the engine opens from another
    folder too: its files are found beside the library."""
    env = dict(os.environ, PYTHONPATH="python")
    for k in ("TACITUS_MODELS", "TACITUS_DATA", "TACITUS_PROJECT_DATA", "TACITUS_LIB"):
        env.pop(k, None)
    p = subprocess.run(["/usr/bin/python3", "-c", "import tacitus; print(tacitus.version())"], cwd=ROOT, env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p.returncode == 0, p.stderr.decode()
    assert p.stdout.decode().strip() == tacitus.version()
    env["PYTHONPATH"] = os.path.join(ROOT, "python")
    code = "import tacitus; print(len(tacitus.Engine().code('Russia attacked Ukraine on Monday.', '2022-03-01')))"
    p = subprocess.run([sys.executable, "-c", code], cwd=str(tmp_path), env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    assert p.returncode == 0, p.stderr.decode()
    assert int(p.stdout) >= 1


def test_exit_with_engine_in_a_traceback():
    """An engine and its document still referenced from a kept traceback at
    exit (a garbage cycle) are freed in order: no crash at shutdown."""
    script = (
        "import sys, tacitus\n"
        "e = tacitus.Engine()\n"
        "e.code('Israeli jets bombed Gaza.', '2021-11-07', id='x')\n"
        "def f(engine):\n"
        "    raise AssertionError(engine)\n"
        "try:\n"
        "    f(e)\n"
        "except AssertionError:\n"
        "    kept = [sys.exc_info(), e]\n"
    )
    r = subprocess.run([sys.executable, "-c", script], env=dict(os.environ), capture_output=True, timeout=120)
    assert r.returncode == 0, (r.returncode, r.stderr[-500:])
    e = tacitus.Engine()
    e.close()
    with pytest.raises(ValueError):
        e.code("Israeli jets bombed Gaza.", "2021-11-07")
