#include "validate/feedback_rules.h"

#include <map>
#include <tuple>

#include "core/names.h"
#include "model/figures.h"

namespace clustersite {
namespace {

/// The member `r` names, or nullptr (with an error, when members.yaml was read).
const Member* MemberOf(const Cluster& c, const std::map<std::string, const Member*>& members,
                       const std::vector<std::string>& names, const FeedbackRecord& r,
                       Diagnostics* diag) {
  auto it = members.find(r.member.value);
  if (it != members.end()) return it->second;
  if (c.members_read) {
    diag->Error(r.path, r.member.pos,
                "no member `" + r.member.value + "` in " + c.members_path +
                    DidYouMeanNames(r.member.value, names));
  }
  return nullptr;
}

void CheckDates(const Cluster& c, const FeedbackRecord& r, const Member* m, Diagnostics* diag) {
  if (r.date > c.as_of) {
    diag->Error(r.path, r.date_pos,
                "`date` " + r.date.Iso() + " is after " + c.as_of.Iso() +
                    ", the date the build is as of; record a use once it has happened");
  }
  if (m && m->joined && *m->joined > r.date) {
    diag->Warning(r.path, r.member.pos,
                  "`" + m->name + "` joined on " + m->joined->Iso() + ", after this use on " +
                      r.date.Iso() + "; correct the date here or `joined` in " + c.members_path);
  }
}

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
  std::map<std::string, const Member*> members;
  std::vector<std::string> names;
  for (const Member& m : c.members) {
    members.emplace(m.name, &m);
    names.push_back(m.name);
  }
  std::map<std::tuple<std::string, std::string, Date>, const FeedbackRecord*> seen;
  for (const FeedbackRecord& r : c.feedback) {
    UnknownRef(diag, r.path, r.service, "service", services);
    const Member* m = MemberOf(c, members, names, r, diag);
    CheckDates(c, r, m, diag);
    auto [it, first] = seen.emplace(std::make_tuple(r.member.value, r.service.value, r.date), &r);
    if (!first) {
      const FeedbackRecord& earlier = *it->second;
      diag->Warning(r.path, r.pos,
                    "the same member, service and date as at " + earlier.path + ":" +
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
