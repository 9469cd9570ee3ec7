// The iCalendar writer: RFC 5545's line form, TEXT escaping, the VTIMEZONE
// and times across the changes to and from summer time, what no validator
// checks, and python3-icalendar reading the file back.

#include "calendar/calendar.h"

#include <doctest/doctest.h>
#include <libical/ical.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "calendar_check.h"
#include "core/unicode.h"
#include "test_util.h"

namespace clustersite {
namespace {

using namespace std::chrono_literals;
using Lines = testing::Lines;

/// 2026-12-01 12:00 UTC, the instant the examples are built as of.
const std::chrono::sys_seconds kAsOf{std::chrono::seconds{testing::kExampleEpoch}};

/// `y`-`m`-`d` `h`:`min` on a wall clock.
LocalMinutes At(int y, unsigned m, unsigned d, int h, int min) {
  return std::chrono::local_days{std::chrono::year{y} / m / d} + std::chrono::hours{h} +
         std::chrono::minutes{min};
}

/// `y`-`m`-`d` `h`:`min` UTC, as seconds since 1970.
long long Utc(int y, unsigned m, unsigned d, int h, int min) {
  const std::chrono::sys_seconds t = std::chrono::sys_days{std::chrono::year{y} / m / d} +
                                     std::chrono::hours{h} + std::chrono::minutes{min};
  return t.time_since_epoch().count();
}

/// An event called `summary` of an hour and a half from `start`.
CalendarEvent AnEvent(const std::string& summary, LocalMinutes start) {
  CalendarEvent e;
  e.uid = "uid-" + std::to_string(start.time_since_epoch().count());
  e.start = start;
  e.end = start + 90min;
  e.summary = summary;
  return e;
}

/// The calendar "Koks" in Europe/Riga, as of kAsOf, with `events`.
Calendar Riga(std::vector<CalendarEvent> events) {
  Calendar c;
  c.name = "Koks";
  c.dtstamp = kAsOf;
  c.events = std::move(events);
  return c;
}

using testing::ContentLines;
using testing::Events;
using testing::Instants;
using testing::Physical;
using testing::Problems;
using testing::Unfolded;
using testing::Values;

}  // namespace

TEST_CASE("a calendar is CRLF lines with VERSION, PRODID and CALSCALE, and no METHOD") {
  const std::string ics = WriteCalendar(Riga({AnEvent("Brokastis", At(2026, 12, 10, 8, 30))}));
  CHECK(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//clustersite//clustersite//EN\r\n"
                  "CALSCALE:GREGORIAN\r\n",
                  0) == 0);
  CHECK(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
  size_t bare = 0;
  for (size_t i = 0; i < ics.size(); ++i) bare += ics[i] == '\n' && (i == 0 || ics[i - 1] != '\r');
  CHECK(bare == 0);
  CHECK_FALSE(testing::Has(ics, "METHOD"));
}

TEST_CASE("lines fold at 75 octets, never inside a UTF-8 sequence, wherever ā, š or 😀 falls") {
  // Every count of ASCII before the letters puts one of them across the
  // 75th octet of some line: a 4-byte emoji exactly at the boundary too.
  for (const std::string letter : {"ā", "š", "\xF0\x9F\x98\x80"}) {
    for (int pad = 0; pad < 80; ++pad) {
      const std::string summary = std::string(pad, 'a') + testing::Repeat(letter, 40);
      const std::string ics = WriteCalendar(Riga({AnEvent(summary, At(2026, 12, 10, 8, 30))}));
      INFO(letter << " after " << pad << " octets");
      for (const std::string& line : Physical(ics)) {
        CHECK(line.size() <= 75);
        CHECK(FindInvalidUtf8(line).line == 0);
      }
      CHECK(Values(Events(ics), "SUMMARY") == Lines{summary});
    }
  }
}

TEST_CASE("TEXT escapes backslashes, semicolons, commas and line breaks, and drops control bytes") {
  CalendarEvent e = AnEvent("a\\b;c,d\ne", At(2026, 12, 10, 8, 30));
  e.location = "Rūpnīcas iela 5, Cēsis";
  e.description = "CRLF\r\nCR\rLF\nbell\x07.";
  const std::string ics = WriteCalendar(Riga({e}));
  CHECK(Values(Events(ics), "SUMMARY") == Lines{"a\\\\b\\;c\\,d\\ne"});
  CHECK(Values(Events(ics), "LOCATION") == Lines{"Rūpnīcas iela 5\\, Cēsis"});
  CHECK(Values(Events(ics), "DESCRIPTION") == Lines{"CRLF\\nCR\\nLF\\nbell."});
}

TEST_CASE("the calendar's name is NAME, escaped, and X-WR-CALNAME as libical writes X- values") {
  Calendar c = Riga({});
  c.name = "Koks, kokapstrāde; \\ un\nmēbeles";
  const std::string ics = WriteCalendar(c);
  CHECK(Values(ics, "NAME") == Lines{"Koks\\, kokapstrāde\\; \\\\ un\\nmēbeles"});
  CHECK(Values(ics, "X-WR-CALNAME") == Lines{"Koks, kokapstrāde; \\\\ un\\nmēbeles"});
}

TEST_CASE("each category is one CATEGORIES line, and a comma in one does not split it") {
  CalendarEvent e = AnEvent("Brokastis", At(2026, 12, 10, 8, 30));
  e.categories = {"meeting", "a, b; c"};
  CHECK(Values(Events(WriteCalendar(Riga({e}))), "CATEGORIES") == Lines{"meeting", "a  b  c"});
}

TEST_CASE("DTSTAMP is the given instant in UTC, the same for every event") {
  const std::string ics = WriteCalendar(
      Riga({AnEvent("A", At(2026, 12, 10, 8, 30)), AnEvent("B", At(2027, 1, 14, 8, 30))}));
  CHECK(Values(Events(ics), "DTSTAMP") == Lines{"20261201T120000Z", "20261201T120000Z"});
}

TEST_CASE("DTSTART and DTEND are wall-clock times with the zone's TZID, and it has a VTIMEZONE") {
  const std::string ics = WriteCalendar(Riga({AnEvent("Brokastis", At(2026, 12, 10, 8, 30))}));
  CHECK(ContentLines(Events(ics), "DTSTART") == Lines{"DTSTART;TZID=Europe/Riga:20261210T083000"});
  CHECK(ContentLines(Events(ics), "DTEND") == Lines{"DTEND;TZID=Europe/Riga:20261210T100000"});
  CHECK(Values(ics, "TZID") == Lines{"Europe/Riga"});
}

TEST_CASE(
    "Europe/Riga's VTIMEZONE is EET and EEST, from the last Sunday of March 03:00 to the "
    "last Sunday of October 04:00") {
  const std::string ics = WriteCalendar(Riga({AnEvent("Brokastis", At(2026, 12, 10, 8, 30))}));
  const size_t begin = ics.find("BEGIN:VTIMEZONE");
  REQUIRE(begin != std::string::npos);
  CHECK(ics.substr(begin, ics.find("END:VTIMEZONE\r\n") - begin) ==
        "BEGIN:VTIMEZONE\r\n"
        "TZID:Europe/Riga\r\n"
        "TZUNTIL:20261231T220000Z\r\n"
        "BEGIN:DAYLIGHT\r\n"
        "TZNAME:EEST\r\n"
        "TZOFFSETFROM:+0200\r\n"
        "TZOFFSETTO:+0300\r\n"
        "DTSTART:20010325T030000\r\n"
        "RRULE:FREQ=YEARLY;UNTIL=20260329T010000Z;BYDAY=-1SU;BYMONTH=3\r\n"
        "END:DAYLIGHT\r\n"
        "BEGIN:STANDARD\r\n"
        "TZNAME:EET\r\n"
        "TZOFFSETFROM:+0300\r\n"
        "TZOFFSETTO:+0200\r\n"
        "DTSTART:20011028T040000\r\n"
        "RRULE:FREQ=YEARLY;UNTIL=20261025T010000Z;BYDAY=-1SU;BYMONTH=10\r\n"
        "END:STANDARD\r\n");
}

TEST_CASE("events either side of the March and October changes resolve to the right UTC instants") {
  // 2026: summer time from Sunday 29 March, winter time from Sunday 25 October.
  const std::string ics = WriteCalendar(Riga({
      AnEvent("Saturday before", At(2026, 3, 28, 10, 0)),
      AnEvent("Sunday after", At(2026, 3, 29, 10, 0)),
      AnEvent("Saturday before", At(2026, 10, 24, 10, 0)),
      AnEvent("Sunday after", At(2026, 10, 25, 10, 0)),
      AnEvent("Overnight into summer", At(2026, 3, 29, 1, 0)),
  }));
  const std::vector<std::pair<long long, long long>> expected = {
      {Utc(2026, 3, 28, 8, 0), Utc(2026, 3, 28, 9, 30)},
      {Utc(2026, 3, 29, 7, 0), Utc(2026, 3, 29, 8, 30)},
      {Utc(2026, 10, 24, 7, 0), Utc(2026, 10, 24, 8, 30)},
      {Utc(2026, 10, 25, 8, 0), Utc(2026, 10, 25, 9, 30)},
      // 01:00 EET to 02:30 EET: the clock jumps at 03:00, so not yet.
      {Utc(2026, 3, 28, 23, 0), Utc(2026, 3, 29, 0, 30)},
  };
  CHECK(Instants(ics) == expected);
}

TEST_CASE("the VTIMEZONE holds the rules of every year the events span, past 2037 too") {
  const std::string ics = WriteCalendar(Riga({
      AnEvent("A", At(2026, 12, 10, 8, 30)),
      AnEvent("B", At(2040, 1, 15, 10, 0)),
      AnEvent("C", At(2040, 7, 1, 10, 0)),
  }));
  CHECK(Values(ics, "TZUNTIL") == Lines{"20401231T220000Z"});
  const auto instants = Instants(ics);
  REQUIRE(instants.size() == 3);
  CHECK(instants[0].first == Utc(2026, 12, 10, 6, 30));
  CHECK(instants[1].first == Utc(2040, 1, 15, 8, 0));
  CHECK(instants[2].first == Utc(2040, 7, 1, 7, 0));
}

TEST_CASE("a calendar without events still holds its zone's VTIMEZONE, for the year of DTSTAMP") {
  // RFC 5545 asks for one component at least.
  const std::string ics = WriteCalendar(Riga({}));
  CHECK(Values(ics, "TZID") == Lines{"Europe/Riga"});
  CHECK(Values(ics, "TZUNTIL") == Lines{"20261231T220000Z"});
}

TEST_CASE("in UTC, for which there is no VTIMEZONE, times are written in UTC") {
  Calendar c = Riga({AnEvent("Brokastis", At(2026, 12, 10, 8, 30))});
  c.time_zone = "UTC";
  const std::string ics = WriteCalendar(c);
  CHECK(Values(Events(ics), "DTSTART") == Lines{"20261210T083000Z"});
  CHECK_FALSE(testing::Has(ics, "TZID"));
}

TEST_CASE("the same calendar writes the same bytes, whatever was written before it") {
  const Calendar riga = Riga({AnEvent("Brokastis", At(2026, 12, 10, 8, 30))});
  const std::string first = WriteCalendar(riga);
  Calendar york = riga;
  york.time_zone = "America/New_York";
  CHECK(Values(WriteCalendar(york), "TZID") == Lines{"America/New_York"});
  CHECK(WriteCalendar(riga) == first);
}

TEST_CASE("calendars written on several threads at once are the ones written on one") {
  // The threads go first: libical's zone cache is still empty in a run of
  // this test alone. Zones that zone.tab does not list are added to it on
  // first use.
  std::vector<Calendar> calendars;
  for (const char* zone : {"Europe/Riga", "Europe/Kiev", "Asia/Calcutta", "US/Eastern", "Etc/GMT-2",
                           "Europe/Vilnius", "Asia/Saigon", "Europe/Belfast"}) {
    calendars.push_back(Riga({AnEvent("Brokastis", At(2026, 12, 10, 8, 30))}));
    calendars.back().time_zone = zone;
  }
  std::vector<std::string> together(calendars.size());
  std::vector<std::thread> threads;
  for (size_t i = 0; i < calendars.size(); ++i) {
    threads.emplace_back([&, i] { together[i] = WriteCalendar(calendars[i]); });
  }
  for (std::thread& t : threads) t.join();
  for (size_t i = 0; i < calendars.size(); ++i) CHECK(together[i] == WriteCalendar(calendars[i]));
}

TEST_CASE(
    "our own check finds a TZID without VTIMEZONE, an end before the start, a local DTSTAMP") {
  CHECK(Problems(WriteCalendar(Riga(
            {AnEvent("A", At(2026, 3, 29, 1, 0)), AnEvent("B", At(2026, 10, 25, 3, 0))}))) == "");
  const std::string broken =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1\r\n"
      "DTSTAMP:20261201T120000\r\nDTSTART;TZID=Europe/Riga:20261210T100000\r\n"
      "DTEND;TZID=Europe/Riga:20261210T083000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  CHECK(Problems(broken) ==
        "TZID Europe/Riga has no VTIMEZONE\nTZID Europe/Riga has no VTIMEZONE\n"
        "an event ends at " +
            std::to_string(Utc(2026, 12, 10, 6, 30)) +
            ", not after its start\nDTSTAMP 20261201T120000 is not UTC\n");
}

