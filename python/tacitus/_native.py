"""The C library, loaded with cffi in ABI mode (Debian python3-cffi; nothing
is compiled at install time).

The declarations below are the part of include/tacitus.h the package uses,
copied by hand: cffi computes the struct layouts from them, so they must
match the header.  python/tests/test_abi.py compiles a small C program
against the header and compares every size and offset, so a field added to
tc_story or tc_config in C fails the tests until it is added here.

Which library: $TACITUS_LIB if set; else build/libtacitus.so of the source
tree this package sits in (python/tacitus -> ../../build); else the
installed libtacitus.so.0 found by the dynamic loader.  The library finds
its models and data from its own location (tc_default_dir), so the package
works from any folder.
"""
import os

from cffi import FFI

CDEF = r"""
typedef struct _IO_FILE FILE;
FILE *open_memstream(char **ptr, size_t *sizeloc);
int fflush(FILE *f);
int fclose(FILE *f);
void free(void *p);

const char *tc_version(void);
const char *tc_errstr(int rc);

typedef struct tc_alloc tc_alloc;
typedef struct tc_config {
    const char *data_dir;
    const char *model_dir;
    const char *project_dir;
    const tc_alloc *alloc;
    void (*log)(void *ud, int level, const char *msg);
    void *log_ud;
    const char *dict_file;
    const char *const *add_actors;
    size_t nadd_actors;
} tc_config;
size_t tc_default_dir(int which, char *buf, size_t cap);

typedef struct tc_engine tc_engine;
int tc_engine_open(tc_engine **out, const tc_config *cfg, unsigned what);
void tc_engine_close(tc_engine *e);
const char *tc_engine_errmsg(const tc_engine *e);

typedef struct tc_nlp_model tc_nlp_model;
const tc_nlp_model *tc_engine_parser(const tc_engine *e);
int tc_nlp_parse_text(const tc_nlp_model *m, const char *text, size_t n, const char *doc_id, FILE *out);

typedef struct tc_story {
    const char *id;
    const char *date;
    int year, month, day;
    const char *title, *source, *url;
    const char *text;
    size_t text_len;
    const char *file;
    long line;
    const char *error;
    const char *meta;
    const char *note;
} tc_story;

typedef struct tc_reader tc_reader;
int tc_reader_open(tc_reader **out, const char *path, size_t max_story, const tc_alloc *A);
int tc_reader_open_part(tc_reader **out, const char *path, uint64_t offset, uint64_t length,
                        long first_line, size_t max_story, const tc_alloc *A);
int tc_reader_next(tc_reader *r, tc_story *story);
void tc_reader_close(tc_reader *r);

typedef enum tc_format { TC_FMT_JSONL = 0, TC_FMT_TSV = 1, TC_FMT_SQLITE = 2 } tc_format;
typedef struct tc_event tc_event;
typedef struct tc_writer tc_writer;
int tc_writer_open(tc_writer **out, tc_format fmt, const char *path, const tc_alloc *A);
int tc_writer_open_stream(tc_writer **out, tc_format fmt, FILE *f, const tc_alloc *A);
int tc_writer_story(tc_writer *w, const tc_story *story, const tc_event *const *events, int n);
int tc_writer_close(tc_writer *w);
const char *tc_writer_errmsg(const tc_writer *w);

typedef struct tc_doc tc_doc;
int tc_doc_new(tc_doc **out, const tc_engine *e);
void tc_doc_free(tc_doc *d);
int tc_doc_code(tc_doc *d, const tc_story *story);
const tc_event *const *tc_doc_events(const tc_doc *d, int *n);
int tc_doc_sentences(const tc_doc *d);
"""

# return codes and load flags (include/tacitus.h)
TC_OK, TC_NOMEM, TC_IO, TC_FORMAT, TC_VERSION, TC_PARSE, TC_MISUSE, TC_NOTFOUND, TC_DONE = range(9)
TC_LOAD_ALL = 15

ffi = FFI()
ffi.cdef(CDEF)

SOURCE_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _find_library():
    env = os.environ.get("TACITUS_LIB")
    if env:
        return ffi.dlopen(env)
    built = os.path.join(SOURCE_ROOT, "build", "libtacitus.so")
    if os.path.exists(built):
        return ffi.dlopen(built)
    try:
        return ffi.dlopen("libtacitus.so.0")
    except OSError as e:
        raise ImportError(
            "tacitus: cannot find libtacitus.so (run `make` in the source tree, "
            "or set TACITUS_LIB=/path/to/libtacitus.so): %s" % e) from None


lib = _find_library()
libc = ffi.dlopen(None)


def errstr(rc):
    return ffi.string(lib.tc_errstr(rc)).decode("utf-8", "replace")
