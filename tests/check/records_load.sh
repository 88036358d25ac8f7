#!/bin/sh
# The records load as analysts load them (issue 15), on the news sets:
#  - pandas.read_csv(sep="\t") with its defaults reads every row and every
#    column of the TSV, and the README's one-line loads (pandas, jq) keep
#    CAMEO codes as strings ("010", not 10) equal to those of the JSON Lines;
#  - event_id is identical on two runs, unique, and the same in the JSON
#    Lines, TSV and SQLite outputs;
#  - offsets point at the phrase: text[source_beg:source_end] is
#    source_text, the trigger's token holds the trigger, in characters.
# Needs Debian's python3-pandas and jq (scripts/install-deps.sh).
set -u
: "${TACITUS_DATA:=../shared/data}"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 -c 'import pandas' 2>/dev/null || { echo "python3-pandas is missing: run scripts/install-deps.sh"; exit 1; }
command -v jq > /dev/null || { echo "jq is missing: run scripts/install-deps.sh"; exit 1; }
lines=1000000; [ -n "${TC_SANITIZED:-}" ] && lines=40
# the wikinews "polcon" file repeats stories of the other: keep each id once
# (ids repeated within a run are issue 16's business)
for f in "$TACITUS_DATA"/news/*/*.jsonl; do head -n $lines "$f"; done |
  /usr/bin/python3 -c 'import json, sys
seen = set()
for line in sys.stdin:
    i = str(json.loads(line)["id"])
    if i not in seen:
        seen.add(i); sys.stdout.write(line)' > "$tmp/news.jsonl"
"$TACITUS" code -q "$tmp/news.jsonl" > "$tmp/a.jsonl" 2>/dev/null
"$TACITUS" code -q "$tmp/news.jsonl" > "$tmp/b.jsonl" 2>/dev/null
"$TACITUS" code -q -o "$tmp/ev.tsv" "$tmp/news.jsonl" 2>/dev/null
"$TACITUS" code -q -o "$tmp/ev.db" "$tmp/news.jsonl" 2>/dev/null
# the README's jq line: one row per event, codes as written
jq -r 'select(.code) | [.event_id, .date, .source, .target, .code] | @tsv' "$tmp/a.jsonl" > "$tmp/jq.tsv" ||
  { echo "FAIL the README's jq line"; exit 1; }
/usr/bin/python3 - "$tmp" <<'PY'
import json, sqlite3, sys
import pandas as pd
tmp = sys.argv[1]
fail = []
stories = {}
for line in open(tmp + "/news.jsonl", encoding="utf-8"):
    o = json.loads(line)
    stories[str(o["id"])] = o["text"]
raw = [json.loads(l) for l in open(tmp + "/a.jsonl", encoding="utf-8")]
ev = [r for r in raw if "error" not in r]
ids = [r["event_id"] for r in ev]
if not ev:
    fail.append("no events")
# event_id: stable over reruns, unique
ids_b = [json.loads(l)["event_id"] for l in open(tmp + "/b.jsonl", encoding="utf-8") if '"error"' not in l]
if ids != ids_b:
    fail.append("event_id differs between two runs")
if len(set(ids)) != len(ids):
    fail.append("event_id not unique: %d ids, %d distinct" % (len(ids), len(set(ids))))
# TSV with pandas' defaults: every row, every column
header = open(tmp + "/ev.tsv", encoding="utf-8").readline().rstrip("\n").split("\t")
d = pd.read_csv(tmp + "/ev.tsv", sep="\t")
if len(d) != len(ev):
    fail.append("read_csv(sep='\\t') defaults: %d rows, %d events" % (len(d), len(ev)))
if list(d.columns) != header:
    fail.append("read_csv(sep='\\t') defaults: columns %d, header %d" % (len(d.columns), len(header)))
# the README's one-line loads keep codes as strings
d = pd.read_csv(tmp + "/ev.tsv", sep="\t", dtype={"EventCode": str, "EventRootCode": str},
                keep_default_na=False, na_values=[""])
if list(d["EventID"]) != ids:
    fail.append("TSV EventID differs from the JSON event_id")
if list(d["EventCode"]) != [r["code"] for r in ev]:
    fail.append("TSV EventCode read by pandas differs from the JSON code")
if list(d["text"]) != [r["text"].replace("\t", " ").replace("\n", " ").replace("\r", " ") for r in ev]:
    fail.append("TSV text read by pandas differs from the JSON text")
j = pd.read_json(tmp + "/a.jsonl", lines=True, dtype={"code": str, "root": str})
j = j[j["code"].notna()] if "error" in j.columns else j
if list(j["code"]) != [r["code"] for r in ev] or not all(c.isdigit() for c in j["code"]):
    fail.append("read_json(dtype={'code': str}) did not keep the codes")
if not any(c.startswith("0") for c in j["code"]):
    fail.append("no code with a leading zero in the news sets: the check proves nothing")
jq_rows = [l.rstrip("\n").split("\t") for l in open(tmp + "/jq.tsv", encoding="utf-8")]
if [r[0] for r in jq_rows] != ids or [r[4] for r in jq_rows] != [r["code"] for r in ev]:
    fail.append("the README's jq line does not give the event ids and codes")
# SQLite: the same ids
db = sqlite3.connect(tmp + "/ev.db")
if sorted(x[0] for x in db.execute("SELECT event_id FROM events")) != sorted(ids):
    fail.append("SQLite event_id differs from the JSON event_id")
if db.execute("SELECT count(*) FROM stories WHERE meta IS NOT NULL").fetchone()[0] == 0:
    fail.append("SQLite stories.meta empty: the news stories' title/url/sources were not passed through")
# offsets point at the phrases
checked = 0
for r in ev:
    text = stories.get(r["doc"])
    if text is None:
        fail.append("event of unknown story " + r["doc"]); break
    if r["source_beg"] is not None and text[r["source_beg"]:r["source_end"]] != r["source_text"]:
        fail.append("%s: text[source_beg:source_end] = %r, source_text %r" %
                    (r["event_id"], text[r["source_beg"]:r["source_end"]], r["source_text"])); break
    if r["target_beg"] is not None and text[r["target_beg"]:r["target_end"]] != r["target_text"]:
        fail.append("%s: text[target_beg:target_end] = %r, target_text %r" %
                    (r["event_id"], text[r["target_beg"]:r["target_end"]], r["target_text"])); break
    if r["trigger_beg"] is not None and r["trigger"] not in text[r["trigger_beg"]:r["trigger_end"]]:
        fail.append("%s: trigger %r not at %d" % (r["event_id"], r["trigger"], r["trigger_beg"])); break
    checked += 1
# story metadata: the "story" object is the input's other keys
for r in ev[:200]:
    o = None
    for line in open(tmp + "/news.jsonl", encoding="utf-8"):
        if ('"%s"' % r["doc"]) in line:
            x = json.loads(line)
            if str(x["id"]) == r["doc"]:
                o = x; break
    want = {k: v for k, v in o.items() if k not in ("id", "date", "text")}
    if want and r.get("story") != want:
        fail.append("%s: story object %r, input metadata %r" % (r["event_id"], r.get("story"), want)); break
for f in fail:
    print("FAIL", f)
print("# records load: %d events, %d columns read by pandas; event_id stable and unique; %d offsets checked"
      % (len(ev), len(header), checked))
sys.exit(1 if fail else 0)
PY
