#include "validate/feedback_rules.h"

#include <map>
#include <tuple>

#include "core/names.h"

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

}  // namespace

void CheckFeedback(const Cluster& c, Names* services, Diagnostics* diag) {
  if (!c.has_feedback) return;
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

}  // namespace clustersite
