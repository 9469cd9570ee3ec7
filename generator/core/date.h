#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clustersite {

/// A calendar date as content writes it: YYYY-MM-DD.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  /// "2026-12-03".
  std::string Iso() const;
  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads the defaulted <=>.
  auto operator<=>(const Date&) const = default;
};

/// A wall-clock time as content writes it, YYYY-MM-DDTHH:MM, to the minute:
/// the time of an event in its cluster's zone, before any zone is applied.
struct DateTime {
  Date date;
  int hour = 0;
  int minute = 0;

  /// "2026-12-10T08:30".
  std::string Iso() const;
  /// "08:30".
  std::string Clock() const;
  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads the defaulted <=>.
  auto operator<=>(const DateTime&) const = default;
};

/// The days from 1970-01-01 to `d` (negative before it): the difference of
/// two dates in days.
long DayNumber(const Date& d);

/// The date `years` calendar years after `d`, as written: 2024-02-29 and
/// two years are 2026-02-29, which compares after 2026-02-28, before 2026-03-01.
inline Date YearsAfter(const Date& d, int years) { return {d.year + years, d.month, d.day}; }

/// Parses YYYY-MM-DD and checks the day exists (leap years included).
std::optional<Date> ParseDate(std::string_view text);

/// Parses YYYY-MM-DDTHH:MM (a day that exists, 00:00 to 23:59).
std::optional<DateTime> ParseDateTime(std::string_view text);

/// Why `text`, written as YYYY-MM-DD, names no day, in words for a
/// diagnostic: "2027-02-30 is not a date: February 2027 has 28 days".
/// "" when it is a date, or is not written as YYYY-MM-DD at all.
std::string ImpossibleDate(std::string_view text);

}  // namespace clustersite
