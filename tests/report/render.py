#!/usr/bin/python3
"""Opens a `tacitus report` page in headless Chromium, as a person would, and
checks what is drawn against counts made from the input records
(tests/report/expect.py) and, when given, `tacitus code --stats`.

Chromium is driven through its DevTools protocol over a pipe
(--remote-debugging-pipe: JSON messages ending in NUL on file descriptors 3
and 4), so nothing but Debian's chromium and this file is needed.

usage: render.py [--expect EXPECT.json] [--stats "N stories, N sentences, N events, N errors"]
                 [--atlas yes|no] [--screenshot OUT.png] [--timing] [--timeout S] PAGE.html

Prints one line per check ("ok ..." / "FAIL ..."), then "# ..." lines with
the timings; exits 1 when a check failed, 2 when the page could not be run.
"""
import argparse
import base64
import fcntl
import json
import os
import re
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib


class Browser:
    """A headless Chromium with one page, spoken to over the DevTools pipe."""

    def __init__(self, width, height):
        exe = shutil.which("chromium") or "/usr/bin/chromium"
        self.profile = tempfile.mkdtemp(prefix="tc-chromium-")
        a, self.to_chrome = os.pipe()
        self.from_chrome, b = os.pipe()
        # the browser's ends move above the low numbers the shell below rewires
        to_chrome_r, from_chrome_w = fcntl.fcntl(a, fcntl.F_DUPFD, 20), fcntl.fcntl(b, fcntl.F_DUPFD, 20)
        os.close(a)
        os.close(b)
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
                 "--allow-file-access-from-files", "--user-data-dir=" + self.profile,
                 "--window-size=%d,%d" % (width, height), "--remote-debugging-pipe", "about:blank"]
        # fds 3 and 4 of the browser are the pipe ends: bash (dash takes one-digit fds only) puts them there
        script = 'exec "$0" "$@" 3<&%d 4>&%d %d<&- %d>&-' % (to_chrome_r, from_chrome_w, to_chrome_r, from_chrome_w)
        self.log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(["bash", "-c", script, exe] + flags, pass_fds=(to_chrome_r, from_chrome_w),
                                     stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buf = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def close(self):
        try:
            self.send("Browser.close", timeout=5, session=False)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self.to_chrome)
        os.close(self.from_chrome)
        shutil.rmtree(self.profile, ignore_errors=True)

    def browser_log(self):
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")[-3000:]

    def _read(self, deadline):
        while b"\0" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer from chromium")
            r, _, _ = select.select([self.from_chrome], [], [], left)
            if r:
                chunk = os.read(self.from_chrome, 1 << 20)
                if not chunk:
                    raise RuntimeError("chromium closed the pipe:\n" + self.browser_log())
                self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def send(self, method, params=None, timeout=30, session=True):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            msg["sessionId"] = self.session
        data = json.dumps(msg).encode() + b"\0"
        while data:
            data = data[os.write(self.to_chrome, data):]
        deadline = time.monotonic() + timeout
        while True:
            m = self._read(deadline)
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise RuntimeError("%s: %s" % (method, m["error"]))
                return m.get("result", {})
            if "method" in m:
                self.events.append(m)

    def open_page(self):
        """A new tab: the events (requests, exceptions) seen so far are dropped."""
        self.session = None
        self.events = []
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Network"):
            self.send(domain + ".enable")

    def eval(self, expr, timeout=30):
        r = self.send("Runtime.evaluate", {"expression": expr, "returnByValue": True, "awaitPromise": True}, timeout)
        if "exceptionDetails" in r:
            raise RuntimeError("evaluate failed: %s" % json.dumps(r["exceptionDetails"])[:800])
        return r["result"].get("value")

    def click_at(self, x, y):
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})

    def key(self, key, code, keycode, shift=False):
        mods = 8 if shift else 0
        for kind in ("rawKeyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", {"type": kind, "key": key, "code": code, "modifiers": mods,
                                                 "windowsVirtualKeyCode": keycode, "nativeVirtualKeyCode": keycode})
        if key == "Enter":
            self.send("Input.dispatchKeyEvent", {"type": "char", "text": "\r", "modifiers": mods})

    def screenshot(self, clip=None, full=False):
        params = {"format": "png"}
        if full:
            m = self.send("Page.getLayoutMetrics")["cssContentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": m["width"], "height": min(m["height"], 1500), "scale": 1}
            params["captureBeyondViewport"] = True
        elif clip:  # page coordinates; a quarter scale is plenty to tell ink from blank
            params["clip"] = {"x": clip["px"], "y": clip["py"], "width": clip["width"], "height": clip["height"],
                              "scale": 0.25}
            params["captureBeyondViewport"] = True
        return base64.b64decode(self.send("Page.captureScreenshot", params, timeout=60)["data"])


