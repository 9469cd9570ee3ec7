#pragma once

// Reading .ics text in tests, and the checks no validator makes.

#include <string>
#include <utility>
#include <vector>

namespace clustersite::testing {

using Lines = std::vector<std::string>;

/// The lines of `ics` as written, without their CRLF.
Lines Physical(const std::string& ics);

/// The content lines of `ics`, unfolded.
Lines Unfolded(const std::string& ics);

/// The content lines of `ics` named `name` ("DTSTART"), unfolded, with their
/// parameters: "DTSTART;TZID=Europe/Riga:20261210T083000".
Lines ContentLines(const std::string& ics, const std::string& name);

/// The events of `ics`: what follows the VTIMEZONE, whose rules have a DTSTART too.
std::string Events(const std::string& ics);

/// The values of the content lines named `name`, as written (escaped).
Lines Values(const std::string& ics, const std::string& name);

/// Each event's start and end in UTC seconds, as libical reads them through
/// the file's own VTIMEZONE.
std::vector<std::pair<long long, long long>> Instants(const std::string& ics);

/// What validators accept and calendars then get wrong, one line each: a
/// TZID without its VTIMEZONE, an event that does not end after it starts,
/// a DTSTAMP in local time.
std::string Problems(const std::string& ics);

}  // namespace clustersite::testing
