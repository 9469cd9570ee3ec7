#include "pages/portal_pages.h"

#include "core/stage_clock.h"
#include "core/url.h"
#include "pages/site_urls.h"

namespace clustersite {
void Fill(ViewFields& f, PortalClusterView& v) {
  f.Text("url", std::move(v.url));
  f.Text("search_url", std::move(v.search_url));
  f.Text("name", std::move(v.name));
  f.Text("vision", std::move(v.vision));
  f.Text("language", std::move(v.language));
  f.Text("label", std::move(v.label));
  f.Text("label_name", std::move(v.label_name));
  f.Text("logo", std::move(v.logo));
  f.Names("sectors", std::move(v.sectors));
  f.Flag("draft", v.draft);
}

void Fill(ViewFields& f, PortalTitleView& v) { f.Text("title", std::move(v.title)); }

void Fill(ViewFields& f, PortalView& v) {
  f.Text("lang", std::move(v.lang));
  f.Strings("t", v.t);
  f.Text("root", std::move(v.root));
  f.Object("site", v.site);
  f.Object("page", v.page);
  f.Object("portal", v.portal);
  f.List("clusters", v.clusters);
  f.Flag("has_clusters", v.has_clusters);
}

namespace {

PortalClusterView BuildPortalCluster(const Cluster& c, const Strings& t, const std::string& root) {
  PortalClusterView v;
  v.url = root + c.slug + "/";
  v.search_url = root + c.slug + "/search/";
  v.name = c.name;
  v.vision = c.vision;
  v.language = Name(c.language);
  if (c.label != Label::kNone) {
    v.label = Name(c.label);
    v.label_name = t.Get("label_" + Name(c.label));
  }
  if (c.logo) v.logo = root + c.slug + "/" + ResolveInTree("", c.logo->value).value_or("");
  v.sectors = c.sectors;
  v.draft = c.draft;
  return v;
}

}  // namespace

PortalView BuildPortal(const Portal& portal, const Strings& t, Audience audience,
                       const std::string& root, const std::string& url) {
  PortalView v;
  v.lang = t.lang();
  v.t = &t.data();
  v.root = root;
  std::string title = portal.title.empty() ? t.Get("portal_title") : portal.title;
  v.site.title = title;
  PageMetaView& page = v.page;
  page.title = title;
  page.description = portal.description.empty() ? t.Get("portal_description") : portal.description;
  page.kind = "portal";
  page.site_name = title;
  page.og_locale = t.Get("og_locale");
  page.og_type = "website";
  if (!url.empty()) page.canonical = url;
  if (IsPrivate(audience)) page.robots = "noindex, nofollow";
  v.portal.title = std::move(title);
  for (const Cluster& c : portal.clusters) v.clusters.push_back(BuildPortalCluster(c, t, root));
  v.has_clusters = !portal.clusters.empty();
  return v;
}

void RenderPortalPages(const Portal& portal, const Theme& theme, const Strings& t,
                       Audience audience, const std::string& url, OutputSink* out,
                       const std::string& path) {
  StageScope stage(Stage::kTemplates);
  MustacheData data = ToData(BuildPortal(portal, t, audience, "", url));
  Put(data, "content", theme.Render("portal", data));
  out->Put(OutputFile{"index.html", theme.Render("layout", data), ""});
  PortalView error = BuildPortal(portal, t, audience, ErrorPageRoot(url, path), "");
  error.page.title = t.Get("not_found_title");
  error.page.description = t.Get("not_found_text");
  error.page.robots = "noindex";
  MustacheData error_data = ToData(error);
  Put(error_data, "content", theme.Render("404", error_data));
  out->Put(OutputFile{"404.html", theme.Render("layout", error_data), ""});
}

}  // namespace clustersite
