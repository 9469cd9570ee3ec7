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

TEST_CASE("member contacts are in the members' view of the members page only") {
  testing::ViewFixture pub;
  MustacheData d = ToData(BuildMembers(pub.ctx));
  const MustacheData& sector = d.get("sectors")->list_value().at(0);
  CHECK(TextAt(sector.get("members")->list_value().at(0), "contact") == "(none)");
  testing::ViewFixture members(Audience::kMembers);
  MustacheData m = ToData(BuildMembers(members.ctx));
  const MustacheData& msector = m.get("sectors")->list_value().at(0);
  CHECK(TextAt(msector.get("members")->list_value().at(0), "contact.name") == "Jānis Koks");
}

}  // namespace clustersite
