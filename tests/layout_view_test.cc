// The layout's view: what every page of a cluster shares.

#include "pages/layout_view.h"

#include "view_fixture.h"

namespace clustersite {

using testing::TextAt;

TEST_CASE("a page's layout marks its part of the navigation and starts links at the root") {
  testing::ViewFixture f;
  MustacheData d = ToData(BuildLayout(f.ctx, "services/eksports/", "service", "T", "D"));
  CHECK(TextAt(d, "root") == "../../");
  CHECK(TextAt(d, "page.is_service") == "true");
  CHECK(TextAt(d, "page.canonical") == "https://klasteri.example.lv/koks/services/eksports/");
  CHECK(TextAt(d, "page.robots") == "(none)");
  CHECK(TextAt(d, "feed.href") == "../../feed.xml");
  std::vector<std::string> current;
  for (const MustacheData& item : d.get("nav")->list_value()) {
    if (item.get("current")->is_true()) current.push_back(TextAt(item, "url"));
  }
  CHECK(current == std::vector<std::string>{"../"});
}

TEST_CASE("the members' build asks robots to stay out of every page") {
  testing::ViewFixture f(Audience::kMembers);
  CHECK(TextAt(ToData(BuildLayout(f.ctx, "", "home", "T", "D")), "page.robots") ==
        "noindex, nofollow");
}

TEST_CASE("the 404 page's links start at the error root") {
  testing::ViewFixture f;
  MustacheData d = ToData(BuildErrorPage(f.ctx));
  CHECK(TextAt(d, "search_url") == "/koks/search/");
  CHECK(TextAt(d, "page.robots") == "noindex");
  CHECK(TextAt(d.get("nav")->list_value()[1], "url") == "/koks/services/");
}

TEST_CASE("the shared data holds the cluster, its logo from the root, and the portal") {
  testing::ViewFixture f;
  MustacheData d = ToData(BuildShared(f.ctx, "../", "../../"));
  CHECK(TextAt(d, "cluster.logo") == "../media/logo.svg");
  CHECK(TextAt(d, "cluster.label_name") != "(none)");
  CHECK(TextAt(d, "cluster.communication.next_meeting_iso") == "2026-12-03");
  CHECK(TextAt(d, "site.url") == "../../");
  CHECK(TextAt(d, "t.nav_home") == f.strings.Get("nav_home"));
}

}  // namespace clustersite
