/* SPDX-License-Identifier: MIT */
/*
 * The JSON reader and writer of json.h: a recursive-descent parser with
 * a nesting limit (hostile input cannot exhaust the stack), \uXXXX
 * escapes (surrogate pairs) decoded to UTF-8, and the string writer QMP
 * replies use.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

#define JSON_MAX_DEPTH 64

typedef struct Parser {
    const char *p, *end;
    char *err;
    int depth;
} Parser;

static Json *fail(Parser *ps, const char *what)
{
    if (!ps->err) {
        ps->err = g_strdup(what);
    }
    return NULL;
}

static void ws(Parser *ps)
{
    while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t' ||
                               *ps->p == '\n' || *ps->p == '\r')) {
        ps->p++;
    }
}

static Json *node(JsonType t)
{
    Json *j = g_new0(Json, 1);
    j->type = t;
    return j;
}

void json_free(Json *j)
{
    if (!j) {
        return;
    }
    g_free(j->s);
    if (j->items) {
        g_ptr_array_unref(j->items);
    }
    if (j->keys) {
        g_ptr_array_unref(j->keys);
    }
    g_free(j);
}

static int hex4(Parser *ps)
{
    if (ps->end - ps->p < 4) {
        return -1;
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
        char c = *ps->p++;
        int d = g_ascii_xdigit_value(c);
        if (d < 0) {
            return -1;
        }
        v = v << 4 | d;
    }
    return v;
}

/* A string literal after its opening quote. */
static char *string_body(Parser *ps)
{
    GString *s = g_string_new(NULL);
    while (ps->p < ps->end && *ps->p != '"') {
        unsigned char c = (unsigned char)*ps->p++;
        if (c < 0x20) {
            fail(ps, "control character in a string");
            goto bad;
        }
        if (c != '\\') {
            g_string_append_c(s, (char)c);
            continue;
        }
        if (ps->p >= ps->end) {
            break;
        }
        char e = *ps->p++;
        switch (e) {
        case '"': case '\\': case '/': g_string_append_c(s, e); break;
        case 'b': g_string_append_c(s, '\b'); break;
        case 'f': g_string_append_c(s, '\f'); break;
        case 'n': g_string_append_c(s, '\n'); break;
        case 'r': g_string_append_c(s, '\r'); break;
        case 't': g_string_append_c(s, '\t'); break;
        case 'u': {
            int cp = hex4(ps);
            if (cp >= 0xd800 && cp < 0xdc00 && ps->end - ps->p >= 6 &&
                ps->p[0] == '\\' && ps->p[1] == 'u') {
                ps->p += 2;
                int lo = hex4(ps);
                if (lo < 0xdc00 || lo > 0xdfff) {
                    cp = -1;
                } else {
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                }
            }
            if (cp < 0 || (cp >= 0xd800 && cp < 0xe000)) {
                fail(ps, "invalid \\u escape in a string");
                goto bad;
            }
            g_string_append_unichar(s, (gunichar)cp);
            break;
        }
        default:
            fail(ps, "invalid escape in a string");
            goto bad;
        }
    }
    if (ps->p >= ps->end) {
        fail(ps, "unterminated string");
        goto bad;
    }
    ps->p++;
    return g_string_free(s, FALSE);
bad:
    g_string_free(s, TRUE);
    return NULL;
}

static Json *value(Parser *ps);

static Json *number(Parser *ps)
{
    const char *start = ps->p;
    if (ps->p < ps->end && *ps->p == '-') {
        ps->p++;
    }
    bool integral = true;
    while (ps->p < ps->end && (g_ascii_isdigit(*ps->p) || *ps->p == '.' ||
                               *ps->p == 'e' || *ps->p == 'E' ||
                               *ps->p == '+' || *ps->p == '-')) {
        if (!g_ascii_isdigit(*ps->p)) {
            integral = false;
        }
        ps->p++;
    }
    char *text = g_strndup(start, (gsize)(ps->p - start));
    Json *j = node(JSON_NUMBER);
    char *end;
    j->d = g_ascii_strtod(text, &end);
    bool ok = *end == 0 && text[*text == '-'] != 0 && isfinite(j->d);
    if (ok && integral) {
        errno = 0;
        j->neg = text[0] == '-';
        if (j->neg) {
            j->i = (int64_t)g_ascii_strtoll(text, &end, 10);
            j->u = (uint64_t)j->i;
        } else {
            j->u = g_ascii_strtoull(text, &end, 10);
            j->i = (int64_t)j->u;
        }
        if (errno == 0) {
            j->type = JSON_INT;   /* out of range: stays a number */
        }
    }
    g_free(text);
    if (!ok) {
        json_free(j);
        return fail(ps, "invalid number");
    }
    return j;
}

static bool word(Parser *ps, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(ps->end - ps->p) >= n && !memcmp(ps->p, w, n)) {
        ps->p += n;
        return true;
    }
    return false;
}

