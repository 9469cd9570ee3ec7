// End-to-end: what content/ publishes for machines (feeds, sitemaps,
// robots.txt, 404 pages, head metadata, JSON-LD, search index), per audience.

#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>

#include "test_util.h"

namespace clustersite {
namespace {

namespace fs = std::filesystem;
using testing::Has;
using testing::InOrder;
using testing::ReadFile;
using testing::Run;

const std::string kBin = CLUSTERSITE_BINARY;
const std::string kSource = CLUSTERSITE_SOURCE_DIR;

const testing::BuiltContent& Content() { return testing::Built(); }

/// tests/fixtures/brand (a light brand colour, no base URL) built once.
struct BrandSite {
  const std::string fixture = kSource + "/tests/fixtures/brand";
  testing::TempDir dir;
  std::string site = dir / "site";
  std::string out;  ///< what the build printed
  BrandSite() { REQUIRE(Run(kBin + " build " + fixture + " -o " + site, &out) == 0); }
};

const BrandSite& Brand() {
  static BrandSite built;
  return built;
}

/// Every match of group 1 of `pattern` in `text`, in order.
std::vector<std::string> All(const std::string& text, const std::string& pattern) {
  std::vector<std::string> out;
  std::regex re(pattern);
  for (std::sregex_iterator it(text.begin(), text.end(), re), end; it != end; ++it)
    out.push_back((*it)[1]);
  return out;
}

/// The URL of every page of a built tree under `dir`, as `base` + folder:
/// what a sitemap of it must list (not the search page, not 404.html).
std::set<std::string> PageUrls(const std::string& tree, const std::string& dir,
                               const std::string& base) {
  std::set<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(tree + "/" + dir)) {
    if (e.path().filename() != "index.html") continue;
    std::string rel = fs::relative(e.path().parent_path(), tree + "/" + dir).string();
    if (rel == "search") continue;
    out.insert(base + (rel == "." ? "" : rel + "/"));
  }
  return out;
}

std::set<std::string> Locs(const std::string& sitemap) {
  auto locs = All(sitemap, "<loc>([^<]*)</loc>");
  return {locs.begin(), locs.end()};
}

bool WellFormedXml(const std::string& path) {
  std::string out;
  return Run("python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' " + path,
             &out) == 0;
}

}  // namespace

TEST_CASE("a cluster's Atom feed holds its audience's stories, newest first, absolute") {
  std::string feed = Content().Public("koks/feed.xml");
  CHECK(WellFormedXml(Content().root + "/public/koks/feed.xml"));
  CHECK(Has(feed, "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"lv\">"));
  CHECK(Has(feed, "<id>https://koks.example.lv/feed.xml</id>"));
  CHECK(Has(feed,
            "<link rel=\"self\" type=\"application/atom+xml\" "
            "href=\"https://koks.example.lv/feed.xml\"/>"));
  CHECK(Has(feed,
            "<link rel=\"alternate\" type=\"text/html\" "
            "href=\"https://koks.example.lv/stories/\"/>"));
  CHECK(Has(feed, "<author><name>Latvijas koka būvniecības klasteris</name>"));
  // The feed's date is its newest story's, so rebuilds are identical.
  CHECK(InOrder(feed, {"<updated>2026-09-08T00:00:00Z</updated>", "<entry>",
                       "<updated>2026-09-08T00:00:00Z</updated>"}));
  auto ids = All(feed, "<entry>\\n<title>[^<]*</title>\\n<id>([^<]*)</id>");
  CHECK(ids == std::vector<std::string>{
                   "https://koks.example.lv/stories/livu-koka-konstrukcijas-atgriesanas/",
                   "https://koks.example.lv/stories/formatus-norvegija/",
                   "https://koks.example.lv/stories/kurzemes-clt-ugunsdrosiba/"});
  for (const std::string& href : All(feed, "href=\"([^\"]*)\""))
    CHECK(href.rfind("https://koks.example.lv/", 0) == 0);
  // The body is escaped HTML whose relative links resolve against the story.
  CHECK(Has(feed,
            "<content type=\"html\" xml:base=\"https://koks.example.lv/stories/"
            "formatus-norvegija/\">&lt;p&gt;"));
  CHECK(Has(feed, "<summary>"));
  CHECK_FALSE(Has(feed, "EkoSiltums pielāgo siltumizolāciju"));  // members only
  std::string members = Content().Members("koks/feed.xml");
  CHECK(InOrder(members, {"EkoSiltums pielāgo siltumizolāciju", "Vidzemes Baļķu Mājas",
                          "Kā SIA Formatus atrada pirmo klientu Norvēģijā"}));
}

