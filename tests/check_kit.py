#!/usr/bin/env python3
"""Checks a printed print document: the PDF against the HTML it came from.

usage: check_kit.py DOC.html DOC.pdf [--pages MIN:MAX] [--expect TEXT]...
                    [--expect-times TEXT=N]... [--text-part ID] [--table PART:CLASS]

A print document is a welcome kit or a quarterly handout: both are made by
the print-document module, so they share the cover, the contents, the parts
and the page machinery checked here. --text-part names the part whose body
text is compared with the footer (shrink-to-fit), --table the part whose
table (by class) must repeat its header on every page (the kit's by default).
--expect-times counts a text in the PDF: a label drawn in each chart and
written in each table. Text that runs from the body into a margin (what
cannot break across pages, such as a tall chart, runs over in WeasyPrint)
fails the check, as text in the side margins does.

Everything expected is read from the kit HTML (part titles, the contents,
the running header, the "page i of N" label, headings with their Latvian
letters, task list items with their box as a character: □ to do, ■ done),
so the checks follow the content. The PDF is read with poppler
(pdfinfo, pdftotext -bbox, pdffonts) and qpdf. Prints one line per failed
check and exits 1 when there is any; prints a one-line summary otherwise.
"""
import argparse
import html
import html.parser
import re
import statistics
import subprocess
import sys
import unicodedata

MM = 72 / 25.4
PAGE_W, PAGE_H = 595.28, 841.89  # A4 in points
A4_TOLERANCE = 1.5  # Chromium's A4 is 594.96 x 841.92
MARGIN_TOP, MARGIN_SIDE, MARGIN_BOTTOM = 20 * MM, 18 * MM, 18 * MM  # kit.css @page
BODY_PT, FOOTER_PT = 11.0, 8.0  # kit.css: body and margin-box font sizes


def nfc(text):
    return unicodedata.normalize("NFC", text)


def squash(text):
    return " ".join(nfc(text).split())


def run(*argv):
    return subprocess.run(argv, check=True, capture_output=True, text=True).stdout


# ---------------------------------------------------------------- the kit HTML


class KitHtml(html.parser.HTMLParser):
    """Part titles, contents entries, cover name and headings of a kit."""

    # Numbers, badges and screen-reader texts are not part of a heading's text.
    DECORATIONS = {"kit-number", "kit-badge", "visually-hidden"}

    def __init__(self):
        super().__init__()
        self.parts = []  # (id, title) in document order
        self.toc = []  # (id, title)
        self.headings = []  # texts of h1-h4
        self.tasks = []  # task list items as printed: "□ text" or "■ text"
        self.cluster = ""
        self.vision = ""
        self.contents = ""  # the id of the contents
        self.table_class = "kit-table"
        self.table_header = ""
        self.style = ""
        self._stack = []  # (tag, attrs, text parts)

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "img", "meta", "link"):
            return
        self._stack.append((tag, dict(attrs), []))

    def handle_endtag(self, tag):
        while self._stack:
            name, attrs, parts = self._stack.pop()
            text = squash("".join(parts))
            decoration = set(attrs.get("class", "").split()) & self.DECORATIONS
            if self._stack and not decoration:
                self._stack[-1][2].append("".join(parts))
            if name == tag:
                self._element(name, attrs, text)
                return

    def handle_data(self, data):
        if self._stack:
            self._stack[-1][2].append(data)

    def _element(self, tag, attrs, text):
        classes = attrs.get("class", "").split()
        if tag == "style":
            self.style += text
        if tag == "nav" and "kit-toc" in classes:
            self.contents = attrs.get("id", "")
        if "kit-part-title" in classes:
            self.parts.append((attrs["id"][: -len("-title")], text))
        if tag == "a" and any(t == "li" for t, _, _ in self._stack) and self._in("nav"):
            self.toc.append((attrs["href"][1:], text))
        if "kit-cover-name" in classes:
            self.cluster = text
        if "kit-vision" in classes:
            self.vision = text.split(": ", 1)[-1]
        if tag == "th" and not self.table_header and self._in_class(self.table_class):
            self.table_header = text
        if tag in ("h1", "h2", "h3", "h4") and text:
            self.headings.append(text)
        if tag == "label" and "task" in classes:
            self.tasks.append(("■ " if "is-done" in classes else "□ ") + text)

    def _in_class(self, name):
        return any(name in a.get("class", "").split() for _, a, _ in self._stack)

    def _in(self, tag):
        return any(t == tag for t, _, _ in self._stack)