static Json *container(Parser *ps, bool obj)
{
    if (++ps->depth > JSON_MAX_DEPTH) {
        return fail(ps, "nesting too deep");
    }
    Json *j = node(obj ? JSON_OBJECT : JSON_ARRAY);
    j->items = g_ptr_array_new_with_free_func((GDestroyNotify)json_free);
    if (obj) {
        j->keys = g_ptr_array_new_with_free_func(g_free);
    }
    char close = obj ? '}' : ']';
    ws(ps);
    if (ps->p < ps->end && *ps->p == close) {
        ps->p++;
        ps->depth--;
        return j;
    }
    for (;;) {
        ws(ps);
        if (obj) {
            if (ps->p >= ps->end || *ps->p != '"') {
                fail(ps, "expected a member name");
                goto bad;
            }
            ps->p++;
            char *k = string_body(ps);
            if (!k) {
                goto bad;
            }
            g_ptr_array_add(j->keys, k);
            ws(ps);
            if (ps->p >= ps->end || *ps->p != ':') {
                fail(ps, "expected ':'");
                goto bad;
            }
            ps->p++;
        }
        Json *v = value(ps);
        if (!v) {
            goto bad;
        }
        g_ptr_array_add(j->items, v);
        ws(ps);
        if (ps->p < ps->end && *ps->p == ',') {
            ps->p++;
            continue;
        }
        if (ps->p < ps->end && *ps->p == close) {
            ps->p++;
            ps->depth--;
            return j;
        }
        fail(ps, obj ? "expected ',' or '}'" : "expected ',' or ']'");
        goto bad;
    }
bad:
    json_free(j);
    return NULL;
}

static Json *value(Parser *ps)
{
    ws(ps);
    if (ps->p >= ps->end) {
        return fail(ps, "unexpected end of input");
    }
    char c = *ps->p;
    if (c == '{' || c == '[') {
        ps->p++;
        return container(ps, c == '{');
    }
    if (c == '"') {
        ps->p++;
        char *s = string_body(ps);
        if (!s) {
            return NULL;
        }
        Json *j = node(JSON_STRING);
        j->s = s;
        return j;
    }
    if (c == '-' || g_ascii_isdigit(c)) {
        return number(ps);
    }
    if (word(ps, "true") || word(ps, "false")) {
        Json *j = node(JSON_BOOL);
        j->b = c == 't';
        return j;
    }
    if (word(ps, "null")) {
        return node(JSON_NULL);
    }
    return fail(ps, "invalid token");
}

Json *json_parse(const char *text, size_t len, char **err)
{
    Parser ps = { text, text + len, NULL, 0 };
    Json *j = value(&ps);
    ws(&ps);
    if (j && ps.p != ps.end) {
        json_free(j);
        j = fail(&ps, "garbage after the value");
    }
    if (!j) {
        *err = ps.err ? ps.err : g_strdup("invalid JSON");
    }
    return j;
}

size_t json_next_value(const uint8_t *buf, size_t len, size_t *skip)
{
    size_t i = 0;
    while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\n' ||
                       buf[i] == '\r')) {
        i++;
    }
    *skip = i;
    int depth = 0;
    bool in_str = false, esc = false;
    for (size_t k = i; k < len; k++) {
        uint8_t c = buf[k];
        if (in_str) {
            if (esc) {
                esc = false;
            } else if (c == '\\') {
                esc = true;
            } else if (c == '"') {
                in_str = false;
            }
            continue;
        }
        if (c == '"') {
            in_str = true;
        } else if (c == '{' || c == '[') {
            depth++;
        } else if (c == '}' || c == ']') {
            depth--;
        }
        if (depth <= 0 && (c == '}' || c == ']' || c == '\n')) {
            return k + 1 - i;   /* a value, or a bad line to report */
        }
    }
    return 0;
}

Json *json_get(const Json *j, const char *key)
{
    if (!j || j->type != JSON_OBJECT) {
        return NULL;
    }
    for (guint i = 0; i < j->keys->len; i++) {
        if (!strcmp(g_ptr_array_index(j->keys, i), key)) {
            return g_ptr_array_index(j->items, i);
        }
    }
    return NULL;
}

void json_append_str(GString *out, const char *s)
{
    g_string_append_c(out, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': g_string_append(out, "\\\""); break;
        case '\\': g_string_append(out, "\\\\"); break;
        case '\n': g_string_append(out, "\\n"); break;
        case '\r': g_string_append(out, "\\r"); break;
        case '\t': g_string_append(out, "\\t"); break;
        default:
            if (*p < 0x20) {
                g_string_append_printf(out, "\\u%04x", *p);
            } else {
                g_string_append_c(out, (char)*p);
            }
        }
    }
    g_string_append_c(out, '"');
}

void json_append_value(GString *out, const Json *j)
{
    switch (j->type) {
    case JSON_NULL: g_string_append(out, "null"); break;
    case JSON_BOOL: g_string_append(out, j->b ? "true" : "false"); break;
    case JSON_INT:
        if (j->neg) {
            g_string_append_printf(out, "%" G_GINT64_FORMAT, j->i);
        } else {
            g_string_append_printf(out, "%" G_GUINT64_FORMAT, j->u);
        }
        break;
    case JSON_NUMBER: {
        char b[G_ASCII_DTOSTR_BUF_SIZE];
        g_string_append(out, g_ascii_dtostr(b, sizeof(b), j->d));
        break;
    }
    case JSON_STRING: json_append_str(out, j->s); break;
    case JSON_ARRAY:
    case JSON_OBJECT:
        g_string_append_c(out, j->type == JSON_ARRAY ? '[' : '{');
        for (guint i = 0; i < j->items->len; i++) {
            if (i) {
                g_string_append(out, ", ");
            }
            if (j->keys) {
                json_append_str(out, g_ptr_array_index(j->keys, i));
                g_string_append(out, ": ");
            }
            json_append_value(out, g_ptr_array_index(j->items, i));
        }
        g_string_append_c(out, j->type == JSON_ARRAY ? ']' : '}');
        break;
    }
}
