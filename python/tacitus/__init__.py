"""tacitus: event data from news stories (CAMEO / PLOVER event records).

A thin layer over the C library (libtacitus.so, through cffi):

    import tacitus
    eng = tacitus.Engine()                       # opens models once per process
    events = eng.code("Text of the story ...", "2021-11-07", id="story-1")
    for rec in eng.code_stories(tacitus.read("stories.jsonl.gz")):
        ...                                      # events and error records, in input order
    df = tacitus.to_pandas(eng.code_stories(stories))
    print(eng.parse("Some text."))              # CoNLL-U

Records are the JSON Lines records of `tacitus code`, made by the library's
own writer, so they have the same fields and values.  The GIL is released
while C runs: threads sharing one Engine code in parallel (each thread gets
its own document).  Errors of the C library raise TacitusError with its
message.
"""
import datetime
import json
import threading
import weakref

from . import _native
from ._native import ffi, lib, libc

__all__ = ["Engine", "TacitusError", "read", "to_pandas", "version"]

DEFAULT_MAX_STORY = 8 << 20  # as `tacitus code --max-story`


class TacitusError(Exception):
    """An error reported by the C library: .code is the primary return code
    (TC_IO, TC_FORMAT, ...), .message its text."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code & 0xFF
        self.message = message


def version():
    """The version of the loaded C library ("0.1.0")."""
    return ffi.string(lib.tc_version()).decode()


def _enc(s):
    return None if s is None else ffi.new("char[]", s.encode("utf-8"))


def _text(p):
    return None if p == ffi.NULL else ffi.string(p).decode("utf-8", "replace")


class _Sink:
    """A JSON Lines writer of the library over an in-memory stream: what
    `tacitus code` would write for a story, as bytes."""

    LIMIT = 1 << 20  # start a new stream past this many bytes

    def __init__(self):
        self._open()

    def _open(self):
        self._buf = ffi.new("char **")
        self._size = ffi.new("size_t *")
        self._f = libc.open_memstream(self._buf, self._size)
        if self._f == ffi.NULL:
            raise MemoryError("open_memstream failed")
        w = ffi.new("tc_writer **")
        rc = lib.tc_writer_open_stream(w, lib.TC_FMT_JSONL, self._f, ffi.NULL)
        if rc:
            libc.fclose(self._f)
            libc.free(self._buf[0])
            raise TacitusError(rc, _native.errstr(rc))
        self._w = w[0]
        self._pos = 0

    def _close(self):
        if self._w is not None:
            lib.tc_writer_close(self._w)
            libc.fclose(self._f)
            libc.free(self._buf[0])
            self._w = None

    def write(self, story, events, n):
        """The records of one story (bytes, one JSON object a line)."""
        rc = lib.tc_writer_story(self._w, story, events, n)
        if rc:
            raise TacitusError(rc, _text(lib.tc_writer_errmsg(self._w)) or _native.errstr(rc))
        libc.fflush(self._f)
        end = self._size[0]
        out = ffi.unpack(self._buf[0] + self._pos, end - self._pos) if end > self._pos else b""
        self._pos = end
        if end > self.LIMIT:
            self._close()
            self._open()
        return out

    def close(self):
        self._close()

    def __del__(self):
        self._close()


def _records(jsonl):
    """The records of JSON Lines bytes from the writer (one object a line,
    never a raw newline inside one), parsed in one call."""
    if not jsonl:
        return []
    return json.loads(b"[" + jsonl.rstrip(b"\n").replace(b"\n", b",") + b"]")


def _parse_date(value):
    """(ISO date, year, month, day) by the readers' one date rule -- YYYY-MM-DD
    (or YYYYMMDD / YYMMDD), optionally followed, after a full ISO date, by an
    ISO 8601 time ("T10:30Z") -- or None.  A datetime.date is taken as is."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat(), value.year, value.month, value.day
    if not isinstance(value, str) or not value.isascii():
        return None
    s = value
    if len(s) > 10 and s[10] == "T":
        if len(s) < 13 or any(c not in "0123456789:.+-Z" for c in s[11:]):
            return None
        s = s[:10]
    try:
        if len(s) == 10 and s[4] == "-" and s[7] == "-" and (s[:4] + s[5:7] + s[8:]).isdigit():
            y, m, d = int(s[:4]), int(s[5:7]), int(s[8:])
        elif len(s) == 8 and s.isdigit():
            y, m, d = int(s[:4]), int(s[4:6]), int(s[6:])
        elif len(s) == 6 and s.isdigit():
            yy = int(s[:2])
            y, m, d = (1900 + yy if yy >= 30 else 2000 + yy), int(s[2:4]), int(s[4:])
        else:
            return None
        day = datetime.date(y, m, d)
    except ValueError:
        return None
    return day.isoformat(), y, m, d


