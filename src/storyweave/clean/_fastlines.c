/* Compiled hot loop of the cleaner's token statistics (storyweave.clean._fastlines).
 *
 * features._word_stats_counts() splits every line into tokens (str.split()) and looks
 * each token up in the token cache (features._WORD_IDS: token -> row of _WORD_BITS).
 * Done in Python that creates a str object per token and hashes it afresh (~80 us an
 * article).  TokenTable mirrors that cache (token code points -> row) in a C hash table,
 * so the tokens are found and looked up in place, without creating objects.
 *
 * The Python code stays the reference: the table only answers rows the Python side gave
 * it with add(); a token it does not know comes back as -2 with its text, and the Python
 * side computes and adds it exactly as before.  Tokens are what str.split() gives: runs of
 * code points that Py_UNICODE_ISSPACE says are not whitespace.
 *
 * The table is memory-bound (~25 000 tokens after the bench; a look-up is a cache miss),
 * so a slot is one cache line holding short keys itself, and the slots of a line's tokens
 * are prefetched before they are compared.
 *
 * char_counts() and line_sums() are the per-character and per-token sums behind the
 * feature matrix (char_counts._char_counts, features._word_stats_rows), written out as
 * loops instead of numpy's table look-ups, bincounts and products.
 *
 * viterbi() is the line model's two-state Viterbi pass (classifier.viterbi): the same
 * additions and comparisons of doubles in the same order (built without contraction into
 * fused multiply-adds), so the same path.
 *
 * plain_spans() is the sentence splitter's loop over a clean text (sentences.py,
 * _split_plain): the candidate ends, the common case ('agreed. The') and the trimming in
 * C; every other candidate is judged by a Python callback (boundary_verdict, blingfire).
 *
 * ABI: bump it whenever the behaviour or the interface changes; the Python side
 * (compiled.py) falls back to its pure-Python path when the compiled module's ABI is not
 * the one it expects, so a stale build never gives different output.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FASTLINES_ABI 5
#define INLINE_KEY 10 /* code points kept in the slot itself */
#define GROUP 32      /* tokens hashed and prefetched before they are looked up */
#define HASH_SEED 14695981039346656037ULL

typedef struct {
    uint64_t hash;             /* 0: empty slot (real hashes are forced non-zero) */
    int32_t row;
    int32_t len;               /* code points */
    Py_UCS4 *heap;             /* the key when longer than INLINE_KEY (owned), else NULL */
    Py_UCS4 key[INLINE_KEY];   /* the key when it fits */
} Entry;                       /* 64 bytes: one cache line */
_Static_assert(sizeof(Entry) == 64, "a slot is one cache line");

typedef struct {
    PyObject_HEAD
    Entry *slots;              /* cap slots, 64-byte aligned (posix_memalign) */
    Py_ssize_t cap;            /* a power of two */
    Py_ssize_t used;
    uint64_t seed;             /* where its hashes start: hash_seed when it was made */
} TokenTable;

/* A multiplicative hash over the code points (one step per code point, whatever the str
 * kind, so a token hashes alike in any kind), mixed at the end for the power-of-two mask.
 * It starts from hash_seed, drawn per process from Python's own randomised str hash (set
 * at import): the tokens come from untrusted text, and with a fixed, public start value
 * a page could be written whose tokens all land in one run of slots (each look-up then
 * steps through all of them: a page's look-ups quadratic, and the table, which outlives
 * the page, slow for every later one).  The table is only a cache of rows, so the seed
 * changes no output; each table keeps the seed it was made with. */
static uint64_t hash_seed = HASH_SEED;
static inline uint64_t
hash_step(uint64_t h, Py_UCS4 c)
{
    return (h ^ c) * 0x100000001B3ULL;
}

static inline uint64_t
hash_final(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    return h ? h : 1;
}

static inline const Py_UCS4 *
entry_key(const Entry *e)
{
    return e->heap != NULL ? e->heap : e->key;
}

static Entry *
new_slots(Py_ssize_t cap)
{
    void *p = NULL;
    if (posix_memalign(&p, 64, sizeof(Entry) * (size_t)cap) != 0)
        return NULL;
    memset(p, 0, sizeof(Entry) * (size_t)cap);
    return (Entry *)p;
}

/* The slot holding the token data[0:n] (of hash h), or the empty slot where it goes.
 * T: the str kind's code unit. */
#define FIND_SLOT(NAME, T)                                                                  \
    static Entry *NAME(const TokenTable *t, uint64_t h, const T *data, Py_ssize_t n)        \
    {                                                                                       \
        Py_ssize_t mask = t->cap - 1;                                                       \
        Py_ssize_t i = (Py_ssize_t)(h & (uint64_t)mask);                                    \
        for (;;) {                                                                          \
            Entry *e = &t->slots[i];                                                        \
            if (e->hash == 0)                                                               \
                return e;                                                                   \
            if (e->hash == h && e->len == n) {                                              \
                const Py_UCS4 *key = entry_key(e);                                          \
                Py_ssize_t k = 0;                                                           \
                while (k < n && key[k] == (Py_UCS4)data[k])                                 \
                    k++;                                                                    \
                if (k == n)                                                                 \
                    return e;                                                               \
            }                                                                               \
            i = (i + 1) & mask;                                                             \
        }                                                                                   \
    }
