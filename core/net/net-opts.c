/* SPDX-License-Identifier: MIT */
/*
 * The net layer's option parsers: -netdev user,id=ID[,net=ADDR[/MASK]]
 * [,host=ADDR][,dns=ADDR][,dhcpstart=ADDR][,hostname=NAME]
 * [,restrict=on|off][,hostfwd=RULE...] (QEMU's names and defaults), the
 * refusal of every other -netdev type, and -nic TYPE[,model=M][,mac=MAC]
 * [,id=ID][,netdev options], which stands for a -netdev plus a -device.
 */
#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>

#include "net-int.h"

/* QEMU's -netdev types that farad does not have (a clear refusal, not
 * "unknown type"). */
static const char *const other_types[] = {
    "tap", "bridge", "socket", "stream", "dgram", "l2tpv3", "vde",
    "vhost-user", "vhost-vdpa", "hubport", "netmap", "af-xdp", "passt",
};

static bool addr_parse(const char *opt, const char *s, struct in_addr *a,
                       GError **err)
{
    if (inet_pton(AF_INET, s, a) != 1) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s=%s: not an IPv4 address", opt, s);
        return false;
    }
    return true;
}

/* QEMU's reasons for a bad hostfwd= rule, in the order it checks. */
static bool hostfwd_bad(const char *rule, const char *why, GError **err)
{
    g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                "Invalid host forwarding rule '%s' (%s)", rule, why);
    return false;
}

/* The text of *p up to sep (moved past it), or NULL when sep is not
 * in it. */
static char *take_until(const char **p, char sep)
{
    const char *at = strchr(*p, sep);
    if (!at) {
        return NULL;
    }
    char *part = g_strndup(*p, (gsize)(at - *p));
    *p = at + 1;
    return part;
}

/* A port as QEMU reads it (strtol base 0: 0x.. and 0.. too). */
static bool port_ok(const char *s, long lo, uint16_t *port)
{
    char *end;
    long v = strtol(s, &end, 0);
    if (*end || v < lo || v > 65535) {
        return false;
    }
    *port = (uint16_t)v;
    return true;
}

bool net_hostfwd_parse(const char *s, NetHostFwd *f, GError **err)
{
    memset(f, 0, sizeof(*f));
    g_strlcpy(f->rule, s, sizeof(f->rule));
    const char *p = s;
    g_autofree char *proto = take_until(&p, ':');
    if (!proto) {
        return hostfwd_bad(s, "No : separators", err);
    }
    if (!strcmp(proto, "udp")) {
        f->udp = true;
    } else if (*proto && strcmp(proto, "tcp")) {
        return hostfwd_bad(s, "Bad protocol name", err);
    }
    g_autofree char *haddr = take_until(&p, ':');
    if (!haddr) {
        return hostfwd_bad(s, "Missing : separator", err);
    }
    f->host_addr.s_addr = htonl(INADDR_ANY);
    if (*haddr && !inet_aton(haddr, &f->host_addr)) {
        return hostfwd_bad(s, "Bad host address", err);
    }
    g_autofree char *hport = take_until(&p, '-');
    if (!hport) {
        return hostfwd_bad(s, "Bad host port separator", err);
    }
    if (!port_ok(hport, 0, &f->host_port)) {
        return hostfwd_bad(s, "Bad host port", err);
    }
    g_autofree char *gaddr = take_until(&p, ':');
    if (!gaddr) {
        return hostfwd_bad(s, "Missing guest address", err);
    }
    if (*gaddr && !inet_aton(gaddr, &f->guest_addr)) {
        return hostfwd_bad(s, "Bad guest address", err);
    }
    if (!port_ok(p, 1, &f->guest_port)) {
        return hostfwd_bad(s, "Bad guest port", err);
    }
    return true;
}

