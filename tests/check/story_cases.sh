#!/bin/sh
# Hand-written short stories through `tacitus code`, each with the events
# worked out by hand (the dictionaries' codes looked up in CAMEO.2.0.txt and
# data/actors): actors learned within a story (apposition with a title-cased
# description, surname variant, pronoun), a support verb's subject as the
# source of an event noun, a name that codes more specifically than the
# demonym before it, "U.S." inside a sentence, and an event dated from the
# text.  Story dates are Sundays (2021-11-07), so "Monday" is 2021-11-01.
set -u
: "${TACITUS:=build/tacitus}"
d=$(mktemp -d) || exit 1
trap 'rm -rf "$d"' EXIT
out="$d/out.jsonl"
cat > "$d/in.jsonl" <<'J'
{"id":"appos","date":"2021-11-07","text":"Kenzo Oshima, the UN Emergency Relief Coordinator, demanded that Iraq allow aid workers in."}
{"id":"support","date":"2021-11-07","text":"Israeli warplanes carried out airstrikes on Gaza on Monday."}
{"id":"learn","date":"2021-11-07","text":"Iraq's Prime Minister Mustafa al-Kadhimi arrived in Paris on Friday.\n\nKadhemi met the French president on Saturday. Kadhemi visited the Louvre on Sunday. He condemned the attack on the embassy."}
{"id":"names","date":"2021-11-07","text":"Kadhimi met with French President Emmanuel Macron on Saturday. He met U.S. President Joe Biden on Sunday."}
J
# a long document (300 sentences: places are resolved in blocks of 200) of
# one repeated report: one event supported by all 300 sentences
awk 'BEGIN { printf "{\"id\":\"long\",\"date\":\"2021-11-07\",\"text\":\"";
  for (i = 0; i < 300; i++) printf "Israeli jets bombed Gaza on Monday. "; print "\"}" }' >> "$d/in.jsonl"
"$TACITUS" code -q "$d/in.jsonl" > "$out" || { echo "tacitus code failed"; exit 1; }
fail=0
. tests/lib/want.sh
want "apposition: Oshima is the UN" '"doc":"appos"' '"source":"IGOUNO"' '"source_text":"Kenzo Oshima"' '"target":"IRQ"' '"code":"10[0-9]*"'
want "support verb: the warplanes' airstrikes" '"doc":"support"' '"source":"ISR[A-Z]*"' '"code":"195"' '"date":"2021-11-01"'
want "surname variant keeps the title's code" '"doc":"learn"' '"sentence":2' '"source":"IRQGOV"' '"source_text":"Kadhemi"' '"code":"04[0-9]*"'
want "pronoun takes the latest person" '"doc":"learn"' '"sentence":4' '"source":"IRQGOV"' '"source_text":"He"' '"code":"111"'
want "name codes past the demonym" '"doc":"names"' '"sentence":1' '"target":"FRAGOV"' '"code":"04[0-9]*"'
want "U.S. does not end the sentence" '"doc":"names"' '"sentence":2' '"target":"USAGOV"' '"target_text":"U.S. President Joe Biden"'
want "long document: one event, 300 sentences" '"doc":"long"' '"sentences":\[1,2,3,[0-9,]*,199,200,201,[0-9,]*,299,300\]' \
     '"source":"ISR"' '"code":"195"' '"date":"2021-11-01"' '"location":\{"name":"Gaza"'
n=$(grep -c '"doc":"long"' "$out")
[ "$n" -eq 1 ] || { echo "long document: $n events, want 1"; fail=1; }
exit $fail
