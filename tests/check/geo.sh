#!/bin/sh
# geo evaluation: `tacitus geo --eval` end to end and with gold spans on
# GeoWebNews, LGL and TR-News ($TACITUS_DATA/geo), plus GeoWebNews end to end
# through the tagger/parser (--parse), against tests/floors/geo.txt.
set -u
: "${TACITUS:=build/tacitus}" "${TACITUS_DATA:=../shared/data}"
D="$TACITUS_DATA/geo"
F=tests/floors/geo.txt
fail=0
for corpus in geowebnews lgl tr-news; do
  [ -d "$D/$corpus" ] || { echo "missing $D/$corpus"; exit 1; }
  e2e=$("$TACITUS" geo --eval "$D/$corpus" | tail -n 1) || { echo "FAIL eval $corpus"; exit 1; }
  gold=$("$TACITUS" geo --eval "$D/$corpus" --gold-spans | tail -n 1) || { echo "FAIL eval $corpus gold"; exit 1; }
  parsed=""
  if [ "$corpus" = geowebnews ]; then
    parsed=$("$TACITUS" geo --parse --eval "$D/$corpus" | tail -n 1) || { echo "FAIL eval $corpus --parse"; exit 1; }
  fi
  echo "# $corpus end to end: $e2e"
  echo "# $corpus gold spans: $gold"
  [ -n "$parsed" ] && echo "# $corpus end to end, tagged and parsed: $parsed"
  # check each floor of this corpus: the value follows the measure's name
  while IFS='	' read -r c mode measure floor; do
    case "$c" in "#"*|"") continue;; esac
    [ "$c" = "$corpus" ] || continue
    case "$mode" in e2e) line=$e2e;; parse) line=$parsed;; *) line=$gold;; esac
    val=$(echo "$line" | awk -v m="$measure" '{for (i = 1; i < NF; i++) if ($i == m) print $(i+1)}')
    if [ -z "$val" ] || awk -v v="$val" -v f="$floor" 'BEGIN{exit !(v < f)}'; then
      echo "FAIL $corpus $mode $measure = ${val:-?} < floor $floor"; fail=1
    fi
  done < "$F"
done
exit $fail