FIND_SLOT(find_slot1, Py_UCS1)
FIND_SLOT(find_slot2, Py_UCS2)
FIND_SLOT(find_slot4, Py_UCS4)

static int
grow(TokenTable *t)
{
    Py_ssize_t cap = t->cap * 2;
    Entry *slots = new_slots(cap);
    if (slots == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < t->cap; i++) {
        Entry *e = &t->slots[i];
        if (e->hash == 0)
            continue;
        Py_ssize_t j = (Py_ssize_t)(e->hash & (uint64_t)(cap - 1));
        while (slots[j].hash != 0)
            j = (j + 1) & (cap - 1);
        slots[j] = *e; /* the heap key moves with it */
    }
    free(t->slots);
    t->slots = slots;
    t->cap = cap;
    return 0;
}

static void
free_keys(TokenTable *t)
{
    for (Py_ssize_t i = 0; i < t->cap; i++) {
        PyMem_Free(t->slots[i].heap);
        memset(&t->slots[i], 0, sizeof(Entry));
    }
    t->used = 0;
}

static PyObject *
TokenTable_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if (PyTuple_GET_SIZE(args) != 0 || (kwds != NULL && PyDict_GET_SIZE(kwds) != 0)) {
        PyErr_SetString(PyExc_TypeError, "TokenTable() takes no arguments");
        return NULL;
    }
    TokenTable *t = (TokenTable *)type->tp_alloc(type, 0);
    if (t == NULL)
        return NULL;
    t->cap = 1024;
    t->used = 0;
    t->seed = hash_seed;
    t->slots = new_slots(t->cap);
    if (t->slots == NULL) {
        Py_DECREF(t);
        return PyErr_NoMemory();
    }
    return (PyObject *)t;
}

static void
TokenTable_dealloc(TokenTable *t)
{
    if (t->slots != NULL) {
        free_keys(t);
        free(t->slots);
    }
    Py_TYPE(t)->tp_free((PyObject *)t);
}

/* add(token, row): remember the token's row (a token already there keeps its row). */
static PyObject *
TokenTable_add(TokenTable *t, PyObject *args)
{
    PyObject *token;
    long long row;
    if (!PyArg_ParseTuple(args, "UL:add", &token, &row) || PyUnicode_READY(token) < 0)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(token);
    if (row < 0 || row > INT32_MAX || n > INT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "add: row or token length out of range");
        return NULL;
    }
    if (2 * (t->used + 1) > t->cap && grow(t) < 0) /* load factor <= 1/2 */
        return NULL;
    int kind = PyUnicode_KIND(token);
    const void *data = PyUnicode_DATA(token);
    uint64_t h = t->seed;
    for (Py_ssize_t k = 0; k < n; k++)
        h = hash_step(h, PyUnicode_READ(kind, data, k));
    h = hash_final(h);
    Entry *e = kind == PyUnicode_1BYTE_KIND   ? find_slot1(t, h, data, n)
               : kind == PyUnicode_2BYTE_KIND ? find_slot2(t, h, data, n)
                                              : find_slot4(t, h, data, n);
    if (e->hash != 0)
        Py_RETURN_NONE;
    Py_UCS4 *heap = NULL, *key = e->key;
    if (n > INLINE_KEY) {
        key = heap = PyMem_Malloc(sizeof(Py_UCS4) * (size_t)n);
        if (heap == NULL)
            return PyErr_NoMemory();
    }
    for (Py_ssize_t k = 0; k < n; k++)
        key[k] = PyUnicode_READ(kind, data, k);
    e->hash = h;
    e->row = (int32_t)row;
    e->len = (int32_t)n;
    e->heap = heap;
    t->used++;
    Py_RETURN_NONE;
}

static PyObject *
TokenTable_clear(TokenTable *t, PyObject *Py_UNUSED(ignored))
{
    free_keys(t);
    Py_RETURN_NONE;
}

static Py_ssize_t
TokenTable_len(TokenTable *t)
{
    return t->used;
}

/* Growable int64 buffer. */
typedef struct {
    int64_t *v;
    Py_ssize_t n, cap;
} Buf;

