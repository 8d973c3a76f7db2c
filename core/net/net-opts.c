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
                    "-netdev user: %s=%s: not an IPv4 address", opt, s);
        return false;
    }
    return true;
}

static bool port_parse(const char *what, const char *s, uint16_t *port,
                       GError **err)
{
    char *end;
    unsigned long v = strtoul(s, &end, 10);
    if (!*s || *end || v > 65535 || (v == 0 && strcmp(what, "host port"))) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-netdev user: hostfwd: '%s' is not a %s", s, what);
        return false;
    }
    *port = (uint16_t)v;
    return true;
}

static bool hostfwd_form(const char *s, GError **err)
{
    g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                "-netdev user: hostfwd=%s: expected [tcp|udp]:[HOSTADDR]:"
                "HOSTPORT-[GUESTADDR]:GUESTPORT", s);
    return false;
}

bool net_hostfwd_parse(const char *s, NetHostFwd *f, GError **err)
{
    memset(f, 0, sizeof(*f));
    const char *p = s;
    const char *colon = strchr(p, ':');
    const char *dash = strchr(p, '-');
    if (!colon || !dash || dash < colon) {
        return hostfwd_form(s, err);
    }
    g_autofree char *proto = g_strndup(p, (gsize)(colon - p));
    if (!strcmp(proto, "udp")) {
        f->udp = true;
    } else if (*proto && strcmp(proto, "tcp")) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-netdev user: hostfwd=%s: protocol '%s' is not tcp or "
                    "udp", s, proto);
        return false;
    }
    /* HOSTADDR:HOSTPORT-GUESTADDR:GUESTPORT */
    g_autofree char *host = g_strndup(colon + 1, (gsize)(dash - colon - 1));
    const char *guest = dash + 1;
    char *hc = strrchr(host, ':');
    const char *gc = strrchr(guest, ':');
    if (!hc || !gc) {
        return hostfwd_form(s, err);
    }
    *hc = 0;
    f->host_addr.s_addr = htonl(INADDR_ANY);
    if (*host && !addr_parse("hostfwd host address", host, &f->host_addr,
                             err)) {
        return false;
    }
    if (!port_parse("host port", hc + 1, &f->host_port, err)) {
        return false;
    }
    g_autofree char *gaddr = g_strndup(guest, (gsize)(gc - guest));
    if (*gaddr && !addr_parse("hostfwd guest address", gaddr,
                              &f->guest_addr, err)) {
        return false;
    }
    return port_parse("guest port", gc + 1, &f->guest_port, err);
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
                        "-netdev user: net=%s: bad netmask '%s'", s, slash);
            return false;
        }
    }
    struct in_addr net;
    if (!addr_parse("net", a, &net, err)) {
        return false;
    }
    if (mask & ((~mask) >> 1) || (~mask & 0xff) == 0 || ~mask < 16) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-netdev user: net=%s: the netmask must be contiguous "
                    "and leave room for the DHCP addresses", s);
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
static bool type_refused(const char *opt, const char *t, GError **err)
{
    if (!strcmp(t, "user")) {
        return false;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(other_types); i++) {
        if (!strcmp(t, other_types[i])) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%s %s: farad has only the user netdev type "
                        "(libslirp)", opt, t);
            return true;
        }
    }
    g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                "%s: unknown netdev type '%s' (farad has user)", opt, t);
    return true;
}

bool net_user_parse(const char *arg, NetUserOpts *o, GError **err)
{
    memset(o, 0, sizeof(*o));
    g_autofree char *type = netdev_type(arg);
    if (type_refused("-netdev", type, err)) {
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
                        "-netdev %s: '%s' is not key=value", arg, it);
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
                            "-netdev user: restrict=%s: on or off", v);
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
                        "-netdev user: unknown option '%s' (farad has id, "
                        "net, host, dns, dhcpstart, hostname, restrict, "
                        "hostfwd)", it);
            ok = false;
        }
    }
    g_strfreev(items);
    if (ok && (!o->id || !*o->id)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-netdev %s: id=ID is required", arg);
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
                        "-netdev %s: %s= is outside net=", arg, bad);
            ok = false;
        }
    }
    if (!ok) {
        net_user_opts_clear(o);
    }
    return ok;
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
    if (type_refused("-nic", type, err)) {
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
    if (!net_check_netdev(nd->str, NULL, err)) {
        g_string_free(nd, TRUE);
        return false;
    }
    *netdev = g_string_free(nd, FALSE);
    *device = mac ? g_strdup_printf("%s,netdev=%s,mac=%s", model, id, mac)
                  : g_strdup_printf("%s,netdev=%s", model, id);
    return true;
}
