// What a burst of saved files rebuilds in a preview.

#include "serve/rebuild_plan.h"

#include <doctest/doctest.h>

namespace clustersite {

TEST_CASE("a change inside a cluster rebuilds that cluster; the theme or portal.yaml everything") {
  RebuildPlan plan = PlanRebuild({{kContentTree, "koks/stories/a.md"},
                                  {kContentTree, "koks/media/logo.svg"},
                                  {kContentTree, "baltic/cluster.yaml"}});
  CHECK_FALSE(plan.everything);
  CHECK(plan.clusters == std::set<std::string>{"baltic", "koks"});
  CHECK(PlanRebuild({{kContentTree, "koks/stories/.a.md.swp"}, {kContentTree, ".git/index"}})
            .empty());
  CHECK(PlanRebuild({{kContentTree, "portal.yaml"}}).everything);
  CHECK(PlanRebuild({{kContentTree, ""}}).everything);
  CHECK(PlanRebuild({{kThemeTree, "templates/home.html"}}).everything);
  CHECK_FALSE(PlanRebuild({{kThemeTree, ".templates.swp"}}).everything);
  CHECK(PlanRebuild({{kContentTree, "new-cluster"}}).clusters ==
        std::set<std::string>{"new-cluster"});
  FileChange lost;
  lost.overflow = true;
  CHECK(PlanRebuild({lost}).everything);
}

TEST_CASE("a hidden folder anywhere on the way hides a change, and only a hidden one") {
  CHECK(PlanRebuild({{kContentTree, "koks/.cache/stories/a.md"}}).empty());
  CHECK(PlanRebuild({{kThemeTree, "static/.style.css.swp"}}).empty());
  CHECK(PlanRebuild({{kContentTree, "koks/media/logo.v2.svg"}}).clusters ==
        std::set<std::string>{"koks"});
  CHECK(PlanRebuild({}).empty());
}

TEST_CASE("when everything is rebuilt no cluster is named apart") {
  RebuildPlan plan = PlanRebuild({{kContentTree, "koks/about.md"}, {kThemeTree, "i18n/lv.yaml"}});
  CHECK(plan.everything);
  CHECK(plan.clusters.empty());
  CHECK_FALSE(plan.empty());
}

}  // namespace clustersite

namespace clustersite {

TEST_CASE("a saved news item, or a new news/ folder, rebuilds its cluster") {
  CHECK(PlanRebuild({{kContentTree, "koks/news/cenas.md"}}).clusters ==
        std::set<std::string>{"koks"});
  CHECK(PlanRebuild({{kContentTree, "baltic-logistics/news"}}).clusters ==
        std::set<std::string>{"baltic-logistics"});
  CHECK(PlanRebuild({{kContentTree, "koks/news/.cenas.md.swp"}}).empty());
}

}  // namespace clustersite
