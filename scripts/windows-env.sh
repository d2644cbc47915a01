# Sourced by the Windows scripts: the cross toolchain's environment (Debian's rustc 1.96 and
# cargo with the standard library built for the target from rust-web-src, mingw's linker), and
# the packages it needs installed.
# shellcheck shell=bash

WIN_TARGET=x86_64-pc-windows-gnu
export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
WIN_CARGO=(/usr/bin/cargo)
WIN_BUILD_FLAGS=(--target "$WIN_TARGET" -Zbuild-std=std,panic_abort)

# Install the packages of scripts/apt-packages-windows.txt that are missing.
source scripts/apt-install.sh
win_install_packages() {
    apt_install scripts/apt-packages-windows.txt "the Windows build"
}

# The Wine prefix the Windows tests run in (made once, reused): Wine's own files, the stand-in
# bcryptprimitives.dll Wine 8 lacks (packaging/windows/wine), and Chinese fonts in
# C:\windows\Fonts as a Windows machine has them.
export WINEPREFIX=${WINEPREFIX:-$PWD/target/wine-prefix}
export WINEDEBUG=${WINEDEBUG:--all}
# No Mono or Gecko installers; and no debugger on a crash, which would wait forever.
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=;winedbg.exe=d}

win_prefix() {
    local sys32=$WINEPREFIX/drive_c/windows/system32
    if [[ ! -f $WINEPREFIX/.work-summary-ready ]]; then
        echo "Making the Wine prefix $WINEPREFIX"
        mkdir -p "$WINEPREFIX"
        wineboot --init >/dev/null 2>&1
        wineserver --wait
    fi
    if [[ ! -f $sys32/bcryptprimitives.dll ||
        packaging/windows/wine/bcryptprimitives.c -nt $sys32/bcryptprimitives.dll ]]; then
        x86_64-w64-mingw32-gcc -shared -O2 -o "$sys32/bcryptprimitives.dll" \
            packaging/windows/wine/bcryptprimitives.c packaging/windows/wine/bcryptprimitives.def \
            -lbcrypt
    fi
    win_fonts
    touch "$WINEPREFIX/.work-summary-ready"
}

# A Windows machine's Chinese fonts: the system font lookup finds Noto Sans CJK (as Microsoft
# YaHei would be found), and faces carrying the Windows names of the 公文 fonts (FangSong,
# KaiTi, SimHei, SimSun, in simfang.ttf…) are made from Noto by scripts/windows-fonts.py,
# because those fonts cannot be redistributed.
win_fonts() {
    local fonts=$WINEPREFIX/drive_c/windows/Fonts
    mkdir -p "$fonts"
    [[ -f $fonts/NotoSansCJK-Regular.ttc ]] ||
        cp /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc "$fonts/"
    if [[ ! -f $fonts/simfang.ttf ]]; then
        /usr/bin/python3 scripts/windows-fonts.py "$fonts"
    fi
}

# An X display for Wine's windows: the caller's, or a new Xvfb on a display number it chooses
# itself, waited for until it answers (stopped on exit: WIN_XVFB).
#   win_display WORKDIR
win_display() {
    if [[ -z ${DISPLAY:-} ]]; then
        source "$(dirname "${BASH_SOURCE[0]}")/xvfb.sh"
        start_xvfb "$1" 1400x900x24 || return 1
        WIN_XVFB=$XVFB
    fi
}
