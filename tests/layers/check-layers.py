#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""farad's layer rule, checked: includes and calls only point down.

The layers, lowest first, are the LAYERS table below (docs/architecture.md
draws them). A file may include headers of its own layer and of layers
below it; a layer's static library may only call functions defined in its
own library or in those of lower layers.

  check-layers.py includes SRCROOT [--stamp FILE]
      Scan every .c/.h of the layered folders for `#include "..."` lines
      that reach a higher layer (or a plugin including anything but the
      public plugin header). With --stamp, write FILE on success (the
      build's order dependency).
  check-layers.py list SRCROOT
      Print the files the include check reads (for the build's
      dependencies).
  check-layers.py symbols LIB...
      nm the layers' static libraries (libfarad-LAYER.a, any order) and
      report every undefined symbol that a higher layer's library defines.

Prints one line per violation ("FILE:LINE: includes X (layer a is above
layer b)") and exits 1 when there is any; prints nothing and exits 0
otherwise.
"""
import os
import re
import subprocess
import sys

# (layer, folders) lowest first. A file belongs to the layer of the
# longest folder prefix that matches its path.
# core and snapshot are one layer while the machine still calls the
# snapshot/replay hooks (and core/ still holds the front ends).
LAYERS = [
    ('base', ['base']),
    ('cpu', ['cpu-ppc']),
    ('plugins', ['plugins']),
    ('core', ['core/machine', 'core/block', 'core/net']),
    ('pci', ['pci']),
    ('board', ['board']),
    ('snapshot', ['snapshot']),
    ('front', ['core/front']),
]
# Bundled plugins are shared objects built against the public header only.
PLUGIN_DIRS = ['plugins/contrib']
PLUGIN_PUBLIC = {'plugins/farad-plugin.h'}

INCLUDE_RE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def layer_of(path):
    best, rank = None, None
    for i, (name, folders) in enumerate(LAYERS):
        for f in folders:
            if (path == f or path.startswith(f + '/')) and \
                    (best is None or len(f) > len(best)):
                best, rank = f, i
    return rank


def resolve(root, src, inc):
    """The repository-relative path an include names, or None (plugins
    are compiled with plugins/ on the include path)."""
    in_plugin = any(src.startswith(d + '/') for d in PLUGIN_DIRS)
    for base in (os.path.dirname(src), '') + (('plugins',) if in_plugin else ()):
        p = os.path.normpath(os.path.join(base, inc))
        if os.path.isfile(os.path.join(root, p)):
            return p
    return None


def sources(root):
    for top in sorted({f for _, fs in LAYERS for f in fs}):
        for dirpath, _, files in os.walk(os.path.join(root, top)):
            for fn in sorted(files):
                if fn.endswith(('.c', '.h', '.def')):
                    yield os.path.relpath(os.path.join(dirpath, fn), root)


def check_includes(root):
    problems = []
    for src in sources(root):
        with open(os.path.join(root, src), errors='replace') as fh:
            lines = fh.readlines()
        in_plugin = any(src.startswith(d + '/') for d in PLUGIN_DIRS)
        for n, line in enumerate(lines, 1):
            m = INCLUDE_RE.match(line)
            if not m:
                continue
            target = resolve(root, src, m.group(1))
            if target is None:
                continue
            if in_plugin:
                if os.path.dirname(target) != os.path.dirname(src) and \
                        target not in PLUGIN_PUBLIC:
                    problems.append(f'{src}:{n}: includes {target} '
                                    '(a plugin sees only '
                                    'plugins/farad-plugin.h)')
                continue
            a, b = layer_of(src), layer_of(target)
            if a is not None and b is not None and b > a:
                problems.append(f'{src}:{n}: includes {target} (layer '
                                f'{LAYERS[b][0]} is above layer '
                                f'{LAYERS[a][0]})')
    return problems


def nm(lib):
    out = subprocess.run(['nm', '-A', '--defined-only', lib],
                         capture_output=True, text=True, check=True).stdout
    defined = {l.split()[-1] for l in out.splitlines()
               if len(l.split()) >= 3 and l.split()[-2] in 'TDBRCVW'}
    out = subprocess.run(['nm', '-A', '--undefined-only', lib],
                         capture_output=True, text=True, check=True).stdout
    undefined = []
    for l in out.splitlines():
        obj = os.path.basename(l.split()[0].rstrip(":").split(":")[-1])
        undefined.append((obj, l.split()[-1]))
    return defined, undefined


def check_symbols(libs):
    names = [n for n, _ in LAYERS]
    by_rank = {}
    for lib in libs:
        m = re.match(r'libfarad-([a-z-]+)\.a$', os.path.basename(lib))
        if not m or m.group(1) not in names:
            return [f'{lib}: not a layer library (libfarad-LAYER.a)']
        by_rank[names.index(m.group(1))] = nm(lib)
    owner = {}
    for rank, (defined, _) in by_rank.items():
        for s in defined:
            owner.setdefault(s, rank)
    problems = []
    for rank, (_, undefined) in sorted(by_rank.items()):
        for obj, sym in undefined:
            o = owner.get(sym)
            if o is not None and o > rank:
                problems.append(f'{obj}: calls {sym} of layer {names[o]} '
                                f'(above layer {names[rank]})')
    return sorted(set(problems))


def main(argv):
    if len(argv) == 2 and argv[0] == 'list':
        for src in sources(argv[1]):
            print(src)
        return 0
    if len(argv) >= 2 and argv[0] == 'includes':
        problems = check_includes(argv[1])
        stamp = argv[3] if len(argv) == 4 and argv[2] == '--stamp' else None
    elif len(argv) >= 2 and argv[0] == 'symbols':
        problems = check_symbols(argv[1:])
        stamp = None
    else:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        return 1
    if stamp:
        with open(stamp, 'w') as fh:
            fh.write('/* layer check passed */\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
