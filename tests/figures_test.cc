// What the model derives from feedback/ and the as-of date.

#include "model/figures.h"

#include <doctest/doctest.h>

#include "test_util.h"

namespace clustersite {
namespace {

const Date kAsOf{2026, 12, 1};

using testing::Joined;
using testing::Use;

}  // namespace

TEST_CASE("the days between two dates cross months, leap days and years") {
  CHECK(DayNumber({1970, 1, 1}) == 0);
  CHECK(DayNumber({2026, 12, 1}) - DayNumber({2025, 12, 1}) == 365);
  CHECK(DayNumber({2024, 12, 1}) - DayNumber({2023, 12, 1}) == 366);
}

TEST_CASE("a use 365 days before the as-of date is in the last 12 months; 366 days is not") {
  CHECK(InLastYear({2025, 12, 1}, kAsOf));         // 365 days
  CHECK_FALSE(InLastYear({2025, 11, 30}, kAsOf));  // 366 days
  CHECK(InLastYear(kAsOf, kAsOf));
  CHECK_FALSE(InLastYear({2026, 12, 2}, kAsOf));  // after the as-of date
}

TEST_CASE("uses per service count the records of the last 365 days") {
  Cluster c;
  c.services.resize(3);
  c.services[0].slug = "a";
  c.services[1].slug = "b";
  c.services[2].slug = "c";
  c.feedback = {Use("a", "X", {2025, 12, 1}),  Use("a", "Y", {2026, 6, 1}),
                Use("a", "X", {2025, 11, 30}), Use("b", "X", {2026, 11, 30}),
                Use("c", "X", {2026, 12, 2}),  Use("d", "X", {2026, 6, 1})};
  ResolveFeedback(&c);
  CHECK(UsesInLastYear(c.feedback, c.services.size(), kAsOf) == std::vector<long>{2, 1, 0});
}

TEST_CASE("a record is resolved to the first service and member of its names, or to none") {
  Cluster c;
  c.services.resize(2);
  c.services[0].slug = "a";
  c.services[1].slug = "b";
  c.members = {Joined("X", std::nullopt), Joined("Y", std::nullopt), Joined("Y", std::nullopt)};
  c.feedback = {Use("b", "Y", {2026, 6, 1}), Use("z", "Z", {2026, 6, 1})};
  ResolveFeedback(&c);
  CHECK(c.feedback[0].service_index == 1);
  CHECK(c.feedback[0].member_index == 1);
  CHECK(c.feedback[1].service_index == kUnresolved);
  CHECK(c.feedback[1].member_index == kUnresolved);
  // Resolved again against what a rebuild reads.
  c.services.erase(c.services.begin());
  ResolveFeedback(&c);
  CHECK(c.feedback[0].service_index == 0);
}

TEST_CASE("a member who joined exactly two years before the as-of date is no longer new") {
  const std::optional<Date> recent = Date{2026, 3, 1};
  CHECK(GroupOf(Joined("A", Date{2024, 12, 2}), std::nullopt, true, kAsOf) == MemberGroup::kNew);
  CHECK(GroupOf(Joined("A", Date{2024, 12, 1}), recent, true, kAsOf) == MemberGroup::kActive);
  CHECK(GroupOf(Joined("A", Date{2024, 12, 1}), std::nullopt, true, kAsOf) ==
        MemberGroup::kReactivate);
}

TEST_CASE("a member is active with a use 365 days before the as-of date, not with one 366 days") {
  const Member old = Joined("A", Date{2020, 1, 1});
  CHECK(GroupOf(old, Date{2025, 12, 1}, true, kAsOf) == MemberGroup::kActive);
  CHECK(GroupOf(old, Date{2025, 11, 30}, true, kAsOf) == MemberGroup::kReactivate);
}

TEST_CASE("where evidence is missing a member has no group: no feedback/, no joined, a partner") {
  CHECK(GroupOf(Joined("A", Date{2020, 1, 1}), std::nullopt, false, kAsOf) == MemberGroup::kNone);
  CHECK(GroupOf(Joined("A", Date{2026, 1, 1}), std::nullopt, false, kAsOf) == MemberGroup::kNew);
  CHECK(GroupOf(Joined("A", std::nullopt), Date{2026, 6, 1}, true, kAsOf) == MemberGroup::kNone);
  CHECK(GroupOf(Joined("A", Date{2020, 1, 1}, MemberKind::kPartner), Date{2026, 6, 1}, true,
                kAsOf) == MemberGroup::kNone);
}

TEST_CASE("a member joined on 29 February is two years a member from 1 March") {
  const Member leap = Joined("A", Date{2024, 2, 29});
  CHECK(GroupOf(leap, std::nullopt, true, {2026, 2, 28}) == MemberGroup::kNew);
  CHECK(GroupOf(leap, std::nullopt, true, {2026, 3, 1}) == MemberGroup::kReactivate);
}

TEST_CASE("a member's group picks the kind of roadmap its kit shows") {
  CHECK(RoadmapOfGroup(MemberGroup::kActive) == RoadmapFor::kActive);
  CHECK(RoadmapOfGroup(MemberGroup::kReactivate) == RoadmapFor::kReactivate);
  CHECK(RoadmapOfGroup(MemberGroup::kNew) == RoadmapFor::kNew);
  CHECK(RoadmapOfGroup(MemberGroup::kNone) == RoadmapFor::kNew);
}

TEST_CASE("a member's slug is its name folded to ASCII") {
  CHECK(MemberSlug("SIA Līvu Koks") == "sia-livu-koks");
  CHECK(MemberSlug("SIA „Šķūnis”") == "sia-skunis");
}

TEST_CASE("with feedback/ the uses rank services; without it uses_last_year does") {
  Cluster c;
  c.as_of = kAsOf;
  c.services.resize(2);
  c.services[0].slug = "a";
  c.services[0].uses_last_year = 40;
  c.services[0].uses = 40;
  c.services[1].slug = "b";
  c.members = {Joined("SIA X", Date{2020, 1, 1}), Joined("SIA Y", Date{2020, 1, 1})};
  DeriveFigures(&c);
  CHECK(c.services[0].uses == 40);
  CHECK(c.members[0].group == MemberGroup::kNone);
  c.has_feedback = true;
  c.feedback = {Use("b", "SIA X", {2026, 5, 1}), Use("b", "SIA X", {2026, 11, 1}),
                Use("a", "SIA Y", {2025, 1, 1})};
  ResolveFeedback(&c);
  DeriveFigures(&c);
  CHECK(c.services[0].uses == 0);
  CHECK(c.services[1].uses == 2);
  CHECK(c.members[0].last_use == Date{2026, 11, 1});
  CHECK(c.members[0].group == MemberGroup::kActive);
  CHECK(c.members[1].group == MemberGroup::kReactivate);
  CHECK(c.members[1].slug == "sia-y");
}

}  // namespace clustersite
