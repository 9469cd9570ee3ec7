// Views of contacts, cards and steps, and their template data.

#include "pages/card_views.h"

#include "view_fixture.h"

namespace clustersite {

using testing::TextAt;

TEST_CASE("a contact's tel: link keeps the digits and one leading plus") {
  Contact c;
  c.name = "Ilze";
  c.phone = "+371 2000-0000 +";
  MustacheData d = ContactData(c);
  CHECK(TextAt(d, "phone") == "+371 2000-0000 +");
  CHECK(TextAt(d, "phone_tel") == "+37120000000");
  CHECK(TextAt(d, "role") == "(none)");
}

TEST_CASE("a service card has its rank, category and URL from the page it is on") {
  testing::ViewFixture f;
  MustacheData d = ServiceCard(f.ctx, *f.view.services[0], "services/", 1);
  CHECK(TextAt(d, "url") == "eksports/");
  CHECK(TextAt(d, "rank") == "1");
  CHECK(TextAt(d, "category") == "eksports");
  CHECK(TextAt(d, "members_only") == "false");
  CHECK(TextAt(ServiceCard(f.ctx, *f.view.services[1], "", 0), "rank") == "(none)");
}

TEST_CASE("a step says who takes it and carries its Markdown, rewritten when asked") {
  testing::ViewFixture f;
  const Roadmap& r = *f.view.roadmaps[0];
  f.markdown.html[r.rel + "#step2"] = "<p>Braucam</p>";
  std::vector<StepView> steps = BuildSteps(f.ctx, r);
  REQUIRE(steps.size() == 2);
  MustacheData second = ToData(steps[1]);
  CHECK(TextAt(second, "is_member") == "true");
  CHECK(TextAt(second, "is_cluster") == "(none)");
  CHECK(TextAt(second, "when") == "2026. gada 1. maijs");
  CHECK(TextAt(second, "text_html") == "<p>Braucam</p>");
  MustacheData adapted = StepsData(f.ctx, r, [](const std::string& key, const std::string& html) {
    return key.substr(key.find('#')) + html;
  });
  CHECK(TextAt(adapted.list_value()[1], "text_html") == "#step2<p>Braucam</p>");
}

TEST_CASE("a roadmap card links its service") {
  testing::ViewFixture f;
  MustacheData d = ToData(BuildRoadmapCard(f.ctx, *f.view.roadmaps[0], "roadmaps/"));
  CHECK(TextAt(d, "service.url") == "../services/eksports/");
  CHECK(TextAt(d, "steps_count") == "2");
}

}  // namespace clustersite
