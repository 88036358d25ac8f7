#!/bin/sh
# SQLite output under kill -9 and concurrent writers (issue 16, item 7).
#   sh bench/sqlite_robust.sh INPUT.jsonl      (story ids must be unique in INPUT)
# 1. One clean run of INPUT into a fresh database: the reference (stories,
#    events, and a digest of the events table).
# 2. KILLS times (default 50): a fresh database, a run killed with SIGKILL
#    after a random delay within the clean run's time, then the same run
#    again to the end.  Each database must pass PRAGMA integrity_check and
#    equal the reference: every story once, the same events (no story lost
#    or duplicated).
# 3. TRIALS times (default 20): the input split in two halves, both coded at
#    once into one fresh database by two processes.  Both must exit 0 and the
#    database must equal the reference.
# Prints one line per part and "sqlite_robust: ok" or the failures; exits 1
# on any failure.  SEED (default 16) fixes the kill points.
set -u
: "${TACITUS:=build/tacitus}" "${KILLS:=50}" "${TRIALS:=20}" "${SEED:=16}"
PY=/usr/bin/python3
in=${1:?usage: sqlite_robust.sh INPUT.jsonl}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0

# digest DB: "stories distinct_ids events integrity digest"
digest() {
  $PY - "$1" <<'EOF'
import hashlib, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
ok = c.execute('PRAGMA integrity_check').fetchone()[0]
if not c.execute("SELECT 1 FROM sqlite_master WHERE name = 'stories'").fetchone():
    print(0, 0, 0, ok, 'no-tables-yet')  # killed before the schema was made
    sys.exit(0)
n, d = c.execute('SELECT count(*), count(DISTINCT id) FROM stories').fetchone()
e = c.execute('SELECT count(*) FROM events').fetchone()[0]
h = hashlib.md5()
for row in c.execute('SELECT * FROM events ORDER BY story_id, seq'):
    h.update(repr(row).encode())
for row in c.execute('SELECT id, events FROM stories ORDER BY id'):
    h.update(repr(row).encode())
print(n, d, e, ok, h.hexdigest())
EOF
}

t0=$(date +%s.%N)
"$TACITUS" code -q -o "$tmp/ref.db" "$in" 2> "$tmp/ref.err"
st=$?
t1=$(date +%s.%N)
[ "$st" -le 1 ] || { echo "sqlite_robust: the reference run failed (exit $st): $(tail -n 3 "$tmp/ref.err")"; exit 1; }
ref=$(digest "$tmp/ref.db")
full=$(echo "$t1 - $t0" | bc -l)
echo "reference: $(echo "$ref" | awk '{ print $1 " stories, " $3 " events, integrity " $4 }') in $(printf '%.1f' "$full") s"
set -- $ref
[ "$1" = "$2" ] && [ "$4" = ok ] || { echo "sqlite_robust: the reference database is itself wrong: $ref"; exit 1; }

# kill points: KILLS delays spread at random over the clean run's time
delays=$(awk -v n="$KILLS" -v t="$full" -v s="$SEED" 'BEGIN { srand(s); for (i = 0; i < n; i++) printf "%.2f\n", 0.05 + rand() * t * 0.95 }')
k=0; good=0
for d in $delays; do
  k=$((k + 1))
  rm -f "$tmp/k.db" "$tmp/k.db-wal" "$tmp/k.db-shm"
  "$TACITUS" code -q -o "$tmp/k.db" "$in" 2> /dev/null &
  pid=$!
  sleep "$d"
  kill -9 "$pid" 2> /dev/null
  wait "$pid" 2> /dev/null
  mid=$(digest "$tmp/k.db" 2> /dev/null || echo "unreadable")
  case $mid in *" ok "*) ;; *) echo "kill $k at ${d}s: the database after kill -9 fails integrity_check: $mid"; fail=1 ;; esac
  "$TACITUS" code -q -o "$tmp/k.db" "$in" 2> /dev/null
  got=$(digest "$tmp/k.db")
  if [ "$got" = "$ref" ]; then good=$((good + 1))
  else echo "kill $k at ${d}s, rerun: $got, expected $ref"; fail=1; fi
done
echo "kill -9 then rerun: $good of $KILLS equal the reference"

# two writers at once
n=$(wc -l < "$in")
head -n $((n / 2)) "$in" > "$tmp/a.jsonl"
tail -n +$((n / 2 + 1)) "$in" > "$tmp/b.jsonl"
k=0; good=0
while [ "$k" -lt "$TRIALS" ]; do
  k=$((k + 1))
  rm -f "$tmp/c.db" "$tmp/c.db-wal" "$tmp/c.db-shm"
  "$TACITUS" code -q -o "$tmp/c.db" "$tmp/a.jsonl" 2> "$tmp/a.err" &
  pa=$!
  "$TACITUS" code -q -o "$tmp/c.db" "$tmp/b.jsonl" 2> "$tmp/b.err" &
  pb=$!
  wait "$pa"; sa=$?
  wait "$pb"; sb=$?
  got=$(digest "$tmp/c.db")
  # the halves may hold error records: exit 1 is allowed when the reference had them
  if [ "$sa" -le 1 ] && [ "$sb" -le 1 ] && ! grep -q 'sqlite' "$tmp/a.err" "$tmp/b.err" && [ "$got" = "$ref" ]; then good=$((good + 1))
  else echo "two writers, trial $k: exits $sa/$sb ($(cat "$tmp/a.err" "$tmp/b.err" | head -n 2)); $got, expected $ref"; fail=1; fi
done
echo "two writers at once: $good of $TRIALS complete and equal the reference"
[ "$fail" -eq 0 ] && echo "sqlite_robust: ok"
exit $fail
