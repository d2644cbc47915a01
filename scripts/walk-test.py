#!/usr/bin/env python3
"""The recorded walk (issue 34): a new user's first hour in the real window.

The release (or given) binary runs in an Xvfb display and is driven with xdotool — real X
mouse clicks and typing — to: start from an example template, put a slip into an item,
proofread and fix it, save with no system file dialog (the path box), export DOCX, PDF and OFD,
open About, quit, and reopen the draft. Widgets are found through the map the app writes
when WORK_SUMMARY_UI_MAP is set (src/ui/ui_map.rs: role, rectangle, label, value of every
widget, from the accessibility tree). Each screen's state is checked from that map and from
the files written; a screenshot of each step is kept in OUT (default target/walk).

Usage: scripts/walk-test.py [BINARY] [OUT]
WALK_LOCALE: the app's locale (C.UTF-8). For a slow (emulated) app: WALK_TIMEOUT (s to wait for a widget, 15), WALK_SETTLE (s between
two reads of the map, 0.15), WALK_PAINT (s before a screenshot, 0.4), WALK_TYPE_DELAY (ms
between typed characters, 150), WALK_QUIT_LIMIT (s a quit may take, 5).
Prints the time from the click on 退出 to the end of the process (a measure, not a test:
it fails only past 5 s, which is a hang).
"""

import datetime
import re
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "target/release/work-summary").resolve()
OUT = Path(sys.argv[2] if len(sys.argv) > 2 else ROOT / "target/walk").resolve()


class Failed(Exception):
    pass


def sh(*args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw).stdout