# keys of a story dict that are not its metadata
_RESERVED = ("id", "date", "text", "file", "line", "error", "note")


def _join(values, field, strings):
    """The JSON readers' join of "source(s)" / "url(s)": strings (when
    `strings`) and the `field` of objects, in order."""
    out = []
    if isinstance(values, str):
        if strings and values:
            out.append(values)
    elif isinstance(values, list):
        for e in values:
            if isinstance(e, dict) and field:
                out += _join(e.get(field), None, True)
            elif isinstance(e, str):
                out += _join(e, None, strings)
    return out


def _metadata(d):
    """(meta JSON text or None, title, source, url) of a story dict, as the
    JSON Lines reader makes them from a story object: every key but the
    reserved ones is metadata."""
    meta = {k: v for k, v in d.items() if k not in _RESERVED}
    title = meta.get("title") if isinstance(meta.get("title"), str) else None
    source = ";".join(_join(meta.get("source"), "name", True) + _join(meta.get("sources"), "name", True))
    url = ";".join(_join(meta.get("url"), None, True) + _join(meta.get("urls"), None, True) +
                   _join(meta.get("sources"), "url", False))
    text = json.dumps(meta, ensure_ascii=False, separators=(",", ":")) if meta else None
    return text, title, source or None, url or None


class _Story:
    """A tc_story made from a dict.  Its strings sit in one buffer, which
    lives as long as this object."""

    def __init__(self, d, k, max_story):
        fields = {}
        st = self.st = ffi.new("tc_story *")
        sid = d.get("id")
        if sid is not None and not isinstance(sid, str):
            sid = json.dumps(sid, ensure_ascii=False, separators=(",", ":"))  # 123 -> "123", as the reader
        fields["id"] = sid if sid is not None else "story-%d" % k
        fields["file"] = d.get("file") or "<stories>"
        st.line = int(d.get("line") or k)
        meta, title, source, url = _metadata(d)
        for key, v in (("meta", meta), ("title", title), ("source", source), ("url", url)):
            if v is not None:
                fields[key] = v
        if isinstance(d.get("note"), str):
            fields["note"] = d["note"]
        raw = None
        if d.get("error"):
            fields["error"] = str(d["error"])
        else:
            text = d.get("text")
            date = d.get("date")
            day = _parse_date(date) if date is not None else None
            why = None
            if not isinstance(text, str):
                why = 'story has no "text" string'
            elif date is None:
                why = 'story has no "date"'
            elif day is None:
                why = "bad \"date\" '%s' (expected YYYY-MM-DD)" % date
            elif "\0" in text:
                why = 'NUL character in "text"'
            if why is None:
                try:
                    raw = text.encode("utf-8")
                except UnicodeEncodeError as e:
                    why = "invalid UTF-8 at byte %d" % e.start
            if why is None and max_story and len(raw) > max_story:
                why = "story larger than %d bytes" % max_story
            if why is not None:
                fields["error"] = "%s:%d: %s" % (fields["file"], st.line, why)
                raw = None
            else:
                fields["date"], st.year, st.month, st.day = day
        # one buffer: each string NUL-terminated, the text last
        parts, offs, pos = [], {}, 0
        for key, v in fields.items():
            b = v.encode("utf-8", "replace") + b"\0"
            offs[key] = pos
            parts.append(b)
            pos += len(b)
        if raw is not None:
            offs["text"] = pos
            parts.append(raw)
        self._buf = buf = ffi.new("char[]", b"".join(parts))
        for key, off in offs.items():
            setattr(st, key, buf + off)
        if raw is not None:
            st.text_len = len(raw)


def _free_engine(eng, docs, lock):
    with lock:
        for d in docs:
            lib.tc_doc_free(d)
        docs.clear()
    lib.tc_engine_close(eng)


