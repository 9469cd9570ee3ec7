#!/usr/bin/env python3
"""Reads an .eml file with Python's own e-mail parser and prints, as JSON,
what a mail client would show of it: the headers decoded, the addresses,
the parts with their types, charsets and decoded text, and the parser's
defects. With HTML_OUT, also writes the text/html part there, for a browser.

    tests/eml_parts.py MESSAGE.eml [HTML_OUT]"""
import email.parser
import email.policy
import json
import sys


def summary(message):
    def addresses(name):
        header = message[name]
        if header is None:
            return None
        return [{"name": a.display_name, "address": a.addr_spec} for a in header.addresses]

    date = message["date"].datetime if message["date"] else None
    return {
        "from": addresses("from"),
        "to": addresses("to"),
        "bcc": addresses("bcc"),
        "subject": str(message["subject"]),
        "message_id": str(message["message-id"]),
        "date": date.isoformat() if date else None,
        "type": message.get_content_type(),
        "parts": [{"type": p.get_content_type(), "charset": p.get_content_charset(),
                   "encoding": str(p["content-transfer-encoding"]), "content": p.get_content()}
                  for p in message.iter_parts()],
        "defects": [repr(d) for d in message.defects] +
                   [repr(d) for p in message.iter_parts() for d in p.defects],
    }


def main():
    with open(sys.argv[1], "rb") as f:
        message = email.parser.BytesParser(policy=email.policy.default).parse(f)
    out = summary(message)
    if len(sys.argv) > 2:
        html = [p["content"] for p in out["parts"] if p["type"] == "text/html"]
        with open(sys.argv[2], "w", encoding="utf-8") as f:
            f.write(html[0] if html else "")
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