TEST_CASE("every page of a cluster links its feed; pages of the portal have none") {
  CHECK(Has(Content().Public("koks/index.html"),
            "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Veiksmes stāsti – "
            "Latvijas koka būvniecības klasteris\" href=\"feed.xml\">"));
  CHECK(Has(Content().Public("koks/services/tirdzniecibas-misijas/index.html"),
            "type=\"application/atom+xml\" title=\"Veiksmes stāsti – Latvijas koka būvniecības "
            "klasteris\" href=\"../../feed.xml\">"));
  CHECK(Has(Content().Public("baltic-logistics/search/index.html"),
            "title=\"Success stories – Baltic Logistics Cluster\" href=\"../feed.xml\">"));
  CHECK_FALSE(Has(Content().Public("index.html"), "application/atom+xml"));
}

TEST_CASE("each sitemap lists exactly its audience's pages at their canonical URLs") {
  const std::string pub = Content().root + "/public";
  CHECK(WellFormedXml(pub + "/sitemap.xml"));
  std::set<std::string> koks = PageUrls(pub, "koks", "https://koks.example.lv/");
  std::set<std::string> food =
      PageUrls(pub, "veseliga-partika", "https://klasteri.example.lv/veseliga-partika/");
  std::set<std::string> logistics =
      PageUrls(pub, "baltic-logistics", "https://klasteri.example.lv/baltic-logistics/");
  CHECK(Locs(Content().Public("koks/sitemap.xml")) == koks);
  CHECK(Locs(Content().Public("veseliga-partika/sitemap.xml")) == food);
  std::set<std::string> all = {"https://klasteri.example.lv/"};
  for (const auto* set : {&koks, &food, &logistics}) all.insert(set->begin(), set->end());
  CHECK(Locs(Content().Public("sitemap.xml")) == all);
  CHECK(koks.count("https://koks.example.lv/stories/formatus-norvegija/") == 1);
  CHECK(koks.count("https://koks.example.lv/stories/ekosiltums-darbnicas/") == 0);
  // The members' build is at portal.yaml's base_url + members/: koks's own
  // base_url is its public address.
  CHECK(Locs(Content().Members("koks/sitemap.xml")) ==
        PageUrls(Content().root + "/members", "koks", "https://klasteri.example.lv/members/koks/"));
  CHECK(Has(Content().Members("koks/sitemap.xml"),
            "<url><loc>https://klasteri.example.lv/members/koks/stories/ekosiltums-darbnicas/</loc>"
            "<lastmod>"));
  // lastmod where the page shows a date.
  CHECK(Has(Content().Public("koks/sitemap.xml"),
            "<url><loc>https://koks.example.lv/stories/formatus-norvegija/</loc>"
            "<lastmod>2026-03-02</lastmod></url>"));
  CHECK(Has(Content().Public("koks/sitemap.xml"),
            "<url><loc>https://koks.example.lv/services/</loc></url>"));
}

TEST_CASE("robots.txt names the sitemap; the members' site asks crawlers to stay out") {
  CHECK(Content().Public("robots.txt") ==
        "User-agent: *\nAllow: /\nSitemap: https://klasteri.example.lv/sitemap.xml\n");
  CHECK(Content().Public("koks/robots.txt") ==
        "User-agent: *\nAllow: /\nSitemap: https://koks.example.lv/sitemap.xml\n");
  CHECK(Content().Members("robots.txt") ==
        "User-agent: *\n# The members' site is not for search engines.\nDisallow: /\n"
        "Sitemap: https://klasteri.example.lv/members/sitemap.xml\n");
  CHECK(Has(Content().Members("koks/index.html"),
            "<meta name=\"robots\" content=\"noindex, nofollow\">"));
  CHECK_FALSE(Has(Content().Public("koks/index.html"), "name=\"robots\""));
}

TEST_CASE("a 404 page speaks its cluster's language and links home and search absolutely") {
  std::string koks = Content().Public("koks/404.html");
  CHECK(Has(koks, "<html lang=\"lv\">"));
  CHECK(Has(koks, "<h1>Lapa nav atrasta</h1>"));
  CHECK(Has(koks, "<meta name=\"robots\" content=\"noindex\">"));
  CHECK(Has(koks, "<link rel=\"stylesheet\" href=\"https://koks.example.lv/style.css\">"));
  CHECK(Has(koks, "<a href=\"https://koks.example.lv/search/\">Meklēt vietnē</a>"));
  CHECK(Has(koks, "<a href=\"https://koks.example.lv/\">Sākumlapa: Latvijas koka"));
  CHECK_FALSE(Has(koks, "rel=\"canonical\""));
  // No relative link: the page is served at any depth.
  for (const std::string& url : All(koks, " (?:href|src)=\"([^\"]*)\""))
    CHECK((url[0] == '#' || url.rfind("https://", 0) == 0 || url.rfind("mailto:", 0) == 0 ||
           url.rfind("tel:", 0) == 0));
  std::string en = Content().Public("baltic-logistics/404.html");
  CHECK(Has(en, "<html lang=\"en\">"));
  CHECK(Has(en, "<h1>Page not found</h1>"));
  CHECK(Has(en, "href=\"https://klasteri.example.lv/baltic-logistics/search/\""));
  std::string portal = Content().Public("404.html");
  CHECK(Has(portal, "href=\"https://klasteri.example.lv/style.css\""));
  CHECK(InOrder(portal, {"href=\"https://klasteri.example.lv/koks/\"",
                         "href=\"https://klasteri.example.lv/koks/search/\""}));
}

