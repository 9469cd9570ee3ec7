#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"

namespace clustersite {

/// The time zone of content that names none: the example clusters are Latvian.
inline constexpr std::string_view kDefaultTimeZone = "Europe/Riga";

/// Where the date a build is as of comes from, first given first: `--as-of`,
/// else SOURCE_DATE_EPOCH, else the clock. Every field has a default.
struct AsOfSource {
  std::optional<Date> date;        ///< `--as-of`
  std::optional<long long> epoch;  ///< SOURCE_DATE_EPOCH: seconds since 1970-01-01 UTC
};

/// True when `name` is a time zone of the system's tz database (tzdata),
/// such as `Europe/Riga`; else `*closest` is the name it is likely a typo
/// of (also when only the city is written: `Riga`), or "".
bool IsTimeZone(const std::string& name, std::string* closest);

/// The date a build is as of in the time zone `zone` (one IsTimeZone
/// accepts): `source.date`, else the day `source.epoch` falls on in that
/// zone, else the day `now` falls on there.
Date AsOfDate(const AsOfSource& source, const std::string& zone,
              std::chrono::system_clock::time_point now);

/// How a wall-clock time exists in a zone: once; not at all, in the hour
/// the clocks skip when summer time starts; or twice, in the hour they
/// repeat when it ends.
enum class LocalTimeKind { kUnique, kNonexistent, kAmbiguous };

struct LocalTimeInfo {
  LocalTimeKind kind = LocalTimeKind::kUnique;
  /// Of a skipped or repeated time: the wall-clock span skipped or
  /// repeated, from `from` up to `to`.
  DateTime from, to;
};

/// How `t` exists in `zone` (one IsTimeZone accepts); kUnique when the
/// zone cannot be found.
LocalTimeInfo CheckLocalTime(const std::string& zone, const DateTime& t);

/// The instant `t` names in `zone`: of a repeated time the earlier, of a
/// skipped one the instant the clocks changed; `t` as UTC when the zone
/// cannot be found.
std::chrono::sys_seconds ToUtc(const std::string& zone, const DateTime& t);

/// Midnight UTC of `d`: the instant of a date with no time of day.
std::chrono::sys_seconds MidnightUtc(const Date& d);

/// SOURCE_DATE_EPOCH's value as seconds: decimal digits, before the year
/// 10000; nullopt for anything else.
std::optional<long long> ParseEpoch(std::string_view text);

}  // namespace clustersite
