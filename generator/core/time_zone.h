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

/// SOURCE_DATE_EPOCH's value as seconds: decimal digits, before the year
/// 10000; nullopt for anything else.
std::optional<long long> ParseEpoch(std::string_view text);

}  // namespace clustersite
