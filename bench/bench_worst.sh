#!/bin/sh
# Time and memory of one story of hostile content (issue 16, item 1),
# against ordinary news in the same run: each input is coded BENCH_RUNS
# times (default 3) on one core and the least user CPU time is kept (the
# least disturbed by other work on a shared machine).  Prints, per input:
# bytes, CPU seconds, seconds per MB, peak RSS, and the ratio of its seconds
# per MB to the news baseline's.  Targets: <= 2 s per MB for any content,
# peak RSS <= 300 MB for any story up to --max-story (8 MiB).
#
# Inputs (made once into bench/out/worst/, from the news set and the
# gazetteer, so nothing is copied into the repository):
#   news      the news stories (JSON Lines, ids made unique), about 3 MB: the baseline
#   pelosi    "Pelosi's " repeated in one 1 MB sentence (the issue: 0.04/0.26/1.45/9.4 s
#             for 200/400/800/1,600 repeats; the cost grew with the cube)
#   onesent   1 MB of news words without sentence punctuation: one sentence
#   quotes    a JSON text of '"\' repeated, 400 KB of text (138 s before)
#   places    a 256 KB list of 60 well-known place names, comma-separated
#   ambig     a 256 KB list of town names each shared by 3 or more towns
#   long7mb   a 7 MiB one-sentence story (did not finish in 900 s before)
#   s8mb      an 8 MiB story of 140,000 short news sentences (memory: 436 MB
#             for 100,000 sentences before)
# BENCH_ONLY="pelosi quotes" runs only those (news always runs).
set -eu
: "${TACITUS:=build/tacitus}" "${TACITUS_DATA:=../shared/data}" "${MODELS:=build/models}" "${BENCH_RUNS:=3}"
: "${BENCH_ONLY:=pelosi onesent quotes places ambig long7mb s8mb}"
PY=/usr/bin/python3
out=bench/out/worst
mkdir -p "$out"
if [ ! -s "$out/s8mb.txt" ]; then
  "$TACITUS" dump "$MODELS/gazetteer.tcg" | awk -F'\t' '$1 == "place" && $2 == "city" { print $6 }' |
    sort | uniq -c | sort -rn | awk '$1 >= 3 { $1 = ""; sub(/^ /, ""); print }' | head -n 3000 > "$out/ambig-names.txt"
  $PY - "$TACITUS_DATA" "$out" <<'EOF'
import glob, json, random, re, sys
data, out = sys.argv[1], sys.argv[2]
random.seed(16)
seen, stories = set(), []
for f in sorted(glob.glob(data + '/news/*/*.jsonl')):
    for line in open(f, encoding='utf-8'):
        o = json.loads(line)
        if o['id'] in seen:
            continue
        seen.add(o['id'])
        stories.append(o)
def write(name, text):
    open(out + '/' + name, 'w', encoding='utf-8').write(' date 2021-11-07\n' + text + '\n')
with open(out + '/news.jsonl', 'w', encoding='utf-8') as f:
    n, rep = 0, 0
    while n < 3 << 20:
        rep += 1
        for o in stories:
            o2 = dict(o, id='r%d-%s' % (rep, o['id']))
            line = json.dumps(o2, ensure_ascii=False) + '\n'
            f.write(line)
            n += len(line.encode('utf-8'))
            if n >= 3 << 20:
                break
write('pelosi.txt', "Pelosi's " * ((1 << 20) // 9))
words = []
for o in stories:
    words += re.sub(r'[.!?]', ' ', o['text']).split()
def run_of(nbytes):
    r, n, i = [], 0, 0
    while n < nbytes:
        w = words[i % len(words)]
        i += 1
        r.append(w)
        n += len(w.encode('utf-8')) + 1
    return ' '.join(r)
write('onesent.txt', run_of(1 << 20))
write('long7mb.txt', run_of(7 << 20))
open(out + '/quotes.jsonl', 'w').write(json.dumps({'id': 'q', 'date': '2021-11-07', 'text': '"\\' * (200 << 10)}) + '\n')
cities = ('Baghdad Mosul Kirkuk Basra Erbil Tikrit Fallujah Ramadi Najaf Karbala Paris London Berlin Madrid Rome '
          'Cairo Gaza Kyiv Moscow Beijing Tokyo Delhi Lagos Nairobi Khartoum Aleppo Homs Damascus Beirut Amman '
          'Sanaa Aden Kabul Kandahar Tehran Ankara Istanbul Athens Vienna Prague Warsaw Minsk Riga Oslo Dublin '
          'Lisbon Tunis Algiers Rabat Dakar Bamako Niamey Abuja Accra Goma Juba Mogadishu').split()
write('places.txt', 'Fighting was reported in ' + ', '.join(random.choice(cities) for _ in range((256 << 10) // 8)) + '.')
amb = [l.strip() for l in open(out + '/ambig-names.txt', encoding='utf-8') if l.strip()]
write('ambig.txt', 'Fighting was reported in ' + ', '.join(random.choice(amb) for _ in range((256 << 10) // 10)) + '.')
short = []
for o in stories:
    short += [s for s in re.split(r'(?<=[.!?]) ', o['text']) if 20 < len(s) < 90 and s[-1] in '.!?']
r, n, i = [], 0, 0
while True:
    s = short[i % len(short)]
    i += 1
    b = len(s.encode('utf-8')) + 1
    if n + b > (8 << 20) - 100:
        break
    r.append(s)
    n += b
write('s8mb.txt', ' '.join(r))
EOF
fi

# one INPUT: prints "name bytes cpu_s rss_mb" (least CPU of BENCH_RUNS runs)
one() {
  f=$1
  best=""
  rss=0
  k=0
  while [ "$k" -lt "$BENCH_RUNS" ]; do
    k=$((k + 1))
    /usr/bin/time -f "%U %M" -o "$out/time.txt" taskset -c 0 "$TACITUS" code -q -o /dev/null "$f" || true
    read -r u m < "$out/time.txt"
    best=$(awk -v a="${best:-1e9}" -v b="$u" 'BEGIN { print (b < a ? b : a) }')
    [ "$m" -gt "$rss" ] && rss=$m
  done
  echo "$(basename "$f") $(wc -c < "$f") $best $rss"
}

base=$(one "$out/news.jsonl")
echo "$base" | awk '{ printf "%-12s %9d bytes %7.2f s CPU %6.2f s/MB  peak RSS %6.1f MB  (baseline)\n", $1, $2, $3, $3 / ($2 / 1048576), $4 / 1024 }'
bspm=$(echo "$base" | awk '{ print $3 / ($2 / 1048576) }')
for name in $BENCH_ONLY; do
  f=$(ls "$out/$name".* | head -n 1)
  one "$f" | awk -v b="$bspm" '{ spm = $3 / ($2 / 1048576)
    printf "%-12s %9d bytes %7.2f s CPU %6.2f s/MB  peak RSS %6.1f MB  %5.2fx the news s/MB\n", $1, $2, $3, spm, $4 / 1024, spm / b }'
done