def png_pixels(data):
    """Decodes an 8-bit RGB/RGBA non-interlaced PNG (what Chromium writes) to rows of bytes."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and ctype in (2, 6) and not interlace, "unexpected PNG format"
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def ink(data):
    """Share of pixels that differ from the region's most common colour, and the number of colours."""
    w, h, bpp, rows = png_pixels(data)
    counts = {}
    for r in rows:
        for x in range(0, w * bpp, bpp):
            px = r[x:x + 3]
            counts[px] = counts.get(px, 0) + 1
    total = sum(counts.values())
    return 1 - max(counts.values()) / total, len(counts)


class Checks:
    def __init__(self):
        self.failed = 0

    def __call__(self, name, ok, detail=""):
        print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + str(detail)))
        self.failed += 0 if ok else 1


FACTS = r"""(() => {
  const q = s => Array.from(document.querySelectorAll(s));
  const n = id => { const e = document.getElementById(id); return e && e.dataset.n !== '' ? Number(e.dataset.n) : null; };
  const marks = q('.mark'), bars = q('#timeline .bar');
  return {
    error: window.tacitus.error,
    events: n('n-events'), errors: n('n-errors'), stories: n('n-stories'), sentences: n('n-sentences'),
    storiesKind: document.getElementById('n-stories').dataset.kind,
    marks: marks.length, markSum: marks.reduce((a, m) => a + Number(m.dataset.n), 0),
    markCounts: marks.map(m => Number(m.dataset.n)).sort((a, b) => b - a),
    unlocated: Number(document.getElementById('map-note').dataset.unlocated),
    mapNote: document.getElementById('map-note').textContent,
    land: q('#map .land').length,
    bars: bars.length, barSum: bars.reduce((a, b) => a + Number(b.dataset.n), 0),
    perBar: Object.fromEntries(bars.map(b => [b.dataset.date, Number(b.dataset.n)])),
    timeNote: document.getElementById('time-note').textContent,
    count: n('count'), rows: q('#table tbody tr').length,
    dyads: q('#dyads tbody tr[data-n]').length,
    legendShapes: new Set(q('#legend [data-quad] path').map(p => p.getAttribute('d'))).size,
    rowQuadLabels: q('#table tbody tr').every(r => /(Verbal|Material) (cooperation|conflict)|Unknown class/.test(r.cells[2].textContent)),
    paint: performance.getEntriesByType('paint').map(e => [e.name, e.startTime]),
    drawnMs: window.tacitus.drawnMs,
  };
})()"""


def rect_of(br, selector):
    return br.eval("""(() => { const e = document.querySelector(%s); if (!e) return null;
        e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();
        return {x: r.x, y: r.y, width: r.width, height: r.height, px: r.x + window.scrollX, py: r.y + window.scrollY}; })()""" % json.dumps(selector))


HIT = """(() => { const e = document.querySelector(%s); if (!e) return null;
    e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();
    const x = r.x + r.width / 2, y = r.y + r.height / 2, at = document.elementFromPoint(x, y);
    return {x: x, y: y, hit: !!at && (at === e || e.contains(at))}; })()"""