static int
buf_reserve(Buf *b, Py_ssize_t more)
{
    if (b->n + more <= b->cap)
        return 0;
    Py_ssize_t cap = b->cap ? b->cap : 1024;
    while (cap < b->n + more)
        cap *= 2;
    int64_t *v = PyMem_Realloc(b->v, sizeof(int64_t) * (size_t)cap);
    if (v == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    b->v = v;
    b->cap = cap;
    return 0;
}

/* Whitespace as str.split() sees it (Py_UNICODE_ISSPACE), by table below 256. */
static unsigned char space_latin1[256];

static inline int
is_space(Py_UCS4 c)
{
    return c < 256 ? space_latin1[c] : Py_UNICODE_ISSPACE(c);
}

/* A token not in the table: (its index, its text) appended to `unknown`. */
static int
note_unknown(PyObject *unknown, Py_ssize_t index, PyObject *line, Py_ssize_t a, Py_ssize_t b)
{
    PyObject *item = Py_BuildValue("(nN)", index, PyUnicode_Substring(line, a, b));
    if (item == NULL || PyList_Append(unknown, item) < 0) {
        Py_XDECREF(item);
        return -1;
    }
    Py_DECREF(item);
    return 0;
}

/* The tokens of one line looked up (T: the str kind's code unit; FIND: its find_slot),
 * GROUP at a time: first each one's bounds and hash, its slot prefetched; then the
 * look-ups.  Rows go to `rows` (-2, and a note in `unknown`, for a token the table
 * lacks); *count gets the line's number of tokens. */
#define LINE_ROWS(NAME, T, FIND)                                                            \
    static int NAME(TokenTable *t, PyObject *line, Buf *rows, PyObject *unknown,            \
                    int64_t *count)                                                         \
    {                                                                                       \
        const T *data = (const T *)PyUnicode_DATA(line);                                    \
        Py_ssize_t n = PyUnicode_GET_LENGTH(line), i = 0, mask = t->cap - 1;                \
        Py_ssize_t start[GROUP], end[GROUP];                                                \
        uint64_t hash[GROUP];                                                               \
        *count = 0;                                                                         \
        while (i < n) {                                                                     \
            int m = 0;                                                                      \
            while (m < GROUP) {                                                             \
                while (i < n && is_space(data[i]))                                          \
                    i++;                                                                    \
                if (i >= n)                                                                 \
                    break;                                                                  \
                uint64_t h = t->seed;                                                     \
                start[m] = i;                                                               \
                while (i < n && !is_space(data[i]))                                         \
                    h = hash_step(h, data[i++]);                                            \
                end[m] = i;                                                                 \
                hash[m] = hash_final(h);                                                    \
                __builtin_prefetch(&t->slots[hash[m] & (uint64_t)mask]);                    \
                m++;                                                                        \
            }                                                                               \
            if (buf_reserve(rows, m) < 0)                                                   \
                return -1;                                                                  \
            for (int k = 0; k < m; k++) {                                                   \
                Entry *e = FIND(t, hash[k], data + start[k], end[k] - start[k]);            \
                int64_t row = e->hash ? e->row : -2;                                        \
                if (row == -2 && note_unknown(unknown, rows->n, line, start[k], end[k]) < 0) \
                    return -1;                                                              \
                rows->v[rows->n++] = row;                                                   \
            }                                                                               \
            *count += m;                                                                    \
        }                                                                                   \
        return 0;                                                                           \
    }
LINE_ROWS(line_rows1, Py_UCS1, find_slot1)
LINE_ROWS(line_rows2, Py_UCS2, find_slot2)
LINE_ROWS(line_rows4, Py_UCS4, find_slot4)

/* rows(lines) -> (rows, counts, unknown): per token of the lines (str.split() of each, in
 * order) its row as int64 bytes (-2: not in the table), per line its token count as int64
 * bytes, and [(token index, token)] of the tokens not in the table.  Nothing here runs
 * Python code between a slot's look-up and its use (note_unknown may, after it). */
static PyObject *
TokenTable_rows(TokenTable *t, PyObject *lines)
{
    if (!PyTuple_Check(lines)) {
        PyErr_SetString(PyExc_TypeError, "rows: lines must be a tuple of str");
        return NULL;
    }
    Py_ssize_t n = PyTuple_GET_SIZE(lines);
    Buf rows = {NULL, 0, 0};
    PyObject *unknown = PyList_New(0), *counts = NULL, *out = NULL;
    if (unknown == NULL)
        return NULL;
    counts = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)sizeof(int64_t) * n);
    if (counts == NULL)
        goto done;
    int64_t *per_line = (int64_t *)PyBytes_AS_STRING(counts);
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *line = PyTuple_GET_ITEM(lines, k);
        int ok;
        if (!PyUnicode_Check(line)) {
            PyErr_Format(PyExc_TypeError, "rows: line %zd is not a str", k);
            goto done;
        }
        if (PyUnicode_READY(line) < 0) /* (a legacy str: its canonical form made) */
            goto done;
        switch (PyUnicode_KIND(line)) {
        case PyUnicode_1BYTE_KIND:
            ok = line_rows1(t, line, &rows, unknown, &per_line[k]);
            break;
        case PyUnicode_2BYTE_KIND:
            ok = line_rows2(t, line, &rows, unknown, &per_line[k]);
            break;
        default:
            ok = line_rows4(t, line, &rows, unknown, &per_line[k]);
        }
        if (ok < 0)
            goto done;
    }
    out = Py_BuildValue(
        "(y#OO)", rows.v ? (const char *)rows.v : "", (Py_ssize_t)sizeof(int64_t) * rows.n,
        counts, unknown);
