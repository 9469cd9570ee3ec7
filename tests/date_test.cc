// Calendar dates as content writes them.

#include "core/date.h"

#include <doctest/doctest.h>

#include "test_util.h"

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

TEST_CASE("a date that does not exist says why: the days of its month, or the months of a year") {
  CHECK(ImpossibleDate("2027-02-30") == "2027-02-30 is not a date: February 2027 has 28 days");
  CHECK(ImpossibleDate("2026-02-29") == "2026-02-29 is not a date: February 2026 has 28 days");
  CHECK(ImpossibleDate("2026-04-31") == "2026-04-31 is not a date: April 2026 has 30 days");
  CHECK(ImpossibleDate("2026-13-01") ==
        "2026-13-01 is not a date: there is no month 13; months are 01 to 12");
  CHECK(ImpossibleDate("2026-00-10") ==
        "2026-00-10 is not a date: there is no month 00; months are 01 to 12");
  CHECK(ImpossibleDate("2026-01-00") == "2026-01-00 is not a date: days are counted from 01");
  CHECK(ImpossibleDate("1899-12-31") == "1899-12-31 is too early: dates start in 1900");
}

TEST_CASE("a date that exists, or text not written as a date, has no impossible-date message") {
  for (const char* text : {"2028-02-29", "2026-12-31", "2026-1-01", "pirmā nedēļa", ""}) {
    INFO(text);
    CHECK(ImpossibleDate(text) == "");
  }
}

TEST_CASE("dates compare in calendar order and print zero-padded") {
  CHECK(*ParseDate("2026-02-28") < *ParseDate("2026-03-01"));
  CHECK(*ParseDate("2025-12-31") < *ParseDate("2026-01-01"));
  CHECK(*ParseDate("2026-03-01") == Date{2026, 3, 1});
  CHECK(Date{987, 6, 5}.Iso() == "0987-06-05");
  CHECK(Date{1, 1, 1}.Iso() == "0001-01-01");
  CHECK(Date{9999, 12, 31}.Iso() == "9999-12-31");
  CHECK(Date{2026, 10, 20}.Iso() == "2026-10-20");
  CHECK(Date{12026, 1, 2}.Iso() == "12026-01-02");  // past the four digits, as printf writes it
}

TEST_CASE("an impossible date in content says why at its line: a story, a meeting, a step") {
  MemoryFileSystem fs = testing::ValidTree();
  testing::Edit(&fs, "content/koks/stories/publisks.md", "date: 2026-03-01", "date: 2027-02-30");
  testing::Edit(&fs, "content/koks/cluster.yaml", "next_meeting: 2026-12-03",
                "next_meeting: 2026-02-29");
  testing::Edit(&fs, "content/koks/roadmaps/eksporta-cels.md", "when: 2026-05-01",
                "when: 2026-04-31");
  CHECK(testing::CheckText(fs) ==
        "content/koks/cluster.yaml:11:17: error: `next_meeting`: 2026-02-29 is not a date: "
        "February 2026 has 28 days\n"
        "content/koks/roadmaps/eksporta-cels.md:11:11: error: `when`: 2026-04-31 is not a date: "
        "April 2026 has 30 days\n"
        "content/koks/stories/publisks.md:5:7: error: `date`: 2027-02-30 is not a date: February "
        "2027 has 28 days\n");
}

}  // namespace clustersite

namespace clustersite {

TEST_CASE("a local time is YYYY-MM-DDTHH:MM of a day that exists") {
  CHECK(ParseDateTime("2026-12-10T08:30") == DateTime{{2026, 12, 10}, 8, 30});
  CHECK(ParseDateTime("2026-12-10T08:30")->Iso() == "2026-12-10T08:30");
  CHECK_FALSE(ParseDateTime("2026-12-10T24:00"));
  CHECK_FALSE(ParseDateTime("2026-12-10T08:60"));
  CHECK_FALSE(ParseDateTime("2026-12-10 08:30"));
  CHECK_FALSE(ParseDateTime("2026-02-29T08:30"));
  CHECK_FALSE(ParseDateTime("2026-12-10T8:30"));
}

}  // namespace clustersite