def page_label(style):
    """The CSS of @bottom-right as a regex: 'Lapa (\\d+) no (\\d+)'."""
    m = re.search(r"@bottom-right\{content:(.*?)\}\}", style)
    if not m:
        return None
    parts = []
    for string, counter in re.findall(r'"((?:[^"\\]|\\.)*)"|counter\((pages?)\)', m.group(1)):
        parts += [r"(\d+)"] if counter else [re.escape(word) for word in string.split()]
    return re.compile(r"\s*".join(parts))


# ---------------------------------------------------------------- the PDF


class Word:
    def __init__(self, x0, y0, x1, y1, text):
        self.x0, self.y0, self.x1, self.y1, self.text = x0, y0, x1, y1, nfc(text)

    @property
    def height(self):
        return self.y1 - self.y0


def read_pages(pdf):
    """[(width, height, [Word])] per page, from pdftotext -bbox."""
    pages = []
    out = run("pdftotext", "-bbox", pdf, "-")
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S):
        words = [
            Word(float(a), float(b), float(c), float(d), html.unescape(t))
            for a, b, c, d, t in re.findall(
                r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>',
                m.group(3),
            )
        ]
        pages.append((float(m.group(1)), float(m.group(2)), words))
    return pages


def lines(words):
    """Words grouped into lines (same baseline), top to bottom."""
    rows = []
    for w in sorted(words, key=lambda w: (round(w.y1, 0), w.x0)):
        if rows and abs(rows[-1][0].y1 - w.y1) < 2:
            rows[-1].append(w)
        else:
            rows.append([w])
    return [sorted(r, key=lambda w: w.x0) for r in rows]


def text_of(words):
    return " ".join(w.text for w in words)


def toc_row(rows, title):
    """The words of the contents' line for `title`: a title too long for one
    line (the strategy's part 3) wraps, its page number on its last line."""
    for i in range(len(rows)):
        words = []
        for row in rows[i:i + 3]:
            words = words + row
            if squash(text_of(words)).startswith(title):
                return words
            if not title.startswith(squash(text_of(words))):
                break
    return None


