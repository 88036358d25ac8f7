#!/bin/sh
# `tacitus report` (issue 14).  Expectations come from the records
# themselves (tests/report/expect.py counts them in Python, apart from the C
# that builds the page) and from `tacitus code --stats`, never from the
# report's own output.
#
# Every pass: the page of the example story from JSON Lines, SQLite and
# --code (figures equal to the records and to --stats), with and without
# the world outlines, bad lines (file:line on stderr, exit 1, the rest
# reported), error records, --stories for full texts.
# Plain pass only (the sanitizer pass runs the same C above, and Chromium
# would only be slower): the pages of the example story and of a news set
# opened in headless Chromium (tests/report/render.py: drawn regions, DOM
# counts, clicks, keyboard, no requests); the news page's screenshot is left
# in $BUILD/check/report-news.png (docs/report-news.png is a copy).
set -u
PY=/usr/bin/python3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
val() { $PY -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2], {}, d))' "$1" "$2"; }
example=../shared/examples/story-2021-11-07.txt

# ---- records of the example story, three ways --------------------------------
stats=$("$TACITUS" code -q --stats -o "$tmp/ex.jsonl" "$example" 2>&1 >/dev/null) || { echo "tacitus code failed: $stats"; exit 1; }
"$TACITUS" code -q -o "$tmp/ex.db" "$example" 2>/dev/null || { echo "tacitus code -o .db failed"; exit 1; }
set -- $stats   # "N stories, N sentences, N events, N errors in ..."
st_stories=$1 st_sentences=$3 st_events=$5 st_errors=$7
$PY tests/report/expect.py "$tmp/ex.jsonl" > "$tmp/ex.expect" || exit 1
[ "$(val "$tmp/ex.expect" events)" -eq "$st_events" ] || bad "expect.py and --stats disagree on events"

for how in jsonl sqlite code; do
  case $how in
    jsonl) "$TACITUS" report -q -o "$tmp/ex-$how.html" "$tmp/ex.jsonl" ;;
    sqlite) "$TACITUS" report -q -o "$tmp/ex-$how.html" "$tmp/ex.db" ;;
    code) "$TACITUS" report -q --code -o "$tmp/ex-$how.html" "$example" ;;
  esac || { bad "report ($how) exited $?"; continue; }
  $PY tests/report/pagedata.py "$tmp/ex-$how.html" > "$tmp/ex-$how.page" || { bad "page ($how) unreadable"; continue; }
  p="$tmp/ex-$how.page" e="$tmp/ex.expect"
  [ "$(val "$p" events)" = "$(val "$e" events)" ] || bad "$how: events $(val "$p" events) != records $(val "$e" events)"
  [ "$(val "$p" located)" = "$(val "$e" located)" ] || bad "$how: events with coordinates differ from the records"
  [ "$(val "$p" places)" = "$(val "$e" places)" ] || bad "$how: places $(val "$p" places) != records $(val "$e" places)"
  [ "$(val "$p" errors)" = "$st_errors" ] || bad "$how: error records differ from --stats"
  [ "$(val "$p" "meta['events']")" = "$st_events" ] || bad "$how: header events differ from --stats"
  [ "$(val "$p" external)" = "[]" ] || bad "$how: the page refers outside itself: $(val "$p" external)"
  [ "$(val "$p" csp)" = "True" ] || bad "$how: no Content-Security-Policy forbidding requests"
  [ "$(val "$p" markers_left)" = "0" ] || bad "$how: template markers left in the page"
  case $how in
    jsonl) [ "$(val "$p" "meta['stories']")" = "-1" ] && [ "$(val "$p" "meta['stories_seen']")" = "$(val "$e" stories_seen)" ] \
             || bad "jsonl: stories should be unknown, stories with records $(val "$e" stories_seen)"
           [ "$(val "$p" full_stories)" = "0" ] || bad "jsonl: full story texts without --stories" ;;
    sqlite) [ "$(val "$p" "meta['stories']")" = "$st_stories" ] || bad "sqlite: stories differ from --stats" ;;
    code) [ "$(val "$p" "meta['stories']")" = "$st_stories" ] || bad "--code: stories differ from --stats"
          [ "$(val "$p" "meta['sentences']")" = "$st_sentences" ] || bad "--code: sentences differ from --stats"
          [ "$(val "$p" full_stories)" = "1" ] || bad "--code: the story's full text is missing" ;;
  esac
done

# --stories gives a report of records the full texts
"$TACITUS" report -q -o "$tmp/ex-stories.html" --stories "$example" "$tmp/ex.jsonl" || bad "report --stories exited $?"
$PY tests/report/pagedata.py "$tmp/ex-stories.html" > "$tmp/ex-stories.page" &&
  [ "$(val "$tmp/ex-stories.page" full_stories)" = "1" ] || bad "--stories: the story's full text is missing"

