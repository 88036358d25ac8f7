#!/bin/sh
# onto_actors.sh -- data/actors/*.txt are well-formed PETRARCH actor entries:
# every entry has a name line, optional "+" synonyms and at least one
# [CODE] or [CODE DATE-DATE] / [CODE >DATE] / [CODE <DATE] restriction with
# real calendar dates (YYMMDD or YYYYMMDD) and start <= end; no name or
# synonym appears in two entries; within an entry, dated restrictions with
# different codes do not overlap.  A built-in bad file must be rejected, so
# the checker itself is tested.
set -u
: "${TACITUS_DATA:=../shared/data}"
tmp=${BUILD:-build}/check/onto_actors
mkdir -p "$tmp"

check() {  # check FILE... ; prints problems as file:line: what, exits 1 if any
  awk '
  function fail(m) { printf "%s:%d: %s\n", FILENAME, FNR, m; bad++ }
  function dim(y, m) { return m == 2 ? ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28) : (m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31) }
  # YYMMDD or YYYYMMDD -> YYYYMMDD number, or -1
  function day(d,   y, m, dd) {
    if (d ~ /^[0-9][0-9][0-9][0-9][0-9][0-9]$/) { y = substr(d, 1, 2) + 0; y += y >= 30 ? 1900 : 2000; m = substr(d, 3, 2) + 0; dd = substr(d, 5, 2) + 0 }
    else if (d ~ /^[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]$/) { y = substr(d, 1, 4) + 0; m = substr(d, 5, 2) + 0; dd = substr(d, 7, 2) + 0 }
    else return -1
    if (m < 1 || m > 12 || dd < 1 || dd > dim(y, m)) return -1
    return y * 10000 + m * 100 + dd
  }
  function end_entry(   i, j) {
    if (open && ncodes == 0) { printf "%s:%d: entry %s has no [CODE]\n", efile, eline, ename; bad++ }
    for (i = 1; i <= nr; i++) for (j = i + 1; j <= nr; j++)
      if (rc[i] != rc[j] && lo[i] < hi[j] && lo[j] < hi[i]) {
        printf "%s:%d: entry %s: [%s] and [%s] overlap\n", efile, eline, ename, rs[i], rs[j]; bad++
      }
    open = 0; ncodes = 0; nr = 0
  }
  function code(b,   n, f, c, r, a, z, p) {
    n = split(b, f, " ")
    c = f[1]
    # ("---": a name that must not code, as actors.c reads it)
    if (n < 1 || n > 2 || (c !~ /^[A-Z0-9~][A-Z0-9~][A-Z0-9~]+$/ && c != "---")) { fail("bad restriction [" b "]"); return }
    ncodes++
    if (n == 1) return
    r = f[2]
    if (r ~ /^>/) { a = day(substr(r, 2)); z = 99999999 }
    else if (r ~ /^</) { a = 0; z = day(substr(r, 2)) }
    else if (r ~ /^[0-9]+-[0-9]+$/) { p = index(r, "-"); a = day(substr(r, 1, p - 1)); z = day(substr(r, p + 1)) }
    else { fail("bad date restriction \"" r "\" in [" b "]"); return }
    if (a < 0 || z < 0) { fail("bad date in [" b "]"); return }
    if (a > z) { fail("range ends before it starts in [" b "]"); return }
    nr++; rc[nr] = c; lo[nr] = a; hi[nr] = z; rs[nr] = b
  }
  function codes_in(s,   b) {
    while (match(s, /\[[^]]*\]/)) {
      b = substr(s, RSTART + 1, RLENGTH - 2)
      code(b)
      s = substr(s, RSTART + RLENGTH)
    }
    if (s ~ /[][]/) fail("unbalanced bracket")
    return s
  }
  function name(n, syn) {
    if (n !~ /^[A-Z0-9][-A-Z0-9_.'"'"'()\/&]*$/) { fail("bad name \"" n "\" (upper case words joined by _)"); return }
    key = n; sub(/_+$/, "", key)
    if (key in seen) { fail("name " n " also in entry at " seen[key]); return }
    seen[key] = FILENAME ":" FNR
    names++
  }
  FNR == 1 { if (open) end_entry() }
  { line = $0; sub(/\r$/, "", line) }
  line ~ /^[ \t]*$/ || line ~ /^[ \t]*#/ { next }
  { sub(/[ \t]+#.*$/, "", line) }
  line ~ /^[ \t]+\[/ || line ~ /^\[/ {
    if (!open) { fail("restriction outside an entry"); next }
    rest = codes_in(line)
    if (rest !~ /^[ \t]*$/) fail("text after restriction: " rest)
    next
  }
  line ~ /^\+/ {
    if (!open) { fail("synonym outside an entry"); next }
    s = substr(line, 2); sub(/[ \t]+$/, "", s)
    if (s ~ /[ \t]/) { fail("synonym with a space: \"" s "\""); next }
    name(s, 1)
    next
  }
  line ~ /^[ \t]/ { fail("indented line that is not a [CODE]"); next }
  {
    if (open) end_entry()
    open = 1; efile = FILENAME; eline = FNR; entries++
    n = line; sub(/[ \t].*$/, "", n); ename = n
    name(n, 0)
    rest = substr(line, length(n) + 1)
    rest = codes_in(rest)
    if (rest !~ /^[ \t]*$/) fail("text after name: " rest)
  }
  END {
    if (open) end_entry()
    if (entries == 0) { print "no entries"; bad++ }
    printf "# actors: %d entries, %d names\n", entries, names
    exit bad > 0
  }' "$@"
}

# 1. the checker rejects a bad file
cat > "$tmp/bad.txt" <<'BAD'
GOOD_NAME_
	[USAGOV 20210120-20250120]
NO_CODE_
+GOOD_NAME_
BAD_DATE_
	[USAGOV 20210230-20250120]
	[USAGOV >2025]
REVERSED_
	[USAGOV 20250120-20210120]
OVERLAP_
	[USAGOV 20200101-20220101]
	[USAELI 20210101-20230101]
lower_case_
	[USAGOV]
+ORPHAN_PLUS_ [USAGOV] x
BAD
if check "$tmp/bad.txt" > "$tmp/bad.out" 2>&1; then
  echo "checker accepted a bad file:"; cat "$tmp/bad.out"; exit 1
fi
for want in "bad.txt:3: entry NO_CODE_ has no" "bad.txt:4: name GOOD_NAME_ also in" "bad.txt:6: bad date" \
            "bad.txt:7: bad date" "bad.txt:9: range ends before" "overlap" "bad.txt:13: bad name" \
            "bad.txt:15:"; do
  grep -q "$want" "$tmp/bad.out" || { echo "checker missed: $want"; cat "$tmp/bad.out"; exit 1; }
done

# 2. the real files
check data/actors/*.txt || exit 1

# 3. information: names that update an entry of the Phoenix dictionaries
ph="$TACITUS_DATA/petrarch/dictionaries"
if [ -r "$ph/Phoenix.Countries.actors.txt" ]; then
  cat "$ph"/Phoenix.*.actors.txt | sed -n 's/^+\{0,1\}\([A-Z0-9][^ 	#[]*\).*/\1/p' | sed 's/_*$//' | LC_ALL=C sort -u > "$tmp/phoenix.names"
  sed -n 's/^+\{0,1\}\([A-Z0-9][^ 	#[]*\).*/\1/p' data/actors/*.txt | sed 's/_*$//' | LC_ALL=C sort -u > "$tmp/ours.names"
  echo "# actors: $(LC_ALL=C comm -12 "$tmp/phoenix.names" "$tmp/ours.names" | wc -l | tr -d ' ') names also in Phoenix (entries here update them)"
fi
exit 0
