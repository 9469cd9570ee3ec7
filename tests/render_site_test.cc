// RenderSite and its parts for a preview: one cluster's folder, the portal
// index, one welcome kit; the page count, the page background, and the
// warning when there is no address for feeds and sitemaps.

#include "site/render_site.h"

#include <doctest/doctest.h>

#include "media/media_file.h"
#include "site/load_site.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::Has;

/// `fs` loaded as a site; every test starts from content that has no errors.
Site Load(const MemoryFileSystem& fs, const std::string& theme = "") {
  Diagnostics diag;
  Site site;
  SiteOptions options;
  options.theme = theme;
  REQUIRE(LoadSite(fs, options, &diag, &site));
  return site;
}

RenderOptions Options(const MemoryFileSystem& fs) {
  RenderOptions options;
  options.read_media = ReadMediaFrom(fs, "content", 1024 * 1024);
  return options;
}

/// The paths of `files`.
std::vector<std::string> Paths(const std::vector<OutputFile>& files) {
  std::vector<std::string> out;
  for (const OutputFile& f : files) out.push_back(f.path);
  return out;
}

bool Contains(const std::vector<std::string>& paths, const std::string& path) {
  return std::find(paths.begin(), paths.end(), path) != paths.end();
}

}  // namespace

TEST_CASE("the page count a progress line uses is the number of pages written") {
  for (Audience audience : {Audience::kPublic, Audience::kMembers}) {
    BuildOptions options;
    options.content = std::string(CLUSTERSITE_SOURCE_DIR) + "/content";
    options.audience = audience;
    Diagnostics diag;
    Portal portal;
    REQUIRE(LoadAndValidate(testing::RealFs(), options, &diag, &portal));
    std::vector<OutputFile> files;
    REQUIRE(RenderAll(testing::RealFs(), options, &diag, &files));
    size_t pages = 0;
    for (const OutputFile& f : files)
      pages += f.path.size() > 5 && f.path.compare(f.path.size() - 5, 5, ".html") == 0;
    RenderOptions render;
    render.audience = audience;
    CHECK(CountPages(portal, render) == pages);
    CHECK(pages > 50);
  }
}

TEST_CASE("one cluster renders into its own folder, or as the root when built alone") {
  MemoryFileSystem fs = testing::ValidTree();
  Site site = Load(fs);
  RenderOptions options = Options(fs);
  Diagnostics diag;
  MemorySink sink;
  RenderCluster(site.portal, site.portal.clusters[0], site.theme, options, &diag, &sink);
  CHECK(diag.ToString() == "");
  std::vector<std::string> paths = Paths(sink.Take());
  for (const std::string& path : paths) CHECK(path.rfind("koks/", 0) == 0);
  for (const char* path : {"koks/index.html", "koks/welcome-kit/index.html", "koks/feed.xml",
                           "koks/sitemap.xml", "koks/robots.txt", "koks/404.html",
                           "koks/search/index.json", "koks/media/logo.svg", "koks/style.css"}) {
    INFO(path);
    CHECK(Contains(paths, path));
  }

  options.single_cluster = true;
  MemorySink alone;
  RenderCluster(site.portal, site.portal.clusters[0], site.theme, options, &diag, &alone);
  CHECK(diag.ToString() == "");
  paths = Paths(alone.Take());
  CHECK(Contains(paths, "index.html"));
  CHECK(Contains(paths, "sitemap.xml"));
  CHECK_FALSE(Contains(paths, "koks/index.html"));
}

