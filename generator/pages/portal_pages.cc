#include "pages/portal_pages.h"

#include "core/url.h"
#include "model/audience.h"
#include "pages/site_urls.h"

namespace clustersite {
namespace {

/// The portal index's data; `root` is where its links start ("" on the
/// index, ErrorPageRoot on the 404 page), `url` its absolute address or "".
MustacheData PortalData(const Portal& portal, const Strings& t, Audience audience,
                        const std::string& root, const std::string& url) {
  MustacheData d = Object();
  Put(d, "lang", t.lang());
  Put(d, "t", t.data());
  Put(d, "root", root);
  std::string title = portal.title.empty() ? t.Get("portal_title") : portal.title;
  MustacheData site = Object();
  Put(site, "title", title);
  Put(d, "site", std::move(site));
  MustacheData page = Object();
  Put(page, "title", title);
  Put(page, "description", t.Get("portal_description"));
  Put(page, "kind", "portal");
  Put(page, "is_portal", true);
  Put(page, "site_name", title);
  Put(page, "og_locale", t.Get("og_locale"));
  Put(page, "og_type", "website");
  if (!url.empty()) Put(page, "canonical", url);
  if (IsPrivate(audience)) Put(page, "robots", "noindex, nofollow");
  Put(d, "page", std::move(page));
  MustacheData p = Object();
  Put(p, "title", title);
  Put(d, "portal", std::move(p));
  MustacheData clusters = List();
  for (const Cluster& c : portal.clusters) {
    MustacheData item = Object();
    Put(item, "url", root + c.slug + "/");
    Put(item, "search_url", root + c.slug + "/search/");
    Put(item, "name", c.name);
    Put(item, "vision", c.vision);
    Put(item, "language", Name(c.language));
    if (c.label != Label::kNone) {
      Put(item, "label", Name(c.label));
      Put(item, "label_name", t.Get("label_" + Name(c.label)));
    }
    if (c.logo)
      Put(item, "logo", root + c.slug + "/" + ResolveInTree("", c.logo->value).value_or(""));
    Put(item, "sectors", NameList(c.sectors));
    Append(clusters, std::move(item));
  }
  Put(d, "clusters", std::move(clusters));
  Put(d, "has_clusters", !portal.clusters.empty());
  return d;
}

}  // namespace

void RenderPortalPages(const Portal& portal, const Theme& theme, const Strings& t,
                       Audience audience, const std::string& url, OutputSink* out) {
  MustacheData data = PortalData(portal, t, audience, "", url);
  Put(data, "content", theme.Render("portal", data));
  out->Put(OutputFile{"index.html", theme.Render("layout", std::move(data)), ""});
  MustacheData error = PortalData(portal, t, audience, ErrorPageRoot(url, ""), "");
  Put(error["page"], "title", t.Get("not_found_title"));
  Put(error["page"], "description", t.Get("not_found_text"));
  Put(error["page"], "robots", "noindex");
  Put(error, "content", theme.Render("404", error));
  out->Put(OutputFile{"404.html", theme.Render("layout", std::move(error)), ""});
}

}  // namespace clustersite
