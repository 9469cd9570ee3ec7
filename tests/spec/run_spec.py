#!/usr/bin/env python3
"""Runs the GFM spec shipped by Debian's cmark-gfm package against
`clustersite render-markdown`, the Markdown wrapper the pages use.

Every example must give the spec's HTML, except those listed in
safe_mode_differences.txt: there safe mode must show, in place of the raw
HTML or the dangerous URL, `<!-- raw HTML omitted -->` or `href=""`/`src=""`.
What the wrapper writes on purpose in place of cmark-gfm's markup is turned
back before comparing (as_cmark): tables in a scroll box, cells aligned with
a style attribute, task list checkboxes inside a label with the item's text.

Usage: run_spec.py CLUSTERSITE [SPEC]   (SPEC defaults to the Debian path)
"""
import gzip
import os
import re
import subprocess
import sys

SPEC = "/usr/share/doc/cmark-gfm/spec.txt.gz"
FENCE = "`" * 32

# Our markup → cmark-gfm's, for tight lists and tables as the spec has them.
PAGE_MARKUP = [
    (re.compile(r'<div class="table-scroll" tabindex="0">\n(.*?</table>\n)</div>\n', re.S), r"\1"),
    (re.compile(r'<(th|td) class="align-(left|center|right)"'), r'<\1 align="\2"'),
    (re.compile(r'<label class="task is-done"><input type="checkbox" checked disabled> (.*?)</label>'),
     r'<input type="checkbox" checked="" disabled="" /> \1'),
    (re.compile(r'<label class="task"><input type="checkbox" disabled> (.*?)</label>'),
     r'<input type="checkbox" disabled="" /> \1'),
]


def as_cmark(html):
    for pattern, replacement in PAGE_MARKUP:
        html = pattern.sub(replacement, html)
    return html


def examples(text):
    """Yields (number, section, markdown, html, extensions) like upstream spec_tests.py."""
    number = 0
    section = ""
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("#"):
            heading = re.match(r"#+ +(.*)", line)
            if heading:
                section = heading.group(1).strip()
        if line.startswith(FENCE + " example"):
            extensions = line[len(FENCE + " example"):].split()
            number += 1
            md, html = [], []
            i += 1
            while lines[i].rstrip("\n") != ".":
                md.append(lines[i])
                i += 1
            i += 1
            while not lines[i].startswith(FENCE):
                html.append(lines[i])
                i += 1
            yield (number, section, "".join(md).replace("→", "\t"),
                   "".join(html).replace("→", "\t"), extensions)
        i += 1


def main():
    binary = sys.argv[1]
    spec_path = sys.argv[2] if len(sys.argv) > 2 else SPEC
    here = os.path.dirname(os.path.abspath(__file__))
    expected_diff = {}
    with open(os.path.join(here, "safe_mode_differences.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                number, marker = line.split(None, 1)
                expected_diff[int(number)] = marker
    with gzip.open(spec_path, "rt", encoding="utf-8") as f:
        text = f.read()
    passed = failed = differ = skipped = 0
    for number, section, md, html, extensions in examples(text):
        if "disabled" in extensions:
            skipped += 1
            continue
        out = subprocess.run([binary, "render-markdown"], input=md.encode("utf-8"),
                             capture_output=True, timeout=10).stdout.decode("utf-8")
        out = as_cmark(out)
        if number in expected_diff:
            marker = expected_diff.pop(number)
            if out != html and marker in out:
                differ += 1
                continue
            print(f"example {number} ({section}): expected a safe-mode difference showing "
                  f"{marker!r}\n--- markdown\n{md}--- got\n{out}--- spec\n{html}")
            failed += 1
        elif out == html:
            passed += 1
        else:
            print(f"example {number} ({section}) differs\n--- markdown\n{md}--- got\n{out}"
                  f"--- expected\n{html}")
            failed += 1
    for number in expected_diff:
        print(f"safe_mode_differences.txt lists example {number}, which the spec does not have")
        failed += 1
    print(f"GFM spec: {passed} identical, {differ} differ as listed (safe mode, autolinks), "
          f"{skipped} disabled in the spec")
    print(f"{passed + differ} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
