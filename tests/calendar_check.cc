#include "calendar_check.h"

#include <doctest/doctest.h>
#include <libical/ical.h>

#include <memory>
#include <set>

namespace clustersite::testing {
namespace {

using Parsed = std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)>;

}  // namespace

/// The lines of `ics` as written, without their CRLF.
Lines Physical(const std::string& ics) {
  Lines out;
  for (size_t at = 0, end; (end = ics.find("\r\n", at)) != std::string::npos; at = end + 2) {
    out.push_back(ics.substr(at, end - at));
  }
  return out;
}

/// The content lines of `ics`, unfolded.
Lines Unfolded(const std::string& ics) {
  Lines out;
  for (const std::string& line : Physical(ics)) {
    if (line.starts_with(" ") && !out.empty()) {
      out.back() += line.substr(1);
    } else {
      out.push_back(line);
    }
  }
  return out;
}

/// The content lines of `ics` named `name` ("DTSTART"), unfolded, with their
/// parameters: "DTSTART;TZID=Europe/Riga:20261210T083000".
Lines ContentLines(const std::string& ics, const std::string& name) {
  Lines out;
  for (const std::string& line : Unfolded(ics)) {
    if (line.starts_with(name + ":") || line.starts_with(name + ";")) out.push_back(line);
  }
  return out;
}

/// The events of `ics`: what follows the VTIMEZONE, whose rules have a DTSTART too.
std::string Events(const std::string& ics) { return ics.substr(ics.find("BEGIN:VEVENT")); }

/// The values of the content lines named `name`, as written (escaped).
Lines Values(const std::string& ics, const std::string& name) {
  Lines out;
  for (const std::string& line : ContentLines(ics, name))
    out.push_back(line.substr(line.find(':') + 1));
  return out;
}

/// Each event's start and end in UTC seconds, as libical reads them through
/// the file's own VTIMEZONE.
std::vector<std::pair<long long, long long>> Instants(const std::string& ics) {
  Parsed calendar(icalparser_parse_string(ics.c_str()), icalcomponent_free);
  REQUIRE(calendar != nullptr);
  std::vector<std::pair<long long, long long>> out;
  for (icalcomponent* e = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
       e; e = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
    const icaltimetype start = icalcomponent_get_dtstart(e);
    const icaltimetype end = icalcomponent_get_dtend(e);
    out.emplace_back(icaltime_as_timet_with_zone(start, start.zone),
                     icaltime_as_timet_with_zone(end, end.zone));
  }
  return out;
}

/// What validators accept and calendars then get wrong, one line each: a
/// TZID without its VTIMEZONE, an event that does not end after it starts,
/// a DTSTAMP in local time.
std::string Problems(const std::string& ics) {
  std::string out;
  std::set<std::string> zones;
  for (const std::string& zone : Values(ics, "TZID")) zones.insert(zone);
  for (const char* name : {"DTSTART", "DTEND"}) {
    for (const std::string& line : ContentLines(ics, name)) {
      const size_t at = line.find(";TZID=");
      if (at == std::string::npos) continue;
      const std::string zone = line.substr(at + 6, line.find_first_of(";:", at + 6) - at - 6);
      if (zones.count(zone) == 0) out += "TZID " + zone + " has no VTIMEZONE\n";
    }
  }
  for (const auto& [start, end] : Instants(ics)) {
    if (end <= start) out += "an event ends at " + std::to_string(end) + ", not after its start\n";
  }
  for (const std::string& stamp : Values(Events(ics), "DTSTAMP")) {
    if (stamp.empty() || stamp.back() != 'Z') out += "DTSTAMP " + stamp + " is not UTC\n";
  }
  return out;
}

}  // namespace clustersite::testing
