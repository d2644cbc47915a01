#!/usr/bin/env bash
# The README's test command. Installs the Debian packages of scripts/apt-packages.txt that this
# machine lacks (as root, or through sudo without a password); without either it prints the one
# apt command to run and stops. Then runs `cargo test` with any arguments given.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

mapfile -t wanted < <(sed 's/#.*//' scripts/apt-packages.txt | tr -s ' \t' '\n' | grep -v '^$')
missing=()
if command -v dpkg-query >/dev/null; then
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$pkg")
    done
fi

if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]]; then
        as_root=()
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        as_root=(sudo)
    else
        echo "This machine lacks Debian packages the tests need. Run, then try again:" >&2
        echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v cargo >/dev/null || {
    echo "cargo not found: install Rust first (rustup, or: sudo apt-get install cargo)" >&2
    exit 1
}
cargo test "$@"