def click(br, selector, timeout=3.0):
    """A mouse click at the centre of the element, once the element is what
    the page shows there and has kept its place for two reads 50 ms apart:
    on a busy machine a redraw (the timeline is redrawn after a resize) may
    still be moving or replacing it when the previous step's count is in."""
    end = time.time() + timeout
    last = None
    while True:
        r = br.eval(HIT % json.dumps(selector))
        if not r:
            raise RuntimeError("nothing matches " + selector)
        here = (r["x"], r["y"])
        if (r["hit"] and here == last) or time.time() >= end:
            break
        last = here if r["hit"] else None
        time.sleep(0.05)
    br.click_at(r["x"], r["y"])


def requests_made(br, url):
    """URLs the page asked for, but its own file and data: URLs (Chromium's own
    controls draw their icons from data: URLs, e.g. the date picker's; they
    never leave the browser)."""
    return [e["params"]["request"]["url"] for e in br.events if e["method"] == "Network.requestWillBeSent"
            and e["params"]["request"]["url"] != url and not e["params"]["request"]["url"].startswith("data:")]


def count_now(br):
    return br.eval("Number(document.getElementById('count').dataset.n)")


def count_after(br, want, timeout=3.0):
    """The table's count once it shows `want`, or what it shows after
    `timeout` seconds: on a busy machine the page may not have redrawn yet
    when a click's events have been sent."""
    end = time.time() + timeout
    got = count_now(br)
    while got != want and time.time() < end:
        time.sleep(0.05)
        got = count_now(br)
    return got


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("page", help="a page, or a job file (*.json): a list of objects with the keys below")
    ap.add_argument("--name", default="page")
    ap.add_argument("--expect")
    ap.add_argument("--stats")
    ap.add_argument("--atlas", choices=("yes", "no"))
    ap.add_argument("--screenshot")
    ap.add_argument("--timing", action="store_true", help="only open the page and print the timings")
    ap.add_argument("--timeout", type=float, default=40)
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=1000)
    a = ap.parse_args()
    jobs = [vars(a)]
    if a.page.endswith(".json"):  # several pages in one browser: it starts once
        jobs = [dict(vars(a), **j) for j in json.load(open(a.page))]
    ck = Checks()
    br = Browser(a.width, a.height)
    status = 0
    try:
        for job in jobs:
            print("== " + job["name"])
            status = max(status, check_page(br, argparse.Namespace(**job), ck))
    finally:
        br.close()
    return max(status, 1 if ck.failed else 0)


