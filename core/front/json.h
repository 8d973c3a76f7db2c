/* SPDX-License-Identifier: MIT */
/*
 * A small JSON reader and writer for QMP (RFC 8259 values; numbers kept
 * as 64-bit integers when they are integral, as QMP's int/uint types
 * need). The reader builds a tree; the writer appends to a GString.
 */
#ifndef FARAD_CORE_JSON_H
#define FARAD_CORE_JSON_H

#include <glib.h>
#include <stdbool.h>
#include <stdint.h>

typedef enum JsonType {
    JSON_NULL, JSON_BOOL, JSON_INT, JSON_NUMBER, JSON_STRING, JSON_ARRAY,
    JSON_OBJECT,
} JsonType;

typedef struct Json Json;
struct Json {
    JsonType type;
    bool b;            /* JSON_BOOL */
    bool neg;          /* JSON_INT: negative (i holds the value) */
    uint64_t u;        /* JSON_INT: the magnitude's bits (u = (uint64_t)i) */
    int64_t i;
    double d;          /* JSON_INT, JSON_NUMBER */
    char *s;           /* JSON_STRING (NUL-terminated; may hold NULs) */
    GPtrArray *items;  /* JSON_ARRAY / JSON_OBJECT values (Json *) */
    GPtrArray *keys;   /* JSON_OBJECT keys (char *), parallel to items */
};

/* Parse one JSON value filling text[0..len) (whitespace around it
 * allowed). NULL with *err set to one line on a syntax error. */
Json *json_parse(const char *text, size_t len, char **err);
void json_free(Json *j);

/* The length of the first complete top-level value in buf (a streaming
 * splitter: it counts brackets outside strings); 0 when it is not
 * complete yet. *skip is set to the bytes of whitespace before it. */
size_t json_next_value(const uint8_t *buf, size_t len, size_t *skip);

/* Member `key` of an object (NULL when absent or j is no object). */
Json *json_get(const Json *j, const char *key);

/* Append s as a JSON string literal (quoted, escaped). */
void json_append_str(GString *out, const char *s);
/* Append j as JSON text. */
void json_append_value(GString *out, const Json *j);

#endif
