#!/bin/sh
# The malformed-input corpus of issue 16: each case is a small input made
# here (BOM, Windows-1252, NUL, truncated gzip (mid-line, and with only its
# size field missing), broken JSON, a 1 MB token, a
# sentence of 3,200 "Pelosi's", a 20,000-sentence story, links to folders,
# loops and nowhere, a FIFO, odd and repeated ids, an unreadable folder),
# coded alone, as JSON Lines and as TSV.  For every case:
#   - every output line is valid UTF-8 and valid JSON (/usr/bin/python3);
#   - every story is coded or an error record: the records written equal the
#     case's count, and error records equal the --stats error count;
#   - the exit status is 1 exactly when there were error records;
#   - every TSV line has as many columns as the header;
#   - no case runs longer than its time limit (a stall is a failure), nor,
#     in the plain pass, needs more than 600 MB of address space.
# Cases whose name matches $KNOWN_GAPS (none now) are reported, not failed.
set -u
: "${KNOWN_GAPS:=}"
PY=/usr/bin/python3
tmp=$(mktemp -d); trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
limit=60; [ -n "${TC_SANITIZED:-}" ] && limit=240
fail=0
ok() { echo "# ok   $1"; }
bad() {
  if [ -n "$KNOWN_GAPS" ] && echo "$1" | grep -Eqx "$KNOWN_GAPS"; then echo "# gap  $1: $2 (known gap)"
  else echo "FAIL $1: $2"; fail=1; fi
}

mk() { mkdir -p "$tmp/$1"; }
S=" date 2021-11-07
Gunmen killed three people in Mosul on Friday, police said."

# name, then: records expected (stories + error records), errors expected ("-": any >= 1)
cases=""
add() { cases="$cases $1:$2:$3"; }

mk bom-jsonl;  printf '\357\273\277{"id":"b1","date":"2021-11-07","text":"Gunmen killed three people in Mosul."}\n' > "$tmp/bom-jsonl/f.jsonl"; add bom-jsonl 1 0
mk cp1252;     printf ' date 2021-11-07\n\223Gunmen\224 killed three people in Mosul \226 police.\n' > "$tmp/cp1252/s.txt"; add cp1252 1 0
mk nul;        printf ' date 2021-11-07\nGunmen\000killed.\n' > "$tmp/nul/s.txt"; add nul 1 1
mk broken;     printf '{"id":"j1","date":"2021-11-07","text":"Gunmen killed three people."}\n{"id":"j2",\n{"id":"j3","text":"no date"}\n"string"\n{"id":"j5","date":"2021-11-07","text":"\\u0000x"}\n{"id":"j6","date":"2021-11-07","text":"\\"\\\\\\"\\\\"}\n' > "$tmp/broken/f.jsonl"; add broken 6 4
mk trunc-gz
i=0; while [ $i -lt 300 ]; do i=$((i + 1)); echo "{\"id\":\"t$i\",\"date\":\"2021-11-07\",\"text\":\"Gunmen killed $i people in Mosul on day $((i * 7919 % 1000)).\"}"; done | gzip -9 > "$tmp/full.gz"
head -c $(( $(wc -c < "$tmp/full.gz") / 2 )) "$tmp/full.gz" > "$tmp/trunc-gz/f.jsonl.gz"
printf '%s\n' "$S" | gzip -9 | head -c 40 > "$tmp/trunc-gz/s.txt.gz"; add trunc-gz - -
mk gz-trailer; head -c $(( $(wc -c < "$tmp/full.gz") - 4 )) "$tmp/full.gz" > "$tmp/gz-trailer/f.jsonl.gz"; add gz-trailer 301 1
mk bigtoken;   { echo " date 2021-11-07"; head -c 1048576 /dev/zero | tr '\0' 'a'; echo " attacked Mosul."; } > "$tmp/bigtoken/s.txt"; add bigtoken 1 0
mk pelosi;     { echo " date 2021-11-07"; i=0; while [ $i -lt 3200 ]; do printf "Pelosi's "; i=$((i + 1)); done; echo; } > "$tmp/pelosi/s.txt"; add pelosi 1 0
mk many;       awk 'BEGIN { print " date 2021-11-07"; for (i = 0; i < 20000; i++) printf "Gunmen killed %d people in Mosul. ", i % 50 + 2; print "" }' > "$tmp/many/s.txt"; add many 1 0
# one sentence said 20,000 times: one event listing every sentence, in
# bounded memory (this took 1.1 GB; the plain pass caps the address space at
# 600 MB, so memory growth fails as an out-of-memory error record)
mk repeat;     awk 'BEGIN { print " date 2021-11-07"; for (i = 0; i < 20000; i++) printf "Gunmen killed 3 people in Mosul on Friday. "; print "" }' > "$tmp/repeat/s.txt"; add repeat 1 0
mk links;      printf '%s\n' "$S" > "$tmp/links/a.txt"; mkdir "$tmp/links/sub"; printf '%s\n' "$S" > "$tmp/links/sub/b.txt"
( cd "$tmp/links" && ln -s . self && ln -s . self2 && ln -s nowhere dangling && ln -s loop1 loop2 && ln -s loop2 loop1 && ln -s sub/b.txt blink && mkfifo fifo )
add links 9 7
mk fifo-arg;   mkfifo "$tmp/fifo-arg/p.txt"; add fifo-arg 1 1
mk odd-ids;    printf '{"id":"a\\tb","date":"2021-11-07","text":"Gunmen killed three people in Mosul."}\n{"id":"c\\nd","date":"2021-11-07","text":"Gunmen killed four people in Mosul."}\n{"id":"n\\u0000m","date":"2021-11-07","text":"x"}\n{"id":"r","date":"2021-11-07","text":"Gunmen killed five people in Mosul."}\n{"id":"r","date":"2021-11-07","text":"Gunmen killed six people in Mosul."}\n' > "$tmp/odd-ids/f.jsonl"; add odd-ids 5 2
mk same-names; mkdir -p "$tmp/same-names/x" "$tmp/same-names/y"; printf '%s\n' "$S" > "$tmp/same-names/x/same.txt"; printf '%s\n' "$S" > "$tmp/same-names/y/same.txt"
printf '{"date":"2021-11-07","text":"Gunmen killed three people in Basra."}\n' > "$tmp/same-names/x/feed.jsonl"; cp "$tmp/same-names/x/feed.jsonl" "$tmp/same-names/y/feed.jsonl"; add same-names 4 0
mk date-ff;    printf ' date 2021-\377-07\nGunmen killed three people.\n' > "$tmp/date-ff/s.txt"; add date-ff 1 1
mk name-ff;    printf '%s\n' "$S" > "$tmp/name-ff/st$(printf '\377').txt"; add name-ff 1 0
mk missing;    add missing 1 1

