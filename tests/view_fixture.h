#pragma once

#include <doctest/doctest.h>

#include "pages/view.h"
#include "site/load_site.h"
#include "test_util.h"

namespace clustersite::testing {

/// The cluster of ValidTree (or of another tree) as `audience` sees it, with
/// what its views are built from; Markdown is set per test in `markdown.html`.
struct ViewFixture {
  Site site;
  ClusterView view;
  Strings strings;
  RenderedMarkdown markdown;
  ClusterContext ctx;

  /// `tree` is loaded as of kExampleAsOf.
  explicit ViewFixture(Audience audience = Audience::kPublic,
                       const MemoryFileSystem& tree = ValidTree()) {
    Diagnostics diag;
    SiteOptions options;
    options.as_of.date = kExampleAsOf;
    REQUIRE(LoadSite(tree, options, &diag, &site));
    REQUIRE(Strings::Load(site.theme, "lv", &diag, &strings));
    view = SelectAudience(site.portal.clusters.at(0), audience);
    ctx.view = &view;
    ctx.strings = &strings;
    ctx.markdown = &markdown;
    ctx.base_url = "https://klasteri.example.lv/koks/";
    ctx.has_portal = true;
    ctx.error_root = "/koks/";
  }
  ViewFixture(const ViewFixture&) = delete;
  ViewFixture& operator=(const ViewFixture&) = delete;
};

/// The text of `data` at the dotted `name`, or "(none)".
inline std::string TextAt(const MustacheData& data, const std::string& name) {
  const MustacheData* d = &data;
  size_t start = 0;
  while (d && start <= name.size()) {
    size_t dot = std::min(name.find('.', start), name.size());
    d = d->is_object() ? d->get(name.substr(start, dot - start)) : nullptr;
    start = dot + 1;
  }
  if (!d) return "(none)";
  if (d->is_string()) return d->string_value();
  return d->is_true() ? "true" : "false";
}

}  // namespace clustersite::testing
