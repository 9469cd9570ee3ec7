#!/usr/bin/env python3
"""Reads an .eml file with Python's own e-mail parser and checks it says what
was meant: tests/mail_test.cc writes the message and, as JSON, what went in.

    tests/check_mail.py MESSAGE.eml EXPECTED.json

EXPECTED holds from_name, from_address, bcc (addresses), subject,
message_id, date (ISO 8601 with its offset), text and html. Prints every
difference and exits 1 when there is one."""
import datetime
import email.parser
import email.policy
import json
import sys


def differences(message, expected):
    """Yields a sentence for each way `message` differs from `expected`."""
    def same(what, got, want):
        if got != want:
            return [f"{what}: got {got!r}, want {want!r}"]
        return []

    sender = message["from"].addresses
    yield from same("From", [(a.display_name, a.addr_spec) for a in sender],
                    [(expected["from_name"], expected["from_address"])])
    yield from same("Bcc", [a.addr_spec for a in message["bcc"].addresses], expected["bcc"])
    yield from same("To", [a.addr_spec for a in message["to"].addresses], [])
    yield from same("Subject", str(message["subject"]), expected["subject"])
    yield from same("Message-ID", str(message["message-id"]), expected["message_id"])
    date = message["date"].datetime
    want = datetime.datetime.fromisoformat(expected["date"])
    yield from same("Date", (date, date.utcoffset()), (want, want.utcoffset()))
    yield from same("type", message.get_content_type(), "multipart/alternative")
    parts = list(message.iter_parts())
    yield from same("parts", [p.get_content_type() for p in parts], ["text/plain", "text/html"])
    for part, key in zip(parts, ["text", "html"]):
        yield from same(key + " charset", part.get_content_charset(), "utf-8")
        yield from same(key, part.get_content(), expected[key])


def main():
    with open(sys.argv[1], "rb") as f:
        message = email.parser.BytesParser(policy=email.policy.default).parse(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        expected = json.load(f)
    found = list(differences(message, expected))
    for line in found:
        print(line)
    for defect in message.defects:
        print("defect:", repr(defect))
    sys.exit(1 if found or message.defects else 0)


if __name__ == "__main__":
    main()
