#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/output_file.h"
#include "pages/view.h"
#include "theme/template_schema.h"

namespace clustersite {

/// One page in a sitemap.
struct SitemapUrl {
  std::string loc;              ///< absolute URL
  std::optional<Date> lastmod;  ///< the newest content date the page shows, when it has one
};

/// An entry of a sitemap, or of a sitemap index (a part's URL).
struct SitemapEntryView {
  std::string loc;
  std::optional<std::string> lastmod;
};
void Fill(ViewFields& f, SitemapEntryView& v);

/// The data of templates/sitemap.xml.
struct SitemapView {
  std::vector<SitemapEntryView> urls;
};
void Fill(ViewFields& f, SitemapView& v);

/// The data of templates/sitemap-index.xml: the parts of a split sitemap.
struct SitemapIndexView {
  std::vector<SitemapEntryView> sitemaps;
};
void Fill(ViewFields& f, SitemapIndexView& v);

/// The data of templates/robots.txt.
struct RobotsView {
  std::optional<std::string> sitemap;  ///< percent-encoded: no byte of it may end the line
  bool members = false;
};
void Fill(ViewFields& f, RobotsView& v);

/// The sitemap protocol's limit of URLs in one file.
constexpr size_t kMaxSitemapUrls = 50000;

/// The pages of one cluster for the sitemap, at their canonical URLs
/// below `base_url`, the cluster's address (call only when it is known): every page of
/// ListClusterPages but the search page, and the welcome kit. A story's lastmod is its date; the
/// home, stories list, members list and kit take the newest date they show.
std::vector<SitemapUrl> ClusterSitemap(const ClusterView& v, const std::string& base_url);

/// `prefix` + "sitemap.xml" listing `urls`. Over `limit` URLs they are split
/// into sitemap-1.xml, sitemap-2.xml, … and sitemap.xml is their index;
/// `base_url` is the absolute URL of the folder the files are written to.
std::vector<OutputFile> SitemapFiles(const Theme& theme, const std::vector<SitemapUrl>& urls,
                                     const std::string& base_url, const std::string& prefix,
                                     size_t limit = kMaxSitemapUrls);

/// robots.txt: crawling allowed and the sitemap named (when there is one);
/// a members' build asks every crawler to stay out.
std::string RenderRobots(const Theme& theme, const std::string& sitemap_url, bool members);

}  // namespace clustersite
