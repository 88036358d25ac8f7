#!/bin/sh
# `tacitus report` at scale (issue 14): a page of BENCH_EVENTS event records
# (default 100,000) -- build time, file size and first paint in headless
# Chromium -- with, as the baseline measured in the same run, `gzip -6` of
# the same records (one single-core pass over the same bytes).
#
# The records: the news sets of $TACITUS_DATA/news coded once (cached in
# bench/out), then replicated until there are BENCH_EVENTS events.  Each
# replica gets fresh story ids, its dates moved by a week per replica, its
# sentences made distinct (a replica number appended, so the page cannot
# share them across replicas as it would never share real ones), and one
# replica in four its places moved by a small step (new map marks); on
# 2026-12-06 that made 17,964 stories and 2,523 places (74.5 MB of records).
set -eu
: "${TACITUS:=build/tacitus}" "${TACITUS_DATA:=../shared/data}" "${BENCH_EVENTS:=100000}"
PY=/usr/bin/python3
mkdir -p bench/out
coded=bench/out/report-news.jsonl
if [ ! -s "$coded" ]; then
  "$TACITUS" code -q -o "$coded.tmp" $(ls "$TACITUS_DATA"/news/*/*.jsonl) || true   # error records are fine here
  mv "$coded.tmp" "$coded"
fi
big=bench/out/report-${BENCH_EVENTS}.jsonl
if [ ! -s "$big" ]; then
  $PY - "$coded" "$BENCH_EVENTS" > "$big.tmp" <<'EOF'
import datetime, json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
events = [r for r in recs if "error" not in r]
want, n, k = int(sys.argv[2]), 0, 0
while n < want:
    for r in events:
        if n >= want:
            break
        r = dict(r, doc="%s-r%d" % (r["doc"], k))
        d = r.get("date") or ""
        if len(d) == 10:
            r["date"] = (datetime.date.fromisoformat(d) + datetime.timedelta(days=7 * k)).isoformat()
        if r.get("text"):
            r["text"] = r["text"] + " [%d]" % k
        if k % 4 == 0 and k and isinstance(r.get("location"), dict):
            r["location"] = dict(r["location"], lat=round(r["location"]["lat"] + 0.01 * k, 4))
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        n += 1
    k += 1
EOF
  mv "$big.tmp" "$big"
fi
page=bench/out/report-${BENCH_EVENTS}.html
now() { date +%s.%N; }
t0=$(now); gzip -6 -c "$big" > /dev/null; t1=$(now)
"$TACITUS" report -o "$page" "$big"
t2=$(now)
base=$(echo "$t1 - $t0" | bc -l); build=$(echo "$t2 - $t1" | bc -l)
size=$(wc -c < "$page")
printf 'records: %s (%s events, %.1f MB of JSON Lines)\n' "$big" "$BENCH_EVENTS" "$(echo "$(wc -c < "$big") / 1000000" | bc -l)"
printf 'build: %.2f s (baseline gzip -6 of the records: %.2f s; ratio %.2f)  target <= 5 s\n' "$build" "$base" "$(echo "$build / $base" | bc -l)"
printf 'file size: %.2f MB  target <= 15 MB\n' "$(echo "$size / 1000000" | bc -l)"
if command -v chromium >/dev/null 2>&1; then
  for i in 1 2 3; do
    $PY tests/report/render.py --timing --timeout 120 "$page" 2>/dev/null | grep '^# first' | sed 's/^# /first paint, run '"$i"': /'
  done
  echo "target: page drawn <= 3 s (3000 ms) after navigation start"
else
  echo "first paint: chromium not installed (scripts/install-deps.sh)"
fi