done:
    PyMem_Free(rows.v);
    Py_XDECREF(counts);
    Py_DECREF(unknown);
    return out;
}

/* ---- per-line sums behind the feature matrix ------------------------------------------ */

/* A read-only buffer of the given item size (numpy arrays, bytes): 0, or -1 and an error. */
static int
get_items(PyObject *obj, Py_buffer *view, Py_ssize_t itemsize, const char *what)
{
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS) < 0)
        return -1;
    if (view->len % itemsize != 0) {
        PyErr_Format(PyExc_ValueError, "%s: %zd bytes is not a whole number of %zd-byte items",
                     what, view->len, itemsize);
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

/* Item i of a buffer of uint16 / int64 items, read with memcpy: a buffer (a memoryview
 * slice, a numpy view) need not be aligned for its items, and a misaligned load through
 * a typed pointer is undefined in C (with -O2 on x86 the same one load instruction). */
static inline unsigned
load_u16(const char *p, Py_ssize_t i)
{
    uint16_t v;
    memcpy(&v, p + (size_t)i * sizeof v, sizeof v);
    return v;
}

static inline int64_t
load_i64(const char *p, Py_ssize_t i)
{
    int64_t v;
    memcpy(&v, p + (size_t)i * sizeof v, sizeof v);
    return v;
}

/* char_counts(lines, table) -> float64 bytearray, n rows of 7: per line its length and how
 * many of its characters have each of the 6 class bits of table (uint8, one per BMP code
 * point: char_counts._CLASSES); an astral character counts as bit 1 (punctuation-like). */
static PyObject *
char_counts(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *lines, *table_obj;
    if (!PyArg_ParseTuple(args, "O!O:char_counts", &PyTuple_Type, &lines, &table_obj))
        return NULL;
    Py_buffer table;
    if (get_items(table_obj, &table, 1, "char_counts: table") < 0)
        return NULL;
    if (table.len != 0x10000) {
        PyBuffer_Release(&table);
        return PyErr_Format(PyExc_ValueError, "char_counts: table has %zd entries, not 65536",
                            table.len);
    }
    const uint8_t *flags = (const uint8_t *)table.buf;
    Py_ssize_t n = PyTuple_GET_SIZE(lines);
    PyObject *out = PyByteArray_FromStringAndSize(NULL, (Py_ssize_t)sizeof(double) * 7 * n);
    if (out == NULL) {
        PyBuffer_Release(&table);
        return NULL;
    }
    double *row = (double *)PyByteArray_AS_STRING(out);
    for (Py_ssize_t k = 0; k < n; k++, row += 7) {
        PyObject *line = PyTuple_GET_ITEM(lines, k);
        if (!PyUnicode_Check(line) || PyUnicode_READY(line) < 0) {
            PyBuffer_Release(&table);
            Py_DECREF(out);
            if (!PyUnicode_Check(line))
                PyErr_Format(PyExc_TypeError, "char_counts: line %zd is not a str", k);
            return NULL;
        }
        int kind = PyUnicode_KIND(line);
        const void *d = PyUnicode_DATA(line);
        Py_ssize_t len = PyUnicode_GET_LENGTH(line), bit[6] = {0, 0, 0, 0, 0, 0};
        for (Py_ssize_t i = 0; i < len; i++) {
            Py_UCS4 c = PyUnicode_READ(kind, d, i);
            /* 6 classes: bits 6 and 7 of a table entry are not counted (as in Python) */
            unsigned f = c > 0xFFFF ? 2u : flags[c] & 0x3Fu;
            for (int b = 0; f != 0; b++, f >>= 1)
                bit[b] += f & 1u;
        }
        row[0] = (double)len;
        for (int b = 0; b < 6; b++)
            row[1 + b] = (double)bit[b];
    }
    PyBuffer_Release(&table);
    return out;
}

/* line_sums(bits, counts) -> (float64 bytearray, bool bytearray): per line (counts: int64 tokens
 * per line, every one at least 1; bits: uint16 flags per token, in line order) the sums of
 * its tokens' bits 0-4 and 7-11 (10 columns), and its first token's bits 0-6 (7 columns). */
static PyObject *
line_sums(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *bits_obj, *counts_obj, *sums = NULL, *first = NULL;
    if (!PyArg_ParseTuple(args, "OO:line_sums", &bits_obj, &counts_obj))
        return NULL;
    Py_buffer bits, counts;
    if (get_items(bits_obj, &bits, 2, "line_sums: bits") < 0)
        return NULL;
    if (get_items(counts_obj, &counts, 8, "line_sums: counts") < 0) {
        PyBuffer_Release(&bits);
        return NULL;
    }
    const char *b = (const char *)bits.buf, *c = (const char *)counts.buf;
    Py_ssize_t n = counts.len / 8, tokens = bits.len / 2, at = 0;
    for (Py_ssize_t k = 0; k < n; k++) {
        int64_t ck = load_i64(c, k);
        if (ck < 1 || ck > tokens - at) { /* bounds: every line's tokens are there */
            PyErr_SetString(PyExc_ValueError, "line_sums: counts do not match the bits");
            goto done;
        }
        at += ck;
    }
    if (at != tokens) {
        PyErr_SetString(PyExc_ValueError, "line_sums: counts do not match the bits");
        goto done;
    }
    sums = PyByteArray_FromStringAndSize(NULL, (Py_ssize_t)sizeof(double) * 10 * n);
    first = PyByteArray_FromStringAndSize(NULL, 7 * n);
    if (sums == NULL || first == NULL)
        goto done;
    double *s = (double *)PyByteArray_AS_STRING(sums);
    char *f = PyByteArray_AS_STRING(first);
    at = 0;
    for (Py_ssize_t k = 0; k < n; k++, s += 10, f += 7) {
        int64_t total[10] = {0}, ck = load_i64(c, k);
        for (int64_t t = 0; t < ck; t++) {
            unsigned v = load_u16(b, at + t);
            for (int j = 0; j < 5; j++) {
                total[j] += (v >> j) & 1u;
                total[5 + j] += (v >> (7 + j)) & 1u;
            }
        }
        for (int j = 0; j < 10; j++)
            s[j] = (double)total[j];
        for (int j = 0; j < 7; j++)
            f[j] = (char)((load_u16(b, at) >> j) & 1u);
        at += ck;
    }
    PyBuffer_Release(&bits);
    PyBuffer_Release(&counts);
    PyObject *out = Py_BuildValue("(OO)", sums, first);
    Py_DECREF(sums);
    Py_DECREF(first);
    return out;
done:
    PyBuffer_Release(&bits);
    PyBuffer_Release(&counts);
    Py_XDECREF(sums);
    Py_XDECREF(first);
    return NULL;
}

/* ---- the line model's smoothing: classifier.viterbi() ------------------------------- */

/* The doubles of a list of floats into out (n of them): 0, or -1 and an error.  An item
 * that is not a float is converted by its __float__/__index__, Python code that may change
 * the list (or either list: both are checked) or drop the item: it is held while converted,
 * and the lists' lengths are checked before every item is read. */
static int
list_doubles(PyObject *list, PyObject *other, Py_ssize_t n, double *out)
{
    for (Py_ssize_t i = 0; i < n; i++) {
        if (PyList_GET_SIZE(list) != n || PyList_GET_SIZE(other) != n) {
            PyErr_SetString(PyExc_ValueError, "viterbi: e0 or e1 changed length while read");
            return -1;
        }
        PyObject *item = PyList_GET_ITEM(list, i);
        if (PyFloat_CheckExact(item)) {
            out[i] = PyFloat_AS_DOUBLE(item);
            continue;
        }
        Py_INCREF(item);
        out[i] = PyFloat_AsDouble(item);
        Py_DECREF(item);
        if (out[i] == -1.0 && PyErr_Occurred())
            return -1;
    }
    return 0;
}

/* viterbi(e0, e1, s0, s1, m0, m1, start0, start1) -> bool bytearray: per line whether
 * the most likely path is in state 1 (body), from the per-line scores e0/e1 (lists of
 * floats, as long as each other, not empty), the log probabilities of staying (s0, s1)
 * and of moving out (m0, m1), and of starting in each state; classifier.viterbi() step
 * for step (a tie keeps the line's own state, as there). */
static PyObject *
viterbi(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *l0, *l1, *out = NULL;
    double s0, s1, m0, m1, start0, start1;
    if (!PyArg_ParseTuple(args, "O!O!dddddd:viterbi", &PyList_Type, &l0, &PyList_Type, &l1,
                          &s0, &s1, &m0, &m1, &start0, &start1))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(l0);
    if (n < 1 || PyList_GET_SIZE(l1) != n) {
        PyErr_SetString(PyExc_ValueError, "viterbi: e0 and e1 must be lists of one length > 0");
        return NULL;
    }
    double *e = PyMem_Malloc(sizeof(double) * 2 * (size_t)n);
    char *from = PyMem_Calloc(2 * (size_t)n, 1); /* into state 0, into state 1 */
    if (e == NULL || from == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    double *e0 = e, *e1 = e + n;
    char *from0 = from, *from1 = from + n;
    if (list_doubles(l0, l1, n, e0) < 0 || list_doubles(l1, l0, n, e1) < 0)
        goto done;
    double v0 = e0[0] + start0, v1 = e1[0] + start1;
    for (Py_ssize_t i = 1; i < n; i++) {
        double a0 = v0 + s0, b0 = v1 + m1, a1 = v0 + m0, b1 = v1 + s1;
        if (b0 > a0) {
            from0[i] = 1;
            a0 = b0;
        }
        if (b1 > a1) {
            from1[i] = 1;
            a1 = b1;
        }
        v0 = a0 + e0[i];
        v1 = a1 + e1[i];
    }
    out = PyByteArray_FromStringAndSize(NULL, n);
    if (out == NULL)
        goto done;
    char *state_at = PyByteArray_AS_STRING(out);
    int state = v1 > v0;
    for (Py_ssize_t i = n - 1; i >= 0; i--) {
        state_at[i] = (char)state;
        state = state ? from1[i] : from0[i];
    }
done:
    PyMem_Free(e);
    PyMem_Free(from);
    return out;
}

/* ---- sentences: sentences._split_plain() ------------------------------------------ */

static inline int
is_mark(Py_UCS4 c) /* sentences._STOPS: '.!?…' and the danda, '॥', '؟', '۔', '։', '።' */
{
    if (c < 0x80)
        return c == '.' || c == '!' || c == '?';
    return c == 0x2026 || c == 0x0964 || c == 0x0965 || c == 0x061F || c == 0x06D4 ||
           c == 0x0589 || c == 0x1362;
}

static inline int
is_wide_mark(Py_UCS4 c) /* sentences._WIDE_STOPS: '。！？' */
{
    return c == 0x3002 || c == 0xFF01 || c == 0xFF1F;
}

static inline int
is_closer(Py_UCS4 c) /* the closing quotes and brackets of sentences._CANDIDATE_IN_TEXT */
{
    return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0xBB || c == ')' ||
           c == ']';
}

static inline int
is_wide_closer(Py_UCS4 c) /* sentences._WIDE_CLOSERS: those and '」』）】' */
{
    return is_closer(c) || c == 0x300D || c == 0x300F || c == 0xFF09 || c == 0x3011;
}

static inline int
is_opener(Py_UCS4 c) /* the optional opening quote of its look-ahead */
{
    return c == '"' || c == 0x201C || c == 0x2018 || c == 0xAB;
}

static inline int
is_az_upper(Py_UCS4 c)
{
    return c >= 'A' && c <= 'Z';
}

static inline int
is_az_lower(Py_UCS4 c)
{
    return c >= 'a' && c <= 'z';
}

/* The look-ahead of _CANDIDATE_IN_TEXT at p: (?=[^\S\n]|["“‘«]?[A-Z][a-z]). */
static int
lookahead(int kind, const void *d, Py_ssize_t n, Py_ssize_t p)
{
    if (p >= n)
        return 0;
    Py_UCS4 c = PyUnicode_READ(kind, d, p);
    if (c != '\n' && Py_UNICODE_ISSPACE(c))
        return 1;
    if (p + 1 < n && is_az_upper(c) && is_az_lower(PyUnicode_READ(kind, d, p + 1)))
        return 1;
    return p + 2 < n && is_opener(c) && is_az_upper(PyUnicode_READ(kind, d, p + 1)) &&
           is_az_lower(PyUnicode_READ(kind, d, p + 2));
}

/* The look-ahead of _CANDIDATE_IN_TEXT's second branch at p:
 * (?=[^\s<wide closers><wide stops>]|[^\S\n]): any character but a line break, a closer or
 * another of its stops (so the regex never gives back part of the run it took). */
static int
wide_lookahead(int kind, const void *d, Py_ssize_t n, Py_ssize_t p)
{
    if (p >= n)
        return 0;
    Py_UCS4 c = PyUnicode_READ(kind, d, p);
    return Py_UNICODE_ISSPACE(c) ? c != '\n' : !is_wide_closer(c) && !is_wide_mark(c);
}

/* Where _CANDIDATE_IN_TEXT.match(text, k) ends, or -1 (text[k] is a mark).  The pattern
 * is [marks]+[closers]*(?=...): the marks are always all taken (with fewer, the next
 * character is a mark, which no closer nor the look-ahead accepts), the closers as many
 * as the look-ahead allows, from all of them down to none (the engine's backtracking).
 * *marks_end gets where the run of marks ends: a match tried at any mark of the run takes
 * the same marks and closers and so ends alike (or fails alike). */
static Py_ssize_t
candidate_end(int kind, const void *d, Py_ssize_t n, Py_ssize_t k, Py_ssize_t *marks_end)
{
    int wide = is_wide_mark(PyUnicode_READ(kind, d, k)); /* the second branch (CJK stops) */
    Py_ssize_t m = k;
    while (m < n && (wide ? is_wide_mark(PyUnicode_READ(kind, d, m))
                          : is_mark(PyUnicode_READ(kind, d, m))))
        m++;
    *marks_end = m;
    Py_ssize_t c = m;
    while (c < n && (wide ? is_wide_closer(PyUnicode_READ(kind, d, c))
                          : is_closer(PyUnicode_READ(kind, d, c))))
        c++;
    for (Py_ssize_t e = c; e >= m; e--)
        if (wide ? wide_lookahead(kind, d, n, e) : lookahead(kind, d, n, e))
            return e;
    return -1;
}

/* sentences._plain_ascii_word(text[a:b]): 2+ ASCII letters, one lower-case at least, and
 * lower-cased not in not_plain (a set of str).  1: plain, 0: not, -1: error. */
static int
plain_ascii_word(int kind, const void *d, Py_ssize_t a, Py_ssize_t b, PyObject *not_plain)
{
    Py_ssize_t n = b - a;
    int lower = 0;
    if (n < 2)
        return 0;
    for (Py_ssize_t i = a; i < b; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, d, i);
        if (is_az_lower(c))
            lower = 1;
        else if (!is_az_upper(c))
            return 0;
    }
    if (!lower)
        return 0;
    PyObject *key = PyUnicode_New(n, 127);
    if (key == NULL)
        return -1;
    Py_UCS1 *out = PyUnicode_1BYTE_DATA(key);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, d, a + i);
        out[i] = (Py_UCS1)(is_az_upper(c) ? c + 32 : c);
    }
    int found = PySet_Contains(not_plain, key);
    Py_DECREF(key);
    return found < 0 ? -1 : !found;
}

