#include "indexes/sitemap.h"

#include "core/url.h"
#include "pages/cluster_pages.h"

namespace clustersite {
namespace {

std::optional<Date> Newest(std::optional<Date> a, const std::optional<Date>& b) {
  if (!a || (b && *b > *a)) return b;
  return a;
}

std::optional<Date> LastModified(const ClusterView& v, const ClusterPage& page) {
  if (page.kind == "home") return ContentDate(v);
  if (page.kind == "story") return v.stories[page.index]->date;
  if (page.kind == "stories" && !v.stories.empty()) return v.stories.front()->date;
  if (page.kind == "members") {
    std::optional<Date> newest;
    for (const Member* m : v.members) newest = Newest(newest, m->joined);
    return newest;
  }
  return std::nullopt;
}

MustacheData UrlList(const std::vector<SitemapUrl>& urls, size_t from, size_t to) {
  MustacheData list = List();
  for (size_t i = from; i < to; ++i) {
    MustacheData u = Object();
    Put(u, "loc", urls[i].loc);
    if (urls[i].lastmod) Put(u, "lastmod", urls[i].lastmod->Iso());
    Append(list, std::move(u));
  }
  return list;
}

}  // namespace

std::vector<SitemapUrl> ClusterSitemap(const ClusterContext& ctx) {
  const ClusterView& v = *ctx.view;
  std::vector<SitemapUrl> urls;
  for (const ClusterPage& page : ListClusterPages(v)) {
    if (page.kind == "search") continue;
    urls.push_back({ctx.base_url + page.dir, LastModified(v, page)});
  }
  urls.push_back({ctx.base_url + "welcome-kit/", ContentDate(v)});
  return urls;
}

std::vector<OutputFile> SitemapFiles(const Theme& theme, const std::vector<SitemapUrl>& urls,
                                     const std::string& base_url, const std::string& prefix,
                                     size_t limit) {
  std::vector<OutputFile> files;
  if (urls.size() <= limit) {
    MustacheData d = Object();
    Put(d, "urls", UrlList(urls, 0, urls.size()));
    files.push_back({prefix + "sitemap.xml", theme.Render("sitemap.xml", d), ""});
    return files;
  }
  MustacheData parts = List();
  for (size_t from = 0, n = 1; from < urls.size(); from += limit, ++n) {
    size_t to = std::min(urls.size(), from + limit);
    std::string name = "sitemap-" + std::to_string(n) + ".xml";
    MustacheData d = Object();
    Put(d, "urls", UrlList(urls, from, to));
    files.push_back({prefix + name, theme.Render("sitemap.xml", d), ""});
    std::optional<Date> newest;
    for (size_t i = from; i < to; ++i) newest = Newest(newest, urls[i].lastmod);
    MustacheData part = Object();
    Put(part, "loc", base_url + name);
    if (newest) Put(part, "lastmod", newest->Iso());
    Append(parts, std::move(part));
  }
  MustacheData index = Object();
  Put(index, "sitemaps", std::move(parts));
  files.push_back({prefix + "sitemap.xml", theme.Render("sitemap-index.xml", index), ""});
  return files;
}

std::string RenderRobots(const Theme& theme, const std::string& sitemap_url, bool members) {
  MustacheData d = Object();
  // The template writes it as it is (`{{{sitemap}}}`): no byte of it may end the line.
  if (!sitemap_url.empty()) Put(d, "sitemap", PercentEncodeUnsafe(sitemap_url));
  Put(d, "members", members);
  return theme.Render("robots.txt", d);
}

}  // namespace clustersite
