#!/usr/bin/python3
"""realnews_breakdown.py GOLD.json OUT.jsonl [PREFIX]

Error breakdown of `tacitus code` output against real-news gold (the matching
rule of gold/realnews/README.md, as shared/tools/score_events.py): each missed
gold event is counted by what its item's output had instead -- nothing at all,
an event with the right actors and another root, the right root with an empty
source or a wrong actor, or only other events -- and the emitted events that
match no gold event are counted as spurious.  PREFIX keeps the stories whose id
starts with it (e.g. wcep, wikinews).
"""
import collections
import json
import sys

if len(sys.argv) < 3:
    sys.exit(__doc__)
prefix = sys.argv[3] if len(sys.argv) > 3 else ''
gold = {k: v for k, v in json.load(open(sys.argv[1]))['stories'].items() if k.startswith(prefix)}
em = collections.defaultdict(list)
for line in open(sys.argv[2]):
    e = json.loads(line)
    if 'error' in e or str(e.get('code'))[:2] == '01' or e.get('doc') not in gold:
        continue
    em[e['doc']].append(e)


def ok(g, v):
    return not g or any(x is None or (v or '').startswith(x) for x in g)


cat = collections.Counter()
spurious = ngold = matched = 0
for doc, gs in gold.items():
    pool = list(em.get(doc, []))
    missed = []
    for g in gs:
        ngold += 1
        hit = next((e for e in pool if str(e.get('code'))[:2] in g['root'] and ok(g['src'], e.get('source'))
                    and ok(g['tgt'], e.get('target'))), None)
        if hit:
            pool.remove(hit)
            matched += 1
        else:
            missed.append(g)
    for g in missed:
        es = em.get(doc, [])
        same_root = [e for e in es if str(e.get('code'))[:2] in g['root']]
        if not es:
            c = 'no event emitted in the item'
        elif any(ok(g['src'], e.get('source')) and ok(g['tgt'], e.get('target')) for e in es):
            c = 'right actors, wrong root'
        elif same_root and g['src'] and any(not e.get('source') for e in same_root):
            c = 'right root, empty source'
        elif same_root:
            c = 'right root, wrong actor'
        else:
            c = 'other events only'
        cat[c] += 1
    spurious += len(pool)
print(f"gold {ngold} matched {matched} missed {ngold - matched} spurious (emitted, unmatched) {spurious}")
for k, v in cat.most_common():
    print(f"  {k}: {v}")
