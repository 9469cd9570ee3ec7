#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "core/time_zone.h"

namespace clustersite {

/// A wall-clock time in a calendar's zone, to the minute: what content
/// writes as `2026-12-10T08:30`.
using LocalMinutes = std::chrono::local_time<std::chrono::minutes>;

/// One event of a calendar. Text is plain (no Markdown, no HTML): the
/// writer escapes it. Empty optional fields are left out.
struct CalendarEvent {
  std::string uid;     ///< stable across builds and audiences: see EventUid
  LocalMinutes start;  ///< in the calendar's time zone
  LocalMinutes end;    ///< after start: the caller checks
  std::string summary;
  std::string location;                 ///< optional
  std::string description;              ///< optional
  std::string url;                      ///< optional: the event's page
  std::vector<std::string> categories;  ///< optional: such as the event's kind
};

/// An iCalendar feed (RFC 5545): every field has a default.
struct Calendar {
  std::string name;                                        ///< NAME and X-WR-CALNAME
  std::string time_zone = std::string(kDefaultTimeZone);   ///< one IsTimeZone accepts
  std::string prodid = "-//clustersite//clustersite//EN";  ///< who wrote the file
  /// DTSTAMP of every event: an instant the build is as of, not the clock,
  /// so that a rebuild writes the same bytes.
  std::chrono::sys_seconds dtstamp{};
  std::vector<CalendarEvent> events;  ///< written in this order
};

/// The calendar as an .ics file: CRLF lines folded at 75 octets, TEXT
/// escaped, no METHOD (a feed, not an invitation), start and end in the
/// calendar's zone with its VTIMEZONE, cut to the years the events span.
/// A zone without a VTIMEZONE (`UTC`) writes the times in UTC instead.
std::string WriteCalendar(const Calendar& calendar);

}  // namespace clustersite
