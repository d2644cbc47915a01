#!/usr/bin/env bash
# Runs the arm64 editor on this x86-64 machine under qemu-user, as the window tests start a
# binary (scripts/walk-test.py scripts/arm64-run.sh): Mesa's llvmpipe without its worker
# threads (LP_NUM_THREADS=0) — with them the emulated process spins after GL starts and never
# shows its window. The arm64 libraries come from Debian's multiarch (scripts/arm64-test.sh
# installs them).
here=$(cd "$(dirname "$0")/.." && pwd)
export LP_NUM_THREADS=0
exec qemu-aarch64-static "${ARM64_BIN:-$here/target/aarch64-unknown-linux-gnu/release/work-summary}" "$@"
