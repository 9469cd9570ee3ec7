#!/usr/bin/env python3
"""Checks a running server that publishes the builds under ROOT as
`clustersite deploy-config` configured it, with real HTTP requests:

- every file of the members and staff builds: 401 without credentials, 401
  with the other audience's (the members' on staff URLs), 200 with the right
  ones and exactly the file's bytes;
- every file of the public build: 200 and exactly its bytes;
- every answer: the Content-Security-Policy made from the build's manifest,
  and for each print document its own, from the hashes of the inline code
  the file holds, nosniff and a
  Referrer-Policy; members and staff answers, 401 and 404 included,
  `Cache-Control: private, no-store` and `X-Robots-Tag: noindex`;
- the types of .html, .css, .js, .ics, .xml, .json, .svg, .woff2, .webmanifest;
- a missing URL: 404 with the build's own 404.html; a folder without an
  index.html: no listing; the CSP manifest: not served.

  check_server.py NAME BASE_URL ROOT MEMBERS_USER:PASSWORD STAFF_USER:PASSWORD
Prints one line with the counts of URLs checked per audience; exits 1 on
the first 20 problems listed.
"""

import base64
import hashlib
import http.client
import json
import os
import re
import sys
import urllib.parse

TYPES = {
    "html": "text/html", "css": "text/css", "js": "text/javascript",
    "ics": "text/calendar", "xml": "application/xml", "json": "application/json",
    "svg": "image/svg+xml", "woff2": "font/woff2",
    "webmanifest": "application/manifest+json", "png": "image/png", "jpg": "image/jpeg",
}
PRIVATE = {"cache-control": "private, no-store", "x-robots-tag": "noindex"}


def pages_policy(manifest):
    pages = manifest["pages"]
    return ("default-src 'self'; script-src " + " ".join(["'self'"] + pages["script-src"]) +
            "; style-src " + " ".join(["'self'"] + pages["style-src"]) +
            "; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")


def documents_policy(html):
    """The policy of one print document, from the hashes of its own inline
    styles and scripts as the file holds them (not from the manifest)."""
    def hashes(tag):
        found = re.findall(rb"<" + tag + rb"(?:\s[^>]*)?>(.*?)</" + tag + rb">", html, re.S)
        return sorted({"'sha256-" + base64.b64encode(hashlib.sha256(t).digest()).decode() + "'"
                       for t in found})
    styles, scripts = hashes(b"style"), hashes(b"script")
    policy = "default-src 'none'; style-src " + (" ".join(styles) or "'none'")
    if scripts:
        policy += "; script-src " + " ".join(scripts)
    return policy + ("; img-src 'self' data:; font-src data:; frame-ancestors 'none'; "
                     "base-uri 'none'; form-action 'none'")


def files_of(folder):
    out = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                out.append(os.path.relpath(os.path.join(dirpath, name), folder))
    return out


class Checker:
    def __init__(self, base):
        url = urllib.parse.urlsplit(base)
        self.host, self.port = url.hostname, url.port
        self.conn = None
        self.problems = []
        self.counts = {}

    def get(self, path, credentials=None):
        headers = {}
        if credentials:
            headers["Authorization"] = "Basic " + base64.b64encode(credentials.encode()).decode()
        for attempt in range(2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
            try:
                self.conn.request("GET", urllib.parse.quote(path), headers=headers)
                response = self.conn.getresponse()
                body = response.read()
                if response.getheader("connection", "").lower() == "close":
                    self.conn.close()
                    self.conn = None
                return response.status, {k.lower(): v for k, v in response.getheaders()}, body
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = None
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def fail(self, path, what):
        self.problems.append(f"{path}: {what}")

    def expect(self, path, status, headers, want_status, want_headers):
        if status != want_status:
            self.fail(path, f"status {status}, expected {want_status}")
        for name, value in want_headers.items():
            if headers.get(name) != value:
                self.fail(path, f"{name}: {headers.get(name)!r}, expected {value!r}")

    def check_build(self, audience, url_path, folder, right, wrong):
        manifest = json.load(open(os.path.join(folder, ".csp.json")))
        documents = {document["path"] for document in manifest["documents"]}
        private = audience != "public"
        common = {"x-content-type-options": "nosniff",
                  "referrer-policy": "no-referrer",
                  "content-security-policy": pages_policy(manifest)}
        if private:
            common.update(PRIVATE)
        count = 0
        for rel in files_of(folder):
            path = url_path + rel
            want = dict(common)
            if rel in documents:
                with open(os.path.join(folder, rel), "rb") as f:
                    want["content-security-policy"] = documents_policy(f.read())
            if private:
                for credentials in (None, wrong):
                    status, headers, _ = self.get(path, credentials)
                    self.expect(path + (" as the other audience" if credentials else " anonymously"),
                                status, headers, 401, PRIVATE)
                    count += 1
            status, headers, body = self.get(path, right)
            self.expect(path, status, headers, 200, want)
            count += 1
            if body != open(os.path.join(folder, rel), "rb").read():
                self.fail(path, "the body is not the file's bytes")
            ext = rel.rsplit(".", 1)[-1]
            if ext in TYPES:
                got = headers.get("content-type", "").split(";")[0].strip()
                if got != TYPES[ext]:
                    self.fail(path, f"content type {got!r}, expected {TYPES[ext]!r}")
            if rel in documents and rel.endswith("/index.html"):
                folder_url = path[: -len("index.html")]
                status, headers, _ = self.get(folder_url, right)
                self.expect(folder_url, status, headers, 200,
                            {"content-security-policy": want["content-security-policy"]})
                count += 1
        # A missing URL: the build's own 404 page, with the build's headers.
        missing = url_path + "no-such-page/"
        status, headers, body = self.get(missing, right)
        self.expect(missing, status, headers, 404, common)
        if body != open(os.path.join(folder, "404.html"), "rb").read():
            self.fail(missing, "the body is not the build's 404.html")
        count += 1
        # The manifest is not served, to anyone.
        status, _, body = self.get(url_path + ".csp.json", right)
        if status == 200 or b'"format"' in body:
            self.fail(url_path + ".csp.json", f"served with status {status}")
        count += 1
        # Folders without an index.html: no listing.
        for dirpath, _, filenames in os.walk(folder):
            if "index.html" in filenames or os.path.basename(dirpath).startswith("."):
                continue
            rel = os.path.relpath(dirpath, folder)
            path = url_path + ("" if rel == "." else rel + "/")
            status, headers, body = self.get(path, right)
            if status == 200 or b"Index of" in body:
                self.fail(path, f"a folder without index.html answered {status}")
            if private:
                self.expect(path, status, headers, status, PRIVATE)
            count += 1
        self.counts[audience] = count


def main():
    name, base, root, members, staff = sys.argv[1:6]
    checker = Checker(base)
    checker.check_build("public", "/", os.path.join(root, "public"), None, None)
    checker.check_build("members", "/members/", os.path.join(root, "members"), members, staff)
    checker.check_build("staff", "/staff/", os.path.join(root, "staff"), staff, members)
    for problem in checker.problems[:20]:
        print(f"{name}: {problem}", file=sys.stderr)
    if len(checker.problems) > 20:
        print(f"{name}: … and {len(checker.problems) - 20} more", file=sys.stderr)
    counts = ", ".join(f"{audience} {n}" for audience, n in checker.counts.items())
    print(f"{name}: {'FAILED' if checker.problems else 'ok'}, URLs checked: {counts}")
    return 1 if checker.problems else 0


if __name__ == "__main__":
    sys.exit(main())
