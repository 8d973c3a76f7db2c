/* SPDX-License-Identifier: MIT */
/*
 * The copy-on-write overlay of a drive: BLOCK_CLUSTER_SIZE clusters by
 * index, in memory, each with a lazily computed SHA-256 that the
 * snapshot store uses as the cluster's content address. Used by
 * block.c (guest I/O) and through block.h by snapshot/ (save, load).
 */
#include <string.h>

#include "block-int.h"

static gint index_cmp(gconstpointer a, gconstpointer b, gpointer unused)
{
    (void)unused;
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

BlockOverlay *block_overlay_new(void)
{
    BlockOverlay *ov = g_new0(BlockOverlay, 1);
    ov->clusters = g_tree_new_full(index_cmp, NULL, g_free, g_free);
    return ov;
}

void block_overlay_free(BlockOverlay *ov)
{
    if (ov) {
        g_tree_destroy(ov->clusters);
        g_free(ov);
    }
}

BlockCluster *block_overlay_get(BlockOverlay *ov, uint64_t index)
{
    return g_tree_lookup(ov->clusters, &index);
}

BlockCluster *block_overlay_make(BlockOverlay *ov, uint64_t index,
                                 bool *created)
{
    BlockCluster *c = g_tree_lookup(ov->clusters, &index);
    *created = c == NULL;
    if (!c) {
        uint64_t *key = g_new(uint64_t, 1);
        *key = index;
        c = g_new(BlockCluster, 1);
        c->sha_valid = false;
        g_tree_insert(ov->clusters, key, c);
    }
    return c;
}

void block_overlay_put(BlockOverlay *ov, uint64_t index, const uint8_t *data)
{
    bool created;
    BlockCluster *c = block_overlay_make(ov, index, &created);
    memcpy(c->data, data, BLOCK_CLUSTER_SIZE);
    c->sha_valid = false;
}

void block_overlay_drop(BlockOverlay *ov, uint64_t index)
{
    g_tree_remove(ov->clusters, &index);
}

uint64_t block_overlay_count(const BlockOverlay *ov)
{
    return (uint64_t)g_tree_nnodes(ov->clusters);
}

static gboolean last_key(gpointer key, gpointer value, gpointer data)
{
    (void)value;
    *(uint64_t *)data = *(uint64_t *)key + 1;
    return FALSE;
}

uint64_t block_overlay_end(const BlockOverlay *ov)
{
    uint64_t end = 0;
    /* GTree walks in order: the last key visited is the largest */
    g_tree_foreach(ov->clusters, last_key, &end);
    return end;
}