TEST_CASE("head tags: canonical, description, Open Graph, favicon") {
  std::string story = Content().Public("koks/stories/formatus-norvegija/index.html");
  const std::string url = "https://koks.example.lv/stories/formatus-norvegija/";
  CHECK(Has(story, "<link rel=\"canonical\" href=\"" + url + "\">"));
  CHECK(Has(story, "<meta property=\"og:url\" content=\"" + url + "\">"));
  CHECK(Has(story, "<meta property=\"og:type\" content=\"article\">"));
  CHECK(Has(story, "<meta property=\"article:published_time\" content=\"2026-03-02\">"));
  CHECK(Has(story,
            "<meta property=\"og:title\" content=\"Kā SIA Formatus atrada pirmo klientu "
            "Norvēģijā\">"));
  CHECK(Has(story,
            "<meta property=\"og:image\" content=\"https://koks.example.lv/media/"
            "logo.svg\">"));
  CHECK(Has(story, "<meta property=\"og:locale\" content=\"lv_LV\">"));
  CHECK(Has(story,
            "<meta property=\"og:site_name\" content=\"Latvijas koka būvniecības "
            "klasteris\">"));
  CHECK(Has(story, "<link rel=\"icon\" href=\"../../media/logo.svg\" type=\"image/svg+xml\">"));
  // Pages without a logo name an empty icon: no request for /favicon.ico.
  CHECK(Has(Content().Public("index.html"), "<link rel=\"icon\" href=\"data:,\">"));
  CHECK(!Has(story, "href=\"data:,\""));
  auto description = All(story, "<meta name=\"description\" content=\"([^\"]*)\">");
  REQUIRE(description.size() == 1);
  CHECK(Has(story, "<meta property=\"og:description\" content=\"" + description[0] + "\">"));
  std::string home = Content().Public("baltic-logistics/index.html");
  CHECK(
      Has(home, "<link rel=\"canonical\" href=\"https://klasteri.example.lv/baltic-logistics/\">"));
  CHECK(Has(home, "<meta property=\"og:locale\" content=\"en_GB\">"));
  CHECK(Has(home, "<meta property=\"og:type\" content=\"website\">"));
  CHECK(Has(home, "<meta name=\"description\" content=\"The Baltic corridor as the fastest"));
  CHECK(Has(Content().Public("index.html"),
            "<link rel=\"canonical\" href=\"https://klasteri."
            "example.lv/\">"));
}

TEST_CASE("the cluster home's JSON-LD parses and names the contact point and the members") {
  std::string home = Content().Public("koks/index.html");
  auto json = All(home, "<script type=\"application/ld\\+json\">([^<]*)</script>");
  REQUIRE(json.size() == 1);
  auto org = nlohmann::json::parse(json[0]);
  CHECK(org["@type"] == "Organization");
  CHECK(org["name"] == "Latvijas koka būvniecības klasteris");
  CHECK(org["url"] == "https://koks.example.lv/");
  CHECK(org["foundingDate"] == "2015");
  CHECK(org["contactPoint"]["name"] == "Ilze Ozola");
  CHECK(org["contactPoint"]["email"] == "ilze.ozola@example.lv");
  std::set<std::string> names;
  for (const auto& m : org["member"]) names.insert(m["name"].get<std::string>());
  CHECK(names.count("SIA Formatus") == 1);
  CHECK(names.count("Zemgales Tehnoloģiju universitāte") == 0);  // a partner
  CHECK_FALSE(Has(json[0], "janis.berzins@formatus.example.lv"));
}

