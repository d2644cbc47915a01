#!/usr/bin/env bash
# The README's test command. Installs the Debian packages of scripts/apt-packages.txt that this
# machine lacks (as root, or through sudo without a password); without either it prints the one
# apt command to run and stops. Then runs `cargo test` with any arguments given.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

source scripts/apt-install.sh
apt_install scripts/apt-packages.txt "the tests"

command -v cargo >/dev/null || {
    echo "cargo not found: install Rust first (rustup, or: sudo apt-get install cargo)" >&2
    exit 1
}
cargo test "$@"
