#!/bin/sh
# `tacitus validate --raw`: the validation records' <Text> goes through our own
# segmenter and parser ($MODELS/en-ud.tcm) instead of the supplied <Parse>.
# Fails if a record-exact count falls below its "raw" floor in
# tests/floors/validate.txt; under TC_SANITIZED only validate-2.02 is run.
# Also: the summary format, --model, and a missing model (exit 1).
set -u
: "${TACITUS:=build/tacitus}" "${TACITUS_DATA:=../shared/data}" "${MODELS:=build/models}"
P="$TACITUS_DATA/petrarch"
M="$MODELS/en-ud.tcm"
[ -f "$M" ] || { echo "no parser model $M"; exit 1; }
fail=0
grep '^raw ' tests/floors/validate.txt | while read -r _ suite floor; do
  if [ -n "${TC_SANITIZED:-}" ] && [ "$suite" != "validate-2.02/PETR_Validate_records_2_02.xml" ]; then continue; fi
  out=$("$TACITUS" validate --raw --model "$M" "$P/$suite" 2>/dev/null) || { echo "validate --raw $suite: exit $?"; exit 1; }
  sup=$("$TACITUS" validate "$P/$suite" 2>/dev/null)
  echo "# raw $suite: $out (supplied parses: $(echo "$sup" | cut -d' ' -f2-3))"
  echo "$out" | grep -Eq '^exact [0-9]+/[0-9]+ \([0-9.]+%\) skipped [0-9]+ event-P [0-9.]+ event-R [0-9.]+ event-F1 [0-9.]+$' \
    || { echo "bad summary line: $out"; exit 1; }
  got=$(echo "$out" | sed 's/^exact \([0-9]*\)\/.*/\1/')
  if [ "$got" -lt "$floor" ]; then echo "FLOOR: raw $suite exact $got < $floor"; exit 1; fi
done || fail=1
# a record with an empty <Text> is read from its parse's words (one GSR record
# has none): "Russia accused Ukraine." must still code RUS-UKR-112
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/empty-text.xml" <<'XML'
<?xml version='1.0' encoding='utf-8'?>
<Validation>
<Environment>
    <Verbfile>CAMEO.2.0.txt</Verbfile>
    <Actorfile>Phoenix.Countries.actors.txt</Actorfile>
    <Agentfile>Phoenix.agents.txt</Agentfile>
    <Discardfile>Phoenix.discards.txt</Discardfile>
    <PICOfile>PETR.Internal.Coding.Ontology.txt</PICOfile>
    <Include>T</Include>
</Environment>
<Sentence date="20150101" id="T_1" category="T" evaluate="true">
<EventCoding eventcode="112" sourcecode="RUS" targetcode="UKR" />
<Text>
</Text>
<Parse>
1	Russia	Russia	PROPN	NNP	_	2	nsubj	_	_
2	accused	accuse	VERB	VBD	_	0	root	_	_
3	Ukraine	Ukraine	PROPN	NNP	_	2	dobj	_	_
4	.	.	PUNCT	.	_	2	punct	_	_
</Parse>
</Sentence>
</Validation>
XML
out=$("$TACITUS" validate --raw --model "$M" "$tmp/empty-text.xml" 2>/dev/null)
case "$out" in "exact 1/1 "*) ;; *) echo "empty <Text> record in raw mode: $out"; fail=1 ;; esac
# --model without --raw is a usage error; a missing model exits 1 with a message
"$TACITUS" validate --model "$M" "$P/validate-2.02/PETR_Validate_records_2_02.xml" >/dev/null 2>&1
[ $? -eq 2 ] || { echo "--model without --raw should exit 2"; fail=1; }
err=$("$TACITUS" validate --raw --model /nonexistent.tcm "$P/validate-2.02/PETR_Validate_records_2_02.xml" 2>&1 >/dev/null); rc=$?
[ $rc -eq 1 ] && echo "$err" | grep -q 'nonexistent.tcm' || { echo "missing model: exit $rc, message '$err'"; fail=1; }
exit $fail
