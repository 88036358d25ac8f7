#!/bin/sh
# Pipeline fuzz: random characters, word salad from news vocabulary and very
# long unpunctuated sentences go through `tacitus code` (segmenter, tagger,
# parser, dates, places, coder, story stage).  Every story must be coded
# (no crash, no error record for valid input); under the sanitizers the same
# run checks memory safety.  Deterministic: awk's srand with a fixed seed.
set -u
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
n=150; [ -n "${TC_SANITIZED:-}" ] && n=40
awk -v n="$n" 'BEGIN {
  srand(7)
  nc = split("a b c d e f g h i j k l m n o p q r s t u v w x y z A B C D E Q Z 0 1 2 9 . , ; : ! ? ( ) - / & $ % @ # \\\\ \\\"", ch, " ")
  nw = split("the attack killed Iraq Baghdad said on Sunday October 31 at least 12 people were injured rockets fell in Mansour U.S. President Biden condemned Gen. Smith cannot Iraq’s “calm” — 2,800 3:00 pm Gaza Israeli airstrikes kill dozens", w, " ")
  for (i = 0; i < n; i++) {
    k = int(rand() * 400); t = ""
    if (i % 3 == 0) for (j = 0; j < k; j++) t = t ch[1 + int(rand() * nc)] (rand() < 0.15 ? " " : "")
    else if (i % 3 == 1) for (j = 0; j < k; j++) t = t w[1 + int(rand() * nw)] (rand() < 0.1 ? ". " : " ")
    else for (j = 0; j < 3 * k; j++) t = t w[1 + int(rand() * nw)] " "
    printf "{\"id\":\"f%d\",\"date\":\"2021-11-07\",\"text\":\"%s\"}\n", i, t
  }
}' > "$tmp/fuzz.jsonl"
"$TACITUS" code -q --stats -o "$tmp/out.jsonl" "$tmp/fuzz.jsonl" 2> "$tmp/err"
st=$?
summary=$(grep 'stories,' "$tmp/err" | tail -n 1)
echo "# fuzz: $summary"
[ "$st" -eq 0 ] || { echo "exit status $st"; cat "$tmp/err" | tail -20; exit 1; }
echo "$summary" | grep -q "^$n stories, .* 0 errors" || { echo "not every story was coded: $summary"; exit 1; }
exit 0