TEST_CASE("python3-icalendar reads back the text exactly and the times as the right instants") {
  CalendarEvent e = AnEvent("Biedru brokastis; kafija, tēja \\ sula", At(2026, 3, 28, 8, 30));
  e.end = At(2026, 3, 29, 10, 0);  // over the change to summer time
  e.location = "Rūpnīcas iela 5, Cēsis; 2. stāvs";
  e.description = testing::Repeat(
      "Šā gada ražotnes apmeklējumā dalībnieki iepazīsies ar kokapstrādes līniju, "
      "pārrunās eksportu; jaunie biedri sevi iepazīstinās.\nC:\\ceļš\\uz\\failu, ",
      4);
  Calendar c = Riga({e, AnEvent("Rudens", At(2026, 10, 25, 10, 0))});
  c.name = "Koks; kokapstrāde, mēbeles";
  testing::TempDir dir;
  testing::WriteText(dir / "koks.ics", WriteCalendar(c));
  std::string out;
  // Debian's interpreter: python3-icalendar is a Debian package.
  REQUIRE_MESSAGE(testing::Run("/usr/bin/python3 " + std::string(CLUSTERSITE_SOURCE_DIR) +
                                   "/tests/check_calendar.py " + dir / "koks.ics",
                               &out) == 0,
                  out);
  const nlohmann::json read = nlohmann::json::parse(out);
  CHECK(read["name"] == c.name);
  REQUIRE(read["events"].size() == 2);
  const nlohmann::json& first = read["events"][0];
  CHECK(first["summary"] == e.summary);
  CHECK(first["location"] == e.location);
  CHECK(first["description"] == e.description);
  CHECK(first["start"] == "2026-03-28T06:30Z");
  CHECK(first["end"] == "2026-03-29T07:00Z");
  CHECK(read["events"][1]["start"] == "2026-10-25T08:00Z");
}

}  // namespace clustersite