class Window:
    def __init__(self, work, env, args, menu="文件"):
        self.map = work / "map.tsv"
        if self.map.exists():
            self.map.unlink()
        self.log = open(work / "app.log", "a")
        env = dict(env, WORK_SUMMARY_UI_MAP=str(self.map))
        self.proc = subprocess.Popen([str(BIN), *args], env=env, stdout=self.log, stderr=self.log)
        self.widgets = []
        self.wait(lambda: self.find(menu), "the window's menu bar", 60)
        wid = ""
        for _ in range(100):
            wid = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(self.proc.pid)],
                capture_output=True, text=True).stdout.split()
            if wid:
                break
            time.sleep(0.1)
        if not wid:
            raise Failed("no window")
        self.wid = wid[0]
        sh("xdotool", "windowfocus", "--sync", self.wid)
        geo = sh("xdotool", "getwindowgeometry", "--shell", self.wid)
        vals = dict(line.split("=") for line in geo.split())
        self.x0, self.y0 = int(vals["X"]), int(vals["Y"])

    def read(self):
        try:
            text = self.map.read_text()
        except FileNotFoundError:
            return []
        out = []
        for line in text.splitlines():
            parts = line.split("\t")
            if len(parts) < 7:
                continue
            role, x0, y0, x1, y1, label, value = parts[:7]
            out.append(dict(role=role, x0=float(x0), y0=float(y0), x1=float(x1), y1=float(y1),
                            label=label, value=value))
        self.widgets = out
        return out

    def find(self, label, role=None, contains=False):
        for w in self.read():
            hit = label in w["label"] if contains else w["label"] == label
            if hit and (role is None or w["role"] == role):
                return w
        return None

    def shown(self, text):
        """A widget whose label or value is exactly `text`."""
        return any(text in (w["label"], w["value"]) for w in self.read())

    def text_on_screen(self, needle):
        return any(needle in w["label"] or needle in w["value"] for w in self.read())

    def wait(self, cond, what, timeout=float(os.environ.get("WALK_TIMEOUT", "15"))):
        end = time.time() + timeout
        while time.time() < end:
            got = cond()
            if got:
                return got
            if self.proc.poll() is not None:
                raise Failed(f"the app exited while waiting for {what}")
            time.sleep(0.1)
        raise Failed(f"timed out waiting for {what}")

    def settled(self, label, role=None, contains=False):
        """The widget once it stays put for two frames' maps (a window's first frame is a
        sizing pass, and an emulated app draws slowly)."""
        last = None
        end = time.time() + float(os.environ.get("WALK_TIMEOUT", "15"))
        while time.time() < end:
            w = self.find(label, role, contains)
            if w is not None and last is not None and all(
                    w[k] == last[k] for k in ("x0", "y0", "x1", "y1")):
                return w
            last = w
            if self.proc.poll() is not None:
                raise Failed(f"the app exited while waiting for “{label}”")
            time.sleep(float(os.environ.get("WALK_SETTLE", "0.15")))
        raise Failed(f"timed out waiting for “{label}”")

    def click(self, label, role=None, contains=False):
        w = self.settled(label, role, contains)
        x = self.x0 + int((w["x0"] + w["x1"]) / 2)
        y = self.y0 + int((w["y0"] + w["y1"]) / 2)
        sh("xdotool", "mousemove", str(x), str(y), "click", "1")
        time.sleep(0.3)
        return w

    def menu(self, top, item):
        """Open the menu `top` and click `item`, opening the menu again if a slow app missed
        the first click (a click that lands while a modal closes)."""
        for attempt in range(3):
            self.click(top)
            end = time.time() + float(os.environ.get("WALK_TIMEOUT", "15")) / 3
            while time.time() < end:
                if self.find(item) is not None:
                    return self.click(item)
                time.sleep(0.2)
        raise Failed(f"the menu {top} did not show “{item}”")

    def click_at(self, w):
        x = self.x0 + int((w["x0"] + w["x1"]) / 2)
        y = self.y0 + int((w["y0"] + w["y1"]) / 2)
        sh("xdotool", "mousemove", str(x), str(y), "click", "1")
        time.sleep(0.3)

    def key(self, *keys):
        sh("xdotool", "key", *keys)
        time.sleep(0.3)

    def type(self, text):
        # Each character not on the keyboard is typed by remapping a key: the app must read
        # the event before the next remap (WALK_TYPE_DELAY ms; longer for an emulated app).
        sh("xdotool", "type", "--delay", os.environ.get("WALK_TYPE_DELAY", "150"), text)
        time.sleep(0.4)

    def type_into(self, label, role, text):
        """Type `text` at the end of the field `label`, one character at a time, each read back
        from the field before the next. xdotool types a character that is not on the keyboard
        by remapping a spare key and mapping it back afterwards; an app that reads the new
        keymap late (a debug build on a busy machine) gets the key with no symbol and no text.
        A character that did not arrive is typed again (up to three times); any other change
        to the field fails the walk. Returns how many characters were typed again."""
        start = self.value(label, role) or ""
        retyped = 0
        for i, ch in enumerate(text):
            want = start + text[:i + 1]
            for attempt in range(3):
                sh("xdotool", "type", "--delay", os.environ.get("WALK_TYPE_DELAY", "150"), ch)
                end = time.time() + float(os.environ.get("WALK_TIMEOUT", "15")) / 5
                got = None
                while time.time() < end:
                    got = self.value(label, role) or ""
                    if got == want:
                        break
                    time.sleep(0.05)
                if got == want:
                    break
                if got != start + text[:i]:
                    raise Failed(f"typing “{ch}” into {label} gave …{got[-20:]!r}")
                retyped += 1
            else:
                raise Failed(f"“{ch}” typed three times did not reach {label}")
        return retyped

    def value(self, label, role=None):
        w = self.find(label, role)
        return None if w is None else w["value"]

    def shot(self, name):
        OUT.mkdir(parents=True, exist_ok=True)
        # Once the map has stopped changing: the frame is drawn.
        before = None
        for _ in range(50):
            now = self.map.read_text() if self.map.exists() else ""
            if now == before:
                break
            before = now
            time.sleep(float(os.environ.get("WALK_SETTLE", "0.15")) * 2)
        # The map is written before the frame is painted: give the painting time.
        time.sleep(float(os.environ.get("WALK_PAINT", "0.4")))
        sh("import", "-window", "root", str(OUT / f"{name}.png"))

    def quit_timed(self):
        """文件 → 退出; the time from the click's release to the end of the process, in ms."""
        for attempt in range(3):
            self.click("文件")
            try:
                w = self.wait(lambda: self.find("退出"), "退出")
                break
            except Failed:
                if attempt == 2:
                    raise
        x = self.x0 + int((w["x0"] + w["x1"]) / 2)
        y = self.y0 + int((w["y0"] + w["y1"]) / 2)
        sh("xdotool", "mousemove", str(x), str(y))
        time.sleep(0.2)
        # The click is taken on the button's release: timed from just before it.
        sh("xdotool", "mousedown", "1")
        time.sleep(0.1)
        start = time.monotonic()
        sh("xdotool", "mouseup", "1")
        limit = float(os.environ.get("WALK_QUIT_LIMIT", "5"))
        try:
            self.proc.wait(timeout=limit)
        except subprocess.TimeoutExpired:
            raise Failed(f"the process did not end within {limit:.0f} s of 退出")
        return (time.monotonic() - start) * 1000