# ---- outlines ------------------------------------------------------------------
# Without the npm package the page is still written, says why, and has no outlines.
mkdir "$tmp/no-models"
TACITUS_MODELS="$tmp/no-models" "$TACITUS" report -q -o "$tmp/ex-noatlas.html" "$tmp/ex.jsonl" || bad "report without outlines exited $?"
$PY tests/report/pagedata.py "$tmp/ex-noatlas.html" > "$tmp/ex-noatlas.page" || bad "page without outlines unreadable"
[ "$(val "$tmp/ex-noatlas.page" atlas)" = "False" ] || bad "outlines in a page built without them"
val "$tmp/ex-noatlas.page" "meta['atlas_note']" | grep -q "no country outlines" || bad "the page does not say the outlines are missing"
if "$TACITUS" report -q -o "$tmp/x.html" --atlas "$tmp/none.json" "$tmp/ex.jsonl" 2>"$tmp/err"; then bad "--atlas with a missing file succeeded"; fi
grep -q "none.json" "$tmp/err" || bad "--atlas error does not name the file: $(cat "$tmp/err")"
atlas_file="$MODELS/world-atlas/countries-50m.json"
have_atlas=no
if [ -f "$atlas_file" ]; then
  have_atlas=yes
  [ "$(val "$tmp/ex-jsonl.page" atlas)" = "True" ] || bad "world-atlas is installed but the page has no outlines"
else
  echo "# world-atlas not installed ($atlas_file): pages are checked without outlines"
fi

# ---- bad input -------------------------------------------------------------------
# Two good records around a broken line and a line that is no record; then an
# error record.  The bad lines are named file:line, the status is 1, the rest is reported.
head -n 2 "$tmp/ex.jsonl" > "$tmp/bad.jsonl"
printf '{"doc":"x", "sentence": 1, broken\n[1,2]\n' >> "$tmp/bad.jsonl"
sed -n 3p "$tmp/ex.jsonl" >> "$tmp/bad.jsonl"
printf '{"doc":"badutf8","error":"stories.txt:3: invalid UTF-8 at byte 32","line":3}\n' >> "$tmp/bad.jsonl"
if "$TACITUS" report -q -o "$tmp/bad.html" "$tmp/bad.jsonl" 2>"$tmp/bad.err"; then bad "bad lines gave exit status 0"; fi
grep -q "bad.jsonl:3: " "$tmp/bad.err" || bad "broken line 3 not reported as file:line: $(cat "$tmp/bad.err")"
grep -q "bad.jsonl:4: not a JSON object" "$tmp/bad.err" || bad "line 4 (no object) not reported: $(cat "$tmp/bad.err")"
$PY tests/report/pagedata.py "$tmp/bad.html" > "$tmp/bad.page" || bad "page of the bad file unreadable"
[ "$(val "$tmp/bad.page" events)" = "3" ] && [ "$(val "$tmp/bad.page" errors)" = "1" ] && [ "$(val "$tmp/bad.page" "meta['skipped']")" = "2" ] \
  || bad "bad file: want 3 events, 1 error record, 2 skipped lines: got $(val "$tmp/bad.page" events), $(val "$tmp/bad.page" errors), $(val "$tmp/bad.page" "meta['skipped']")"
if "$TACITUS" report -q -o "$tmp/x.html" "$tmp/missing.jsonl" 2>"$tmp/err"; then bad "a missing input gave exit status 0"; fi
grep -q "missing.jsonl" "$tmp/err" || bad "missing input not named: $(cat "$tmp/err")"

# ---- in a browser ------------------------------------------------------------------
if [ "${TC_SANITIZED:-0}" = 1 ]; then
  echo "# sanitizer pass: the pages were built and read above; Chromium checks run in the plain pass"
  exit $fail
fi
if ! command -v chromium >/dev/null 2>&1; then
  echo "# SKIP browser checks: chromium is not installed (scripts/install-deps.sh installs it)"
  exit $fail
fi
# a news set: two quarters of Wikipedia's Current Events, politics and conflict
news="$TACITUS_DATA/news/wcep_2025q1/wcep_2025-01_2025-03_polcon.jsonl $TACITUS_DATA/news/wcep_2025q2/wcep_2025-04_2025-06_polcon.jsonl"
nstats=$("$TACITUS" code -q --stats -o "$tmp/news.jsonl" $news 2>&1 >/dev/null) || bad "tacitus code on the news set: $nstats"
$PY tests/report/expect.py "$tmp/news.jsonl" > "$tmp/news.expect" || exit 1
set -- $news
"$TACITUS" report -q -o "$tmp/news.html" --title "WCEP 2025 Q1-Q2: politics and conflict" --stories "$1" --stories "$2" "$tmp/news.jsonl" \
  || bad "report of the news set exited $?"
mkdir -p "$BUILD/check"
# one browser for the three pages
$PY - "$tmp" "$stats" "$nstats" "$have_atlas" "$BUILD/check/report-news.png" > "$tmp/job.json" <<'PYEOF'
import json, sys
tmp, stats, nstats, atlas, shot = sys.argv[1:]
print(json.dumps([
    {"name": "example (--code)", "page": tmp + "/ex-code.html", "expect": tmp + "/ex.expect", "stats": stats, "atlas": atlas},
    {"name": "example without outlines", "page": tmp + "/ex-noatlas.html", "expect": tmp + "/ex.expect", "stats": stats, "atlas": "no"},
    {"name": "news set", "page": tmp + "/news.html", "expect": tmp + "/news.expect", "stats": nstats, "atlas": atlas,
     "screenshot": shot}]))
PYEOF
if timeout 300 $PY tests/report/render.py "$tmp/job.json" > "$tmp/render.out" 2>&1; then
  grep '^#\|^==' "$tmp/render.out"
else
  bad "in Chromium:"; grep -v '^ok' "$tmp/render.out" | grep -iv dbus | head -n 60
fi
exit $fail
