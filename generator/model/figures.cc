#include "model/figures.h"

#include "core/unicode.h"

namespace clustersite {

bool InLastYear(const Date& use, const Date& as_of) {
  const long days = DayNumber(as_of) - DayNumber(use);
  return days >= 0 && days <= kLastYearDays;
}

std::unordered_map<std::string_view, long> UsesInLastYear(
    const std::vector<FeedbackRecord>& records, const Date& as_of) {
  std::unordered_map<std::string_view, long> uses;
  for (const FeedbackRecord& r : records) {
    if (InLastYear(r.date, as_of)) ++uses[r.service.value];
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
  // Keyed by views into the records: 50,000 records make no string copies.
  const std::unordered_map<std::string_view, long> uses = UsesInLastYear(c->feedback, c->as_of);
  for (Service& s : c->services) {
    auto it = uses.find(s.slug);
    s.uses = !c->has_feedback ? s.uses_last_year : it == uses.end() ? 0 : it->second;
  }
  std::unordered_map<std::string_view, Date> last_use;
  for (const FeedbackRecord& r : c->feedback) {
    if (r.date > c->as_of) continue;
    auto [it, first] = last_use.try_emplace(r.member.value, r.date);
    if (!first && r.date > it->second) it->second = r.date;
  }
  for (Member& m : c->members) {
    m.slug = MemberSlug(m.name);
    auto it = last_use.find(m.name);
    if (it != last_use.end()) m.last_use = it->second;
    m.group = GroupOf(m, m.last_use, c->has_feedback, c->as_of);
  }
}

}  // namespace clustersite
