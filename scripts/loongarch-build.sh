#!/usr/bin/env bash
# LoongArch (龙芯) build of the command line (issue 35), with what the registries offer: Debian's
# Rust 1.96 builds std for loongarch64-unknown-linux-musl from rust-web-src (-Zbuild-std),
# PyPI's ziglang links it statically against its musl (zig cc as the linker), and Debian's
# qemu-user-static runs it (qemu-loongarch64-static). A static musl binary cannot load the
# system's GL and X11 libraries, so this is the CLI's build, not the window's.
# Usage: scripts/loongarch-build.sh   (prints the binary's path; scripts/loongarch-test.sh runs it)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/apt-install.sh
apt_install scripts/apt-packages-arm64.txt "the LoongArch build (Debian's Rust, qemu-user)"

ZIG_DIR=${ZIG_DIR:-$PWD/target/ziglang}
if [[ ! -x $ZIG_DIR/ziglang/zig ]]; then
    python3 -m pip install --quiet --disable-pip-version-check --target "$ZIG_DIR" ziglang
fi
TARGET=loongarch64-unknown-linux-musl
LINKER=$PWD/target/zig-cc-loongarch64
mkdir -p target
# zig cc as the linker: the target given, and the flags it does not take left out.
cat >"$LINKER" <<SH
#!/usr/bin/env bash
args=()
for a in "\$@"; do
    case \$a in
        --target=*|-lgcc_s|*crt1.o|*crti.o|*crtn.o|*crtbegin*.o|*crtend*.o) ;;
        *) args+=("\$a") ;;
    esac
done
exec "$ZIG_DIR/ziglang/zig" cc -target loongarch64-linux-musl -mcpu=la464-lsx-lasx "\${args[@]}"
SH
chmod +x "$LINKER"
export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1
export CARGO_TARGET_LOONGARCH64_UNKNOWN_LINUX_MUSL_LINKER=$LINKER
# No LSX/LASX vector instructions, in the Rust code nor in zig's musl (`-mcpu=la464-lsx-lasx`,
# above: zig's default LoongArch CPU has them): the qemu-user of Debian 12 (7.2) stops on them
# with SIGILL (the 3A5000 and later CPUs have them; QEMU emulates them from 8.1).
export CARGO_TARGET_LOONGARCH64_UNKNOWN_LINUX_MUSL_RUSTFLAGS="-C link-self-contained=no -C target-feature=+crt-static,-lsx,-lasx"
export CC_loongarch64_unknown_linux_musl="$ZIG_DIR/ziglang/zig cc -target loongarch64-linux-musl -mcpu=la464-lsx-lasx"
/usr/bin/cargo build --release --target "$TARGET" -Zbuild-std=std,panic_abort "$@"
echo "${CARGO_TARGET_DIR:-target}/$TARGET/release/work-summary"
