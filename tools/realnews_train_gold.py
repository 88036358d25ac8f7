#!/usr/bin/python3
"""realnews_train_gold.py ANNOTATION.json OUT.json

Writes the one-run annotation of gold/realnews/train (events with "src",
"tgt", "code", ...) in the form of dev/gold.json that `tacitus eval-events
--stories` and shared/tools/score_events.py read (3-letter actor prefixes and
the code's root as lists).  The train set is for error analysis and learning,
never for measuring.
"""
import json
import sys

if len(sys.argv) != 3:
    sys.exit(__doc__)
stories = json.load(open(sys.argv[1]))["stories"]
out = {}
for sid, events in stories.items():
    gold = []
    for e in events:
        g = {"src": [e["src"][:3]] if e.get("src") else None, "tgt": [e["tgt"][:3]] if e.get("tgt") else None,
             "root": [str(e["code"])[:2]], "code": e["code"], "evidence": e.get("evidence", ""),
             "sentence": e.get("sentence")}
        if e.get("date"):
            g["date"] = [e["date"]]
        if e.get("place") and e.get("country"):
            g["place"] = [e["place"]]
            g["country"] = e["country"]
        if e.get("killed") is not None:
            g["killed"] = e["killed"]
        gold.append(g)
    out[sid] = gold
json.dump({"stories": out}, open(sys.argv[2], "w"))
