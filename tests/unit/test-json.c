/* SPDX-License-Identifier: MIT */
/*
 * QMP's JSON reader/writer (core/front/json.c) and character device
 * specs (core/front/chardev.c): RFC 8259 values and escapes (surrogate
 * pairs to UTF-8), 64-bit integers as QMP's uint64 needs them, the
 * nesting limit, the stream splitter, and QEMU's -chardev / -qmp
 * spellings including the legacy `server,nowait`.
 */
#include <glib.h>
#include <string.h>

#include "core/front/chardev.h"
#include "core/front/json.h"

static Json *parse(const char *s)
{
    char *err = NULL;
    Json *j = json_parse(s, strlen(s), &err);
    g_free(err);
    return j;
}

static void test_values(void)
{
    Json *j = parse(" {\"a\": [1, -2, 18446744073709551615, 1.5, true, "
                    "null, \"x\\u00e9\\ud83d\\ude00\\n\"]} ");
    g_assert_nonnull(j);
    Json *a = json_get(j, "a");
    g_assert_nonnull(a);
    g_assert_cmpint(a->type, ==, JSON_ARRAY);
    g_assert_cmpuint(a->items->len, ==, 7);
    Json *v = g_ptr_array_index(a->items, 0);
    g_assert_true(v->type == JSON_INT && v->u == 1 && !v->neg);
    v = g_ptr_array_index(a->items, 1);
    g_assert_true(v->type == JSON_INT && v->neg && v->i == -2);
    v = g_ptr_array_index(a->items, 2);
    g_assert_true(v->type == JSON_INT && v->u == UINT64_MAX);
    v = g_ptr_array_index(a->items, 3);
    g_assert_true(v->type == JSON_NUMBER && v->d == 1.5);
    v = g_ptr_array_index(a->items, 4);
    g_assert_true(v->type == JSON_BOOL && v->b);
    v = g_ptr_array_index(a->items, 5);
    g_assert_true(v->type == JSON_NULL);
    v = g_ptr_array_index(a->items, 6);
    /* U+00E9 is C3 A9, U+1F600 is F0 9F 98 80 in UTF-8 */
    g_assert_cmpstr(v->s, ==, "x\xc3\xa9\xf0\x9f\x98\x80\n");
    g_assert_null(json_get(j, "b"));
    GString *out = g_string_new(NULL);
    json_append_value(out, j);
    g_assert_cmpstr(out->str, ==, "{\"a\": [1, -2, 18446744073709551615, 1.5, "
                    "true, null, \"x\xc3\xa9\xf0\x9f\x98\x80\\n\"]}");
    g_string_free(out, TRUE);
    json_free(j);
}

static void test_errors(void)
{
    static const char *const bad[] = {
        "", "{", "{\"a\" 1}", "[1,]", "{\"a\": 1,}", "\"\\x\"", "\"a", "tru",
        "01x", "1 2", "\"\\ud800\"", "\"a\x01\"", "-", "1e999",
    };
    for (size_t i = 0; i < G_N_ELEMENTS(bad); i++) {
        char *err = NULL;
        Json *j = json_parse(bad[i], strlen(bad[i]), &err);
        if (j) {
            g_test_message("accepted: %s", bad[i]);
        }
        g_assert_null(j);
        g_assert_nonnull(err);
        g_free(err);
    }
    /* nesting beyond the limit is refused, not a stack overflow */
    GString *deep = g_string_new(NULL);
    for (int i = 0; i < 100000; i++) {
        g_string_append_c(deep, '[');
    }
    char *err = NULL;
    g_assert_null(json_parse(deep->str, deep->len, &err));
    g_free(err);
    g_string_free(deep, TRUE);
}

static void test_split(void)
{
    const char *s = "  {\"execute\": \"a}\"}{\"x\": [1, {\"y\": 2}]}\n{\"par";
    size_t skip, n = json_next_value((const uint8_t *)s, strlen(s), &skip);
    g_assert_cmpuint(skip, ==, 2);
    g_assert_cmpuint(n, ==, strlen("{\"execute\": \"a}\"}"));
    const char *r = s + skip + n;
    n = json_next_value((const uint8_t *)r, strlen(r), &skip);
    g_assert_cmpuint(skip, ==, 0);
    g_assert_cmpuint(n, ==, strlen("{\"x\": [1, {\"y\": 2}]}"));
    r += n;
    n = json_next_value((const uint8_t *)r, strlen(r), &skip);
    g_assert_cmpuint(n, ==, 0);   /* incomplete */
}

static void test_chardev(void)
{
    ChardevSpec s;
    GError *err = NULL;
    g_assert_true(chardev_parse("socket,id=m0,path=/tmp/x,server=on,wait=off",
                                &s, &err));
    g_assert_true(s.backend == CHR_SOCKET && s.server && !s.wait);
    g_assert_cmpstr(s.id, ==, "m0");
    g_assert_cmpstr(s.path, ==, "/tmp/x");
    chardev_spec_clear(&s);
    g_assert_true(chardev_parse_inline("-qmp", "unix:/tmp/q,server,nowait",
                                       &s, &err));
    g_assert_true(s.backend == CHR_SOCKET && s.server && !s.wait);
    chardev_spec_clear(&s);
    g_assert_true(chardev_parse_inline("-qmp", "tcp::4444,server", &s, &err));
    g_assert_true(s.port == 4444 && s.server && s.wait);
    g_assert_cmpstr(s.host, ==, "0.0.0.0");
    chardev_spec_clear(&s);
    g_assert_true(chardev_parse("socket,id=t,host=localhost,port=5", &s, &err));
    g_assert_true(!s.server && s.port == 5);
    chardev_spec_clear(&s);
    static const char *const bad[] = {
        "socket,path=/x",                 /* no id */
        "socket,id=a",                    /* no address */
        "socket,id=a,path=/x,port=99999",
        "socket,id=a,path=/x,server=maybe",
        "vc,id=a", "file,id=a", "null,id=a,frob=1", "", ",",
    };
    for (size_t i = 0; i < G_N_ELEMENTS(bad); i++) {
        g_assert_false(chardev_parse(bad[i], &s, &err));
        g_assert_nonnull(err);
        g_assert_null(strchr(err->message, '\n'));
        g_clear_error(&err);
    }
    char *id;
    bool control;
    g_assert_true(chardev_parse_mon("chardev=m0,mode=control,pretty=on", &id,
                                    &control, &err));
    g_assert_true(control);
    g_assert_cmpstr(id, ==, "m0");
    g_free(id);
    g_assert_false(chardev_parse_mon("mode=control", &id, &control, &err));
    g_clear_error(&err);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/json/values", test_values);
    g_test_add_func("/json/errors", test_errors);
    g_test_add_func("/json/split", test_split);
    g_test_add_func("/json/chardev", test_chardev);
    return g_test_run();
}