TEST_CASE("the portal index renders with its 404 page and robots.txt, no cluster and no sitemap") {
  MemoryFileSystem fs = testing::ValidTree();
  Site site = Load(fs);
  Diagnostics diag;
  MemorySink sink;
  RenderPortalIndex(site.portal, site.theme, Options(fs), &diag, &sink);
  CHECK(diag.ToString() == "");
  std::vector<OutputFile> files = sink.Take();
  std::vector<std::string> paths = Paths(files);
  CHECK(Contains(paths, "index.html"));
  CHECK(Contains(paths, "404.html"));
  CHECK(Contains(paths, "style.css"));
  CHECK_FALSE(Contains(paths, "sitemap.xml"));
  for (const std::string& path : paths) CHECK(path.rfind("koks/", 0) == std::string::npos);
  CHECK(testing::FileText(files, "robots.txt") ==
        "User-agent: *\nAllow: /\nSitemap: https://klasteri.example.lv/sitemap.xml\n");
  CHECK(Has(testing::FileText(files, "index.html"), "Koka klasteris"));
}

TEST_CASE("one welcome kit renders alone; an unknown cluster is an error naming close ones") {
  MemoryFileSystem fs = testing::ValidTree();
  Site site = Load(fs);
  Diagnostics diag;
  std::string html;
  KitRequest request;
  request.cluster = "koks";
  request.date = Date{2026, 12, 3};
  CHECK(RenderOneKit(site.portal, site.theme, Options(fs), request, &diag, &html));
  CHECK(diag.ToString() == "");
  CHECK(Has(html, "Koka klasteris"));
  CHECK(Has(html, "Eksporta misijas"));

  request.cluster = "kok";
  CHECK_FALSE(RenderOneKit(site.portal, site.theme, Options(fs), request, &diag, &html));
  CHECK(diag.ToString() == "content/portal.yaml: error: no cluster `kok`; did you mean `koks`?\n");
}

TEST_CASE("the page background is the darker of the style sheet's --bg and --surface, or white") {
  MemoryFileSystem fs = testing::ValidTree();
  fs.Add("dark/static/style.css", ":root { --bg: #ffffff; --surface: #202020; }\n");
  fs.Add("light/static/style.css", ":root { --surface: #f4f4f4; }\n");
  fs.Add("plain/static/style.css", "body { color: #000000; }\n");
  CHECK(PageBackground(Load(fs, "dark").theme) == Rgb{0x20, 0x20, 0x20});
  CHECK(PageBackground(Load(fs, "light").theme) == Rgb{0xf4, 0xf4, 0xf4});
  CHECK(PageBackground(Load(fs, "plain").theme) == Rgb{255, 255, 255});
}

TEST_CASE("without an address the warning names what has no feed or sitemap, once") {
  MemoryFileSystem fs = testing::ValidTree();
  fs.Add("content/portal.yaml", "title: Klasteri\n");
  const std::string head =
      "content/portal.yaml:1:1: warning: no `base_url`: without an address there are no "
      "absolute URLs, so ";
  const std::string rest =
      " no feed.xml, sitemap.xml or canonical links; set `base_url` here (or a cluster's in its "
      "cluster.yaml), or pass --base-url\n";
  auto warnings = [&] {
    Site site = Load(fs);
    Diagnostics diag;
    MemorySink sink;
    RenderSite(site.portal, site.theme, Options(fs), &diag, &sink);
    return diag.ToString();
  };
  CHECK(warnings() == head + "the site has" + rest);
  {
    // Without portal.yaml the warning says to create it, not to set a line in it.
    MemoryFileSystem bare = testing::ValidTree();
    bare.Remove("content/portal.yaml");
    Site site = Load(bare);
    Diagnostics diag;
    MemorySink sink;
    RenderSite(site.portal, site.theme, Options(bare), &diag, &sink);
    CHECK(diag.ToString() ==
          "content/portal.yaml: warning: no `base_url`: without an address there are no "
          "absolute URLs, so the site has no feed.xml, sitemap.xml or canonical links; create "
          "this file with `base_url: https://…` (or a cluster's in its cluster.yaml), or pass "
          "--base-url\n");
  }
  std::string yaml, err;
  REQUIRE(fs.Read("content/koks/cluster.yaml", 10000, &yaml, &err));
  fs.Add("content/koks/cluster.yaml", yaml + "base_url: https://koks.example.lv/\n");
  CHECK(warnings() == head + "the portal index has" + rest);
}

}  // namespace clustersite