/* net=ADDR[/BITS|/MASK] */
static bool net_parse(const char *s, NetUserOpts *o, GError **err)
{
    g_autofree char *a = g_strdup(s);
    char *slash = strchr(a, '/');
    uint32_t mask = 0xffffff00u;
    if (slash) {
        *slash++ = 0;
        char *end;
        unsigned long bits = strtoul(slash, &end, 10);
        struct in_addr m;
        if (*slash && !*end && bits <= 32) {
            mask = bits ? 0xffffffffu << (32 - bits) : 0;
        } else if (inet_pton(AF_INET, slash, &m) == 1) {
            mask = ntohl(m.s_addr);
        } else {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "net=%s: bad netmask '%s'", s, slash);
            return false;
        }
    }
    struct in_addr net;
    if (!addr_parse("net", a, &net, err)) {
        return false;
    }
    if (mask & ((~mask) >> 1) || (~mask & 0xff) == 0 || ~mask < 16) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "net=%s: the netmask must be contiguous and leave room "
                    "for the DHCP addresses", s);
        return false;
    }
    uint32_t n = ntohl(net.s_addr) & mask;
    o->net.s_addr = htonl(n);
    o->mask.s_addr = htonl(mask);
    o->host.s_addr = htonl(n | 2);
    o->dns.s_addr = htonl(n | 3);
    o->dhcp_start.s_addr = htonl(n | 15);
    return true;
}

void net_user_opts_clear(NetUserOpts *o)
{
    g_free(o->id);
    g_free(o->hostname);
    if (o->fwds) {
        g_array_free(o->fwds, TRUE);
    }
    memset(o, 0, sizeof(*o));
}

static bool in_net(const NetUserOpts *o, struct in_addr a)
{
    return (a.s_addr & o->mask.s_addr) == o->net.s_addr;
}

/* The type of a -netdev argument: its first item, or type=. */
static char *netdev_type(const char *arg)
{
    const char *comma = strchr(arg, ',');
    g_autofree char *first = g_strndup(arg, comma ? (gsize)(comma - arg)
                                                  : strlen(arg));
    if (g_str_has_prefix(first, "type=")) {
        return g_strdup(first + 5);
    }
    return g_steal_pointer(&first);
}

/* Whether t is a type farad refuses by name, or none at all. */
static bool type_refused(const char *t, GError **err)
{
    if (!strcmp(t, "user")) {
        return false;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(other_types); i++) {
        if (!strcmp(t, other_types[i])) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "farad has only the user netdev type (libslirp), "
                        "not %s", t);
            return true;
        }
    }
    g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                "unknown netdev type '%s' (farad has user)", t);
    return true;
}

