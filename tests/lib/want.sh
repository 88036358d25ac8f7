# want NAME PATTERN...: passes when some line of the file $out matches every
# PATTERN (awk extended regexps); otherwise prints "MISSING NAME" and sets
# fail=1.  Names matching the regexp $KNOWN_GAPS (optional) are reported as
# gaps instead of failures, and as "promote it" once they pass.
# Sourced by the checks in tests/check (POSIX sh).
want() {
  name=$1; shift
  gaps=${KNOWN_GAPS:-}
  if awk -v n="$#" 'BEGIN { for (i = 1; i <= n; i++) pat[i] = ARGV[i]; ARGC = 1 }
      { ok = 1; for (i = 1; i <= n; i++) if ($0 !~ pat[i]) { ok = 0; break } if (ok) found = 1 }
      END { exit found ? 0 : 1 }' "$@" < "$out"; then
    if [ -n "$gaps" ] && echo "$name" | grep -Eqx "$gaps"; then echo "# ok   $name (a known gap now passes: promote it)"
    else echo "# ok   $name"; fi
  elif [ -n "$gaps" ] && echo "$name" | grep -Eqx "$gaps"; then
    echo "# gap  $name (known gap, issue 6)"
  else
    echo "MISSING $name"; fail=1
  fi
}

# count NAME PATTERN N: passes when exactly N lines of $out match PATTERN
# (a grep basic regexp); otherwise prints "NAME: M events, want N" and sets
# fail=1.
count() {
  n=$(grep -c "$2" "$out")
  if [ "$n" -eq "$3" ]; then echo "# ok   $1"; else echo "$1: $n events, want $3"; fail=1; fi
}