TEST_CASE("search folds diacritics: apmacibas finds Apmācības") {
  auto index = nlohmann::json::parse(Content().Public("koks/search/index.json"));
  size_t found = 0;
  for (const auto& item : index["items"]) {
    if (item["text"].get<std::string>().find("apmacibas") != std::string::npos) {
      ++found;
      CHECK(item["text"].get<std::string>().find("ā") == std::string::npos);
    }
  }
  CHECK(found >= 2);  // the services of the category Apmācības
  std::string page = Content().Public("koks/search/index.html");
  CHECK(Has(page, "<label class=\"search-label\" for=\"search-q\">"));
  CHECK(Has(page, "role=\"status\" aria-live=\"polite\""));
  CHECK(Has(page, "<script src=\"../search.js\" defer></script>"));
  // Without JavaScript the page lists everything, grouped.
  CHECK(InOrder(page, {"<h2 id=\"search-service-title\">Pakalpojumi",
                       "href=\"../services/tirdzniecibas-misijas/\"",
                       "<h2 id=\"search-story-title\">", "<h2 id=\"search-roadmap-title\">",
                       "<h2 id=\"search-member-title\">", "href=\"../members/#m-sia-formatus\""}));
  CHECK(Has(Content().Public("koks/members/index.html"), "id=\"m-sia-formatus\""));
  CHECK(Has(Content().Public("koks/index.html"), "<a href=\"search/\">Meklēt</a>"));
}

TEST_CASE("a brand colour too light for text is a warning, and the theme picks readable text") {
  CHECK(Has(Brand().out,
            Brand().fixture +
                "/dzeltens/cluster.yaml:4:14: warning: brand_color \"#ffcc00\" has contrast "
                "1.5:1 against white text; WCAG AA needs 4.5:1 — using black text on it "
                "(13.8:1), and brand-coloured text is darkened to #896e00 (4.5:1 on the page "
                "background)\n"));
  CHECK(Has(ReadFile(Brand().site + "/dzeltens/index.html"),
            "<style>:root{--brand:#ffcc00;--brand-text:#000000;--brand-ink:#896e00;}</style>"));
  CHECK(Has(ReadFile(Brand().site + "/dzeltens/style.css"), "color: var(--brand-text, #fff);"));
  // The welcome kit prints with the same readable colours.
  CHECK(Has(ReadFile(Brand().site + "/dzeltens/welcome-kit/index.html"),
            ":root{--brand:#ffcc00;--brand-text:#000000;--brand-ink:#896e00}"));
}

TEST_CASE("without any base URL the site is built, with no feed or sitemap and one warning") {
  const std::string site = Brand().site;
  CHECK(Has(Brand().out,
            Brand().fixture +
                "/portal.yaml: warning: no `base_url`: without an address there are no "
                "absolute URLs, so the site has no feed.xml, sitemap.xml or canonical links; "
                "create this file with `base_url: https://…` (or a cluster's in its "
                "cluster.yaml), or pass "
                "--base-url\n"));
  CHECK_FALSE(fs::exists(site + "/dzeltens/feed.xml"));
  CHECK_FALSE(fs::exists(site + "/sitemap.xml"));
  CHECK(ReadFile(site + "/robots.txt") == "User-agent: *\nAllow: /\n");
  std::string home = ReadFile(site + "/dzeltens/index.html");
  CHECK_FALSE(Has(home, "rel=\"canonical\""));
  CHECK_FALSE(Has(home, "application/atom+xml"));
  CHECK_FALSE(Has(home, "og:url"));
  // The 404 page's links start at the root of the host.
  CHECK(Has(ReadFile(site + "/dzeltens/404.html"),
            "<link rel=\"stylesheet\" href=\"/dzeltens/style.css\">"));
  // --base-url gives the address: the feed and sitemap are back, no warning.
  testing::TempDir dir;
  const std::string tmp = dir.path.string();
  std::string out;
  REQUIRE(Run(kBin + " build " + Brand().fixture + " --base-url https://x.example.lv/base -o " +
                  tmp + "/site",
              &out) == 0);
  CHECK_FALSE(Has(out, "no `base_url`"));
  CHECK(Has(ReadFile(tmp + "/site/dzeltens/feed.xml"),
            "<id>https://x.example.lv/base/dzeltens/feed.xml</id>"));
  CHECK(Locs(ReadFile(tmp + "/site/sitemap.xml")).count("https://x.example.lv/base/dzeltens/") ==
        1);
}

TEST_CASE("one cluster built alone has its own sitemap, robots.txt and 404 page at the root") {
  testing::TempDir dir;
  const std::string tmp = dir.path.string();
  std::string out;
  REQUIRE(
      Run(kBin + " build " + kSource + "/content --cluster veseliga-partika -o " + tmp + "/site",
          &out) == 0);
  const std::string base = "https://klasteri.example.lv/veseliga-partika/";
  CHECK(Locs(ReadFile(tmp + "/site/sitemap.xml")) == PageUrls(tmp + "/site", ".", base));
  CHECK(ReadFile(tmp + "/site/robots.txt") ==
        "User-agent: *\nAllow: /\nSitemap: " + base + "sitemap.xml\n");
  CHECK(Has(ReadFile(tmp + "/site/404.html"), "href=\"" + base + "search/\""));
  CHECK(Has(ReadFile(tmp + "/site/feed.xml"), "<id>" + base + "feed.xml</id>"));
}

}  // namespace clustersite
