#include "model/closed_sets.h"

#include <doctest/doctest.h>

#include "model/model.h"

namespace clustersite {
namespace {

/// True when every value of E has one name, and that name reads back as it.
template <typename E>
bool RoundTrips() {
  for (const Named<E>& n : ClosedSet<E>::names) {
    if (Name(n.value) != n.name) return false;
    if (n.accepted && FromName<E>(n.name) != n.value) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("each value of every closed set has one name that reads back as it") {
  CHECK(RoundTrips<Audience>());
  CHECK(RoundTrips<RoadmapFor>());
  CHECK(RoundTrips<ServiceAudience>());
  CHECK(RoundTrips<MemberKind>());
  CHECK(RoundTrips<MemberType>());
  CHECK(RoundTrips<MemberSize>());
  CHECK(RoundTrips<StepWho>());
  CHECK(RoundTrips<Label>());
  CHECK(RoundTrips<Newsletter>());
  CHECK(RoundTrips<Language>());
}

TEST_CASE("a name is the one content writes") {
  CHECK(Name(MemberKind::kPartner) == "partner");
  CHECK(Name(MemberType::kNgo) == "ngo");
  CHECK(Name(Label::kSilver) == "silver");
  CHECK(Name(Newsletter::kMonthly) == "monthly");
  CHECK(Name(Language::kEn) == "en");
  CHECK(Name(Audience::kStaff) == "staff");
}

TEST_CASE("a value that stands for \"not given\" has the empty name and is not offered") {
  CHECK(Name(Label::kNone) == "");
  CHECK(Name(MemberSize::kUnset) == "");
  CHECK(FromName<Label>("") == Label::kNone);
  CHECK(AcceptedNames<Label>() == std::vector<std::string>{"bronze", "silver", "gold"});
  CHECK(AcceptedNames<MemberSize>() == std::vector<std::string>{"sme", "large"});
}

TEST_CASE("the audiences are public, members and staff, in that order") {
  CHECK(FromName<Audience>("staff") == Audience::kStaff);
  CHECK(AcceptedNames<Audience>() == std::vector<std::string>{"public", "members", "staff"});
}

TEST_CASE("names are matched exactly") {
  CHECK_FALSE(FromName<MemberKind>("Partner"));
  CHECK_FALSE(FromName<MemberKind>(" partner"));
}

}  // namespace clustersite
