#include "validate/feedback_rules.h"

#include <map>
#include <string_view>
#include <unordered_map>

#include "core/names.h"
#include "model/figures.h"

namespace clustersite {
namespace {

/// The member `r` names, or nullptr (with an error, when members.yaml was read).
const Member* MemberOf(const Cluster& c, const FeedbackRecord& r, Diagnostics* diag) {
  if (r.member_index != kUnresolved) return &c.members[r.member_index];
  if (c.members_read) {
    std::vector<std::string> names;
    for (const Member& m : c.members) names.push_back(m.name);
    diag->Error(*r.file, r.member.pos,
                "no member `" + r.member.value + "` in " + c.members_path +
                    DidYouMeanNames(r.member.value, names));
  }
  return nullptr;
}

void CheckDates(const Cluster& c, const FeedbackRecord& r, const Member* m, Diagnostics* diag) {
  if (r.date > c.as_of) {
    diag->Error(*r.file, r.date_pos,
                "`date` " + r.date.Iso() + " is after " + c.as_of.Iso() +
                    ", the date the build is as of; record a use once it has happened");
  }
  if (m && m->joined && *m->joined > r.date) {
    diag->Warning(*r.file, r.member.pos,
                  "`" + m->name + "` joined on " + m->joined->Iso() + ", after this use on " +
                      r.date.Iso() + "; correct the date here or `joined` in " + c.members_path);
  }
}

/// A member's use of a service on a day, by their RecordNumbers: two
/// records of one are one too many.
struct UseKey {
  size_t member;
  size_t service;
  Date date;
  bool operator==(const UseKey&) const = default;
};

struct UseKeyHash {
  size_t operator()(const UseKey& k) const {
    const size_t h = k.member * 1000003 + k.service;
    return h * 31 + static_cast<size_t>(k.date.year * 372 + k.date.month * 31 + k.date.day);
  }
};

void CheckRanking(const Cluster& c, Diagnostics* diag) {
  for (const Service& s : c.services) {
    if (!s.uses_last_year_written) continue;
    diag->Warning(s.path, s.uses_last_year_pos,
                  "`uses_last_year` is ignored: the uses in feedback/ rank the services; remove "
                  "it");
  }
}

void CheckJoined(const Cluster& c, Diagnostics* diag) {
  for (const Member& m : c.members) {
    if (m.kind != MemberKind::kMember || m.joined) continue;
    diag->Warning(c.members_path, m.pos,
                  "`" + m.name +
                      "` has no `joined`, so it is in no group (new, active or reactivate); "
                      "write the date it joined the cluster");
  }
}

}  // namespace

void CheckFeedback(const Cluster& c, Names* services, Diagnostics* diag) {
  if (!c.has_feedback) return;
  CheckJoined(c, diag);
  CheckRanking(c, diag);
  RecordNumbers members(c.members.size()), service_numbers(c.services.size());
  std::unordered_map<UseKey, const FeedbackRecord*, UseKeyHash> seen;
  seen.reserve(c.feedback.size());
  for (const FeedbackRecord& r : c.feedback) {
    if (r.service_index == kUnresolved) UnknownRef(diag, *r.file, r.service, "service", services);
    const Member* m = MemberOf(c, r, diag);
    CheckDates(c, r, m, diag);
    const UseKey key{members.Of(r.member_index, r.member.value),
                     service_numbers.Of(r.service_index, r.service.value), r.date};
    auto [it, first] = seen.emplace(key, &r);
    if (!first) {
      const FeedbackRecord& earlier = *it->second;
      diag->Warning(*r.file, r.pos,
                    "the same member, service and date as at " + *earlier.file + ":" +
                        std::to_string(earlier.pos.line) + "; remove one, or correct its date");
    }
  }
}

void CheckMemberSlugs(const Cluster& c, Diagnostics* diag) {
  std::map<std::string, const Member*> seen;
  for (const Member& m : c.members) {
    const std::string slug = MemberSlug(m.name);
    if (slug.empty()) {
      if (!m.name.empty()) {
        diag->Error(c.members_path, m.pos,
                    "`" + m.name +
                        "` gives no slug for the staff's pages; write the name with "
                        "Latin letters or digits");
      }
      continue;
    }
    auto [it, first] = seen.emplace(slug, &m);
    if (first) continue;
    diag->Error(c.members_path, m.pos,
                "`" + m.name + "` and `" + it->second->name + "` (line " +
                    std::to_string(it->second->pos.line) + ") both give the slug `" + slug +
                    "` for the staff's pages; tell their names apart");
  }
}

}  // namespace clustersite