/* The cut after candidate [s, e) of the paragraph [base, stop): 1 cut, 0 none, -1 error.
 * The common case as _split_line() tests it (a lone period after a plain word, a space,
 * an ASCII capital, no tab in the line); any other asks cut(line, s, e) in Python, the
 * line made once per paragraph (*line). */
static int
judge(PyObject *text, int kind, const void *d, Py_ssize_t base, Py_ssize_t stop,
      Py_ssize_t s, Py_ssize_t e, int tabs, PyObject *not_plain, PyObject *cut,
      PyObject **line)
{
    if (e - s == 1 && PyUnicode_READ(kind, d, s) == '.' && e + 1 < stop &&
        PyUnicode_READ(kind, d, e) == ' ' && !tabs &&
        is_az_upper(PyUnicode_READ(kind, d, e + 1))) {
        Py_ssize_t w = s;
        while (w > base && PyUnicode_READ(kind, d, w - 1) != ' ')
            w--;
        int plain = plain_ascii_word(kind, d, w, s, not_plain);
        if (plain != 0)
            return plain;
    }
    if (*line == NULL && (*line = PyUnicode_Substring(text, base, stop)) == NULL)
        return -1;
    PyObject *got = PyObject_CallFunction(cut, "Onn", *line, s - base, e - base);
    if (got == NULL)
        return -1;
    int yes = PyObject_IsTrue(got);
    Py_DECREF(got);
    return yes;
}

