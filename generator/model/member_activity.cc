#include "model/member_activity.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace clustersite {
namespace {

/// The position of each service in the cluster's list, by slug.
using ServiceIndex = std::unordered_map<std::string_view, size_t>;

ServiceIndex IndexOf(const std::vector<Service>& services) {
  ServiceIndex out;
  for (size_t i = 0; i < services.size(); ++i) out.emplace(services[i].slug, i);
  return out;
}

/// The uses (positions in `records`) of each member named in them, up to
/// `as_of`.
std::unordered_map<std::string_view, std::vector<size_t>> UsesByMember(
    const std::vector<FeedbackRecord>& records, const Date& as_of) {
  std::unordered_map<std::string_view, std::vector<size_t>> uses;
  for (size_t i = 0; i < records.size(); ++i) {
    if (records[i].date <= as_of) uses[records[i].member.value].push_back(i);
  }
  return uses;
}

/// The uses of one member (positions in `records`), newest first, made
/// into its activity.
MemberActivity ActivityOf(std::vector<size_t> uses, const std::vector<FeedbackRecord>& records,
                          const std::vector<Service>& services, const ServiceIndex& index) {
  MemberActivity a;
  // Of one day, the record written later first.
  std::sort(uses.begin(), uses.end(), [&](size_t x, size_t y) {
    return std::tie(records[y].date, y) < std::tie(records[x].date, x);
  });
  std::vector<size_t> slot(services.size(), SIZE_MAX);  // in a.used, by service
  std::map<std::string_view, size_t> unlisted;          // a service not in the list
  for (size_t i : uses) {
    const FeedbackRecord& r = records[i];
    auto listed = index.find(r.service.value);
    size_t* k = listed != index.end()
                    ? &slot[listed->second]
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

std::map<std::string, MemberActivity> MemberActivities(const std::vector<FeedbackRecord>& records,
                                                       const std::vector<Service>& services,
                                                       const Date& as_of) {
  const ServiceIndex index = IndexOf(services);
  std::map<std::string, MemberActivity> out;
  for (auto& [name, list] : UsesByMember(records, as_of)) {
    out.emplace(std::string(name), ActivityOf(std::move(list), records, services, index));
  }
  return out;
}

void DeriveMemberActivity(Cluster* c) {
  const ServiceIndex index = IndexOf(c->services);
  auto uses = UsesByMember(c->feedback, c->as_of);
  for (Member& m : c->members) {
    auto it = uses.find(m.name);
    std::vector<size_t> mine;
    if (it != uses.end()) mine = std::move(it->second);
    m.activity = ActivityOf(std::move(mine), c->feedback, c->services, index);
  }
}

NoGroupReason WhyNoGroup(const Member& m) {
  if (m.group != MemberGroup::kNone) return NoGroupReason::kNone;
  if (m.kind == MemberKind::kPartner) return NoGroupReason::kPartner;
  if (!m.joined) return NoGroupReason::kNoJoined;
  return NoGroupReason::kNoFeedback;
}

}  // namespace clustersite
