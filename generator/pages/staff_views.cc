#include "pages/staff_views.h"

#include <map>

#include "core/url.h"
#include "model/figures.h"
#include "model/member_activity.h"

namespace clustersite {
namespace {

/// The i18n key of why a member has no group: "group_why_partner".
std::string WhyKey(NoGroupReason reason) {
  switch (reason) {
    case NoGroupReason::kPartner:
      return "group_why_partner";
    case NoGroupReason::kNoJoined:
      return "group_why_no_joined";
    case NoGroupReason::kNoFeedback:
      return "group_why_no_feedback";
    case NoGroupReason::kNone:
      break;
  }
  return "";
}

/// "new", "active", "reactivate", or "none".
std::string GroupName(MemberGroup group) {
  return group == MemberGroup::kNone ? "none" : Name(group);
}

/// The services `m` used, most used in the view's ranking first; a service
/// the view does not show (a draft) by its slug.
std::vector<ServiceUseView> UsedServices(const ClusterView& v, const Member& m) {
  std::map<std::string, const ServiceUse*> by_slug;
  for (const ServiceUse& u : m.activity.used) by_slug[u.service] = &u;
  std::vector<ServiceUseView> out;
  auto add = [&](const std::string& title, const ServiceUse& u) {
    ServiceUseView s{title, std::to_string(u.count), std::nullopt};
    if (u.last_rating) s.rating = std::to_string(*u.last_rating);
    out.push_back(std::move(s));
  };
  for (const Service* s : v.services) {
    auto it = by_slug.find(s->slug);
    if (it == by_slug.end()) continue;
    add(s->title, *it->second);
    by_slug.erase(it);
  }
  for (const auto& [slug, use] : by_slug) add(slug, *use);
  return out;
}

}  // namespace

bool HasStaffPages(const ClusterView& view) { return Sees(view.audience, Audience::kStaff); }

std::vector<const Member*> VisitedMembers(const ClusterView& view) {
  std::vector<const Member*> out;
  if (!HasStaffPages(view)) return out;
  for (const Member* m : view.members) {
    if (m->kind == MemberKind::kMember) out.push_back(m);
  }
  return out;
}

std::string VisitBriefPath(const Member& m) { return kStaffVisitsDir + m.slug + ".html"; }

void Fill(ViewFields& f, ServiceUseView& v) {
  f.Text("title", std::move(v.title));
  f.Text("count", std::move(v.count));
  f.Text("rating", std::move(v.rating));
}

const Roadmap* StaffRoadmapOf(const ClusterView& view, const Member& m) {
  if (m.group == MemberGroup::kNone) return nullptr;
  return view.GroupRoadmap(RoadmapOfGroup(m.group));
}

StaffMemberView BuildStaffMember(const ClusterContext& ctx, const Member& m,
                                 const std::string& from) {
  const Strings& t = *ctx.strings;
  const ClusterView& v = *ctx.view;
  StaffMemberView s;
  s.name = m.name;
  s.group = GroupName(m.group);
  s.group_label = t.Get("group_" + s.group);
  if (NoGroupReason why = WhyNoGroup(m); why != NoGroupReason::kNone) s.why = t.Get(WhyKey(why));
  if (m.kind == MemberKind::kMember) s.brief_url = RelativeUrl(from, VisitBriefPath(m));
  if (m.joined) {
    s.joined = t.FormatDate(*m.joined);
    s.joined_iso = m.joined->Iso();
  }
  if (m.last_use) {
    s.last_use = t.FormatDate(*m.last_use);
    s.last_use_iso = m.last_use->Iso();
  }
  if (m.activity.last_rating) s.last_rating = std::to_string(*m.activity.last_rating);
  s.used = UsedServices(v, m);
  for (size_t i : m.activity.never_used) {
    auto it = v.service_by_slug.find(v.cluster->services[i].slug);
    if (it != v.service_by_slug.end()) s.never_used.push_back(it->second->title);
  }
  if (const Roadmap* r = StaffRoadmapOf(v, m))
    s.roadmap = LinkView{r->title, RelativeUrl(from, RoadmapDir(*r))};
  return s;
}

void Fill(ViewFields& f, StaffMemberView& v) {
  f.Text("name", std::move(v.name));
  f.Text("group", std::move(v.group));
  f.Text("group_label", std::move(v.group_label));
  f.Text("why", std::move(v.why));
  f.Text("brief_url", std::move(v.brief_url));
  f.Text("joined", std::move(v.joined));
  f.Text("joined_iso", std::move(v.joined_iso));
  f.Text("last_use", std::move(v.last_use));
  f.Text("last_use_iso", std::move(v.last_use_iso));
  f.Text("last_rating", std::move(v.last_rating));
  f.List("used", v.used);
  f.Names("never_used", std::move(v.never_used));
  f.Object("roadmap", v.roadmap);
}

void Fill(ViewFields& f, StaffGroupView& v) {
  f.Text("id", std::move(v.id));
  f.Text("title", std::move(v.title));
  f.Text("count", std::move(v.count));
  f.List("members", v.members);
}

StaffMembersView BuildStaffMembers(const ClusterContext& ctx) {
  const Strings& t = *ctx.strings;
  const Cluster& c = ctx.cluster();
  StaffMembersView p;
  p.layout =
      BuildLayout(ctx, kStaffMembersDir, "staff", t.Get("title_staff"), t.Get("description_staff"));
  p.as_of = t.FormatDate(c.as_of);
  p.as_of_iso = c.as_of.Iso();
  // The groups in the study's order, then the members without one; in each, by name.
  for (MemberGroup g :
       {MemberGroup::kNew, MemberGroup::kActive, MemberGroup::kReactivate, MemberGroup::kNone}) {
    StaffGroupView group;
    group.id = "group-" + GroupName(g);
    group.title = t.Get("staff_group_" + GroupName(g));
    for (const Member* m : ctx.view->members) {
      if (m->group == g) group.members.push_back(BuildStaffMember(ctx, *m, kStaffMembersDir));
    }
    group.count = std::to_string(group.members.size());
    if (!group.members.empty()) p.groups.push_back(std::move(group));
  }
  p.has_groups = !p.groups.empty();
  return p;
}

void Fill(ViewFields& f, StaffMembersView& v) {
  Fill(f, v.layout);
  f.Text("as_of", std::move(v.as_of));
  f.Text("as_of_iso", std::move(v.as_of_iso));
  f.List("groups", v.groups);
  f.Flag("has_groups", v.has_groups);
}

}  // namespace clustersite
