// Calendar dates as content writes them.

#include "core/date.h"

#include <doctest/doctest.h>

namespace clustersite {

TEST_CASE("dates must exist") {
  CHECK(ParseDate("2024-02-29").has_value());
  CHECK_FALSE(ParseDate("2026-02-29").has_value());
  CHECK_FALSE(ParseDate("2026-13-01").has_value());
  CHECK_FALSE(ParseDate("26-01-01").has_value());
  CHECK(ParseDate("2026-12-03")->Iso() == "2026-12-03");
}

TEST_CASE("a date is exactly YYYY-MM-DD in digits, from 1900 on") {
  for (const char* bad :
       {"2026-1-01", "2026-01-1", "2026/01/01", "2026-01-01 ", " 2026-01-01", "2026-0a-01",
        "+026-01-01", "1899-12-31", "2026-00-10", "2026-01-00", ""}) {
    INFO(bad);
    CHECK_FALSE(ParseDate(bad).has_value());
  }
  CHECK(ParseDate("1900-01-01").has_value());
}

TEST_CASE("February has 29 days in leap years: every fourth, but not centuries unless by 400") {
  CHECK(ParseDate("2000-02-29").has_value());
  CHECK_FALSE(ParseDate("1900-02-29").has_value());
  CHECK_FALSE(ParseDate("2100-02-29").has_value());
  CHECK(ParseDate("2028-02-29").has_value());
  CHECK(ParseDate("2026-04-30").has_value());
  CHECK_FALSE(ParseDate("2026-04-31").has_value());
  CHECK(ParseDate("2026-12-31").has_value());
}

TEST_CASE("dates compare in calendar order and print zero-padded") {
  CHECK(*ParseDate("2026-02-28") < *ParseDate("2026-03-01"));
  CHECK(*ParseDate("2025-12-31") < *ParseDate("2026-01-01"));
  CHECK(*ParseDate("2026-03-01") == Date{2026, 3, 1});
  CHECK(Date{987, 6, 5}.Iso() == "0987-06-05");
}

}  // namespace clustersite