class Engine:
    """The loaded models, dictionaries and gazetteer: open one per process
    and share it between threads.

    models, data, project_data: the folders of tc_config (compiled models;
    third-party data; the project's data/ folder).  None takes the library's
    defaults (tc_default_dir): $TACITUS_MODELS / $TACITUS_DATA /
    $TACITUS_PROJECT_DATA when set, else the folders beside the library
    (build/models and data/ of its source tree, or <prefix>/share/tacitus).
    """

    def __init__(self, models=None, data=None, project_data=None):
        self._keep = [_enc(models), _enc(data), _enc(project_data)]
        cfg = ffi.new("tc_config *")
        cfg.model_dir = self._keep[0] or ffi.NULL
        cfg.data_dir = self._keep[1] or ffi.NULL
        cfg.project_dir = self._keep[2] or ffi.NULL
        out = ffi.new("tc_engine **")
        rc = lib.tc_engine_open(out, cfg, _native.TC_LOAD_ALL)
        if rc:
            msg = _text(lib.tc_engine_errmsg(out[0])) or _native.errstr(rc)
            lib.tc_engine_close(out[0])
            raise TacitusError(rc, msg)
        self._eng = out[0]
        self._local = threading.local()
        # the documents made from the engine, freed before it, in that order,
        # by one finalizer (at close(), when the Engine goes, or at exit):
        # separate finalizers may run in any order in a garbage cycle, and a
        # document freed after its engine reads freed memory
        self._docs = []
        self._docs_lock = threading.Lock()
        self._finalizer = weakref.finalize(self, _free_engine, self._eng, self._docs, self._docs_lock)

    def close(self):
        """Frees the engine and its documents now (also done when the Engine
        is collected, and at exit)."""
        self._finalizer()

    def _doc(self):
        """This thread's document (made on first use)."""
        if not self._finalizer.alive:
            raise ValueError("tacitus: the engine is closed")
        d = getattr(self._local, "doc", None)
        if d is None:
            out = ffi.new("tc_doc **")
            rc = lib.tc_doc_new(out, self._eng)
            if rc:
                raise TacitusError(rc, _native.errstr(rc))
            d = out[0]
            with self._docs_lock:
                self._docs.append(d)
            self._local.doc = d
        return d

    def _code_one(self, doc, story):
        """(rc, events, n) for a tc_story (no events for an error record)."""
        if story.error != ffi.NULL:
            return _native.TC_OK, ffi.NULL, 0
        rc = lib.tc_doc_code(doc, story)
        if rc:
            return rc, ffi.NULL, 0
        n = ffi.new("int *")
        ev = lib.tc_doc_events(doc, n)
        return rc, ev, n[0]

    def code(self, text, date, id=None, **meta):
        """The event records of one story (a list of dicts, the JSON Lines
        records of `tacitus code`).  date: "YYYY-MM-DD" or a datetime.date;
        meta: the story's metadata (title=, url=, source=, any key), as the
        other keys of a JSON Lines story.  Raises ValueError for a story that
        cannot be read (no text, bad date) and TacitusError when coding
        fails."""
        bad = [k for k in meta if k in _RESERVED]
        if bad:
            raise TypeError("code(): %s is not story metadata" % ", ".join(bad))
        d = {"id": id if id is not None else "story", "date": date, "text": text}
        d.update(meta)
        d["file"], d["line"] = "<code>", 1
        s = _Story(d, 1, 0)
        if s.st.error != ffi.NULL:
            raise ValueError(_text(s.st.error))
        doc = self._doc()
        rc, ev, n = self._code_one(doc, s.st)
        if rc:
            raise TacitusError(rc, "could not code story: %s" % _native.errstr(rc))
        sink = _Sink()
        try:
            out = sink.write(s.st, ev, n)
        finally:
            sink.close()
        return _records(out)

    def code_stories(self, stories, max_story=DEFAULT_MAX_STORY):
        """Codes an iterable of story dicts ({"id", "date", "text"} plus
        optional "title", "source", "url"; or the dicts tacitus.read yields)
        and yields their records in input order: each story's events, or an
        error record {"doc", "error", "line"} for a story that could not be
        read or coded -- as `tacitus code` writes them; nothing is dropped.
        A story without an id is named "story-<k>" (k counts from 1)."""
        if isinstance(stories, _Read) and stories._it is None:
            # straight from the C reader, as `tacitus code` reads them (the
            # records are those of the dicts; no dict is made)
            yield from self._code_read(stories, max_story)
            return
        sink = _Sink()
        try:
            for k, d in enumerate(stories, 1):
                s = _Story(d, k, max_story)
                rc, ev, n = self._code_one(self._doc(), s.st)
                if rc:
                    msg = _enc("%s:%d: could not code story: %s" % (_text(s.st.file), s.st.line,
                                                                    _native.errstr(rc)))
                    s.st.error = msg
                yield from _records(sink.write(s.st, ev, n))
        finally:
            sink.close()

    def _code_read(self, rd, max_story):
        rd._it = iter(())  # consumed here
        sink = _Sink()
        try:
            for st in _read_stories(rd._r, rd.path):
                ev, n, keep = ffi.NULL, 0, None
                if st.error == ffi.NULL and max_story and st.text_len > max_story:
                    keep = st.error = _enc("%s:%d: story larger than %d bytes" % (_text(st.file), st.line, max_story))
                if st.error == ffi.NULL:
                    rc, ev, n = self._code_one(self._doc(), st)
                    if rc:
                        keep = st.error = _enc("%s:%d: could not code story: %s" % (_text(st.file), st.line,
                                                                                    _native.errstr(rc)))
                        ev, n = ffi.NULL, 0
                out = sink.write(st, ev, n)
                del keep
                yield from _records(out)
        finally:
            sink.close()

    def parse(self, text, id="doc"):
        """Segments, tags and parses text; returns CoNLL-U (sentence ids
        "<id>-<k>")."""
        if not self._finalizer.alive:
            raise ValueError("tacitus: the engine is closed")
        model = lib.tc_engine_parser(self._eng)
        if model == ffi.NULL:
            raise TacitusError(_native.TC_MISUSE, "the engine has no parser model")
        raw = text.encode("utf-8")
        buf = ffi.new("char **")
        size = ffi.new("size_t *")
        f = libc.open_memstream(buf, size)
        if f == ffi.NULL:
            raise MemoryError("open_memstream failed")
        try:
            rc = lib.tc_nlp_parse_text(model, raw, len(raw), id.encode("utf-8"), f)
        finally:
            libc.fclose(f)
            out = ffi.unpack(buf[0], size[0]).decode("utf-8")
            libc.free(buf[0])
        if rc:
            raise TacitusError(rc, "%s: %s" % (id, "invalid UTF-8" if rc == _native.TC_FORMAT
                                                else _native.errstr(rc)))
        return out

    # ---- for tacitus.dask: one input (or part of one) -> one JSON Lines file

    def _code_file(self, part, out_path, max_story=DEFAULT_MAX_STORY):
        """Codes one input -- {"path"} (a file or folder, as `tacitus code`
        reads it) or {"path", "offset", "length", "first_line"} (part of a
        JSON Lines file) -- into a JSON Lines file written by the library,
        as `tacitus code -j 1` writes that input.  Returns the counts
        {"stories", "sentences", "events", "errors"} as --stats counts them."""
        counts = {"stories": 0, "sentences": 0, "events": 0, "errors": 0}
        path = part["path"]
        wp = ffi.new("tc_writer **")
        rc = lib.tc_writer_open(wp, lib.TC_FMT_JSONL, out_path.encode(), ffi.NULL)
        w = wp[0]
        if rc:
            msg = _text(lib.tc_writer_errmsg(w)) if w != ffi.NULL else _native.errstr(rc)
            lib.tc_writer_close(w)
            raise TacitusError(rc, msg)
        try:
            self._code_into(w, part, counts, max_story)
        finally:
            msg = _text(lib.tc_writer_errmsg(w))
            wrc = lib.tc_writer_close(w)
        if msg or wrc:
            raise TacitusError(wrc or _native.TC_IO, "%s: %s" % (out_path, msg or "error writing"))
        return counts

    def _code_into(self, w, part, counts, max_story):
        path = part["path"]
        bpath = path.encode()
        rp = ffi.new("tc_reader **")
        if "offset" in part:
            rc = lib.tc_reader_open_part(rp, bpath, part["offset"], part["length"], part["first_line"],
                                         max_story, ffi.NULL)
        else:
            rc = lib.tc_reader_open(rp, bpath, max_story, ffi.NULL)
        if rc:
            # an unreadable input is an error record, as in `tacitus code`
            st = ffi.new("tc_story *")
            err = _enc("%s:0: cannot open (%s)" % (path, _native.errstr(rc)))
            cpath = _enc(path)
            st.id = st.file = cpath
            st.error = err
            counts["errors"] += 1
            lib.tc_writer_story(w, st, ffi.NULL, 0)
            return
        r = ffi.gc(rp[0], lib.tc_reader_close)
        doc = self._doc()
        st = ffi.new("tc_story *")
        while True:
            rc = lib.tc_reader_next(r, st)
            if rc != _native.TC_OK:  # TC_DONE, or where `tacitus code` stops too
                break
            counts["stories"] += 1
            ev, n, msg = ffi.NULL, 0, None
            if st.error != ffi.NULL:
                counts["errors"] += 1
            else:
                crc, ev, n = self._code_one(doc, st)
                if crc:
                    msg = _enc("%s:%d: could not code story: %s" % (_text(st.file), st.line,
                                                                    _native.errstr(crc)))
                    st.error = msg
                    counts["errors"] += 1
                counts["sentences"] += lib.tc_doc_sentences(doc)
                counts["events"] += n
            if lib.tc_writer_story(w, st, ev, n):
                break
        if rc == _native.TC_NOMEM:
            raise TacitusError(rc, "out of memory reading %s" % path)