/* The sentences of the paragraph [base, stop) as (start, end, paragraph) appended to out:
 * the pieces between the cuts, stripped of whitespace (str.strip()), empty ones dropped. */
static int
paragraph_spans(PyObject *out, int kind, const void *d, Py_ssize_t base, Buf *cuts,
                Py_ssize_t paragraph)
{
    Py_ssize_t start = base;
    for (Py_ssize_t k = 0; k < cuts->n; k++) {
        Py_ssize_t a = start, b = (Py_ssize_t)cuts->v[k];
        start = b;
        while (a < b && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, d, a)))
            a++;
        while (b > a && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, d, b - 1)))
            b--;
        if (a == b)
            continue;
        PyObject *span = Py_BuildValue("(nnn)", a, b, paragraph);
        if (span == NULL || PyList_Append(out, span) < 0) {
            Py_XDECREF(span);
            return -1;
        }
        Py_DECREF(span);
    }
    return 0;
}

/* One paragraph [base, stop): its candidates judged, its spans appended. */
static int
plain_paragraph(PyObject *text, int kind, const void *d, Py_ssize_t n, Py_ssize_t base,
                Py_ssize_t stop, Py_ssize_t paragraph, PyObject *not_plain, PyObject *cut,
                PyObject *out, Buf *cuts)
{
    PyObject *line = NULL;
    int tabs = 0;
    for (Py_ssize_t i = base; i < stop; i++)
        if (PyUnicode_READ(kind, d, i) == '\t')
            tabs = 1;
    cuts->n = 0;
    Py_ssize_t i = base;
    while (i < stop) {
        Py_UCS4 ch = PyUnicode_READ(kind, d, i);
        if (!is_mark(ch) && !is_wide_mark(ch)) {
            i++;
            continue;
        }
        Py_ssize_t marks_end, e = candidate_end(kind, d, n, i, &marks_end);
        if (e < 0) { /* no match at any mark of this run (a match there ends alike): a run
                      * of n marks is tried once, not n times (n^2 steps on '.....') */
            i = marks_end;
            continue;
        }
        int yes = judge(text, kind, d, base, stop, i, e, tabs, not_plain, cut, &line);
        if (yes < 0 || (yes && (buf_reserve(cuts, 1) < 0))) {
            Py_XDECREF(line);
            return -1;
        }
        if (yes)
            cuts->v[cuts->n++] = e;
        i = e; /* finditer goes on where a match ends (a match is never empty) */
    }
    Py_XDECREF(line);
    if (buf_reserve(cuts, 1) < 0)
        return -1;
    cuts->v[cuts->n++] = stop;
    return paragraph_spans(out, kind, d, base, cuts, paragraph);
}

