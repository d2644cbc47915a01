#!/usr/bin/env bash
# Cross-builds the Linux editor for arm64 (aarch64: 飞腾, 鲲鹏; UOS, Kylin) on this Debian
# x86-64 machine and packages it: installs what it needs with apt
# (scripts/apt-packages-arm64.txt), builds target/aarch64-unknown-linux-gnu/release/
# work-summary with Debian's Rust 1.96 (std built for the target from rust-web-src) and
# gcc-aarch64-linux-gnu as the linker, then the .deb with cargo-deb's arm64 variant
# (target/debian/work-summary_VERSION-1_arm64.deb). Extra arguments go to cargo.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/apt-install.sh
apt_install scripts/apt-packages-arm64.txt "the arm64 build"

TARGET=aarch64-unknown-linux-gnu
export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1
export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc
export CC_aarch64_unknown_linux_gnu=aarch64-linux-gnu-gcc
/usr/bin/cargo build --release --target "$TARGET" -Zbuild-std=std,panic_abort "$@"
bin=${CARGO_TARGET_DIR:-target}/$TARGET/release/work-summary
echo "built $bin ($(du -h "$bin" | cut -f1))"

export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo-deb >/dev/null || cargo install cargo-deb --locked --quiet
# The arm64 variant names its dependencies itself: dpkg-shlibdeps ($auto) would need the
# arm64 C library registered with dpkg, which a cross toolchain does not do.
cargo deb --target "$TARGET" --variant arm64 --no-build --no-strip