def z_text(path, name):
    with zipfile.ZipFile(path) as z:
        return z.read(name).decode()


def export(win, fmt_label, ext, docs, title):
    win.menu("文件", "导出…")
    win.click(fmt_label)
    win.shot(f"05-export-{ext}")
    win.click("导出到文件…")
    field = win.wait(lambda: win.find("文件路径：", "TextInput"), "the path box")
    expected = docs / f"{title}.{ext}"
    if field["value"] != str(expected):
        raise Failed(f"the path box offers {field['value']!r}, not {expected}")
    win.key("Return")
    win.wait(lambda: expected.is_file() and expected.stat().st_size > 0, f"{expected.name} written")
    win.wait(lambda: win.text_on_screen("已导出到"), "the status line's 已导出到")
    return expected


def main():
    for tool in ("Xvfb", "xdotool", "import", "pdftotext"):
        if not shutil.which(tool):
            raise Failed(f"{tool} is missing (scripts/test.sh installs it)")
    work = Path(tempfile.mkdtemp(prefix="walk-"))
    home = work / "home"
    docs = home / "文档"
    (home / ".config").mkdir(parents=True)
    docs.mkdir(parents=True)
    # The user's documents folder as a Chinese desktop names it.
    (home / ".config/user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="$HOME/文档"\n')
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    locale = os.environ.get("WALK_LOCALE", "C.UTF-8")
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local/share"), LANG=locale, LC_ALL=locale)
    # No portal, no zenity: the path box stands in for the system dialog.
    env["PATH"] = ":".join(p for p in env.get("PATH", "").split(":")
                           if not (Path(p) / "zenity").exists())
    display_file = work / "display"
    with open(display_file, "w") as fd:
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(fd.fileno()), "-screen", "0",
                                 "1280x800x24", "-nolisten", "tcp", "-noreset"],
                                pass_fds=(fd.fileno(),), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            if display_file.read_text().strip():
                break
            time.sleep(0.1)
        env["DISPLAY"] = ":" + display_file.read_text().split()[0]
        os.environ["DISPLAY"] = env["DISPLAY"]
        walk(work, env, docs)
    finally:
        xvfb.terminate()
        shutil.rmtree(work, ignore_errors=True)


