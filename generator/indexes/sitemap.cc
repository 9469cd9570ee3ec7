#include "indexes/sitemap.h"

#include "core/stage_clock.h"
#include "core/url.h"
#include "pages/cluster_pages.h"

namespace clustersite {
namespace {

std::optional<Date> Newest(std::optional<Date> a, const std::optional<Date>& b) {
  if (!a || (b && *b > *a)) return b;
  return a;
}

std::optional<Date> LastModified(const ClusterView& v, const ListGroups& groups,
                                 const ClusterPage& page) {
  std::optional<size_t> group;
  if (page.group) group = page.index;
  if (page.kind == "home") return ContentDate(v);
  if (page.kind == "story") return v.stories[page.index]->date;
  if (page.kind == "stories") {
    const auto& stories = groups.Stories(v, group);
    if (page.slice.first < page.slice.last) return stories[page.slice.first]->date;
  }
  if (page.kind == "members") {
    const std::vector<const Member*>& listed = groups.Members(group);
    std::optional<Date> newest;
    for (size_t i = page.slice.first; i < page.slice.last; ++i)
      newest = Newest(newest, listed[i]->joined);
    return newest;
  }
  return std::nullopt;
}

SitemapView UrlList(const std::vector<SitemapUrl>& urls, size_t from, size_t to) {
  SitemapView v;
  for (size_t i = from; i < to; ++i) {
    SitemapEntryView u{urls[i].loc, std::nullopt};
    if (urls[i].lastmod) u.lastmod = urls[i].lastmod->Iso();
    v.urls.push_back(std::move(u));
  }
  return v;
}

}  // namespace

void Fill(ViewFields& f, SitemapEntryView& v) {
  f.Text("loc", std::move(v.loc));
  f.Text("lastmod", std::move(v.lastmod));
}

void Fill(ViewFields& f, SitemapView& v) { f.List("urls", v.urls); }

void Fill(ViewFields& f, SitemapIndexView& v) { f.List("sitemaps", v.sitemaps); }

void Fill(ViewFields& f, RobotsView& v) {
  f.Raw("sitemap", std::move(v.sitemap));
  f.Flag("members", v.members);
}

std::vector<SitemapUrl> ClusterSitemap(const ClusterView& v, const std::string& base_url) {
  StageScope stage(Stage::kIndexes);
  const ListGroups groups(v);
  std::vector<SitemapUrl> urls;
  if (v.cluster->draft) return urls;
  for (const ClusterPage& page : ListClusterPages(v)) {
    // The staff's pages are for the staff's eyes, not for search engines.
    if (page.kind == "search" || page.kind == "staff" || IsDraftPage(v, page)) continue;
    urls.push_back({base_url + page.dir, LastModified(v, groups, page)});
  }
  urls.push_back({base_url + "welcome-kit/", ContentDate(v)});
  return urls;
}

std::vector<OutputFile> SitemapFiles(const Theme& theme, const std::vector<SitemapUrl>& urls,
                                     const std::string& base_url, const std::string& prefix,
                                     size_t limit) {
  StageScope stage(Stage::kIndexes);
  std::vector<OutputFile> files;
  if (urls.size() <= limit) {
    files.push_back({prefix + "sitemap.xml",
                     theme.Render("sitemap.xml", ToData(UrlList(urls, 0, urls.size()))), ""});
    return files;
  }
  SitemapIndexView index;
  for (size_t from = 0, n = 1; from < urls.size(); from += limit, ++n) {
    size_t to = std::min(urls.size(), from + limit);
    std::string name = "sitemap-" + std::to_string(n) + ".xml";
    files.push_back(
        {prefix + name, theme.Render("sitemap.xml", ToData(UrlList(urls, from, to))), ""});
    std::optional<Date> newest;
    for (size_t i = from; i < to; ++i) newest = Newest(newest, urls[i].lastmod);
    SitemapEntryView part{base_url + name, std::nullopt};
    if (newest) part.lastmod = newest->Iso();
    index.sitemaps.push_back(std::move(part));
  }
  files.push_back({prefix + "sitemap.xml", theme.Render("sitemap-index.xml", ToData(index)), ""});
  return files;
}

std::string RenderRobots(const Theme& theme, const std::string& sitemap_url, bool members) {
  StageScope stage(Stage::kIndexes);
  RobotsView v;
  // The template writes it as it is (`{{{sitemap}}}`): no byte of it may end the line.
  if (!sitemap_url.empty()) v.sitemap = PercentEncodeUnsafe(sitemap_url);
  v.members = members;
  return theme.Render("robots.txt", ToData(v));
}

}  // namespace clustersite