class _Read:
    """What read() returns: iterating it yields the story dicts; given to
    Engine.code_stories before any was taken, the stories go from the C
    reader to the coder without becoming dicts (the same records)."""

    def __init__(self, path, max_story):
        self.path, self.max_story, self._it = path, max_story, None
        self._r = _open_reader(path, max_story)  # raises now, as the generator did on first use

    def __iter__(self):
        if self._it is None:
            self._it = _read_dicts(self._r, self.path)
        return self._it

    def __next__(self):
        return next(iter(self))


def _open_reader(path, max_story):
    out = ffi.new("tc_reader **")
    rc = lib.tc_reader_open(out, path.encode(), max_story, ffi.NULL)
    if rc:
        raise TacitusError(rc, "%s: cannot open (%s)" % (path, _native.errstr(rc)))
    return ffi.gc(out[0], lib.tc_reader_close)


def read(path, max_story=0):
    """The stories of a file, folder or "-" (stdin) as the C readers read
    them (story files, JSON Lines, gzip): dicts {"id", "date", "text"} plus
    the story's other JSON keys (its metadata: "title", "url", ...), "file"
    and "line" (where it was read) and "note" (what the reader did to the
    text, when anything); or error records {"id", "file", "line", "error"}
    for stories that cannot be read.  Engine.code_stories takes these dicts
    as they are.  max_story: largest story in bytes (0: the library's
    default, 64 MiB).  Raises TacitusError when the path cannot be opened."""
    return _Read(path, max_story)