def walk(work, env, docs):
    today = datetime.date.today()
    # The period the examples are about (template::Period): a half year from April to
    # September, else the whole year (until March, the year before).
    if 4 <= today.month <= 9:
        period = f"{today.year}年上半年"
    elif today.month >= 10:
        period = f"{today.year}年"
    else:
        period = f"{today.year - 1}年"

    win = Window(work, env, [])
    win.shot("01-start")

    # 1. An example to start from.
    win.menu("文件", "新建自模板…")
    win.wait(lambda: win.find("使用 示例：县局机关"), "the examples")
    win.shot("02-templates")
    win.click("使用 示例：县局机关")
    title = win.wait(lambda: win.value("标题", "TextInput"), "the example's title")
    if period + "工作总结" not in title:
        raise Failed(f"the example's title {title!r} is not about {period}")
    if os.environ.get("WALK_TYPE") == "ascii":
        # Typed on the keyboard's own keys (see step 2): the title gets a suffix.
        win.click("标题", "TextInput")
        win.key("End")
        win.type(" arm64")
        title = win.wait(lambda: (lambda v: v if v and v.endswith(" arm64") else None)(
            win.value("标题", "TextInput")), "the typed title")

    # 2. A slip typed into an item, found and fixed. WALK_TYPE=0 leaves typing out, and
    # WALK_TYPE=ascii types the title's suffix only: the arm64 build under qemu-user gets no
    # text in a UTF-8 locale, and in the C locale (WALK_LOCALE=C) only the keyboard's own
    # characters, not the remapped keys xdotool types Chinese with (docs/testing.md).
    typing = os.environ.get("WALK_TYPE", "1") not in ("0", "ascii")
    if typing:
        win.click("工作成效", "Button")
        body = win.wait(lambda: win.find("条目 1 正文", "MultilineTextInput"), "item 1's body")
        win.click_at(body)
        win.key("ctrl+End")
        retyped = win.type_into("条目 1 正文", "MultilineTextInput", "我局己经完成。")
        print(f"walk: typed 7 characters into item 1, {retyped} typed again"
              " (xdotool's remapped key read late)")
        win.click("校对（", contains=True)
        row = win.wait(lambda: next((w for w in win.read()
                                     if w["role"] == "Button" and "己经" in w["label"]), None),
                       "the finding for 己经")
        win.shot("03-proofread")
        fix = min((w for w in win.read() if w["role"] == "Button" and w["label"].startswith("修正 第")
                   and w["y0"] >= row["y0"] - 2), key=lambda w: w["y0"] - row["y0"])
        win.click_at(fix)
        win.click("工作成效", "Button")
        fixed = win.wait(lambda: win.value("条目 1 正文", "MultilineTextInput"), "item 1 again")
        if "己经" in fixed or "我局已经完成。" not in fixed:
            raise Failed(f"the slip was not fixed: …{fixed[-30:]}")
    if not win.shown("未保存"):
        raise Failed("the status bar does not say 未保存 before the first save")

    # 3. Save with no system dialog: the path box starts in the documents folder.
    win.key("ctrl+s")
    field = win.wait(lambda: win.find("文件路径：", "TextInput"), "the path box")
    draft = docs / f"{title}.ron"
    if field["value"] != str(draft):
        raise Failed(f"the path box offers {field['value']!r}, not {draft}")
    win.key("Return")
    win.wait(draft.is_file, "the draft on disk")
    win.wait(lambda: win.text_on_screen(f"已保存到“{draft}”"), "the status line saying where")
    if win.shown("未保存"):
        raise Failed("未保存 still shown after saving")
    win.shot("04-saved")

    # 4. DOCX and PDF.
    docx = export(win, "Word 公文 (.docx)", "docx", docs, title)
    with zipfile.ZipFile(docx) as z:
        # The text without its markup and spaces: a long title is broken into lines there.
        xml = re.sub(r"<[^>]+>", "", z.read("word/document.xml").decode()).replace(" ", "")
    if title.replace(" ", "") not in xml or (typing and "我局已经完成" not in xml):
        raise Failed("the DOCX lacks the title or the fixed sentence")
    pdf = export(win, "PDF (.pdf)", "pdf", docs, title)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout.replace(" ", "")
    if typing and "我局已经完成" not in text:
        raise Failed("the PDF lacks the fixed sentence")
    ofd = export(win, "OFD 版式文件 (.ofd)", "ofd", docs, title)
    with zipfile.ZipFile(ofd) as z:
        pages = [n for n in z.namelist() if n.endswith("/Content.xml")]
        body = "".join(z.read(n).decode() for n in pages)
    if f"<ofd:Title>{title}</ofd:Title>" not in z_text(ofd, "OFD.xml") or (typing and "我局已经完成" not in body):
        raise Failed("the OFD lacks the title or the fixed sentence")

    # 5. Help → About says where things are.
    win.menu("帮助", "关于")
    win.wait(lambda: win.text_on_screen(str(docs)), "About naming the documents folder")
    win.shot("06-about")
    win.click("关闭")
    win.wait(lambda: win.find("关闭") is None, "About to close")

    # 6. Quit, timed; then open the draft again.
    quit_ms = win.quit_timed()
    win = Window(work, env, [str(draft)])
    reopened = win.wait(lambda: win.value("标题", "TextInput"), "the reopened title")
    if reopened != title:
        raise Failed(f"reopened title {reopened!r} ≠ {title!r}")
    win.click("工作成效", "Button")
    body = win.wait(lambda: win.value("条目 1 正文", "MultilineTextInput"), "item 1 reopened")
    if typing and "我局已经完成。" not in body:
        raise Failed("the reopened draft lacks the fix")
    win.shot("07-reopened")
    quit_again = win.quit_timed()
    print(f"walk: 1 passed, 0 failed; screenshots in {OUT}; "
          f"quit took {quit_ms:.0f} ms and {quit_again:.0f} ms (from the button's release to the process's end)")


if __name__ == "__main__":
    try:
        main()
    except (Failed, subprocess.CalledProcessError) as err:
        print(f"walk test FAILED: {err}", file=sys.stderr)
        sys.exit(1)
