#include "model/figures.h"

#include <unordered_map>

#include "core/unicode.h"

namespace clustersite {

bool InLastYear(const Date& use, const Date& as_of) {
  const long days = DayNumber(as_of) - DayNumber(use);
  return days >= 0 && days <= kLastYearDays;
}

void ResolveFeedback(Cluster* c) {
  std::unordered_map<std::string_view, size_t> services, members;
  for (size_t i = 0; i < c->services.size(); ++i) services.emplace(c->services[i].slug, i);
  for (size_t i = 0; i < c->members.size(); ++i) members.emplace(c->members[i].name, i);
  auto find = [](const std::unordered_map<std::string_view, size_t>& map, std::string_view key) {
    auto it = map.find(key);
    return it == map.end() ? kUnresolved : it->second;
  };
  for (FeedbackRecord& r : c->feedback) {
    r.service_index = find(services, r.service.value);
    r.member_index = find(members, r.member.value);
  }
}

std::vector<long> UsesInLastYear(const std::vector<FeedbackRecord>& records, size_t services,
                                 const Date& as_of) {
  std::vector<long> uses(services);
  for (const FeedbackRecord& r : records) {
    if (r.service_index != kUnresolved && InLastYear(r.date, as_of)) ++uses[r.service_index];
  }
  return uses;
}

MemberGroup GroupOf(const Member& m, const std::optional<Date>& last_use, bool has_feedback,
                    const Date& as_of) {
  if (m.kind != MemberKind::kMember || !m.joined) return MemberGroup::kNone;
  if (YearsAfter(*m.joined, 2) > as_of) return MemberGroup::kNew;
  if (!has_feedback) return MemberGroup::kNone;
  return last_use && InLastYear(*last_use, as_of) ? MemberGroup::kActive : MemberGroup::kReactivate;
}

RoadmapFor RoadmapOfGroup(MemberGroup group) {
  switch (group) {
    case MemberGroup::kActive:
      return RoadmapFor::kActive;
    case MemberGroup::kReactivate:
      return RoadmapFor::kReactivate;
    case MemberGroup::kNone:
    case MemberGroup::kNew:
      break;
  }
  return RoadmapFor::kNew;
}

std::string MemberSlug(std::string_view name) { return AsciiSlug(name); }

void DeriveFigures(Cluster* c) {
  const std::vector<long> uses = UsesInLastYear(c->feedback, c->services.size(), c->as_of);
  for (size_t i = 0; i < c->services.size(); ++i) {
    Service& s = c->services[i];
    s.uses = c->has_feedback ? uses[i] : s.uses_last_year;
  }
  std::vector<std::optional<Date>> last_use(c->members.size());
  for (const FeedbackRecord& r : c->feedback) {
    if (r.member_index == kUnresolved || r.date > c->as_of) continue;
    std::optional<Date>& last = last_use[r.member_index];
    if (!last || r.date > *last) last = r.date;
  }
  for (size_t i = 0; i < c->members.size(); ++i) {
    Member& m = c->members[i];
    m.slug = MemberSlug(m.name);
    if (last_use[i]) m.last_use = last_use[i];
    m.group = GroupOf(m, m.last_use, c->has_feedback, c->as_of);
  }
}

}  // namespace clustersite