# check NAME RECORDS ERRORS [RUNAS]
check() {
  name=$1 want=$2 werr=$3
  in="$tmp/$name"; [ "$name" = fifo-arg ] && in="$tmp/fifo-arg/p.txt"; [ "$name" = missing ] && in="$tmp/missing/none.txt"
  out="$tmp/$name.out"
  t0=$(date +%s)
  (
    [ -z "${TC_SANITIZED:-}" ] && ulimit -v 600000
    exec timeout "$limit" ${RUNAS:-} "$TACITUS" code -q --stats "$in"
  ) > "$out" 2> "$tmp/$name.err"
  st=$?
  t1=$(date +%s)
  [ "$st" -eq 124 ] && { bad "$name" "did not finish in ${limit} s"; return; }
  [ "$st" -gt 1 ] && { bad "$name" "exit status $st: $(tail -n 3 "$tmp/$name.err")"; return; }
  res=$($PY - "$out" <<'EOF'
import json, sys
recs = errs = 0
for n, raw in enumerate(open(sys.argv[1], 'rb').read().split(b'\n')[:-1], 1):
    try:
        o = json.loads(raw.decode('utf-8'))
    except Exception as e:
        print('BAD line %d: %s' % (n, str(e)[:80])); sys.exit(0)
    if 'error' in o: errs += 1
print('OK %d' % errs)
EOF
)
  case $res in BAD*) bad "$name" "output not valid UTF-8 JSON ($res)"; return ;; esac
  nerr=${res#OK }
  stats=$(grep 'stories,' "$tmp/$name.err" | tail -n 1)
  nst=$(echo "$stats" | sed -n 's/^\([0-9]*\) stories.*/\1/p')
  serr=$(echo "$stats" | sed -n 's/.* \([0-9]*\) errors.*/\1/p')
  [ "$nerr" = "$serr" ] || { bad "$name" "$nerr error records written, --stats says $serr"; return; }
  [ "$want" = - ] || [ "$nst" = "$want" ] || { bad "$name" "$nst records, expected $want"; return; }
  [ "$werr" = - ] && [ "$serr" -ge 1 ] 2>/dev/null || [ "$werr" = "$serr" ] || { bad "$name" "$serr error records, expected $werr"; return; }
  if [ "$serr" -gt 0 ]; then [ "$st" -eq 1 ] || { bad "$name" "errors but exit status $st"; return; }
  else [ "$st" -eq 0 ] || { bad "$name" "no errors but exit status $st"; return; }; fi
  ok "$name: $nst records, $serr error records, $((t1 - t0)) s"
  # TSV: one column count throughout
  timeout "$limit" ${RUNAS:-} "$TACITUS" code -q -f tsv "$in" > "$tmp/$name.tsv" 2>/dev/null
  cols=$(awk -F'\t' '{ print NF }' "$tmp/$name.tsv" | sort -u | wc -l)
  [ "$cols" -eq 1 ] || bad "$name-tsv" "TSV lines with $(awk -F'\t' '{ print NF }' "$tmp/$name.tsv" | sort -u | tr '\n' ' ')columns"
}

for c in $cases; do
  name=${c%%:*}; rest=${c#*:}; want=${rest%%:*}; werr=${rest#*:}
  check "$name" "$want" "$werr"
done

# an unreadable folder: its readable siblings are coded, the folder is an
# error record saying "Permission denied" (as root, run as nobody)
mkdir -p "$tmp/perm/locked" "$tmp/perm/open"
printf '%s\n' "$S" > "$tmp/perm/locked/a.txt"; printf '%s\n' "$S" > "$tmp/perm/open/b.txt"
chmod 000 "$tmp/perm/locked"; chmod -R a+rX "$tmp/perm/open"; chmod a+rx "$tmp/perm"
RUNAS=""
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv > /dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null &&
     setpriv --reuid=65534 --regid=65534 --clear-groups test -r "$TACITUS"; then
    RUNAS="setpriv --reuid=65534 --regid=65534 --clear-groups"
  else
    echo "# skip perm: running as root without setpriv or a program readable by nobody"; exit $fail
  fi
fi
check perm 2 1
grep -q 'locked:0: cannot read folder: Permission denied' "$tmp/perm.out" || bad perm "no 'Permission denied' error record: $(cat "$tmp/perm.out")"
exit $fail
