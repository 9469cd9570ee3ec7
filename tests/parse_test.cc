// portal.yaml, and the whole tree into the model.

#include "model/parse.h"

#include <doctest/doctest.h>

namespace clustersite {
namespace {

std::string ParsePortalText(const std::string& yaml, Portal* out) {
  Diagnostics diag;
  ParsePortalYaml({"content/portal.yaml", "portal.yaml", yaml}, &diag, out);
  return diag.ToString();
}

}  // namespace

TEST_CASE("portal.yaml gives the portal's title, language and theme") {
  Portal p;
  CHECK(ParsePortalText("title: Klasteri\nlanguage: en\ntheme: themes/mine\n", &p) == "");
  CHECK(p.title == "Klasteri");
  CHECK(p.language == Language::kEn);
  CHECK(p.theme == "themes/mine");
}

TEST_CASE("portal.yaml may describe the portal in one or two sentences") {
  Portal p;
  CHECK(ParsePortalText("title: Klasteri\ndescription: Latvijas klasteru vietnes.\n", &p) == "");
  CHECK(p.description == "Latvijas klasteru vietnes.");
  CHECK(ParsePortalText("descripton: x\n", &p) ==
        "content/portal.yaml:1:1: error: unknown key `descripton`; did you mean `description`?\n");
}

TEST_CASE("a portal theme outside the content folder is an error") {
  Portal p;
  CHECK(ParsePortalText("theme: ../elsewhere\n", &p) ==
        "content/portal.yaml:1:8: error: `theme` is `../elsewhere`: a theme named here must be "
        "a folder inside the content folder, written relative to it without `..` (give a theme "
        "elsewhere with --theme)\n");
}

TEST_CASE("pages that do not parse are left out, their slugs kept for the references check") {
  ContentTree tree;
  ClusterFiles& files = tree.clusters.emplace_back();
  files.slug = "koks";
  files.services.push_back({"content/koks/services/a.md", "koks/services/a.md", "no front\n"});
  files.services.push_back({"content/koks/services/b.md", "koks/services/b.md",
                            "---\ntitle: B\nsummary: S\n"
                            "category: c\n---\n"});
  files.roadmaps.push_back({"content/koks/roadmaps/r.md", "koks/roadmaps/r.md", "---\n- x\n---\n"});
  Diagnostics diag;
  Portal portal;
  ParsePortal(&tree, ParseOptions{}, &diag, &portal);
  REQUIRE(portal.clusters.size() == 1);
  const Cluster& c = portal.clusters[0];
  REQUIRE(c.services.size() == 1);
  CHECK(c.services[0].slug == "b");
  CHECK(c.unreadable_services == std::vector<std::string>{"a"});
  CHECK(c.roadmaps.empty());
  CHECK(c.unreadable_roadmaps == std::vector<std::string>{"r"});
}

}  // namespace clustersite
