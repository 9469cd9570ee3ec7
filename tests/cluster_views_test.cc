// The views of a cluster's pages.

#include "pages/cluster_views.h"

#include "view_fixture.h"

namespace clustersite {

using testing::TextAt;

TEST_CASE("the home view ranks the most used services and counts members and partners") {
  testing::ViewFixture f;
  MustacheData d = ToData(BuildHome(f.ctx, "{}"));
  const auto& top = d.get("top_services")->list_value();
  REQUIRE(top.size() == 2);
  CHECK(TextAt(top[0], "rank") == "1");
  CHECK(TextAt(top[1], "rank") == "2");
  CHECK(TextAt(d, "member_count") == "1");
  CHECK(TextAt(d, "partner_count") == "0");
  CHECK(TextAt(d, "page.json_ld") == "{}");
  CHECK(TextAt(d, "about_url") == "(none)");
}

TEST_CASE("a service page carries its roadmap with steps, and its stories") {
  testing::ViewFixture f;
  MustacheData d = ToData(BuildServicePage(f.ctx, 0));
  CHECK(TextAt(d, "service.title") == "Eksporta misijas");
  CHECK(TextAt(d, "service.contact.name") == "Ilze Ozola");
  CHECK(TextAt(d, "roadmap.title") == "Eksporta ceļš");
  CHECK(d.get("roadmap")->get("steps")->list_value().size() == 2);
  CHECK(TextAt(d, "has_stories") == "true");
}

TEST_CASE("a story page links the older story as previous and the newer as next") {
  testing::ViewFixture f(Audience::kMembers);
  REQUIRE(f.view.stories.size() == 2);
  MustacheData newest = ToData(BuildStoryPage(f.ctx, 0));
  CHECK(TextAt(newest, "next") == "(none)");
  CHECK(TextAt(newest, "prev.url") == "../" + f.view.stories[1]->slug + "/");
  CHECK(TextAt(newest, "page.published") == f.view.stories[0]->date.Iso());
}

/// The first page of the members list, or of sector `sector`.
MustacheData MembersPage(const testing::ViewFixture& f, std::optional<size_t> sector = {}) {
  return ToData(BuildMembers(f.ctx, ListGroups(f.view), sector, Paginate(1, 30).at(0)));
}

TEST_CASE("member contacts are in the members' view of the members page only") {
  testing::ViewFixture pub;
  MustacheData d = MembersPage(pub);
  const MustacheData& sector = d.get("sectors")->list_value().at(0);
  CHECK(TextAt(sector.get("members")->list_value().at(0), "contact") == "(none)");
  testing::ViewFixture members(Audience::kMembers);
  MustacheData m = MembersPage(members);
  const MustacheData& msector = m.get("sectors")->list_value().at(0);
  CHECK(TextAt(msector.get("members")->list_value().at(0), "contact.name") == "Jānis Koks");
}

TEST_CASE("the members list links each sector's page, which says it is one sector's") {
  testing::ViewFixture f;
  MustacheData all = MembersPage(f);
  CHECK(TextAt(all, "is_sector") == "false");
  CHECK(TextAt(all, "groups.all_current") == "true");
  const MustacheData& link = all.get("groups")->get("links")->list_value().at(0);
  CHECK(TextAt(link, "url") == "sector/koka-buvnieciba/");
  CHECK(TextAt(link, "count") == "1");
  CHECK(TextAt(link, "current") == "false");
  MustacheData sector = MembersPage(f, 0);
  CHECK(TextAt(sector, "is_sector") == "true");
  CHECK(TextAt(sector, "page.title") == "Biedri un partneri: Koka būvniecība");
  CHECK(TextAt(sector, "groups.all_url") == "../../");
  CHECK(TextAt(sector, "groups.all_current") == "false");
  CHECK(TextAt(sector.get("groups")->get("links")->list_value().at(0), "current") == "true");
  CHECK(TextAt(sector, "pager") == "(none)");
}

TEST_CASE("a service naming a member's contact person gives the public the cluster contact too") {
  testing::ViewFixture pub;
  Service s = *pub.view.services.at(0);
  s.contact = Contact{"Jānis Koks", "", "", "", {}};
  MustacheData d = ToData(BuildServiceDetail(pub.ctx, s, "services/x/", 0));
  CHECK(TextAt(d, "contact.name") == "Jānis Koks");
  CHECK(TextAt(d, "contact.organisation") == "SIA Koks");
  CHECK(TextAt(d, "contact.email") == "(none)");
  CHECK(TextAt(d, "via.name") == "Ilze Ozola");
  CHECK(TextAt(d, "via.email") == "ilze@example.lv");
  testing::ViewFixture members(Audience::kMembers);
  MustacheData m = ToData(BuildServiceDetail(members.ctx, s, "services/x/", 0));
  CHECK(TextAt(m, "contact.email") == "janis@example.lv");
  CHECK(TextAt(m, "via") == "(none)");
}

}  // namespace clustersite
