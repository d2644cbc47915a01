# Sourced by the Windows scripts: the cross toolchain's environment (Debian's rustc 1.96 and
# cargo with the standard library built for the target from rust-web-src, mingw's linker), and
# the packages it needs installed.
# shellcheck shell=bash

WIN_TARGET=x86_64-pc-windows-gnu
export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
WIN_CARGO=(/usr/bin/cargo)
WIN_BUILD_FLAGS=(--target "$WIN_TARGET" -Zbuild-std=std,panic_abort)

# Install the packages of scripts/apt-packages-windows.txt that are missing (as root or
# through sudo; otherwise print the command and stop).
win_install_packages() {
    local wanted missing=() pkg
    mapfile -t wanted < <(sed 's/#.*//' scripts/apt-packages-windows.txt | tr -s ' \t' '\n' | grep -v '^$')
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$pkg")
    done
    ((${#missing[@]})) || return 0
    local as_root=()
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
            as_root=(sudo)
        else
            echo "The Windows build needs these Debian packages. Run, then try again:" >&2
            echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
            exit 1
        fi
    fi
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
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

# An X display for Wine's windows: the caller's, or a new Xvfb (stopped on exit).
win_display() {
    if [[ -z ${DISPLAY:-} ]]; then
        local n=$((90 + RANDOM % 100))
        Xvfb ":$n" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
        WIN_XVFB=$!
        export DISPLAY=:$n
        sleep 1
    fi
}
