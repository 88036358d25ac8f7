#!/usr/bin/python3
"""Reads a `tacitus report` page without a browser: decodes its data block
(gzip + base64 JSON) and prints what a check compares, as JSON: the meta
block, the number of event rows, distinct places, events with coordinates,
whether the outlines block is present and holds a TopoJSON topology, which
stories carry their full text, and whether the HTML refers to anything
outside the file.

usage: pagedata.py PAGE.html
"""
import base64
import gzip
import json
import re
import struct
import sys


def block(html, name):
    m = re.search(r'<script id="%s" type="application/x-gzip-base64">([^<]*)</script>' % name, html)
    if not m:
        raise SystemExit("%s: no %s block" % (sys.argv[1], name))
    return gzip.decompress(base64.b64decode(m.group(1))) if m.group(1).strip() else None


def data(raw):
    """4-byte length, JSON, padding to 4, then int32 event columns (None for INT32_MIN)."""
    (n,) = struct.unpack_from("<I", raw, 0)
    d = json.loads(raw[4:4 + n])
    at, nev, cols = 4 + n + (-n) % 4, d["meta"]["events"], d["meta"]["columns"]
    assert len(raw) == at + 4 * nev * len(cols), "event columns of the wrong size"
    d["ev"] = {}
    for k, c in enumerate(cols):
        vals = struct.unpack_from("<%di" % nev, raw, at + 4 * nev * k)
        d["ev"][c] = [None if v == -2 ** 31 else v for v in vals]
    return d


def main(path):
    html = open(path, encoding="utf-8").read()
    d = data(block(html, "tc-data"))
    a = block(html, "tc-atlas")
    atlas = json.loads(a) if a else None
    ev = d["ev"]
    n = len(ev["st"])
    assert all(len(col) == n for col in ev.values()), "event columns of unequal length"
    places = [p for p in ev["pl"] if p is not None and p >= 0]
    out = {
        "meta": d["meta"],
        "events": n,
        "errors": len(d["errors"]["doc"]),
        "located": len(places),
        "places": len(set(places)),
        "atlas": bool(atlas and atlas.get("type") == "Topology" and "countries" in atlas.get("objects", {})),
        "full_stories": sum(d["stories"]["full"]),
        "stories": len(d["stories"]["id"]),
        "strings": len(d["s"]),
        # anything that would make the page fetch: external scripts, styles, images, frames
        "external": re.findall(r'<(?:script|link|img|iframe|source)[^>]*\b(?:src|href)=', html)
                    + re.findall(r'url\((?!#)', html) + re.findall(r'@import', html),
        "csp": "default-src 'none'" in html,
        "markers_left": html.count("<!--TC:"),
    }
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
