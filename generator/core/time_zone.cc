#include "core/time_zone.h"

#include <date/tz.h>

#include <stdexcept>
#include <vector>

#include "core/text.h"

namespace clustersite {
namespace {

/// The zone called `name`, or nullptr. The database is read on first use,
/// so content that names no zone and a build given `--as-of` never read it.
const date::time_zone* FindZone(const std::string& name) {
  try {
    return date::locate_zone(name);
  } catch (const std::runtime_error&) {
    return nullptr;
  }
}

/// The last part of a zone's name: `Riga` of `Europe/Riga`.
std::string City(const std::string& zone) {
  size_t slash = zone.rfind('/');
  return slash == std::string::npos ? zone : zone.substr(slash + 1);
}

/// `t` as the date library's wall-clock time.
date::local_seconds Local(const DateTime& t) {
  const date::local_days day{date::days{DayNumber(t.date)}};
  return date::local_seconds{day} + std::chrono::hours(t.hour) + std::chrono::minutes(t.minute);
}

/// The date library's wall-clock time, to the minute.
DateTime FromLocal(date::local_seconds t) {
  const auto day = date::floor<date::days>(t);
  const date::year_month_day ymd{day};
  const date::hh_mm_ss clock{t - day};
  return {{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
           static_cast<int>(static_cast<unsigned>(ymd.day()))},
          static_cast<int>(clock.hours().count()),
          static_cast<int>(clock.minutes().count())};
}

}  // namespace

std::chrono::sys_seconds MidnightUtc(const Date& d) {
  return std::chrono::sys_seconds{std::chrono::seconds(DayNumber(d) * 86400)};
}

LocalTimeInfo CheckLocalTime(const std::string& zone, const DateTime& t) {
  const date::time_zone* z = FindZone(zone);
  if (!z) return {};
  const date::local_info info = z->get_info(Local(t));
  if (info.result == date::local_info::unique) return {};
  // The change happens at first.end, in UTC; the wall clock reads
  // first.end + first.offset just before it and first.end + second.offset after.
  const date::local_seconds before{info.first.end.time_since_epoch() + info.first.offset};
  const date::local_seconds after{info.first.end.time_since_epoch() + info.second.offset};
  if (info.result == date::local_info::nonexistent)
    return {LocalTimeKind::kNonexistent, FromLocal(before), FromLocal(after)};
  return {LocalTimeKind::kAmbiguous, FromLocal(after), FromLocal(before)};
}

std::chrono::sys_seconds ToUtc(const std::string& zone, const DateTime& t) {
  const date::time_zone* z = FindZone(zone);
  if (!z) return std::chrono::sys_seconds{Local(t).time_since_epoch()};
  return z->to_sys(Local(t), date::choose::earliest);
}

bool IsTimeZone(const std::string& name, std::string* closest) {
  closest->clear();
  if (FindZone(name)) return true;
  std::vector<std::string> zones, cities;
  for (const date::time_zone& z : date::get_tzdb().zones) {
    zones.emplace_back(z.name());
    cities.push_back(City(zones.back()));
  }
  *closest = DidYouMean(name, zones);
  if (closest->empty()) {
    std::string city = DidYouMean(City(name), cities);
    for (size_t i = 0; i < cities.size() && !city.empty(); ++i) {
      if (cities[i] == city) {
        *closest = zones[i];
        break;
      }
    }
  }
  return false;
}

Date AsOfDate(const AsOfSource& source, const std::string& zone,
              std::chrono::system_clock::time_point now) {
  if (source.date) return *source.date;
  date::sys_seconds instant = source.epoch ? date::sys_seconds{std::chrono::seconds{*source.epoch}}
                                           : std::chrono::floor<std::chrono::seconds>(now);
  const date::time_zone* z = FindZone(zone);
  if (!z) z = FindZone(std::string(kDefaultTimeZone));
  // Without tzdata there is no zone at all: the day in UTC, rather than none.
  date::sys_days midnight{z ? date::floor<date::days>(z->to_local(instant)).time_since_epoch()
                            : date::floor<date::days>(instant).time_since_epoch()};
  date::year_month_day day{midnight};
  return {static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
          static_cast<int>(static_cast<unsigned>(day.day()))};
}

std::optional<long long> ParseEpoch(std::string_view text) {
  // 253402300800 is 10000-01-01: a date past it has no YYYY-MM-DD.
  constexpr long long kEnd = 253402300800;
  if (text.empty() || text.size() > 12) return std::nullopt;
  long long seconds = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    seconds = seconds * 10 + (c - '0');
  }
  if (seconds >= kEnd) return std::nullopt;
  return seconds;
}

}  // namespace clustersite
