#!/usr/bin/python3
"""Reads an iCalendar file with a real parser (Debian's python3-icalendar) and compares its
events with what the bookings say.

Usage: check_icalendar.py CALENDAR.ics EXPECTED.json
       check_icalendar.py --version     (whether the module is there: tests/CMakeLists.txt)

EXPECTED.json is {"events": [{"uid", "start", "end", "status", "summary", "location"}]}, times
as UTC ISO 8601 ("2030-03-30T23:30:00Z"); "location" may be null for none. Exits 0 when the file
parses, every line keeps RFC 5545's form (CRLF, at most 75 octets) and the events are exactly
those, in any order; otherwise prints what differs and exits 1. A missing module is a failure,
not a skip: tst_calendarapi runs this, and scripts/install-deps.sh installs the package.
"""

import datetime
import json
import sys

try:
    import icalendar
except ImportError:
    print("python3-icalendar is missing: scripts/install-deps.sh --with-test-tools installs it")
    sys.exit(1)


def fail(message):
    print(message)
    sys.exit(1)


def utc_text(value):
    if not isinstance(value, datetime.datetime) or value.tzinfo is None:
        fail("not a datetime with a zone: %r" % (value,))
    return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    if sys.argv[1:] == ["--version"]:
        print("icalendar", icalendar.__version__)
        return
    if len(sys.argv) != 3:
        fail(__doc__)
    raw = open(sys.argv[1], "rb").read()
    expected = json.load(open(sys.argv[2], encoding="utf-8"))["events"]

    if not raw.endswith(b"\r\n"):
        fail("the last line does not end with CRLF")
    for number, line in enumerate(raw[:-2].split(b"\r\n"), start=1):
        if b"\n" in line or b"\r" in line:
            fail("line %d has a bare LF or CR" % number)
        if len(line) > 75:
            fail("line %d is %d octets long" % (number, len(line)))
        line.decode("utf-8")  # each folded piece is whole UTF-8

    calendar = icalendar.Calendar.from_ical(raw)
    if calendar.name != "VCALENDAR" or str(calendar.get("VERSION")) != "2.0":
        fail("not an iCalendar 2.0 object")
    if not calendar.get("PRODID"):
        fail("no PRODID")

    seen = {}
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("UID"))
        if uid in seen:
            fail("UID %s twice" % uid)
        if event.get("DTSTAMP") is None:
            fail("%s has no DTSTAMP" % uid)
        location = event.get("LOCATION")
        seen[uid] = {
            "uid": uid,
            "start": utc_text(event.decoded("DTSTART")),
            "end": utc_text(event.decoded("DTEND")),
            "status": str(event.get("STATUS")),
            "summary": str(event.get("SUMMARY")),
            "location": None if location is None else str(location),
        }

    wanted = {e["uid"]: e for e in expected}
    if set(seen) != set(wanted):
        fail("events differ: only in the file %s, only expected %s"
             % (sorted(set(seen) - set(wanted)), sorted(set(wanted) - set(seen))))
    for uid, event in wanted.items():
        for key, value in event.items():
            if seen[uid][key] != value:
                fail("%s: %s is %r, expected %r" % (uid, key, seen[uid][key], value))
    print("%d events as expected" % len(seen))


if __name__ == "__main__":
    main()
