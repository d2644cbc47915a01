"""Paste the clipboard into a contenteditable page in Chromium (Ctrl+V through the DevTools
protocol), read every pasted paragraph's computed style back and check it against the blocks
the app laid out.

Usage: /usr/bin/python3 browser_paste.py PORT BLOCKS.tsv [-v]"""

import json
import sys
import time
import urllib.request

import websocket

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from receivers import expected, first_font, read_blocks, squeeze  # noqa: E402

PX_PER_PT = 96 / 72


def fail(message):
    print(f"browser paste test FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def page_socket(port):
    for _ in range(150):
        try:
            tabs = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json", timeout=2))
            pages = [t for t in tabs if t.get("type") == "page" and "webSocketDebuggerUrl" in t]
            if pages:
                return websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=30)
        except OSError:
            pass
        time.sleep(0.2)
    fail("Chromium's DevTools did not answer")


class Page:
    def __init__(self, ws):
        self.ws, self.n = ws, 0

    def call(self, method, **params):
        self.n += 1
        self.ws.send(json.dumps({"id": self.n, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.n:
                if "error" in message:
                    fail(f"{method}: {message['error']}")
                return message.get("result", {})

    def js(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")


READ = """JSON.stringify([...document.querySelectorAll('#editor > *')].map(p => {
  const s = getComputedStyle(p);
  return {text: p.innerText, align: s.textAlign, indent: s.textIndent, size: s.fontSize,
          font: s.fontFamily, line: s.lineHeight};
}))"""


def main():
    port, blocks_file = sys.argv[1], sys.argv[2]
    blocks = read_blocks(blocks_file)
    page = Page(page_socket(port))
    for _ in range(100):
        if page.js("document.readyState") == "complete" and page.js("!!window.editor"):
            break
        time.sleep(0.1)
    page.js("editor.focus()")
    got = []
    for _ in range(20):
        # Ctrl+V, as the user presses it.
        for kind in ("rawKeyDown", "keyUp"):
            page.call("Input.dispatchKeyEvent", type=kind, modifiers=2, key="v", code="KeyV",
                      windowsVirtualKeyCode=86, nativeVirtualKeyCode=86)
        got = [p for p in json.loads(page.js(READ)) if p["text"].strip()]
        if got:
            break
        time.sleep(0.5)
    if "-v" in sys.argv:
        print(json.dumps(got, ensure_ascii=False, indent=1))
    px = lambda value: float(value.removesuffix("px")) / PX_PER_PT  # noqa: E731
    errors = []
    if len(got) != len(blocks):
        errors.append(f"{len(got)} paragraphs pasted, {len(blocks)} copied")
    indented = 0
    for (kind, text), p in zip(blocks, got):
        align, size, font, indent = expected(kind)
        where = f"{kind} {text[:12]}…"
        if squeeze(p["text"]) != squeeze(text):
            errors.append(f"{where}: text {p['text'][:20]!r}")
        if p["align"] != align:
            errors.append(f"{where}: aligned {p['align']}, not {align}")
        if abs(px(p["size"]) - size) > 0.05:
            errors.append(f"{where}: {p['size']}, not {size} pt")
        if font not in first_font(p["font"]):
            errors.append(f"{where}: font {p['font']!r}, not {font} first")
        if indent is not None:
            if abs(px(p["indent"]) - indent) > 0.1:
                errors.append(f"{where}: first-line indent {p['indent']}, not {indent} pt")
            elif indent > 0:
                indented += 1
        if abs(px(p["line"]) - 28.95) > 0.05:
            errors.append(f"{where}: line height {p['line']}, not 28.95 pt")
    print(f"Chromium: {len(got)} paragraphs, {indented} indented two characters (32 pt), "
          f"line height 28.95 pt")
    if errors:
        fail("\n  " + "\n  ".join(errors))


main()