def check_page(br, a, ck):
    ex = json.load(open(a.expect)) if a.expect else None
    try:
        br.open_page()
        url = "file://" + os.path.abspath(a.page)
        t0 = time.monotonic()
        br.send("Page.navigate", {"url": url})
        state = None
        while time.monotonic() - t0 < a.timeout:
            state = br.eval("window.tacitus ? (window.tacitus.ready ? 'ready' : window.tacitus.error) : null")
            if state:
                break
            time.sleep(0.05)
        wall = time.monotonic() - t0
        if state != "ready":
            print("FAIL page drawn: %s" % (state or "not drawn within %.0f s" % a.timeout))
            print(br.browser_log())
            return 1
        f = br.eval(FACTS)
        fcp = dict(f["paint"]).get("first-contentful-paint")
        print("# phases (ms after navigation start): %s" % br.eval("JSON.stringify(window.tacitus.phases)"))
        print("# first contentful paint %.0f ms, page drawn (map, timeline, table) %.0f ms after navigation start, "
              "%.2f s wall clock from navigate to drawn" % (fcp or -1, f["drawnMs"], wall))
        requests = requests_made(br, url)
        if a.timing:
            return 0
        ck("no requests when opened", not requests, requests[:5])
        exceptions = [e for e in br.events if e["method"] == "Runtime.exceptionThrown"]
        ck("no script errors", not exceptions and not f["error"], exceptions[:1] or f["error"])
        if ex:
            ck("header events = records", f["events"] == ex["events"], (f["events"], ex["events"]))
            ck("header error records = records", f["errors"] == ex["errors"], (f["errors"], ex["errors"]))
            ck("map marks = distinct places", f["marks"] == ex["places"], (f["marks"], ex["places"]))
            ck("map marks sum = events with coordinates", f["markSum"] == ex["located"], (f["markSum"], ex["located"]))
            ck("map mark sizes = events per place", f["markCounts"] == ex["place_counts"],
               (f["markCounts"][:8], ex["place_counts"][:8]))
            ck("events without coordinates counted aside", f["unlocated"] == ex["events"] - ex["located"],
               (f["unlocated"], ex["events"] - ex["located"]))
            ck("timeline bars sum = events with a full date", f["barSum"] == ex["dated"], (f["barSum"], ex["dated"]))
            if "per day" in f["timeNote"]:
                ck("timeline bar per day = records per day", f["perBar"] == ex["per_day"],
                   sorted(set(f["perBar"].items()) ^ set(ex["per_day"].items()))[:6])
            ck("table count = events", f["count"] == ex["events"], (f["count"], ex["events"]))
            ck("table page rows", f["rows"] == min(25, ex["events"]), f["rows"])
        if a.stats:
            m = re.match(r"(\d+) stories, (\d+) sentences, (\d+) events, (\d+) errors", a.stats)
            st, se, ev, er = (int(x) for x in m.groups())
            if f["storiesKind"] == "all":
                ck("header stories = code --stats", f["stories"] == st, (f["stories"], st))
            else:
                ck("header stories with records <= code --stats", f["stories"] <= st, (f["stories"], st))
            if f["sentences"] is not None:
                ck("header sentences = code --stats", f["sentences"] == se, (f["sentences"], se))
            ck("header events = code --stats", f["events"] == ev, (f["events"], ev))
            ck("header errors = code --stats", f["errors"] == er, (f["errors"], er))
        if a.atlas == "yes":
            ck("country outlines drawn", f["land"] > 200, f["land"])
        elif a.atlas == "no":
            ck("no outlines, and the page says so", f["land"] == 0 and "no country outlines" in f["mapNote"],
               (f["land"], f["mapNote"]))
        ck("dyads listed", f["dyads"] > 0, f["dyads"])
        ck("four quad shapes in the legend", f["legendShapes"] == 4, f["legendShapes"])
        ck("quad class named in words in every row", f["rowQuadLabels"])
        # non-blank regions, as pixels on the screen
        for sel, least in (("#map", 0.01), ("#timeline", 0.01), ("#table", 0.05)):
            r = rect_of(br, sel)
            share, colours = ink(br.screenshot(clip=r))
            ck("%s drawn (%.1f%% ink, %d colours)" % (sel, 100 * share, colours), share >= least and colours >= 3,
               (share, colours))
        if a.screenshot:
            br.eval("window.scrollTo(0, 0)")
            with open(a.screenshot, "wb") as out:  # the top 1500 pixels: figures, map, timeline, dyads, table
                out.write(br.screenshot(full=True))
        n = f["count"]
        # a click on a map mark filters the table to that place
        # (a mark whose centre is not under another mark: marks of nearby places overlap)
        pick = br.eval("""(() => { const ms = Array.from(document.querySelectorAll('.mark'));
            const top = m => { m.scrollIntoView({block: 'center'}); const r = m.getBoundingClientRect();
                               const e = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
                               return e === m || (e && e.parentNode === m); };
            const m = ms.find(m => Number(m.dataset.n) < %d && top(m)) || ms.find(top);
            return m ? {place: m.dataset.place, n: Number(m.dataset.n)} : null; })()""" % n)
        if pick:
            click(br, '.mark[data-place="%s"]' % pick["place"])
            got = count_after(br, pick["n"])
            ck("map click filters the table to the place", got == pick["n"], (got, pick["n"]))
            rows_ok = br.eval("Array.from(document.querySelectorAll('#table tbody tr')).length")
            ck("table redrawn after the map click", rows_ok == min(25, pick["n"]), rows_ok)
            click(br, "#chips button")
            got = count_after(br, n)
            ck("removing the chip restores the table", got == n, got)
        # a click on a timeline bar filters the table to that period
        bar = br.eval("""(() => { const bs = Array.from(document.querySelectorAll('#timeline .bar'));
            /* the tallest bar that is not the whole set: a one-event bar
               may be a pixel high, too thin to hit with a click */
            const some = bs.filter(b => Number(b.dataset.n) < %d);
            const b = some.sort((x, y) => Number(y.dataset.n) - Number(x.dataset.n))[0] || bs[0];
            return b ? {from: b.dataset.from, n: Number(b.dataset.n)} : null; })()""" % n)
        if bar:
            click(br, '#timeline .bar[data-from="%s"]' % bar["from"])
            got = count_after(br, bar["n"])
            ck("timeline click filters the table to the period", got == bar["n"], (got, bar["n"]))
            click(br, "#f-clear")
            got = count_after(br, n)
            ck("clear filters restores the table", got == n, got)
        # the code-root filter, chosen as a person would (focus, then keys), against the records' own counts
        if ex and ex["per_root"]:
            root = sorted(ex["per_root"], key=lambda r: (ex["per_root"][r], r))[0]
            br.eval("""(() => { const s = document.getElementById('f-root'); s.value = %s;
                s.dispatchEvent(new Event('change')); })()""" % json.dumps(root))
            got = count_now(br)
            ck("root filter %s = records with that root" % root, got == ex["per_root"][root], (got, ex["per_root"][root]))
            roots = br.eval("Array.from(document.querySelectorAll('#table tbody tr')).map(r => r.dataset.root)")
            ck("every row shown has root %s" % root, roots and all(r == root for r in roots), roots[:5])
            click(br, "#f-clear")
        # keyboard: Tab reaches the controls, a mark and a bar; Enter on a mark filters
        br.eval("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
        seen, mark_focused = set(), False
        for _ in range(60):
            br.key("Tab", "Tab", 9)
            a_el = br.eval("""(() => { const e = document.activeElement; return e ? (e.id || e.getAttribute('class') || e.tagName) : ''; })()""")
            seen.add(a_el)
            if a_el and a_el.startswith("mark") and not mark_focused and pick:
                mark_focused = True
                if f["marks"] > 1:
                    before = br.eval("document.activeElement.dataset.place")
                    br.key("ArrowRight", "ArrowRight", 39)
                    after = br.eval("document.activeElement.dataset.place")
                    ck("arrow key moves between map marks", after is not None and after != before, (before, after))
                br.key("Enter", "Enter", 13)
                want = br.eval("Number(document.activeElement.dataset.n)")
                ck("Enter on a focused map mark filters the table", count_now(br) == want, (count_now(br), want))
                br.eval("document.getElementById('f-clear').click()")
        ck("keyboard focus reaches the map buttons", {"map-fit", "map-world"} <= seen, sorted(seen)[:20])
        ck("keyboard focus reaches a map mark", any(s.startswith("mark") for s in seen), sorted(seen)[:20])
        ck("keyboard focus reaches a timeline bar", "bar" in seen or any(s.startswith("bar") for s in seen), sorted(seen)[:20])
        ck("keyboard focus reaches the filters", {"f-country", "f-actor"} & seen, sorted(seen)[:20])
        # a row opens its story with the event's sentence highlighted
        click(br, "#table tbody tr")
        d = br.eval("""(() => { const dlg = document.getElementById('story'); const tr = document.querySelector('#table tbody tr');
            const m = dlg.querySelector('mark.primary');
            return {open: dlg.open, mark: m ? m.textContent : null, row: tr.cells[6].textContent,
                    marks: dlg.querySelectorAll('mark').length}; })()""")
        ck("a row opens its story", d["open"], d)
        ck("the event's sentence is highlighted in the story", d["mark"] and d["mark"].strip() == d["row"].strip(),
           (d["mark"], d["row"]))
        requests = requests_made(br, url)
        ck("still no requests after the clicks", not requests, requests[:5])
    except Exception as e:  # the page could not be driven: say why
        print("FAIL driving chromium: %s" % e)
        print(br.browser_log())
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
