#include "indexes/sitemap.h"

#include <doctest/doctest.h>

#include "test_util.h"

namespace clustersite {

TEST_CASE("a sitemap over the protocol's limit becomes an index of numbered parts") {
  MemoryFileSystem fs;
  Theme theme;
  Diagnostics diag;
  REQUIRE(Theme::Load(fs, "", &diag, &theme));
  std::vector<SitemapUrl> urls = {{"https://x.lv/", Date{2026, 1, 2}},
                                  {"https://x.lv/a/", std::nullopt},
                                  {"https://x.lv/b/?q=1&r=2", Date{2026, 3, 4}}};
  auto one = SitemapFiles(theme, urls, "https://x.lv/", "", 3);
  REQUIRE(one.size() == 1);
  CHECK(one[0].path == "sitemap.xml");
  CHECK(one[0].content ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        "<url><loc>https://x.lv/</loc><lastmod>2026-01-02</lastmod></url>\n"
        "<url><loc>https://x.lv/a/</loc></url>\n"
        "<url><loc>https://x.lv/b/?q=1&amp;r=2</loc><lastmod>2026-03-04</lastmod></url>\n"
        "</urlset>\n");
  auto parts = SitemapFiles(theme, urls, "https://x.lv/k/", "k/", 2);
  REQUIRE(parts.size() == 3);
  CHECK(parts[0].path == "k/sitemap-1.xml");
  CHECK(testing::Has(parts[0].content, "<loc>https://x.lv/a/</loc>"));
  CHECK_FALSE(testing::Has(parts[0].content, "https://x.lv/b/"));
  CHECK(parts[1].path == "k/sitemap-2.xml");
  CHECK(parts[2].path == "k/sitemap.xml");
  CHECK(parts[2].content ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        "<sitemap><loc>https://x.lv/k/sitemap-1.xml</loc><lastmod>2026-01-02</lastmod></sitemap>\n"
        "<sitemap><loc>https://x.lv/k/sitemap-2.xml</loc><lastmod>2026-03-04</lastmod></sitemap>\n"
        "</sitemapindex>\n");
}

}  // namespace clustersite