/* net_user_parse without the "-netdev ARG: " of its messages. */
static bool user_parse(const char *arg, NetUserOpts *o, GError **err)
{
    memset(o, 0, sizeof(*o));
    g_autofree char *type = netdev_type(arg);
    if (type_refused(type, err)) {
        return false;
    }
    net_parse("10.0.2.0/24", o, NULL);
    o->fwds = g_array_new(FALSE, FALSE, sizeof(NetHostFwd));
    /* host=, dns=, dhcpstart= win over net='s defaults, in any order */
    struct in_addr host = { 0 }, dns = { 0 }, dhcp = { 0 };
    gchar **items = g_strsplit(arg, ",", -1);
    bool ok = true;
    for (int i = 1; ok && items[i]; i++) {
        char *it = items[i];
        char *eq = strchr(it, '=');
        if (!eq) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "Invalid parameter '%s'", it);
            ok = false;
            break;
        }
        *eq = 0;
        const char *v = eq + 1;
        if (!strcmp(it, "id")) {
            g_free(o->id);
            o->id = g_strdup(v);
        } else if (!strcmp(it, "type")) {
            /* the first item said it */
        } else if (!strcmp(it, "net")) {
            ok = net_parse(v, o, err);
        } else if (!strcmp(it, "host")) {
            ok = addr_parse(it, v, &host, err);
        } else if (!strcmp(it, "dns")) {
            ok = addr_parse(it, v, &dns, err);
        } else if (!strcmp(it, "dhcpstart")) {
            ok = addr_parse(it, v, &dhcp, err);
        } else if (!strcmp(it, "hostname")) {
            g_free(o->hostname);
            o->hostname = g_strdup(v);
        } else if (!strcmp(it, "restrict")) {
            if (!strcmp(v, "on") || !strcmp(v, "yes")) {
                o->restricted = true;
            } else if (!strcmp(v, "off") || !strcmp(v, "no")) {
                o->restricted = false;
            } else {
                g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                            "Parameter 'restrict' expects 'on' or 'off'");
                ok = false;
            }
        } else if (!strcmp(it, "hostfwd")) {
            NetHostFwd f;
            ok = net_hostfwd_parse(v, &f, err);
            if (ok) {
                g_array_append_val(o->fwds, f);
            }
        } else {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "Invalid parameter '%s'", it);   /* QEMU's words */
            ok = false;
        }
    }
    g_strfreev(items);
    if (ok && (!o->id || !*o->id)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "Parameter 'id' is missing");
        ok = false;
    }
    if (ok) {
        o->host = host.s_addr ? host : o->host;
        o->dns = dns.s_addr ? dns : o->dns;
        o->dhcp_start = dhcp.s_addr ? dhcp : o->dhcp_start;
        const char *bad = !in_net(o, o->host) ? "host" :
                          !in_net(o, o->dns) ? "dns" :
                          !in_net(o, o->dhcp_start) ? "dhcpstart" : NULL;
        if (bad) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%s= is outside net=", bad);
            ok = false;
        }
    }
    if (!ok) {
        net_user_opts_clear(o);
    }
    return ok;
}

bool net_user_parse(const char *arg, NetUserOpts *o, GError **err)
{
    if (!user_parse(arg, o, err)) {
        g_prefix_error(err, "-netdev %s: ", arg);
        return false;
    }
    return true;
}

bool net_check_netdev(const char *arg, char **id, GError **err)
{
    NetUserOpts o;
    if (!net_user_parse(arg, &o, err)) {
        return false;
    }
    if (id) {
        *id = g_strdup(o.id);
    }
    net_user_opts_clear(&o);
    return true;
}

bool net_parse_nic(const char *arg, unsigned n, const char *default_model,
                   char **netdev, char **device, GError **err)
{
    *netdev = *device = NULL;
    g_autofree char *type = netdev_type(arg);
    if (!strcmp(type, "none")) {
        return true;
    }
    if (type_refused(type, err)) {
        g_prefix_error(err, "-nic %s: ", arg);
        return false;
    }
    GString *nd = g_string_new(type);
    g_autofree char *model = g_strdup(default_model);
    g_autofree char *mac = NULL;
    g_autofree char *id = g_strdup_printf("__nic%u", n);
    gchar **items = g_strsplit(arg, ",", -1);
    for (int i = 1; items[i]; i++) {
        if (g_str_has_prefix(items[i], "model=")) {
            g_free(model);
            model = g_strdup(items[i] + 6);
        } else if (g_str_has_prefix(items[i], "mac=")) {
            g_free(mac);
            mac = g_strdup(items[i] + 4);
        } else if (g_str_has_prefix(items[i], "id=")) {
            g_free(id);
            id = g_strdup(items[i] + 3);
        } else {
            g_string_append_printf(nd, ",%s", items[i]);
        }
    }
    g_strfreev(items);
    g_string_append_printf(nd, ",id=%s", id);
    NetUserOpts o;
    if (!user_parse(nd->str, &o, err)) {
        g_prefix_error(err, "-nic %s: ", arg);
        g_string_free(nd, TRUE);
        return false;
    }
    net_user_opts_clear(&o);
    *netdev = g_string_free(nd, FALSE);
    *device = mac ? g_strdup_printf("%s,netdev=%s,mac=%s", model, id, mac)
                  : g_strdup_printf("%s,netdev=%s", model, id);
    return true;
}