class Checker:
    def __init__(self, kit, pdf, text_part="kit-about", table_part="kit-members"):
        self.kit, self.pdf = kit, pdf
        self.text_part, self.table_part = text_part, table_part
        self.failures = []

    def fail(self, message):
        self.failures.append(message)

    def check(self, pages_range, expected_texts, expected_times=()):
        kit, pages = self.kit, read_pages(self.pdf)
        n = len(pages)
        m = re.search(r"^Pages:\s+(\d+)", run("pdfinfo", self.pdf), re.M)
        if not m or int(m.group(1)) != n:
            self.fail(f"pdftotext read {n} pages, pdfinfo says {m and m.group(1)}")
        lo, hi = pages_range
        if not lo <= n <= hi:
            self.fail(f"{n} pages, expected {lo} to {hi}")

        body, header, footer = [], [], []
        for i, (w, h, words) in enumerate(pages, 1):
            portrait = abs(w - PAGE_W) <= A4_TOLERANCE and abs(h - PAGE_H) <= A4_TOLERANCE
            if not portrait:
                self.fail(f"page {i} is {w:.1f} x {h:.1f} pt, not A4")
            body.append([x for x in words if MARGIN_TOP - 2 < x.y0 and x.y1 < h - MARGIN_BOTTOM + 2])
            header.append([x for x in words if x.y1 <= MARGIN_TOP])
            footer.append([x for x in words if x.y0 >= h - MARGIN_BOTTOM])
            for x in words:  # nothing outside the page box
                if x.x0 < -0.5 or x.y0 < -0.5 or x.x1 > w + 0.5 or x.y1 > h + 0.5:
                    self.fail(f"page {i}: `{x.text}` lies outside the page")
            if i > 1:  # and, but on the cover, nothing in the side margins
                for x in words:
                    if x.x0 < MARGIN_SIDE - 1 or x.x1 > w - MARGIN_SIDE + 1:
                        self.fail(f"page {i}: `{x.text}` at x {x.x0:.0f}-{x.x1:.0f} is in the side margin")
                # nor text running from the body into the top or bottom margin
                # (WeasyPrint lets what cannot break, a tall chart, run over)
                placed = {id(x) for x in body[-1] + header[-1] + footer[-1]}
                for x in words:
                    if id(x) not in placed:
                        self.fail(f"page {i}: `{x.text}` at y {x.y0:.0f}-{x.y1:.0f} runs into the margin")

        starts = self.part_starts(body, n)
        self.check_toc(body, starts)
        self.check_dests(starts)
        self.check_running(header, footer, starts, n)
        self.check_text(expected_texts)
        self.check_times(expected_times)
        self.check_glyph_sizes(body, footer, starts)
        self.check_tables(body, starts, n)
        self.check_fonts()
        qpdf = subprocess.run(["qpdf", "--check", self.pdf], capture_output=True, text=True)
        if qpdf.returncode != 0:
            self.fail("qpdf --check: " + (qpdf.stdout + qpdf.stderr).strip().splitlines()[-1])
        return n

    def part_starts(self, body, n):
        """The page each part starts on: its title is the first text there."""
        starts = {}
        for part, title in self.kit.parts:
            size = len(title.split())
            for i in range(2, n + 1):
                first = text_of([w for line in lines(body[i - 1]) for w in line][:size])
                if first == title:
                    starts[part] = i
                    break
            else:
                self.fail(f"part `{title}` does not start a page")
        order = [starts[p] for p, _ in self.kit.parts if p in starts]
        if order != sorted(order):
            self.fail(f"parts are out of order: pages {order}")
        return starts

    def check_toc(self, body, starts):
        page = starts.get(self.kit.contents)
        if not page:
            self.fail(f"the contents `{self.kit.contents}` start no page")
            return
        rows = lines(body[page - 1])
        for part, title in self.kit.toc:
            row = toc_row(rows, title)
            if row is None:
                self.fail(f"contents: no line for `{title}`")
                continue
            number = row[-1].text
            if not number.isdigit():
                self.fail(f"contents: `{title}` has no page number")
            elif part in starts and int(number) != starts[part]:
                self.fail(f"contents: `{title}` says page {number}, it starts on page {starts[part]}")

    def check_dests(self, starts):
        dests = {}
        for line in run("pdfinfo", "-dests", self.pdf).splitlines():
            m = re.match(r'\s*(\d+)\s+\[.*\]\s+"(.*)"$', line)
            if m:
                dests[m.group(2)] = int(m.group(1))
        for part, page in starts.items():
            if part in dests and dests[part] != page:
                self.fail(f"destination `{part}` is on page {dests[part]}, the part on page {page}")

    def check_running(self, header, footer, starts, n):
        label = page_label(self.kit.style)
        if header[0] or footer[0]:
            self.fail("the cover has a running header or footer: " + text_of(header[0] + footer[0]))
        ordered = sorted((page, part) for part, page in starts.items())
        titles = dict(self.kit.parts)
        for i in range(2, n + 1):
            head = squash(text_of(header[i - 1]))
            current = [titles[p] for page, p in ordered if page <= i]
            if not head.startswith(self.kit.cluster):
                self.fail(f"page {i}: header `{head}` lacks the cluster name")
            if current and not head.endswith(current[-1]):
                self.fail(f"page {i}: header `{head}` lacks the part title `{current[-1]}`")
            foot = squash(text_of(footer[i - 1]))
            m = label.search(foot) if label else None
            if not m or (int(m.group(1)), int(m.group(2))) != (i, n):
                self.fail(f"page {i}: footer `{foot}` is not page {i} of {n}")

    def check_text(self, expected_texts):
        full = run("pdftotext", self.pdf, "-")
        if full != nfc(full):
            self.fail("the PDF text is not in NFC")
        if "\ufffd" in full:
            self.fail("the PDF text has U+FFFD replacement characters")
        flat = squash(full)
        wanted = [self.kit.cluster, self.kit.vision] + [t for _, t in self.kit.parts]
        wanted += self.kit.headings + self.kit.tasks + list(expected_texts)
        for t in wanted:
            if t and squash(t) not in flat:
                self.fail(f"text `{t}` is missing from the PDF")
        letters = {c for t in wanted for c in t if ord(c) > 127 and c.isalpha()}
        for c in sorted(letters - set(flat)):
            self.fail(f"letter {c} (U+{ord(c):04X}) is missing from the PDF text")

    def check_times(self, expected_times):
        flat = squash(run("pdftotext", self.pdf, "-"))
        for text, times in expected_times:
            found = flat.count(squash(text))
            if found != times:
                self.fail(f"text `{text}` is in the PDF {found} times, not {times}")

    def check_glyph_sizes(self, body, footer, starts):
        """Shrink-to-fit scales the body but not the margin boxes."""
        page = starts.get(self.text_part)
        if not page or not footer[page - 1]:
            return
        body_h = statistics.median(w.height for w in body[page - 1])
        foot_h = statistics.median(w.height for w in footer[page - 1])
        ratio = body_h / foot_h
        if abs(ratio / (BODY_PT / FOOTER_PT) - 1) > 0.03:
            self.fail(f"body/footer glyph height ratio {ratio:.3f}, expected {BODY_PT / FOOTER_PT:.3f} (shrink-to-fit?)")

    def check_tables(self, body, starts, n):
        """Every page of the table part (the kit's member tables) repeats the table header."""
        first = starts.get(self.table_part)
        if not first or not self.kit.table_header:
            return
        after = [p for p in starts.values() if p > first]
        last = (min(after) - 1) if after else n
        for i in range(first, last + 1):
            if self.kit.table_header not in text_of(body[i - 1]):
                self.fail(f"page {i}: the table has no header `{self.kit.table_header}`")

    def check_fonts(self):
        rows = run("pdffonts", self.pdf).splitlines()[2:]
        if not rows:
            self.fail("the PDF has no fonts")
        for row in rows:
            cols = row.split()
            name, emb = cols[0], cols[-5]
            if emb != "yes":
                self.fail(f"font {name} is not embedded")
            if "Type 3" in row:
                self.fail(f"font {name} is a Type 3 font")
            if "KitSans" not in name.replace("-", ""):
                self.fail(f"font {name} is not the kit's embedded font")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("html")
    ap.add_argument("pdf")
    ap.add_argument("--pages", default="2:200", help="MIN:MAX pages")
    ap.add_argument("--expect", action="append", default=[], help="text the PDF must contain")
    ap.add_argument("--expect-times", action="append", default=[],
                    help="TEXT=N: the PDF holds TEXT exactly N times")
    ap.add_argument("--text-part", default="kit-about", help="the part of plain body text")
    ap.add_argument("--table", default="kit-members:kit-table", help="PART:CLASS of a long table")
    args = ap.parse_args()
    table_part, table_class = args.table.split(":", 1)
    kit = KitHtml()
    kit.table_class = table_class
    with open(args.html, encoding="utf-8") as f:
        kit.feed(f.read())
    if not kit.parts or not kit.toc:
        print(f"{args.html}: no kit parts or contents found", file=sys.stderr)
        return 1
    lo, hi = (int(x) for x in args.pages.split(":"))
    checker = Checker(kit, args.pdf, args.text_part, table_part)
    times = [(t, int(n)) for t, _, n in (e.rpartition("=") for e in args.expect_times)]
    pages = checker.check((lo, hi), args.expect, times)
    for f in checker.failures:
        print(f"{args.pdf}: {f}")
    if checker.failures:
        return 1
    print(f"{args.pdf}: {pages} pages, {len(kit.parts)} parts: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
