#!/bin/sh
# crosswalk.sh -- writes data/crosswalk/cameo.tsv (to stdout) from the
# ontology reference files in $TACITUS_DATA/ontology and the PETRARCH verb
# dictionary.  POSIX sh + awk + sort only, so it runs wherever the tests run;
# tests/check/onto_crosswalk.sh regenerates and diffs against the committed
# file, so the generator and the table cannot drift apart.
#
#   sh tools/crosswalk.sh > data/crosswalk/cameo.tsv
#
# What comes from where (data/crosswalk/README.md says the same for users):
#   code, name, goldstein   cameo/cameo_eventcodes.tsv (the ICEWS CAMEO list);
#                           codes missing from it are added from
#                           text_to_CAMEO/CAMEO_codefile.txt labels, and codes
#                           used in petrarch/dictionaries/CAMEO.2.0.txt that no
#                           list names get a name from EXT below; their
#                           Goldstein score is the nearest listed ancestor's.
#   root, quad              computed from the code (roots 01-05 -> 1,
#                           06-08 -> 2, 09-13 -> 3, 14-20 -> 4) and checked
#                           against the list's quad_class.
#   plover_*                plover/CAMEO2PLOVER-2021.txt at the 4-, then 3-,
#                           then 2-digit level; first line wins for a repeated
#                           code; a mode that is a PLOVER context name (and no mode's) is moved
#                           to the context; overrides in PLOVER_EXTRA below.
#   acled_*                 acled/acled_event_types.tsv suggested_cameo
#                           (first sub-event wins for a repeated code), with
#                           the corrections and additions in ACLED_FIX below;
#                           a 4-digit code inherits its 3-digit parent's.
set -eu
D=${TACITUS_DATA:-../shared/data}
O=$D/ontology
for f in "$O/cameo/cameo_eventcodes.tsv" "$O/cameo/text_to_CAMEO/CAMEO_codefile.txt" \
         "$O/plover/CAMEO2PLOVER-2021.txt" "$O/plover/plover_ontology.json" \
         "$O/acled/acled_event_types.tsv" "$D/petrarch/dictionaries/CAMEO.2.0.txt"; do
  [ -r "$f" ] || { echo "crosswalk.sh: cannot read $f" >&2; exit 1; }
done

# Codes the PETRARCH/Phoenix dictionaries use that no code list names.
# 176 is the Phoenix extension "attack cybernetically" (CAMEO.2.0.txt codes
# HACK ... COMPUTER/NETWORK/WEBSITE as 176).
EXT='176	Attack cybernetically'

# PLOVER for codes the 2021 table does not list, where the PLOVER manual has
# a mode that fits better than the parent's (code event mode context).
PLOVER_EXTRA='1951	ASSAULT	aerial	military
1952	ASSAULT	drone	military
176	COERCE	cyber	cyber'

# ACLED: "fix OLD NEW" moves a suggested code; "add CODE TYPE SUBTYPE" adds a
# project choice.  The suggested table puts "Sexual violence" on 1822, which
# is "Torture" in CAMEO; 1821 is "Sexually assault".  The additions cover
# CAMEO forms whose ACLED type is unambiguous from the CAMEO definition.
ACLED_FIX='fix	1822	1821
add	193	Battles	Armed clash
add	182	Violence against civilians	Attack
add	1823	Violence against civilians	Attack
add	185	Violence against civilians	Attack
add	186	Violence against civilians	Attack
add	200	Violence against civilians	Attack
add	202	Violence against civilians	Attack
add	140	Protests	Peaceful protest
add	142	Protests	Peaceful protest
add	143	Protests	Peaceful protest
add	144	Protests	Peaceful protest
noinherit	2042'

tmp=${TMPDIR:-/tmp}/crosswalk.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT

printf '%s\n' "$EXT" > "$tmp/ext"
printf '%s\n' "$PLOVER_EXTRA" > "$tmp/plover_extra"
printf '%s\n' "$ACLED_FIX" > "$tmp/acled_fix"
# Context names that are not also mode names (e.g. "territory" is both).
grep -o '"mode": *"[a-z_-]*"' "$O/plover/plover_ontology.json" | sed 's/.*"\([a-z_-]*\)"$/\1/' |
  LC_ALL=C sort -u > "$tmp/modes"
