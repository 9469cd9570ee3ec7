#include "model/member_activity.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string_view>
#include <tuple>

namespace clustersite {
namespace {

/// The uses (positions in `records`) of each of `members` members, up to
/// `as_of`.
std::vector<std::vector<size_t>> UsesByMember(const std::vector<FeedbackRecord>& records,
                                              size_t members, const Date& as_of) {
  std::vector<std::vector<size_t>> uses(members);
  for (size_t i = 0; i < records.size(); ++i) {
    const FeedbackRecord& r = records[i];
    if (r.member_index != kUnresolved && r.date <= as_of) uses[r.member_index].push_back(i);
  }
  return uses;
}

/// The uses of one member (positions in `records`), newest first, made
/// into its activity.
MemberActivity ActivityOf(std::vector<size_t> uses, const std::vector<FeedbackRecord>& records,
                          const std::vector<Service>& services) {
  MemberActivity a;
  // Of one day, the record written later first.
  std::sort(uses.begin(), uses.end(), [&](size_t x, size_t y) {
    return std::tie(records[y].date, y) < std::tie(records[x].date, x);
  });
  std::vector<size_t> slot(services.size(), SIZE_MAX);  // in a.used, by service
  std::map<std::string_view, size_t> unlisted;          // a service not in the list
  for (size_t i : uses) {
    const FeedbackRecord& r = records[i];
    size_t* k = r.service_index != kUnresolved
                    ? &slot[r.service_index]
                    : &unlisted.try_emplace(r.service.value, SIZE_MAX).first->second;
    if (*k == SIZE_MAX) {
      *k = a.used.size();
      a.used.push_back(ServiceUse{r.service.value, 0, {}, r.date});
    }
    ServiceUse& use = a.used[*k];
    ++use.count;
    if (!use.last_rating) use.last_rating = r.rating;
    if (!a.last_rating) a.last_rating = r.rating;
  }
  for (size_t s = 0; s < services.size(); ++s) {
    if (slot[s] == SIZE_MAX) a.never_used.push_back(s);
  }
  std::sort(a.used.begin(), a.used.end(),
            [](const ServiceUse& x, const ServiceUse& y) { return x.service < y.service; });
  a.uses = std::move(uses);
  return a;
}

}  // namespace

void DeriveMemberActivity(Cluster* c) {
  std::vector<std::vector<size_t>> uses = UsesByMember(c->feedback, c->members.size(), c->as_of);
  for (size_t i = 0; i < c->members.size(); ++i)
    c->members[i].activity = ActivityOf(std::move(uses[i]), c->feedback, c->services);
}

NoGroupReason WhyNoGroup(const Member& m) {
  if (m.group != MemberGroup::kNone) return NoGroupReason::kNone;
  if (m.kind == MemberKind::kPartner) return NoGroupReason::kPartner;
  if (!m.joined) return NoGroupReason::kNoJoined;
  return NoGroupReason::kNoFeedback;
}

}  // namespace clustersite
