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

namespace clustersite {

TEST_CASE("a local time in Riga is UTC+2 in winter and UTC+3 in summer, across both changes") {
  using std::chrono::sys_days;
  auto utc = [](int y, int m, int d, int h, int min) {
    return std::chrono::sys_seconds{sys_days{std::chrono::year{y} / m / d}} +
           std::chrono::hours(h) + std::chrono::minutes(min);
  };
  CHECK(ToUtc("Europe/Riga", {{2026, 3, 29}, 2, 59}) == utc(2026, 3, 29, 0, 59));
  CHECK(ToUtc("Europe/Riga", {{2026, 3, 29}, 4, 0}) == utc(2026, 3, 29, 1, 0));
  CHECK(ToUtc("Europe/Riga", {{2026, 10, 25}, 2, 30}) == utc(2026, 10, 24, 23, 30));
  // 03:30 happens twice: the first, still summer time, is taken.
  CHECK(ToUtc("Europe/Riga", {{2026, 10, 25}, 3, 30}) == utc(2026, 10, 25, 0, 30));
  CHECK(ToUtc("Europe/Riga", {{2026, 10, 25}, 4, 0}) == utc(2026, 10, 25, 2, 0));
  CHECK(ToUtc("Europe/Riga", {{2026, 12, 10}, 8, 30}) == utc(2026, 12, 10, 6, 30));
}

TEST_CASE("the hour skipped in spring and repeated in autumn are found, with their span") {
  LocalTimeInfo gap = CheckLocalTime("Europe/Riga", {{2026, 3, 29}, 3, 15});
  CHECK(gap.kind == LocalTimeKind::kNonexistent);
  CHECK(gap.from.Iso() == "2026-03-29T03:00");
  CHECK(gap.to.Iso() == "2026-03-29T04:00");
  LocalTimeInfo twice = CheckLocalTime("Europe/Riga", {{2026, 10, 25}, 3, 15});
  CHECK(twice.kind == LocalTimeKind::kAmbiguous);
  CHECK(twice.from.Clock() == "03:00");
  CHECK(twice.to.Clock() == "04:00");
  CHECK(CheckLocalTime("Europe/Riga", {{2026, 3, 29}, 4, 0}).kind == LocalTimeKind::kUnique);
  CHECK(CheckLocalTime("Europe/Riga", {{2026, 10, 25}, 4, 0}).kind == LocalTimeKind::kUnique);
}

TEST_CASE("midnight UTC of a date is the instant of a date without a time") {
  CHECK(MidnightUtc({1970, 1, 2}).time_since_epoch().count() == 86400);
}

}  // namespace clustersite