grep -o '"context": *"[a-z_]*"' "$O/plover/plover_ontology.json" | sed 's/.*"\([a-z_]*\)"$/\1/' |
  LC_ALL=C sort -u | LC_ALL=C comm -23 - "$tmp/modes" > "$tmp/contexts"
# Every code the verb dictionary uses: [CODE], [CODE:CODE], [:CODE].
grep -o '\[[0-9:]*\]' "$D/petrarch/dictionaries/CAMEO.2.0.txt" | tr -d '[]' | tr ':' '\n' |
  grep -E '^[0-9]{2,4}$' | LC_ALL=C sort -u > "$tmp/used"

LC_ALL=C awk -F'\t' -v OFS='\t' \
  -v LIST="$O/cameo/cameo_eventcodes.tsv" -v CODEFILE="$O/cameo/text_to_CAMEO/CAMEO_codefile.txt" \
  -v EXT="$tmp/ext" -v USED="$tmp/used" -v C2P="$O/plover/CAMEO2PLOVER-2021.txt" \
  -v CTX="$tmp/contexts" -v PEXTRA="$tmp/plover_extra" -v ACLED="$O/acled/acled_event_types.tsv" \
  -v AFIX="$tmp/acled_fix" '
function trim(s) { gsub(/^[ \t]+|[ \t]+$/, "", s); return s }
function die(m) { print "crosswalk.sh: " m > "/dev/stderr"; exit 1 }
function quad(root) { root += 0; return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4 }
function addnote(c, s) { note[c] = note[c] == "" ? s : note[c] ";" s }
function cap(s) { return toupper(substr(s, 1, 1)) substr(s, 2) }
BEGIN {
  # 1. the ICEWS CAMEO list
  while ((getline line < LIST) > 0) {
    if (++ln == 1) continue
    split(line, f, "\t")
    c = f[1]
    if (c !~ /^[0-9][0-9][0-9]?[0-9]?$/) die(LIST ":" ln ": bad code \"" c "\"")
    if (c in name) die(LIST ":" ln ": duplicate code " c)
    name[c] = cap(trim(f[2])); gold[c] = f[6]
    if (f[5] != quad(substr(c, 1, 2))) die(LIST ":" ln ": quad_class " f[5] " for " c)
    codes[++n] = c
  }
  # 2. codes only in the CAMEO 0.7b5/ICEWS code file ("LABEL: 1951= ...")
  while ((getline line < CODEFILE) > 0) {
    if (line !~ /^LABELi?: [0-9]+= /) continue
    c = line; sub(/^LABELi?: /, "", c); sub(/=.*/, "", c)
    t = line; sub(/^[^=]*= */, "", t)
    if (!(c in name)) { name[c] = cap(trim(t)); addnote(c, "name:CAMEO_codefile"); codes[++n] = c }
  }
  while ((getline line < EXT) > 0) { split(line, f, "\t"); extname[f[1]] = f[2] }
  while ((getline c < USED) > 0) {
    if (c in name) continue
    if (!(c in extname)) die("CAMEO.2.0.txt uses code " c " that no source names")
    name[c] = extname[c]; addnote(c, "name:Phoenix"); codes[++n] = c
  }
  # Goldstein for added codes: nearest ancestor with a score.
  for (i = 1; i <= n; i++) {
    c = codes[i]
    if (c in gold) continue
    for (k = length(c) - 1; k >= 2; k--) {
      p = substr(c, 1, k)
      if (p in gold) { gold[c] = gold[p]; addnote(c, "goldstein:" p); break }
    }
    if (!(c in gold)) die("no Goldstein ancestor for " c)
  }
  # 3. PLOVER
  while ((getline x < CTX) > 0) isctx[x] = 1
  ln = 0
  while ((getline line < C2P) > 0) {
    ln++
    if (line !~ /^[0-9]+:/) continue
    sub(/#.*/, "", line)
    c = line; sub(/:.*/, "", c)
    body = line; sub(/^[^:]*:/, "", body)
    m = split(body, f, ",")
    ev = trim(f[1]); mo = m >= 2 ? trim(f[2]) : ""; cx = m >= 3 ? trim(f[3]) : ""
    if (ev !~ /^[A-Z]+$/) die(C2P ":" ln ": bad event \"" ev "\"")
    if (c in pev) continue          # repeated code: the first line wins
    if (mo in isctx) { cx = cx == "" ? mo : cx "; " mo; mo = ""; pmoved[c] = 1 }
    pev[c] = ev; pmo[c] = mo; pcx[c] = cx
  }
  while ((getline line < PEXTRA) > 0) {
    split(line, f, "\t"); c = f[1]
    pev[c] = f[2]; pmo[c] = f[3]; pcx[c] = f[4]; pextra[c] = 1
  }
  # 4. ACLED
  ln = 0
  while ((getline line < ACLED) > 0) {
    if (++ln == 1) continue
    split(line, f, "\t")
    c = f[4]
    if (c == "") continue
    if (c !~ /^[0-9]+$/) die(ACLED ":" ln ": bad code \"" c "\"")
    if (c in aty) continue          # several sub-events on one code: first wins
    aty[c] = f[2]; ast[c] = f[3]; asrc[c] = "acled"
  }
  while ((getline line < AFIX) > 0) {
    split(line, f, "\t")
    if (f[1] == "fix") {
      if (!(f[2] in aty)) die("ACLED fix: " f[2] " not in the table")
      aty[f[3]] = aty[f[2]]; ast[f[3]] = ast[f[2]]; asrc[f[3]] = "fix:" f[2]
      delete aty[f[2]]; delete ast[f[2]]; delete asrc[f[2]]
    } else if (f[1] == "add") {
      if (f[2] in aty) die("ACLED add: " f[2] " already mapped")
      aty[f[2]] = f[3]; ast[f[2]] = f[4]; asrc[f[2]] = "project"
    } else if (f[1] == "noinherit") noinh[f[2]] = 1
  }
  # 5. rows
  for (i = 1; i <= n; i++) {
    c = codes[i]
    if (!(c in name)) continue
    root = substr(c, 1, 2)
    ev = mo = cx = ""
    for (k = length(c); k >= 2; k--) {
      p = substr(c, 1, k)
      if (p in pev) {
        ev = pev[p]; mo = pmo[p]; cx = pcx[p]
        if (p != c) addnote(c, "plover:" p)
        else if (p in pextra) addnote(c, "plover:project")
        else if (p in pmoved) addnote(c, "plover:mode-to-context")
        break
      }
    }
    at = as = ""
    if (c in aty) {
      at = aty[c]; as = ast[c]
      if (asrc[c] != "acled") addnote(c, "acled:" asrc[c])
    } else if (length(c) == 4 && !(c in noinh) && (substr(c, 1, 3) in aty)) {
      at = aty[substr(c, 1, 3)]; as = ast[substr(c, 1, 3)]; addnote(c, "acled:" substr(c, 1, 3))
    }
    if (name[c] ~ /\t/) die("tab in name of " c)
    print c, name[c], root, quad(root), gold[c] + 0, ev, mo, cx, at, as, note[c] > "/dev/stdout"
  }
}' > "$tmp/rows"

cat <<'EOF'
# cameo.tsv -- CAMEO event codes with root, quad class, Goldstein score, PLOVER
# event/mode/context and ACLED-style event type/sub-event type.
# Generated by tools/crosswalk.sh from $TACITUS_DATA/ontology; do not edit.
# License: CC BY-SA 4.0 (derived from CAMEO2PLOVER, CC BY-SA 4.0); see README.md.
code	name	root	quad	goldstein	plover_event	plover_mode	plover_context	acled_event_type	acled_sub_event_type	note
EOF
LC_ALL=C sort -t '	' -k1,1 "$tmp/rows"
