"""The struct layouts cffi uses (python/tacitus/_native.py declares them by
hand) against include/tacitus.h: a C program compiled against the header
prints each size and offset.  A field added in C without being added to the
binding fails here, not as garbage at run time."""
import os
import subprocess

from conftest import ROOT
from tacitus._native import ffi

FIELDS = {
    "tc_story": ["id", "date", "year", "month", "day", "title", "source", "url", "text", "text_len", "file",
                 "line", "error", "meta", "note"],
    "tc_config": ["data_dir", "model_dir", "project_dir", "alloc", "log", "log_ud", "dict_file", "add_actors",
                  "nadd_actors"],
}


def test_layouts_match_header(tmp_path):
    lines = ['#include <stddef.h>', '#include <stdio.h>', '#include "tacitus.h"', "int main(void) {"]
    for t, fields in FIELDS.items():
        lines.append('printf("%s %%zu\\n", sizeof(%s));' % (t, t))
        for f in fields:
            lines.append('printf("%s.%s %%zu\\n", offsetof(%s, %s));' % (t, f, t, f))
    lines.append('printf("TC_FMT_JSONL %d\\n", (int)TC_FMT_JSONL);')
    lines.append('printf("TC_LOAD_ALL %d\\n", (int)TC_LOAD_ALL);')
    lines.append("return 0; }")
    src = tmp_path / "abi.c"
    src.write_text("\n".join(lines) + "\n")
    exe = tmp_path / "abi"
    subprocess.run([os.environ.get("CC", "cc"), "-std=c11", "-I", os.path.join(ROOT, "include"), "-o", str(exe),
                    str(src)], check=True)
    got = dict(line.split() for line in subprocess.run([str(exe)], check=True, stdout=subprocess.PIPE)
               .stdout.decode().splitlines())
    for t, fields in FIELDS.items():
        assert int(got[t]) == ffi.sizeof(t), "sizeof(%s) differs: add the new fields to _native.CDEF" % t
        for f in fields:
            assert int(got["%s.%s" % (t, f)]) == ffi.offsetof(t, f), "%s.%s moved" % (t, f)
    from tacitus import _native
    assert int(got["TC_FMT_JSONL"]) == _native.lib.TC_FMT_JSONL
    assert int(got["TC_LOAD_ALL"]) == _native.TC_LOAD_ALL
