// What feedback/ says of each member, for the staff's pages.

#include "model/member_activity.h"

#include <doctest/doctest.h>

#include <map>

#include "model/figures.h"
#include "test_util.h"

namespace clustersite {
namespace {

const Date kAsOf{2026, 12, 1};

using testing::Joined;
using testing::Use;

std::vector<Service> Services(const std::vector<std::string>& slugs) {
  std::vector<Service> out(slugs.size());
  for (size_t i = 0; i < slugs.size(); ++i) out[i].slug = slugs[i];
  return out;
}

/// The activity of the members X and Y of a cluster with `services` and
/// `records`, derived as a build derives it.
std::map<std::string, MemberActivity> Activities(const std::vector<FeedbackRecord>& records,
                                                 const std::vector<std::string>& services) {
  Cluster c;
  c.as_of = kAsOf;
  c.services = Services(services);
  c.members = {Joined("X", Date{2020, 1, 1}), Joined("Y", Date{2020, 1, 1})};
  c.feedback = records;
  ResolveFeedback(&c);
  DeriveMemberActivity(&c);
  return {{"X", c.members[0].activity}, {"Y", c.members[1].activity}};
}

}  // namespace

TEST_CASE("a member's uses are listed newest first, of one day the one written later first") {
  const std::vector<FeedbackRecord> records = {
      Use("a", "X", {2026, 3, 1}), Use("b", "X", {2026, 9, 1}), Use("a", "Y", {2026, 5, 1}),
      Use("c", "X", {2026, 9, 1}), Use("a", "X", {2026, 12, 2})};  // after the as-of date
  auto all = Activities(records, {"a", "b", "c"});
  CHECK(all.at("X").uses == std::vector<size_t>{3, 1, 0});
  CHECK(all.at("Y").uses == std::vector<size_t>{2});
}

TEST_CASE("two uses of one service count twice, and the newer rating is the one that counts") {
  const std::vector<FeedbackRecord> records = {Use("a", "X", {2026, 8, 1}, 5),
                                               Use("a", "X", {2026, 2, 1}, 2)};
  const MemberActivity a = Activities(records, {"a"}).at("X");
  REQUIRE(a.used.size() == 1);
  CHECK(a.used[0].service == "a");
  CHECK(a.used[0].count == 2);
  CHECK(a.used[0].last_rating == 5);
  CHECK(a.used[0].last_date == Date{2026, 8, 1});
  CHECK(a.last_rating == 5);
}

TEST_CASE("a use without a rating keeps the rating of the use before it") {
  const std::vector<FeedbackRecord> records = {
      Use("a", "X", {2026, 2, 1}, 3), Use("b", "X", {2026, 4, 1}, 4), Use("a", "X", {2026, 6, 1})};
  const MemberActivity a = Activities(records, {"a", "b"}).at("X");
  REQUIRE(a.used.size() == 2);
  CHECK(a.used[0].last_rating == 3);               // a: the rated use before the unrated one
  CHECK(a.used[0].last_date == Date{2026, 6, 1});  // which is still its last use
  CHECK(a.last_rating == 4);                       // b's, the newest rated use
  CHECK(Activities({Use("a", "X", {2026, 6, 1})}, {"a"}).at("X").last_rating == std::nullopt);
}

TEST_CASE("the services a member never used are the cluster's others, in the cluster's order") {
  const std::vector<FeedbackRecord> records = {Use("b", "X", {2026, 2, 1})};
  // c and a, by their positions in the list
  CHECK(Activities(records, {"c", "b", "a"}).at("X").never_used == std::vector<size_t>{0, 2});
}

TEST_CASE("a member with no records used nothing, and never used every service") {
  Cluster c;
  c.as_of = kAsOf;
  c.services = Services({"a", "b"});
  c.members = {Joined("X", Date{2020, 1, 1}), Joined("Y", Date{2020, 1, 1})};
  c.feedback = {Use("a", "X", {2026, 5, 1}, 4, "Labi.")};
  ResolveFeedback(&c);
  DeriveMemberActivity(&c);
  const MemberActivity& y = c.members[1].activity;
  CHECK(y.used.empty());
  CHECK(y.uses.empty());
  CHECK(y.last_rating == std::nullopt);
  CHECK(y.never_used == std::vector<size_t>{0, 1});
  const MemberActivity& x = c.members[0].activity;
  CHECK(x.uses == std::vector<size_t>{0});
  CHECK(c.feedback[x.uses[0]].comment == "Labi.");
  CHECK(x.never_used == std::vector<size_t>{1});
}

TEST_CASE("a member without a group is told why: a partner, no joined date, no feedback/") {
  Member partner = Joined("P", Date{2020, 1, 1}, MemberKind::kPartner);
  Member unjoined = Joined("U", std::nullopt);
  Member old = Joined("O", Date{2020, 1, 1});
  Member active = Joined("A", Date{2020, 1, 1});
  active.group = MemberGroup::kActive;
  CHECK(WhyNoGroup(partner) == NoGroupReason::kPartner);
  CHECK(WhyNoGroup(unjoined) == NoGroupReason::kNoJoined);
  CHECK(WhyNoGroup(old) == NoGroupReason::kNoFeedback);
  CHECK(WhyNoGroup(active) == NoGroupReason::kNone);
}

}  // namespace clustersite
