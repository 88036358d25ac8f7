#!/bin/sh
# docs/CODEBOOK.md and the README's example record against real output
# (issue 15): every JSON key, TSV column and SQLite column tacitus writes is
# documented, in the order written; every documented field is written for
# some input; values of the enumerated fields are among the documented ones;
# and the example records of README.md and docs/CODEBOOK.md are records of
# the example story, field for field.
set -u
: "${TACITUS_DATA:=../shared/data}"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
lines=1000000; [ -n "${TC_SANITIZED:-}" ] && lines=40
for f in "$TACITUS_DATA"/news/*/*.jsonl; do head -n $lines "$f"; done > "$tmp/news.jsonl"
# stories that bring out the optional keys: casualty modifiers, a date after
# the story date in a past-tense clause, Windows-1252 text, metadata
printf '%s\n' \
  '{"id":"opt1","date":"2021-11-07","title":"T","url":"http://example.org/a","text":"At least 26 people were killed and dozens were injured when rebels attacked Mosul on Sunday."}' \
  '{"id":"opt2","date":"2021-11-07","text":"Rebels attacked the army base in Mosul on 10 December 2021."}' >> "$tmp/news.jsonl"
printf '{"id":"opt3","date":"2021-11-07","text":"Rebels attacked the army in Mosul on Sunday, police said. Caf\351."}\n' >> "$tmp/news.jsonl"
"$TACITUS" code -q "$tmp/news.jsonl" ../shared/examples/story-2021-11-07.txt > "$tmp/out.jsonl" 2>/dev/null
grep -a '"id":"opt' "$tmp/news.jsonl" > "$tmp/opt.jsonl"
"$TACITUS" code -q -f tsv "$tmp/opt.jsonl" > "$tmp/out.tsv" 2>/dev/null
"$TACITUS" code -q -o "$tmp/out.db" "$tmp/opt.jsonl" 2>/dev/null
"$TACITUS" code -q ../shared/examples/story-2021-11-07.txt > "$tmp/example.jsonl" || { echo "tacitus code failed"; exit 1; }
/usr/bin/python3 - "$tmp" <<'PY'
import json, re, sqlite3, sys
tmp = sys.argv[1]
fail = []
book = open("docs/CODEBOOK.md", encoding="utf-8").read()

def section(text, start, stop_level):
    """Lines of `text` from the heading `start` to the next heading of level <= stop_level."""
    out, on = [], False
    for line in text.split("\n"):
        m = re.match(r"(#+) ", line)
        if m and on and len(m.group(1)) <= stop_level:
            break
        if line.strip() == start:
            on = True
            continue
        if on:
            out.append(line)
    return out

def names(lines):
    """First-column `names` of the first table in lines."""
    got, seen_table = [], False
    for line in lines:
        m = re.match(r"\| `([A-Za-z0-9_.]+)` \|", line)
        if m:
            got.append(m.group(1)); seen_table = True
        elif seen_table and not line.startswith("|"):
            break
    return got

# --- JSON Lines: keys in order, nested ones as location.x
doc_json = names(section(book, "## JSON Lines", 2))
records = [json.loads(l) for l in open(tmp + "/out.jsonl", encoding="utf-8")]
events = [r for r in records if "error" not in r]
if not events:
    fail.append("no events")
seen_keys = set()
for r in events:
    keys = []
    for k, v in r.items():
        keys.append(k)
        if k == "location" and isinstance(v, dict):
            keys += ["location." + x for x in v]
    seen_keys.update(keys)
    order = [k for k in doc_json if k in keys]
    if order != keys:
        fail.append("JSON keys not in codebook order or undocumented: %s" % [k for k in keys if k not in doc_json][:5]
                    or "order %s" % keys)
        break
for k in doc_json:
    if k not in seen_keys:
        fail.append("documented JSON field never written: " + k)

# --- values of enumerated fields
vals = {}
for line in section(book, "## Values", 2):
    m = re.match(r"\| (`[^|]*`(?:, `[^|]*`)*) \| (.*) \|$", line)
    if m:
        allowed = set(re.findall(r"`([^`]*)`", m.group(2)))
        for f in re.findall(r"`([^`]*)`", m.group(1)):
            vals[f] = allowed
def get(r, f):
    if f.startswith("location."):
        return (r.get("location") or {}).get(f[9:])
    return r.get(f)
for f, allowed in vals.items():
    for r in events:
        v = get(r, f)
        if v is None:
            continue
        if f == "note":
            # one or more documented notes joined with "; "
            rest = v
            for a in sorted(allowed, key=len, reverse=True):
                rest = rest.replace(a, "")
            ok = rest.replace(";", "").strip() == ""
        elif f == "plover_context":
            ok = all(p.strip() in allowed for p in v.split(";"))
        else:
            ok = str(v) in allowed
        if not ok:
            fail.append("%s value %r not in the codebook" % (f, v))
            break

# --- TSV header
doc_tsv = names(section(book, "## TSV", 2))
header = open(tmp + "/out.tsv", encoding="utf-8").readline().rstrip("\n").split("\t")
if header != doc_tsv:
    fail.append("TSV columns differ from the codebook: written %s, documented %s" %
                ([c for c in header if c not in doc_tsv], [c for c in doc_tsv if c not in header]) if set(header) != set(doc_tsv)
                else "TSV column order differs from the codebook")

# --- SQLite tables
db = sqlite3.connect(tmp + "/out.db")
for t in ("stories", "events", "errors"):
    cols = [row[1] for row in db.execute("PRAGMA table_info(%s)" % t)]
    doc = names(section(book, "### Table `%s`" % t, 3))
    if cols != doc:
        fail.append("SQLite table %s: written %s, documented %s" % (t, cols, doc))

# --- example records
example = [json.loads(l) for l in open(tmp + "/example.jsonl", encoding="utf-8")]
for path in ("README.md", "docs/CODEBOOK.md"):
    text = open(path, encoding="utf-8").read()
    blocks = re.findall(r"<!-- example-record -->\s*```json\n(.*?)```", text, re.S)
    if not blocks:
        fail.append(path + ": no example record")
    for b in blocks:
        try:
            rec = json.loads(b)
        except ValueError as e:
            fail.append("%s: example record is not JSON (%s)" % (path, e)); continue
        if rec not in example:
            near = [e for e in example if e.get("event_id") == rec.get("event_id")]
            diff = {k: (rec.get(k), near[0].get(k)) for k in set(rec) | set(near[0]) if rec.get(k) != near[0].get(k)} if near else "no record with that event_id"
            fail.append("%s: example record differs from real output: %s" % (path, diff))
for f in fail:
    print("FAIL", f)
print("# codebook: %d JSON fields, %d TSV columns, 3 SQLite tables documented; %d events checked" %
      (len(doc_json), len(doc_tsv), len(events)))
sys.exit(1 if fail else 0)
PY
