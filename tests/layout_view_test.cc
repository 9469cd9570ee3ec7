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

namespace {

/// Each item of a navigation as "url label", "*" before the current one.
std::vector<std::string> NavItems(const MustacheData& data) {
  std::vector<std::string> out;
  for (const MustacheData& item : data.get("nav")->list_value()) {
    out.push_back((item.get("current")->is_true() ? "*" : "") + TextAt(item, "url") + " " +
                  TextAt(item, "label"));
  }
  return out;
}

}  // namespace

TEST_CASE("pages whose navigation is the same share one, made as each page's own would be") {
  testing::ViewFixture staff(Audience::kStaff);
  ClusterContext shared = staff.ctx;
  shared.nav = std::make_shared<NavCache>();
  // Every folder depth and first folders the navigation's links can tell
  // apart, "staff/members/" (two folders deep) among them.
  const std::vector<std::pair<std::string, std::string>> pages = {
      {"home", ""},
      {"services", "services/"},
      {"service", "services/eksports/"},
      {"stories", "stories/page/2/"},
      {"stories", "stories/service/eksports/"},
      {"story", "stories/a/"},
      {"members", "members/sector/koks/page/2/"},
      {"staff", "staff/members/"},
      {"report", "reports/2026-q4/"},
      {"search", "search/"}};
  for (const auto& [kind, dir] : pages) {
    INFO(kind << " " << dir);
    const MustacheData own = ToData(BuildLayout(staff.ctx, dir, kind, "T", "D"));
    const LayoutView layout = BuildLayout(shared, dir, kind, "T", "D");
    REQUIRE(layout.shared_nav);
    CHECK(layout.nav.empty());
    CHECK(NavItems(*layout.shared_nav) == NavItems(own));
    // The page's own data leaves `nav` to the shared layer.
    LayoutView copy = layout;
    CHECK(ToData(copy).get("nav") == nullptr);
  }
  CHECK(&SharedNav(shared, "story", "stories/a/") == &SharedNav(shared, "story", "stories/b/"));
  CHECK(&SharedNav(shared, "story", "stories/a/") != &SharedNav(shared, "stories", "stories/"));
  // The two lists of stories three folders deep share one too; "stories/" is new.
  CHECK(shared.nav->made.size() == pages.size());
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
