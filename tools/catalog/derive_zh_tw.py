#!/usr/bin/env python3
"""Derive the Traditional Chinese (Taiwan) texts of catalog.json from its zh_CN texts.

Usage: derive_zh_tw.py CATALOG.json

Every text object of the catalog (an object with "en" and "zh_CN" strings: class
and code texts, related-code notes, header notes, field-practice items, Q.850
cause names) has its zh_CN text converted with
`opencc -c s2twp` and then the reviewed replacements of zh_tw_review.tsv (next
to this script) are applied in file order: plain substring replacements, or,
for a "from" that starts with "re:", a Python regular expression (for the
few terms that need context, such as 域 only where it means a domain). The
result is stored as "zh_TW"
right after "zh_CN" in the same object; an existing "zh_TW" is replaced, so
running the script again gives the same file. The catalog is rewritten in
place (indent=2, ensure_ascii=False, trailing newline).

Needs only the Python standard library and the opencc command-line tool
(Debian: apt-get install opencc).
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REVIEW_TSV = os.path.join(HERE, "zh_tw_review.tsv")
OPENCC_CONFIG = "s2twp"
# One separator line between texts; plain ASCII, so opencc leaves it alone.
SEP = "@@SIPCODES-ZHTW-SEP-{:05d}@@"
SEP_RE = re.compile(r"^@@SIPCODES-ZHTW-SEP-(\d{5})@@$")


def load_review(path):
    """Return the (pattern, to) pairs of the review file, in order; a pattern is a
    string for a plain replacement or a compiled regular expression."""
    pairs = []
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 2 or not parts[0]:
                sys.exit("%s:%d: expected 'from<TAB>to'" % (path, lineno))
            old = parts[0]
            if old.startswith("re:"):
                try:
                    old = re.compile(old[3:])
                except re.error as error:
                    sys.exit("%s:%d: bad regular expression: %s" % (path, lineno, error))
            pairs.append((old, parts[1]))
    return pairs


def apply_review(text, review):
    for old, new in review:
        text = old.sub(new, text) if isinstance(old, re.Pattern) else text.replace(old, new)
    return text


def opencc_convert(texts):
    """Convert all texts with a single opencc call; returns them in order."""
    if not texts:
        return []
    if shutil.which("opencc") is None:
        sys.exit("opencc not found: apt-get install opencc")
    for t in texts:
        for line in t.split("\n"):
            if SEP_RE.match(line):
                sys.exit("a text contains a separator line: %r" % line)
    chunks = []
    for i, t in enumerate(texts):
        chunks.append(SEP.format(i))
        chunks.append(t)
    payload = "\n".join(chunks) + "\n"
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.txt")
        dst = os.path.join(tmp, "out.txt")
        with open(src, "w", encoding="utf-8") as f:
            f.write(payload)
        subprocess.run(["opencc", "-c", OPENCC_CONFIG, "-i", src, "-o", dst],
                       check=True)
        with open(dst, encoding="utf-8") as f:
            out = f.read()
    if out.endswith("\n"):
        out = out[:-1]
    result = []
    expected = 0
    current = None
    for line in out.split("\n"):
        m = SEP_RE.match(line)
        if m:
            if int(m.group(1)) != expected:
                sys.exit("opencc output out of step at text %d" % expected)
            if current is not None:
                result.append("\n".join(current))
            current = []
            expected += 1
        else:
            if current is None:
                sys.exit("opencc output does not start with a separator")
            current.append(line)
    if current is not None:
        result.append("\n".join(current))
    if len(result) != len(texts):
        sys.exit("opencc returned %d texts for %d" % (len(result), len(texts)))
    return result


def with_zh_tw(obj, text):
    """Copy of obj with "zh_TW" placed right after "zh_CN"."""
    out = {}
    for key, value in obj.items():
        if key == "zh_TW":
            continue
        out[key] = value
        if key == "zh_CN":
            out["zh_TW"] = text
    return out


def is_text(value):
    return isinstance(value, dict) and isinstance(value.get("en"), str) \
        and isinstance(value.get("zh_CN"), str)


def collect_slots(node, slots):
    """Append (container, key) for every text object below node, in document order."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        if is_text(value):
            slots.append((node, key))
        else:
            collect_slots(value, slots)


def main(argv):
    if len(argv) != 2 or argv[1] in ("-h", "--help"):
        sys.stderr.write("usage: derive_zh_tw.py CATALOG.json\n")
        return 2
    path = argv[1]
    with open(path, encoding="utf-8") as f:
        catalog = json.load(f)
    review = load_review(REVIEW_TSV)

    # (container, key) of every text object that has a zh_CN text.
    slots = []
    collect_slots(catalog, slots)

    converted = opencc_convert([c[f]["zh_CN"] for c, f in slots])
    for (container, field), text in zip(slots, converted):
        container[field] = with_zh_tw(container[field], apply_review(text, review))

    data = json.dumps(catalog, ensure_ascii=False, indent=2) + "\n"
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)),
                               prefix=".catalog-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
        shutil.copymode(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
    print("%s: %d zh_TW texts derived (%d review rules)" % (path, len(slots), len(review)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
