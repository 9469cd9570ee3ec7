// What the page builders of a cluster share: rendered Markdown, page
// folders, category and roadmap names, the shared data per folder depth,
// and the members' anchors.

#include "pages/view.h"

#include "pages/layout_view.h"
#include "view_fixture.h"

namespace clustersite {

using testing::TextAt;

TEST_CASE("rendered Markdown is looked up by its document, and a missing one is empty") {
  RenderedMarkdown md;
  md.html["koks/about.md"] = "<p>A</p>";
  md.html["koks/roadmaps/r.md#step1"] = "<p>S</p>";
  CHECK(md.Get("koks/about.md") == "<p>A</p>");
  CHECK(md.Get("koks/roadmaps/r.md#step1") == "<p>S</p>");
  CHECK(md.Get("koks/roadmaps/r.md") == "");
}

TEST_CASE("services, stories and roadmaps each have a folder named by their slug") {
  testing::ViewFixture f(Audience::kMembers);
  CHECK(ServiceDir(*f.view.services.at(0)) == "services/eksports/");
  CHECK(StoryDir(*f.view.stories.at(1)) == "stories/publisks/");
  CHECK(RoadmapDir(*f.view.roadmaps.at(0)) == "roadmaps/eksporta-cels/");
}

TEST_CASE("a category shows the name cluster.yaml gives it, else its key") {
  Cluster c;
  c.categories["eksports"] = "Eksports un tirdzniecība";
  CHECK(CategoryName(c, "eksports") == "Eksports un tirdzniecība");
  CHECK(CategoryName(c, "izglitiba") == "izglitiba");
}

TEST_CASE("each kind of roadmap is named by its UI string") {
  testing::ViewFixture f;
  CHECK(ForLabel(f.strings, RoadmapFor::kNew) == f.strings.Get("for_new"));
  CHECK(ForLabel(f.strings, RoadmapFor::kActive) == f.strings.Get("for_active"));
  CHECK(ForLabel(f.strings, RoadmapFor::kReactivate) == f.strings.Get("for_reactivate"));
  CHECK(ForLabel(f.strings, RoadmapFor::kService) == f.strings.Get("for_service"));
  CHECK(ForLabel(f.strings, RoadmapFor::kNew) != "for_new");
}

TEST_CASE("a page's shared data is that of its folder depth, the deepest for deeper ones") {
  testing::ViewFixture f;
  PrepareShared(&f.ctx);
  CHECK(TextAt(f.ctx.Shared(""), "site.url") == "../");
  CHECK(TextAt(f.ctx.Shared("services/"), "site.url") == "../../");
  CHECK(TextAt(f.ctx.Shared("services/eksports/"), "site.url") == "../../../");
  // Lists' numbered pages lie five folders deep: members/sector/<slug>/page/2/.
  CHECK(TextAt(f.ctx.Shared("members/sector/koka-buvnieciba/page/2/"), "site.url") ==
        "../../../../../../");
  CHECK(&f.ctx.Shared("a/b/c/d/e/f/") == &f.ctx.Shared("a/b/c/d/e/"));
  CHECK(&f.ctx.ErrorShared() == &f.ctx.shared.back());
}

TEST_CASE("members' anchors are their folded names, numbered when two fold alike") {
  Member a, b, c;
  a.name = "SIA Formatus";
  b.name = "SIA “Formatus”";
  c.name = "Ābeļu Dārzs";
  ClusterView view;
  view.members = {&a, &b, &c};
  auto anchors = MemberAnchors(view);
  CHECK(anchors.at(&a) == "m-sia-formatus");
  CHECK(anchors.at(&b) == "m-sia-formatus-2");
  CHECK(anchors.at(&c) == "m-abelu-darzs");
}

}  // namespace clustersite
