// The names the site's templates may use, and the check LoadSite runs with them.

#include "site/template_schemas.h"

#include <doctest/doctest.h>

#include "site/load_site.h"
#include "test_util.h"

namespace clustersite {

TEST_CASE("every template of the site's pages and indexes has its names declared") {
  const std::map<std::string, Schema> schemas = SiteTemplateSchemas();
  for (const char* name : {"home", "services", "service", "stories", "story", "roadmaps", "roadmap",
                           "members", "about", "search", "404", "portal", "layout", "feed.xml",
                           "sitemap.xml", "sitemap-index.xml", "robots.txt"}) {
    INFO(name);
    CHECK(schemas.count(name) == 1);
  }
  const Schema& layout = schemas.at("layout");
  CHECK(layout.fields.at("content").kind == Schema::Kind::kRaw);
  CHECK(layout.fields.count("clusters") == 1);      // the portal index's
  CHECK(layout.fields.count("top_services") == 1);  // the home page's
  CHECK(schemas.at("home").fields.at("t").kind == Schema::Kind::kStrings);
  CHECK(schemas.at("feed.xml").fields.at("entries").fields.at("content_escaped").kind ==
        Schema::Kind::kRaw);
}

TEST_CASE("a theme override with a misspelt name fails LoadSite at the template's position") {
  MemoryFileSystem fs = testing::ValidTree();
  fs.Add("my-theme/templates/roadmaps.html", "{{#groups}}\n  {{lable}}\n{{/groups}}\n");
  SiteOptions options;
  options.theme = "my-theme";
  options.as_of.date = testing::kExampleAsOf;
  Diagnostics diag;
  Site site;
  CHECK_FALSE(LoadSite(fs, options, &diag, &site));
  CHECK(diag.ToString() ==
        "my-theme/templates/roadmaps.html:2:3: error: unknown name `lable` in template "
        "`roadmaps`, which would render as nothing; did you mean `label`?\n");
  CHECK_FALSE(site.theme_loaded);
}

}  // namespace clustersite
