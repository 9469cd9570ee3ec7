"""Reads an .ics file with python3-icalendar (Debian's) and prints, as JSON,
the calendar's name and each event's text, with its start and end in UTC.

Run with /usr/bin/python3: the module is Debian's package, which another
python3 on PATH may not see.
"""
import json
import sys
from datetime import timezone

import icalendar


def utc(prop):
    return prop.dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%MZ")


def main(path):
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    events = [
        {
            "uid": str(e["UID"]),
            "summary": str(e["SUMMARY"]),
            "location": str(e.get("LOCATION", "")),
            "description": str(e.get("DESCRIPTION", "")),
            "start": utc(e["DTSTART"]),
            "end": utc(e["DTEND"]),
        }
        for e in calendar.walk("VEVENT")
    ]
    name = str(calendar.get("X-WR-CALNAME", ""))
    print(json.dumps({"name": name, "events": events}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
