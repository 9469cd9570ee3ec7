#include "model/member_activity.h"

#include <algorithm>
#include <tuple>

namespace clustersite {
namespace {

/// The uses of one member (positions in `records`), newest first, made
/// into its activity.
MemberActivity ActivityOf(std::vector<size_t> uses, const std::vector<FeedbackRecord>& records,
                          const std::vector<Service>& services) {
  MemberActivity a;
  // Of one day, the record written later first.
  std::sort(uses.begin(), uses.end(), [&](size_t x, size_t y) {
    return std::tie(records[y].date, y) < std::tie(records[x].date, x);
  });
  std::map<std::string, ServiceUse> used;
  for (size_t i : uses) {
    const FeedbackRecord& r = records[i];
    auto [it, first] =
        used.try_emplace(r.service.value, ServiceUse{r.service.value, 0, {}, r.date});
    ++it->second.count;
    if (!it->second.last_rating) it->second.last_rating = r.rating;
    if (!a.last_rating) a.last_rating = r.rating;
  }
  for (const Service& s : services) {
    if (!used.count(s.slug)) a.never_used.push_back(s.slug);
  }
  for (auto& [slug, use] : used) a.used.push_back(std::move(use));
  a.uses = std::move(uses);
  return a;
}

}  // namespace

std::map<std::string, MemberActivity> MemberActivities(const std::vector<FeedbackRecord>& records,
                                                       const std::vector<Service>& services,
                                                       const Date& as_of) {
  std::map<std::string, std::vector<size_t>> uses;
  for (size_t i = 0; i < records.size(); ++i) {
    if (records[i].date <= as_of) uses[records[i].member.value].push_back(i);
  }
  std::map<std::string, MemberActivity> out;
  for (auto& [name, list] : uses) out.emplace(name, ActivityOf(std::move(list), records, services));
  return out;
}

void DeriveMemberActivity(Cluster* c) {
  std::map<std::string, MemberActivity> all = MemberActivities(c->feedback, c->services, c->as_of);
  for (Member& m : c->members) {
    auto it = all.find(m.name);
    m.activity = it != all.end() ? std::move(it->second) : ActivityOf({}, c->feedback, c->services);
  }
}

NoGroupReason WhyNoGroup(const Member& m) {
  if (m.group != MemberGroup::kNone) return NoGroupReason::kNone;
  if (m.kind == MemberKind::kPartner) return NoGroupReason::kPartner;
  if (!m.joined) return NoGroupReason::kNoJoined;
  return NoGroupReason::kNoFeedback;
}

}  // namespace clustersite
