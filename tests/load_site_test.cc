// LoadSite: the one place that knows the order load → model → validate → theme.

#include "site/load_site.h"

#include <doctest/doctest.h>

#include "test_util.h"

namespace clustersite {
namespace {

/// ValidTree with a story that names a missing service (a content error)
/// and a theme folder whose home template leaves a section open.
MemoryFileSystem BrokenContentAndTheme() {
  MemoryFileSystem fs = testing::ValidTree();
  fs.Add("content/koks/stories/bez.md",
         "---\ntitle: Bez\ncompany: SIA Koks\nservices: [nav]\ndate: 2026-03-01\n"
         "consent: 2026-02-01\n---\nTeksts.\n");
  fs.Add("my-theme/templates/home.html", "{{#page}}\n");
  return fs;
}

/// What LoadSite reads, as of the date the fixtures are written as of.
SiteOptions AsOfExample() {
  SiteOptions options;
  options.as_of.date = testing::kExampleAsOf;
  return options;
}

SiteOptions WithTheme() {
  SiteOptions options = AsOfExample();
  options.theme = "my-theme";
  return options;
}

}  // namespace

TEST_CASE("LoadSite reads, parses and validates the content, then loads the theme") {
  Diagnostics diag;
  Site site;
  CHECK(LoadSite(testing::ValidTree(), AsOfExample(), &diag, &site));
  CHECK(diag.ToString() == "");
  CHECK(site.content_read);
  CHECK(site.theme_loaded);
  CHECK(site.theme.HasTemplate("home"));
  CHECK(site.portal.title == "Klasteri");
  REQUIRE(site.portal.clusters.size() == 1);
  CHECK(site.portal.clusters[0].services.size() == 2);
}

TEST_CASE("content errors stop LoadSite before the theme, unless it keeps going") {
  Diagnostics diag;
  Site site;
  CHECK_FALSE(LoadSite(BrokenContentAndTheme(), WithTheme(), &diag, &site));
  CHECK(diag.ToString() == "content/koks/stories/bez.md:4:12: error: unknown service `nav`\n");
  CHECK_FALSE(site.theme_loaded);

  SiteOptions options = WithTheme();
  options.keep_going = true;
  Diagnostics all;
  Site shown;
  CHECK_FALSE(LoadSite(BrokenContentAndTheme(), options, &all, &shown));
  CHECK(all.ToString() ==
        "content/koks/stories/bez.md:4:12: error: unknown service `nav`\n"
        "my-theme/templates/home.html:1:1: error: section `page` is never closed in this file; "
        "add `{{/page}}` where it ends\n");
  CHECK_FALSE(shown.theme_loaded);
  CHECK(shown.portal.clusters.size() == 1);
}

TEST_CASE("without checking the content, LoadSite reports only the theme's problems") {
  SiteOptions options = WithTheme();
  options.check_content = false;
  Diagnostics diag;
  Site site;
  CHECK_FALSE(LoadSite(BrokenContentAndTheme(), options, &diag, &site));
  CHECK(diag.ToString() ==
        "my-theme/templates/home.html:1:1: error: section `page` is never closed in this file; "
        "add `{{/page}}` where it ends\n");
  CHECK(site.portal.clusters.size() == 1);

  options.theme = "";
  Diagnostics none;
  CHECK(LoadSite(BrokenContentAndTheme(), options, &none, &site));
  CHECK(none.ToString() == "");
}

TEST_CASE("LoadSite parses one cluster through a parse hook, or portal.yaml alone") {
  MemoryFileSystem fs = testing::ValidTree();
  fs.Add("content/mezs/cluster.yaml", "name: Meža klasteris\nvision: Mežs.\n");
  SiteOptions options = AsOfExample();
  options.cluster = "koks";
  options.load_theme = false;
  std::vector<std::string> parsed;
  options.parse_cluster = [&](ClusterFiles files, Diagnostics*, Cluster* c) {
    parsed.push_back(files.slug);
    c->slug = files.slug;
  };
  Diagnostics diag;
  Site site;
  CHECK(LoadSite(fs, options, &diag, &site));
  CHECK(parsed == std::vector<std::string>{"koks"});
  REQUIRE(site.portal.clusters.size() == 1);
  CHECK(site.portal.clusters[0].slug == "koks");
  CHECK(site.portal.title == "Klasteri");
  CHECK_FALSE(site.theme_loaded);

  options.cluster = "nav";
  Site missing;
  CHECK_FALSE(LoadSite(fs, options, &diag, &missing));
  CHECK_FALSE(missing.content_read);

  SiteOptions portal = AsOfExample();
  portal.portal_only = true;
  Site settings;
  CHECK(LoadSite(fs, portal, &diag, &settings));
  CHECK(settings.portal.title == "Klasteri");
  CHECK(settings.portal.clusters.empty());
  CHECK(settings.theme_loaded);
}

}  // namespace clustersite