def _read_stories(r, path):
    """The reader's stories as (tc_story, raised error) pairs, the story
    valid until the next one; the path-cannot-be-read case raises."""
    st = ffi.new("tc_story *")
    first = True
    while True:
        rc = lib.tc_reader_next(r, st)
        if rc == _native.TC_DONE:
            return
        if rc not in (_native.TC_OK, _native.TC_IO):  # TC_IO: an error record; the reader goes on
            raise TacitusError(rc, "%s: %s" % (path, _native.errstr(rc)))
        if first and st.error != ffi.NULL and st.line == 0 and _text(st.file) == path:
            # the path itself cannot be read: the C reader makes that an error
            # record (so a run goes on); here it raises, as documented
            why = _text(st.error).split(": ", 1)[-1]
            raise TacitusError(_native.TC_IO, "%s: cannot open (%s)" % (path, why.replace("cannot open: ", "")))
        first = False
        yield st


def _read_dicts(r, path):
    for st in _read_stories(r, path):
        d = {"id": _text(st.id)}
        if st.error == ffi.NULL:
            d["date"] = _text(st.date)
            d["text"] = ffi.unpack(st.text, st.text_len).decode("utf-8")
        if st.meta != ffi.NULL:
            for k, v in json.loads(_text(st.meta)).items():
                d.setdefault(k, v)
        d["file"] = _text(st.file)
        d["line"] = st.line
        if st.note != ffi.NULL:
            d["note"] = _text(st.note)
        if st.error != ffi.NULL:
            d["error"] = _text(st.error)
        yield d


def to_pandas(records, errors=False):
    """A pandas DataFrame of event records, one row per event: the nested
    "location" object becomes location_<key> columns (location_name,
    location_country, ...); codes stay strings.  Error records are left out
    unless errors=True."""
    import pandas

    rows = []
    for r in records:
        if "error" in r and not errors:
            continue
        row = dict(r)
        loc = row.pop("location", None)
        if isinstance(loc, dict):
            for k, v in loc.items():
                row["location_" + k] = v
        rows.append(row)
    df = pandas.DataFrame.from_records(rows)
    for col in ("code", "root"):
        if col in df.columns:
            df[col] = df[col].astype("string")
    return df
