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
{"id":"retag","date":"2021-11-07","text":"Police arrest two suspects in Mosul."}
{"id":"shot","date":"2021-11-07","text":"A gunman shot 20 people in El Paso, Texas."}
{"id":"context","date":"2021-11-07","text":"Protesters clashed with police in Paris on Wednesday. Police arrested 20 people on Thursday."}
{"id":"oneattack","date":"2021-11-07","text":"At least four Palestinians are killed and six wounded in Israeli airstrikes on Khan Younis."}
{"id":"sides","date":"2021-11-07","text":"Six soldiers and 20 militants are killed in a shootout in Khyber Pakhtunkhwa, Pakistan."}
{"id":"weapon","date":"2021-11-07","text":"Russia fires two ballistic missiles at the seaport in Odesa, Ukraine."}
{"id":"npactor","date":"2021-11-07","text":"An overnight Russian Shahed drone strike on Kharkiv, Ukraine, injures nine people."}
{"id":"written","date":"2021-11-07","text":"Gunmen attacked a checkpoint in Wadi Zeyna, Chouf District, Lebanon, on Saturday."}
{"id":"backref","date":"2021-11-07","text":"Israeli jets bombed Gaza on Sunday. The United Nations condemned the attack on Gaza."}
{"id":"crowd","date":"2021-11-07","text":"Thousands of people demonstrate in Lyon, France, against the pension reform."}
{"id":"present","date":"2021-11-07","text":"Hamas accuses Israel of carrying out attacks in Gaza since the truce of November 1."}
{"id":"episode","date":"2021-11-07","text":"On Thursday, police arrested two men in Leeds.\n\nThe men were charged with murder by prosecutors."}
{"id":"holdprotest","date":"2021-11-07","text":"Farmers hold a protest in Paris ahead of the minister's visit."}
{"id":"future","date":"2021-11-07","text":"Japan will provide humanitarian aid to Sudan."}
{"id":"agreeto","date":"2021-11-07","text":"Egypt agreed to hold talks with Ethiopia."}
{"id":"attrib","date":"2021-11-07","text":"Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday, witnesses said."}
{"id":"backed","date":"2021-11-07","text":"Rwandan-backed rebels seized the town of Rubaya in North Kivu."}
{"id":"died","date":"2021-11-07","text":"Former Iraqi president Ghazi al-Yawer died at his home in Baghdad on Friday."}
{"id":"funding","date":"2021-11-07","text":"The United States halted all funding for the Somali army."}
{"id":"unless","date":"2021-11-07","text":"Germany said it will cut aid to Mali unless the junta holds elections."}
{"id":"nobody","date":"2021-11-07","text":"Talks on the border dispute were held in Geneva, and a car bomb killed five people in Mosul."}
{"id":"joint","date":"2021-11-07","text":"Armenia and Azerbaijan hold negotiations in Geneva."}
{"id":"hypo","date":"2021-11-07","text":"Iran could attack Israeli ships in the Red Sea, officials said."}
{"id":"mind","date":"2021-11-07","text":"The Kenyan president wants a seat on the Security Council."}
{"id":"claim","date":"2021-11-07","text":"A bomb exploded at a market in Quetta on Monday, killing ten people. The Baloch Liberation Army claimed responsibility for the attack."}
{"id":"claimit","date":"2021-11-07","text":"Al-Shabaab claims it killed 30 soldiers in an attack on a base in Lower Shabelle."}
{"id":"meets","date":"2021-11-07","text":"The Egyptian foreign minister meets his Sudanese counterpart for talks in Cairo."}
{"id":"ownside","date":"2021-11-07","text":"Israeli missile strikes on Sidon, Lebanon, hit a power plant, killing two people."}
{"id":"chain","date":"2021-11-07","text":"Security forces raided a camp near Bari, Puntland, Somalia, on Friday."}
{"id":"reject","date":"2021-11-07","text":"Iran rejects the ultimatum."}
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
# a present-tense verb the tagger made a noun ("arrest", "shot"): the
# sentence's only verb; agents take the country of the event's place
want "present tense after a plural noun" '"doc":"retag"' '"source":"IRQCOP"' '"code":"173"'
want "past tense after a noun" '"doc":"shot"' '"source":"USA[A-Z]*"' '"code":"19[0-9]*"' '"target":"USA"'
want "agents: country of the place" '"doc":"context"' '"sentence":1' '"source":"FRA[A-Z]*"' '"target":"FRACOP"'
want "agents: the story's country" '"doc":"context"' '"sentence":2' '"source":"FRACOP"' '"code":"173"'
# one attack, one event: victims from the passive verbs, attacker from the noun
want "one attack: victims and attacker" '"doc":"oneattack"' '"source":"ISR"' '"target":"PSE"' '"code":"195"'
n=$(grep -c '"doc":"oneattack"' "$out")
[ "$n" -eq 1 ] || { echo "one attack: $n events, want 1"; fail=1; }
# the two sides of a shootout do it to each other: two events
want "fight: one side" '"doc":"sides"' '"source":"PAKMIL"' '"target":"PAK[A-Z]*"' '"code":"193"'
want "fight: the other side" '"doc":"sides"' '"source":"PAK[A-Z]*"' '"target":"PAKMIL"' '"code":"193"'
n=$(grep -c '"doc":"sides"' "$out")
[ "$n" -eq 2 ] || { echo "fight: $n events, want 2"; fail=1; }
# a weapon fired: the missiles make the verb's event a missile attack (194)
want "weapon object" '"doc":"weapon"' '"source":"RUS"' '"target":"UKR"' '"code":"194"'
# the attacker's adjective deep in the event noun's phrase (tagger: "Shahed" a verb)
want "attacker adjective in the noun phrase" '"doc":"npactor"' '"source":"RUS"' '"source_text":"Russian"' '"target":"UKR[A-Z]*"' '"code":"195"'
# the most specific place as written, where the gazetteer knows only its country
want "place as written" '"doc":"written"' '"location":\{"name":"Wadi Zeyna","gazetteer":"Lebanon","country":"LB"'
# "the attack on Gaza" after an attack on Gaza is that attack, not a second one
want "the attack on X refers back" '"doc":"backref"' '"sentences":\[1,2\]' '"source":"ISR"' '"code":"195"'
n=$(grep -c '"doc":"backref".*"code":"19' "$out")
[ "$n" -eq 1 ] || { echo "the attack on X: $n violent events, want 1"; fail=1; }
# a crowd nobody names protests where it stands: that country's civilians
want "protest by an unnamed crowd" '"doc":"crowd"' '"source":"FRA[A-Z]*"' '"target":"FRA"' '"code":"14[0-9]*"'
# dates: a present-tense summary verb happened on the story date, whatever
# other day the sentence names; a past event naming no day happened on the
# day the story last named (Thursday = 2021-11-04)
want "present tense: the story date" '"doc":"present"' '"date":"2021-11-07"' '"source":"PSE[A-Z]*"' '"code":"112[0-9]*"'
want "past tense: the episode's day" '"doc":"episode"' '"sentence":2' '"date":"2021-11-04"'
# a support verb and its event noun are one event
n=$(grep -c '"doc":"holdprotest"' "$out")
[ "$n" -eq 1 ] || { echo "support verb and noun: $n events, want 1"; fail=1; }
# announced, not done (CAMEO: future cooperation is an intent, 03): "will
# provide humanitarian aid" 0333; "agreed to hold talks" is one intent to meet (036)
want "future aid is an intent" '"doc":"future"' '"source":"JPN"' '"target":"SDN"' '"code":"0333"'
want "agreed to hold talks" '"doc":"agreeto"' '"source":"EGY"' '"target":"ETH"' '"code":"036"'
n=$(grep -c '"doc":"agreeto"' "$out")
[ "$n" -eq 1 ] || { echo "agreed to hold talks: $n events, want 1"; fail=1; }
# the clause before ", witnesses said" needs its own verb (the tagger made
# "demonstrated" a participle); a country's people protesting in it: IRQ-IRQ
want "verb before a trailing attribution" '"doc":"attrib"' '"source":"IRQ[A-Z]*"' '"target":"IRQ"' '"code":"141"'
# no event: a participle describing a noun ("Rwandan-backed"), a death with no violence
n=$(grep -c '"doc":"backed".*"code":"05' "$out")
[ "$n" -eq 0 ] || { echo "Rwandan-backed: $n support events, want 0"; fail=1; }
n=$(grep -c '"doc":"died"' "$out")
[ "$n" -eq 0 ] || { echo "died at home: $n events, want 0"; fail=1; }
# the object says what the verb does: "halted all funding" is 162 (reduce aid)
want "object reading: halt funding" '"doc":"funding"' '"source":"USA"' '"target":"SOM[A-Z]*"' '"code":"162"'
# an act made conditional on another's ("unless") is a threat (13), told
# once, and the condition is no event
want "conditional act is a threat" '"doc":"unless"' '"source":"DEU"' '"target":"MLI"' '"code":"13[0-9]*"'
n=$(grep -c '"doc":"unless"' "$out")
[ "$n" -eq 1 ] || { echo "unless: $n events, want 1"; fail=1; }
# an act nobody is named as doing is left out, violence is not
want "violence with no attacker named" '"doc":"nobody"' '"source":""' '"target":"IRQ[A-Z]*"' '"code":"18[0-9]*"'
n=$(grep '"doc":"nobody"' "$out" | grep -c '"source":"","source_text":"[^"]*","target":"[^"]*","target_text":"[^"]*","code":"0')
[ "$n" -eq 0 ] || { echo "an unattributed non-violent act: $n events, want 0"; fail=1; }
# an act conjoined subjects do together: once in each direction
want "joint act, one way" '"doc":"joint"' '"source":"ARM"' '"target":"AZE"' '"code":"04[0-9]*"'
want "joint act, the other way" '"doc":"joint"' '"source":"AZE"' '"target":"ARM"' '"code":"04[0-9]*"'
n=$(grep -c '"doc":"joint"' "$out")
[ "$n" -eq 2 ] || { echo "joint act: $n events, want 2 (not the place as a party)"; fail=1; }
# no event: a hypothetical act ("could attack"), a verb of the mind ("wants")
n=$(grep -c '"doc":"hypo"' "$out")
[ "$n" -eq 0 ] || { echo "could attack: $n events, want 0"; fail=1; }
n=$(grep -c '"doc":"mind"' "$out")
[ "$n" -eq 0 ] || { echo "wants a seat: $n events, want 0"; fail=1; }
# a claim makes the claimant the source of the violence it claims, and is
# no event of its own
want "claim of responsibility" '"doc":"claim"' '"sentence":1' '"source":"PAK[A-Z]*"' '"code":"18[0-9]*"'
want "claims it killed" '"doc":"claimit"' '"source":"SOMREB"' '"target":"SOM[A-Z]*"' '"code":"19[0-9]*"'
n=$(grep -c '"doc":"claimit"' "$out")
[ "$n" -eq 1 ] || { echo "claims it killed: $n events, want 1"; fail=1; }
# a meeting told as done is a meeting (04), not an intent to meet (036)
want "meets for talks" '"doc":"meets"' '"source":"EGYGOV"' '"target":"SDN[A-Z]*"' '"code":"04[0-9]*"'
# an attacker does not strike its own side abroad: the place's country is the target
want "own side abroad" '"doc":"ownside"' '"source":"ISR"' '"target":"LBN"' '"code":"19[0-9]*"'
# a place chain puts its first name in the chain's country (Bari, Somalia; not Bari, Italy)
want "place chain: Bari in Somalia" '"doc":"chain"' '"location":\{"name":"Bari","gazetteer":"Bari","country":"SO"'
# a verb whose dictionary group has no code of its own, with any object: "rejects" is 12x
want "rejects anything" '"doc":"reject"' '"source":"IRN"' '"code":"12[0-9]*"'
n=$(grep -c '"doc":"long"' "$out")
[ "$n" -eq 1 ] || { echo "long document: $n events, want 1"; fail=1; }
exit $fail
