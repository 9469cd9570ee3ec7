// The date a build is as of: --as-of, else SOURCE_DATE_EPOCH, else today in the time zone.

#include "core/time_zone.h"

#include <doctest/doctest.h>

#include <chrono>
#include <string>

namespace clustersite {
namespace {

/// The instant `seconds` after 1970-01-01 UTC.
std::chrono::system_clock::time_point At(long long seconds) {
  return std::chrono::system_clock::time_point{std::chrono::seconds{seconds}};
}

// 2026-12-05 23:30 UTC: 2026-12-06 01:30 in Riga (UTC+2 in winter).
constexpr long long kLateOnDec5 = 1796513400;
// 2026-07-01 21:30 UTC: 2026-07-02 00:30 in Riga (UTC+3 in summer).
constexpr long long kLateOnJul1 = 1782941400;

}  // namespace

TEST_CASE("--as-of comes before SOURCE_DATE_EPOCH and the clock") {
  AsOfSource source;
  source.date = Date{2026, 12, 1};
  source.epoch = kLateOnDec5;
  CHECK(AsOfDate(source, "Europe/Riga", At(kLateOnJul1)) == Date{2026, 12, 1});
}

TEST_CASE("SOURCE_DATE_EPOCH comes before the clock") {
  AsOfSource source;
  source.epoch = kLateOnJul1;
  CHECK(AsOfDate(source, "UTC", At(kLateOnDec5)) == Date{2026, 7, 1});
}

TEST_CASE("without --as-of or SOURCE_DATE_EPOCH the as-of date is today in the time zone") {
  CHECK(AsOfDate({}, "Europe/Riga", At(kLateOnDec5)) == Date{2026, 12, 6});
  CHECK(AsOfDate({}, "UTC", At(kLateOnDec5)) == Date{2026, 12, 5});
  CHECK(AsOfDate({}, "America/New_York", At(kLateOnDec5)) == Date{2026, 12, 5});
}

TEST_CASE("an epoch near midnight UTC lands on the next day in Europe/Riga, in winter and summer") {
  AsOfSource source;
  source.epoch = kLateOnDec5;
  CHECK(AsOfDate(source, "Europe/Riga", {}) == Date{2026, 12, 6});
  CHECK(AsOfDate(source, "UTC", {}) == Date{2026, 12, 5});
  source.epoch = kLateOnJul1;
  CHECK(AsOfDate(source, "Europe/Riga", {}) == Date{2026, 7, 2});
}

TEST_CASE("a time zone is a name of the system's tz database, and a typo gets the closest one") {
  std::string closest;
  CHECK(IsTimeZone("Europe/Riga", &closest));
  CHECK(IsTimeZone("UTC", &closest));
  CHECK_FALSE(IsTimeZone("Europe/Rgia", &closest));
  CHECK(closest == "Europe/Riga");
  CHECK_FALSE(IsTimeZone("Riga", &closest));
  CHECK(closest == "Europe/Riga");
  CHECK_FALSE(IsTimeZone("Mars/Olympus_Mons", &closest));
  CHECK(closest == "");
  // A zone is found by its name in the database, never as a path.
  CHECK_FALSE(IsTimeZone("../../../etc/passwd", &closest));
  CHECK_FALSE(IsTimeZone("/usr/share/zoneinfo/Europe/Riga", &closest));
  CHECK_FALSE(IsTimeZone("", &closest));
}

TEST_CASE("SOURCE_DATE_EPOCH is decimal seconds before the year 10000") {
  CHECK(ParseEpoch("1796126400") == 1796126400);
  CHECK(ParseEpoch("0") == 0);
  CHECK_FALSE(ParseEpoch(""));
  CHECK_FALSE(ParseEpoch("-1"));
  CHECK_FALSE(ParseEpoch("17961264OO"));
  CHECK_FALSE(ParseEpoch("2026-12-01"));
  CHECK_FALSE(ParseEpoch("253402300800"));
  CHECK_FALSE(ParseEpoch("99999999999999999999"));
}

}  // namespace clustersite
