#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pages/card_views.h"
#include "pages/layout_view.h"

namespace clustersite {

// The staff's pages (the `staff` audience only): the member overview, and
// what the annual visit briefs (visit/visit_brief.h) say of a member.

/// The folder of the member overview.
inline constexpr const char* kStaffMembersDir = "staff/members/";
/// The folder of the visit briefs.
inline constexpr const char* kStaffVisitsDir = "staff/visits/";

/// True when `view` is the staff's: only then are the staff's pages made.
bool HasStaffPages(const ClusterView& view);

/// The members that get an annual visit brief (`kind: member`, not
/// partners), by name; none unless HasStaffPages.
std::vector<const Member*> VisitedMembers(const ClusterView& view);

/// The cluster-relative file of `m`'s visit brief: "staff/visits/sia-formatus.html".
std::string VisitBriefPath(const Member& m);

/// A service a member used: how often, and its newest rating.
struct ServiceUseView {
  std::string title, count;
  std::optional<std::string> rating;
};
void Fill(ViewFields& f, ServiceUseView& v);

/// What the staff see of one member or partner.
struct StaffMemberView {
  std::string name, group, group_label;
  std::optional<std::string> why;        ///< why it has no group
  std::optional<std::string> brief_url;  ///< its visit brief; none for a partner
  std::optional<std::string> joined, joined_iso, last_use, last_use_iso, last_rating;
  std::vector<ServiceUseView> used;  ///< most used services first, as the view ranks them
  std::vector<std::string> never_used;
  std::optional<LinkView> roadmap;  ///< the roadmap for its group
};
/// `m` with URLs relative to the page folder `from`.
StaffMemberView BuildStaffMember(const ClusterContext& ctx, const Member& m,
                                 const std::string& from);
void Fill(ViewFields& f, StaffMemberView& v);

/// The roadmap that members of `m`'s group follow, as the kit shows it;
/// nullptr for a member without a group.
const Roadmap* StaffRoadmapOf(const ClusterView& view, const Member& m);

/// The members of one group (`new`, `active`, `reactivate`, or none).
struct StaffGroupView {
  std::string id, title, count;
  std::vector<StaffMemberView> members;
};
void Fill(ViewFields& f, StaffGroupView& v);

/// The member overview: every member and partner, by group, then by name.
struct StaffMembersView {
  LayoutView layout;
  std::string as_of, as_of_iso;
  std::vector<StaffGroupView> groups;  ///< the groups that have members, new to none
  bool has_groups = false;
};
StaffMembersView BuildStaffMembers(const ClusterContext& ctx);
void Fill(ViewFields& f, StaffMembersView& v);

}  // namespace clustersite
