#!/usr/bin/python3
"""Counts what a report of event records must show, straight from the records
(JSON Lines as `tacitus code` writes them), independently of the C code that
builds the page: events, error records, stories named, events with
coordinates, distinct places (name, country, lat and lon to 4 decimals, as the
record prints them), events per full date, per code root and per quad class.

usage: expect.py RECORDS.jsonl... > expect.json
"""
import json
import re
import sys

FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def main(paths):
    ex = {"events": 0, "errors": 0, "stories_seen": 0, "located": 0, "places": 0,
          "dated": 0, "per_day": {}, "per_root": {}, "per_quad": {}, "per_place": {}}
    docs, places = set(), {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                rec = json.loads(line)
                docs.add(rec.get("doc"))
                if "error" in rec:
                    ex["errors"] += 1
                    continue
                ex["events"] += 1
                loc = rec.get("location")
                if isinstance(loc, dict) and loc.get("lat") is not None and loc.get("lon") is not None:
                    ex["located"] += 1
                    key = "%s|%s|%.4f|%.4f" % (loc.get("name") or "", loc.get("country") or "",
                                               loc["lat"], loc["lon"])
                    places[key] = places.get(key, 0) + 1
                d = rec.get("date")
                if isinstance(d, str) and FULL_DATE.match(d):
                    ex["dated"] += 1
                    ex["per_day"][d] = ex["per_day"].get(d, 0) + 1
                root = rec.get("root") or (rec.get("code") or "")[:2]
                if root:
                    ex["per_root"][root] = ex["per_root"].get(root, 0) + 1
                q = str(rec.get("quad") or 0)
                ex["per_quad"][q] = ex["per_quad"].get(q, 0) + 1
    ex["stories_seen"] = len(docs)
    ex["places"] = len(places)
    ex["place_counts"] = sorted(places.values(), reverse=True)
    del ex["per_place"]
    json.dump(ex, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