/* plain_spans(text, not_plain, cut) -> [(start, end, paragraph)] or None: the sentences
 * of a clean text (paragraphs of one line each, no whitespace at their ends, joined by
 * '\n\n'), as sentences._split_plain() finds them; None when the text is not so laid out
 * (the caller checks it first). */
static PyObject *
plain_spans(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text, *not_plain, *cut;
    if (!PyArg_ParseTuple(args, "UO!O:plain_spans", &text, &PyFrozenSet_Type, &not_plain, &cut) ||
        PyUnicode_READY(text) < 0)
        return NULL;
    int kind = PyUnicode_KIND(text);
    const void *d = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), base = 0, paragraph = 0;
    Buf cuts = {NULL, 0, 0};
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    while (base <= n) {
        Py_ssize_t stop = base;
        while (stop < n && PyUnicode_READ(kind, d, stop) != '\n')
            stop++;
        int laid_out = stop > base && (stop == n || (stop + 1 < n &&
                                                     PyUnicode_READ(kind, d, stop + 1) == '\n'));
        if (!laid_out) {
            Py_DECREF(out);
            PyMem_Free(cuts.v);
            Py_RETURN_NONE;
        }
        if (plain_paragraph(text, kind, d, n, base, stop, paragraph, not_plain, cut, out,
                            &cuts) < 0) {
            Py_DECREF(out);
            PyMem_Free(cuts.v);
            return NULL;
        }
        base = stop + 2;
        paragraph++;
    }
    PyMem_Free(cuts.v);
    return out;
}

