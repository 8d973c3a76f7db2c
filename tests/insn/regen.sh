#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Regenerates tests/insn/expected/<cat>.h from tests/insn/<cat>.vec with
# QEMU as the oracle (see README.md). Offline developer tool: needs
# powerpc64{,le}-linux-gnu-{as,gcc}, objcopy, qemu-system-ppc64, python3.
# Usage: tests/insn/regen.sh [category...]   (default: all categories)
set -euo pipefail
exec python3 "$(dirname "$0")/regen.py" "$@"
