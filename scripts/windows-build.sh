#!/usr/bin/env bash
# Cross-builds the Windows editor on Debian: installs what it needs with apt
# (scripts/apt-packages-windows.txt), then builds target/x86_64-pc-windows-gnu/release/
# work-summary.exe with its icon and version information. `--msi` also builds the installer
# (target/windows/work-summary-VERSION-x64.msi). Extra arguments go to cargo.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/windows-env.sh

msi=false
if [[ ${1:-} == --msi ]]; then
    msi=true
    shift
fi
win_install_packages
"${WIN_CARGO[@]}" build --release "${WIN_BUILD_FLAGS[@]}" "$@"
exe=${CARGO_TARGET_DIR:-target}/$WIN_TARGET/release/work-summary.exe
echo "built $exe ($(du -h "$exe" | cut -f1))"
if $msi; then
    scripts/windows-msi.sh "$exe"
fi