static PyMethodDef module_methods[] = {
    {"viterbi", (PyCFunction)viterbi, METH_VARARGS,
     "viterbi(e0, e1, s0, s1, m0, m1, start0, start1) -> bool bytearray (body per line)."},
    {"char_counts", (PyCFunction)char_counts, METH_VARARGS,
     "char_counts(lines, table) -> float64 bytearray: per line its length, class counts."},
    {"line_sums", (PyCFunction)line_sums, METH_VARARGS,
     "line_sums(bits, counts) -> (float64, bool bytearrays): per-line token bit sums."},
    {"plain_spans", (PyCFunction)plain_spans, METH_VARARGS,
     "plain_spans(text, not_plain, cut) -> [(start, end, paragraph)] or None."},
    {NULL, NULL, 0, NULL},
};

static PyMethodDef TokenTable_methods[] = {
    {"add", (PyCFunction)TokenTable_add, METH_VARARGS,
     "add(token, row): remember a token's row (>= 0); a known token keeps its row."},
    {"rows", (PyCFunction)TokenTable_rows, METH_O,
     "rows(lines) -> (rows int64 bytes, counts int64 bytes, [(index, token)] unknown)."},
    {"clear", (PyCFunction)TokenTable_clear, METH_NOARGS, "Forget every token."},
    {NULL, NULL, 0, NULL},
};

static PySequenceMethods TokenTable_as_sequence = {
    .sq_length = (lenfunc)TokenTable_len,
};

static PyTypeObject TokenTableType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "storyweave.clean._fastlines.TokenTable",
    .tp_doc = "Token -> row of the feature stage's token cache, looked up in place.",
    .tp_basicsize = sizeof(TokenTable),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = TokenTable_new,
    .tp_dealloc = (destructor)TokenTable_dealloc,
    .tp_methods = TokenTable_methods,
    .tp_as_sequence = &TokenTable_as_sequence,
};

static struct PyModuleDef fastlines_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "storyweave.clean._fastlines",
    .m_doc = "Compiled token look-up and sentence loop for the cleaner (pure-Python fallback exists).",
    .m_size = -1,
    .m_methods = module_methods,
};

PyMODINIT_FUNC
PyInit__fastlines(void)
{
    for (Py_UCS4 c = 0; c < 256; c++)
        space_latin1[c] = (unsigned char)(Py_UNICODE_ISSPACE(c) ? 1 : 0);
    PyObject *salt = PyUnicode_FromString("storyweave.clean._fastlines hash seed");
    Py_hash_t salt_hash = salt != NULL ? PyObject_Hash(salt) : -1;
    Py_XDECREF(salt);
    if (salt_hash == -1)
        return NULL;
    hash_seed = hash_final(HASH_SEED ^ (uint64_t)salt_hash);
    if (PyType_Ready(&TokenTableType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&fastlines_module);
    if (m == NULL)
        return NULL;
    Py_INCREF(&TokenTableType);
    if (PyModule_AddObject(m, "TokenTable", (PyObject *)&TokenTableType) < 0) {
        Py_DECREF(&TokenTableType);
        Py_DECREF(m);
        return NULL;
    }
    if (PyModule_AddIntConstant(m, "ABI", FASTLINES_ABI) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
