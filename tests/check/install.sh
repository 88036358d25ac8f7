#!/bin/sh
# `make install PREFIX=...` (issue 13): the installed layout, the shared
# library's soname and exported symbols (exactly the TC_EXPORT functions of
# include/tacitus.h, all tc_), the data tree, tacitus.pc, and the README's C
# example built against the installed copy with pkg-config, which must write
# the records `tacitus code -j 1` writes (as must the installed binary).
set -u
: "${BUILD:=build}" "${MODELS:=build/models}" "${TACITUS:=$BUILD/tacitus}"
if [ -n "${TC_SANITIZED:-}" ]; then echo "# install: runs in the plain pass"; exit 0; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "$*"; exit 1; }
p="$tmp/prefix"
${MAKE:-make} -s --no-print-directory install PREFIX="$p" BUILD="$BUILD" MODELS="$MODELS" > "$tmp/make.log" 2>&1 \
  || { cat "$tmp/make.log"; fail "make install failed"; }
for f in bin/tacitus lib/libtacitus.so.0 lib/libtacitus.so lib/libtacitus.a lib/pkgconfig/tacitus.pc \
         include/tacitus.h share/tacitus/models/en-ud.tcm share/tacitus/models/phoenix.tcd \
         share/tacitus/models/gazetteer.tcg; do
  [ -e "$p/$f" ] || fail "not installed: $f"
done
[ "$(readlink "$p/lib/libtacitus.so")" = libtacitus.so.0 ] || fail "lib/libtacitus.so should link to libtacitus.so.0"
soname=$(readelf -d "$p/lib/libtacitus.so.0" | sed -n 's/.*(SONAME).*\[\(.*\)\].*/\1/p')
[ "$soname" = libtacitus.so.0 ] || fail "soname is '$soname', expected libtacitus.so.0"
nm -D --defined-only "$p/lib/libtacitus.so.0" | awk '$2 != "A" { sub(/@.*/, "", $3); print $3 }' | sort -u > "$tmp/exported"
sed -n 's/^TC_EXPORT[^(]*[ *]\(tc_[a-z0-9_]*\)(.*/\1/p' include/tacitus.h | sort -u > "$tmp/declared"
[ "$(wc -l < "$tmp/declared")" -ge 50 ] || fail "could not read the TC_EXPORT declarations"
grep -v '^tc_' "$tmp/exported" && fail "symbols outside the tc_ API are exported"
diff "$tmp/declared" "$tmp/exported" || fail "exported symbols differ from the TC_EXPORT functions of tacitus.h"
(cd data && find . -type f | sort) > "$tmp/data.src"
(cd "$p/share/tacitus/data" && find . -type f | sort) > "$tmp/data.inst"
cmp "$tmp/data.src" "$tmp/data.inst" || fail "share/tacitus/data is not a copy of data/"
echo "# install: $(wc -l < "$tmp/exported") tc_ symbols exported, soname $soname, $(wc -l < "$tmp/data.inst") data files"

awk '/<!-- example: count.c -->/ { on = 1; next } on && /^```c/ { blk = 1; next } blk && /^```/ { exit } blk { print }' \
  README.md > "$tmp/count.c"
[ -s "$tmp/count.c" ] || fail "no C example (<!-- example: count.c -->) in the README"
export PKG_CONFIG_PATH="$p/lib/pkgconfig"
[ "$(pkg-config --modversion tacitus)" = "$(sed -n 's/^#define TC_VERSION_STRING "\(.*\)"/\1/p' include/tacitus.h)" ] \
  || fail "tacitus.pc has the wrong version"
# shellcheck disable=SC2046
cc -std=c11 -Wall -Werror -o "$tmp/count" "$tmp/count.c" $(pkg-config --cflags --libs tacitus) \
   -Wl,-rpath,"$(pkg-config --variable=libdir tacitus)" || fail "the README example does not build"
ldd "$tmp/count" | grep -q "$p/lib/libtacitus.so.0" || fail "the example is not linked to the installed library"
story=../shared/examples/story-2021-11-07.txt
"$TACITUS" code -q -j 1 "$story" > "$tmp/want" || fail "tacitus code failed"
TACITUS_MODELS="$p/share/tacitus/models" TACITUS_PROJECT_DATA="$p/share/tacitus/data" "$tmp/count" "$story" \
  > "$tmp/got" || fail "the README example failed"
cmp "$tmp/want" "$tmp/got" || fail "the README example (shared library) writes other records than tacitus code"
TACITUS_MODELS="$p/share/tacitus/models" TACITUS_PROJECT_DATA="$p/share/tacitus/data" "$p/bin/tacitus" code -q \
  -j 1 "$story" > "$tmp/got2" || fail "the installed tacitus failed"
cmp "$tmp/want" "$tmp/got2" || fail "the installed tacitus writes other records"
echo "# install: the README example, built with pkg-config against the installed copy, gives tacitus's records"
exit 0
