// The staff's member overview: groups, why a member has none, and what each
// member used and said.

#include "pages/staff_views.h"

#include "pages/cluster_pages.h"
#include "view_fixture.h"

namespace clustersite {
namespace {

using testing::TextAt;

/// The names of the members of each group of the overview, "group: a, b".
std::vector<std::string> Groups(const MustacheData& overview) {
  std::vector<std::string> out;
  for (const MustacheData& g : overview.get("groups")->list_value()) {
    std::string line = TextAt(g, "id") + ":";
    for (const MustacheData& m : g.get("members")->list_value()) line += " " + TextAt(m, "name");
    out.push_back(line);
  }
  return out;
}

/// The overview's card of the member `name`.
MustacheData Card(const testing::ViewFixture& f, const std::string& name) {
  for (const Member* m : f.view.members) {
    if (m->name == name) return ToData(BuildStaffMember(f.ctx, *m, kStaffMembersDir));
  }
  FAIL("no member " << name);
  return {};
}

std::vector<std::string> Names(const MustacheData& list) {
  std::vector<std::string> out;
  for (const MustacheData& item : list.list_value())
    out.push_back(item.get("name") ? TextAt(item, "name") : TextAt(item, "title"));
  return out;
}

}  // namespace

TEST_CASE("the member overview lists every member by group: new, active, re-activate, none") {
  testing::ViewFixture f(Audience::kStaff, testing::StaffTree());
  MustacheData d = ToData(BuildStaffMembers(f.ctx));
  CHECK(Groups(d) == std::vector<std::string>{"group-new: SIA Koks", "group-active: AS Mežs",
                                              "group-reactivate: SIA Vecais",
                                              "group-none: SIA Bez Datuma Skola"});
  CHECK(TextAt(d, "as_of_iso") == "2026-12-01");
  CHECK(TextAt(d, "page.robots") == "noindex, nofollow");
}

TEST_CASE("a member without a group says why: no joined date, or a partner") {
  testing::ViewFixture f(Audience::kStaff, testing::StaffTree());
  CHECK(TextAt(Card(f, "SIA Bez Datuma"), "why") == "members.yaml nav norādīts iestāšanās datums");
  CHECK(TextAt(Card(f, "Skola"), "why") == "partneris: grupas ir tikai biedriem");
  CHECK(TextAt(Card(f, "SIA Bez Datuma"), "group_label") == "Bez grupas");
  CHECK(TextAt(Card(f, "AS Mežs"), "why") == "(none)");
  CHECK(TextAt(Card(f, "AS Mežs"), "group_label") == "Aktīvs biedrs");
}

TEST_CASE("a member's card has its last use and rating, the services it used and never used") {
  testing::ViewFixture f(Audience::kStaff, testing::StaffTree());
  MustacheData mezs = Card(f, "AS Mežs");
  CHECK(TextAt(mezs, "last_use_iso") == "2026-06-12");
  CHECK(TextAt(mezs, "last_rating") == "4");  // its last use has no rating: the one before counts
  const auto& used = mezs.get("used")->list_value();
  REQUIRE(used.size() == 2);
  CHECK(TextAt(used[0], "title") == "Apmācības");  // the cluster's most used service first
  CHECK(TextAt(used[0], "count") == "1");
  CHECK(TextAt(used[0], "rating") == "(none)");
  CHECK(TextAt(used[1], "title") == "Eksporta misijas");
  CHECK(TextAt(used[1], "rating") == "4");
  CHECK(Names(*mezs.get("never_used")).empty());
  MustacheData skola = Card(f, "Skola");
  CHECK(TextAt(skola, "last_use") == "(none)");
  CHECK(Names(*skola.get("never_used")) ==
        std::vector<std::string>{"Apmācības", "Eksporta misijas"});
}

TEST_CASE("an overview card links a member's visit brief and its group's roadmap") {
  testing::ViewFixture f(Audience::kStaff, testing::StaffTree());
  MustacheData koks = Card(f, "SIA Koks");
  CHECK(TextAt(koks, "brief_url") == "../visits/sia-koks.html");
  CHECK(TextAt(koks, "roadmap.title") == "Jaunā biedra ceļš");
  CHECK(TextAt(koks, "roadmap.url") == "../../roadmaps/jauns/");
  // No roadmap for active members: the one for new members, as the kit shows.
  CHECK(TextAt(Card(f, "AS Mežs"), "roadmap.title") == "Jaunā biedra ceļš");
  // A partner gets no visit brief, and no group's roadmap.
  CHECK(TextAt(Card(f, "Skola"), "brief_url") == "(none)");
  CHECK(TextAt(Card(f, "Skola"), "roadmap") == "(none)");
  CHECK(TextAt(Card(f, "SIA Bez Datuma"), "roadmap") == "(none)");
}

TEST_CASE("the staff's pages are made for the staff's view only, one brief per member") {
  testing::ViewFixture staff(Audience::kStaff, testing::StaffTree());
  testing::ViewFixture members(Audience::kMembers, testing::StaffTree());
  CHECK(HasStaffPages(staff.view));
  CHECK_FALSE(HasStaffPages(members.view));
  CHECK(VisitedMembers(staff.view).size() == 4);  // not the partner
  CHECK(VisitedMembers(members.view).empty());
  CHECK(VisitBriefPath(*VisitedMembers(staff.view).at(0)) == "staff/visits/as-mezs.html");
  auto is_staff = [](const ClusterPage& p) { return p.dir == "staff/members/"; };
  auto staff_pages = ListClusterPages(staff.view);
  auto members_pages = ListClusterPages(members.view);
  CHECK(std::count_if(staff_pages.begin(), staff_pages.end(), is_staff) == 1);
  CHECK(std::none_of(members_pages.begin(), members_pages.end(), is_staff));
  CHECK(staff_pages.size() == members_pages.size() + 1);
}

TEST_CASE("the navigation links the member overview in the staff's build only") {
  testing::ViewFixture staff(Audience::kStaff, testing::StaffTree());
  testing::ViewFixture members(Audience::kMembers, testing::StaffTree());
  LayoutView s = BuildLayout(staff.ctx, "services/", "services", "T", "D");
  LayoutView m = BuildLayout(members.ctx, "services/", "services", "T", "D");
  CHECK(s.nav.size() == m.nav.size() + 1);
  CHECK(s.nav.back().url == "../staff/members/");
  CHECK(s.nav.back().label == "Biedru pārskats");
  for (const NavItemView& item : m.nav) CHECK(item.url.find("staff") == std::string::npos);
  LayoutView overview = BuildLayout(staff.ctx, "staff/members/", "staff", "T", "D");
  CHECK(overview.nav.back().current);
}

}  // namespace clustersite
