#!/bin/sh
# Runs `tacitus validate` on the three PETRARCH validation suites and fails if
# a record-exact count falls below its floor in tests/floors/validate.txt.
# Also checks the summary format, --verbose output and a broken input file.
set -u
: "${TACITUS:=build/tacitus}" "${TACITUS_DATA:=../shared/data}"
P="$TACITUS_DATA/petrarch"
fail=0
tmp=${TMPDIR:-/tmp}/tc-validate.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
grep -v '^#' tests/floors/validate.txt | while read -r suite floor; do
  [ -n "$suite" ] || continue
  [ "$suite" = raw ] && continue # validate_raw.sh
  out=$("$TACITUS" validate "$P/$suite" 2>"$tmp/err") || { echo "validate $suite: exit $?"; cat "$tmp/err"; exit 1; }
  echo "# $suite: $out"
  echo "$out" | grep -Eq '^exact [0-9]+/[0-9]+ \([0-9.]+%\) skipped [0-9]+ event-P [0-9.]+ event-R [0-9.]+ event-F1 [0-9.]+$' \
    || { echo "bad summary line: $out"; exit 1; }
  got=$(echo "$out" | sed 's/^exact \([0-9]*\)\/.*/\1/')
  if [ "$got" -lt "$floor" ]; then echo "FLOOR: $suite exact $got < $floor"; exit 1; fi
done || fail=1
# --verbose prints failing records as expected vs got
"$TACITUS" validate --verbose "$P/validation/PETR2_GSR_validation.xml" > "$tmp/v" 2>/dev/null
grep -q '^FAIL ' "$tmp/v" && grep -q '^  expected: ' "$tmp/v" && grep -q '^  got     : ' "$tmp/v" \
  || { echo "--verbose output lacks FAIL/expected/got lines"; fail=1; }
# a broken record and broken XML give file:line errors, and the run goes on
d=$(cd "$P/validate-2.02" && pwd)
cat > "$tmp/broken.xml" <<XML
<Validation>
<Environment>
<Verbfile>$d/PETR_Validate_verbs_2_02.txt</Verbfile>
<Actorfile>$d/PETR_Validate_actors_2_02.txt</Actorfile>
<Agentfile>$d/PETR_Validate_agents_2_02.txt</Agentfile>
<PICOfile>$d/PETR_Validate_Internal_Coding_Ontology_1_01.txt</PICOfile>
</Environment>
<Sentences>
<Sentence category="T" date="19950101" id="bad-parse" evaluate="true">
<EventCoding noevents="True"/>
<Text>x</Text>
<Parse>
1	Arnor	Arnor	PROPN	NNP	_	nonsense	nsubj	_	_
</Parse></Sentence>
<Sentence category="T" date="19950101" id="bad-xml" evaluate="true">
<EventCoding eventcode="050" sourcecode="ARN" targetcode="GON" <<<
</Sentence>
<Sentence category="T" date="19950101" id="good" evaluate="true">
<EventCoding eventcode="050" sourcecode="ARN" targetcode="GON" />
<Text>Arnor restored ties with Gondor.</Text>
<Parse>
1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
2	restored	restore	VERB	VBD	_	0	root	_	_
3	ties	tie	NOUN	NNS	_	2	dobj	_	_
4	with	with	ADP	IN	_	5	case	_	_
5	Gondor	Gondor	PROPN	NNP	_	2	nmod	_	_
6	.	.	PUNCT	.	_	2	punct	_	_
</Parse></Sentence>
</Sentences>
</Validation>
XML
"$TACITUS" validate "$tmp/broken.xml" > "$tmp/b" 2>/dev/null; rc=$?
[ $rc -eq 0 ] || { echo "broken.xml: exit $rc"; fail=1; }
grep -q "broken.xml:9: bad <Parse>" "$tmp/b" || { echo "no file:line for the bad parse"; cat "$tmp/b"; fail=1; }
grep -q "broken.xml:1[5-7]: XML error" "$tmp/b" || { echo "no file:line for the bad XML"; cat "$tmp/b"; fail=1; }
grep -q '^exact 1/3 ' "$tmp/b" || { echo "expected exact 1/3 (the good record) after the broken ones"; cat "$tmp/b"; fail=1; }
# usage errors exit 2, unreadable files exit 1
"$TACITUS" validate >/dev/null 2>&1; [ $? -eq 2 ] || { echo "no-argument call should exit 2"; fail=1; }
"$TACITUS" validate "$tmp/missing.xml" >/dev/null 2>&1; [ $? -eq 1 ] || { echo "missing file should exit 1"; fail=1; }
exit $fail
