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

/// Parses YYYY-MM-DD and checks the day exists (leap years included).
std::optional<Date> ParseDate(std::string_view text);

/// Why `text`, written as YYYY-MM-DD, names no day, in words for a
/// diagnostic: "2027-02-30 is not a date: February 2027 has 28 days".
/// "" when it is a date, or is not written as YYYY-MM-DD at all.
std::string ImpossibleDate(std::string_view text);

}  // namespace clustersite
