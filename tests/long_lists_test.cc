// Long lists on numbered pages, end to end: tests/long_lists.sh writes a
// cluster with 65 stories and 70 members, and the real CLI builds it.

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "test_util.h"

namespace clustersite {
namespace {

using testing::Has;
using testing::ReadFile;
using testing::Run;

const std::string kBin = CLUSTERSITE_BINARY;
const std::string kSource = CLUSTERSITE_SOURCE_DIR;

/// How many times `needle` occurs in `text`.
size_t Count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

/// The long-lists tree built for both audiences, once per test run.
struct LongLists {
  testing::TempDir dir;
  LongLists() {
    std::string out;
    REQUIRE(Run(kSource + "/tests/long_lists.sh " + dir / "content", &out) == 0);
    for (const char* audience : {"public", "members"}) {
      REQUIRE_MESSAGE(Run(kBin + " build " + dir / "content" + " --audience " + audience + " -o " +
                              dir / audience,
                          &out) == 0,
                      out);
    }
  }
  std::string Page(const std::string& audience, const std::string& rel) const {
    return ReadFile(dir / (audience + "/garas/" + rel));
  }
  bool Exists(const std::string& audience, const std::string& rel) const {
    return std::filesystem::exists(dir / (audience + "/garas/" + rel));
  }
};

const LongLists& Built() {
  static const LongLists built;
  return built;
}

}  // namespace

TEST_CASE("65 stories make three pages of 30, 30 and 5, page 1 at stories/") {
  const LongLists& b = Built();
  CHECK(Count(b.Page("public", "stories/index.html"), "class=\"card story-card\"") == 30);
  CHECK(Count(b.Page("public", "stories/page/2/index.html"), "class=\"card story-card\"") == 30);
  CHECK(Count(b.Page("public", "stories/page/3/index.html"), "class=\"card story-card\"") == 5);
  CHECK_FALSE(b.Exists("public", "stories/page/4/index.html"));
  CHECK_FALSE(b.Exists("public", "stories/page/1/index.html"));
  // Newest first across the pages: the oldest story is last on the last page.
  CHECK(Has(b.Page("public", "stories/page/3/index.html"), "Stāsts 01"));
}

TEST_CASE("a page of a long list links its neighbours in the head and in a pager") {
  const std::string page = Built().Page("public", "stories/page/2/index.html");
  CHECK(Has(page, "<link rel=\"prev\" href=\"../../\">\n<link rel=\"next\" href=\"../3/\">\n"));
  CHECK(Has(page, "<title>Veiksmes stāsti (Lapa 2 no 3) – Garo sarakstu klasteris</title>"));
  CHECK(Has(page, "<a rel=\"prev\" href=\"../../\">"));
  CHECK(Has(page, "<a href=\"./\" aria-current=\"page\">2</a>"));
  CHECK(Has(page, "<a rel=\"next\" href=\"../3/\">"));
  const std::string first = Built().Page("public", "stories/index.html");
  CHECK_FALSE(Has(first, "<link rel=\"prev\""));
  CHECK(Has(first, "<link rel=\"next\" href=\"page/2/\">"));
  CHECK_FALSE(Has(Built().Page("public", "stories/page/3/index.html"), "<link rel=\"next\""));
}

TEST_CASE("the stories of each service have their own pages, linked from the list") {
  const LongLists& b = Built();
  const std::string list = b.Page("public", "stories/index.html");
  CHECK(Has(list, "<a href=\"service/eksports/\">Eksports <span class=\"count\">(35)</span></a>"));
  CHECK(Has(list, "<a href=\"service/dizains/\">Dizains <span class=\"count\">(10)</span></a>"));
  const std::string eksports = b.Page("public", "stories/service/eksports/page/2/index.html");
  CHECK(Count(eksports, "class=\"card story-card\"") == 5);
  CHECK(Has(eksports, "<h1>Veiksmes stāsti: Eksports</h1>"));
  CHECK(Has(eksports, "<link rel=\"prev\" href=\"../../\">"));
  CHECK(Count(b.Page("public", "stories/service/dizains/index.html"),
              "class=\"card story-card\"") == 10);
  CHECK_FALSE(b.Exists("public", "stories/service/dizains/page/2/index.html"));
}

TEST_CASE("70 members make three pages, and each sector has its own pages") {
  const LongLists& b = Built();
  CHECK(Count(b.Page("public", "members/index.html"), "class=\"card member-card\"") == 30);
  CHECK(Count(b.Page("public", "members/page/3/index.html"), "class=\"card member-card\"") == 10);
  CHECK(
      Has(b.Page("public", "members/index.html"),
          "<a href=\"sector/koka-buvnieciba/\">Koka būvniecība <span class=\"count\">(40)</span>"));
  const std::string sector = b.Page("public", "members/sector/koka-buvnieciba/page/2/index.html");
  CHECK(Count(sector, "class=\"card member-card\"") == 10);
  CHECK(Has(sector, "<h1>Biedri un partneri: Koka būvniecība</h1>"));
  // Search finds a member on the page of the list that shows it.
  CHECK(Has(b.Page("public", "search/index.json"), "\"url\":\"members/page/3/#m-sia-biedrs-60\""));
}

TEST_CASE("every page of the lists and their groups is in the sitemap") {
  const std::string sitemap = Built().Page("public", "sitemap.xml");
  for (const char* page :
       {"stories/", "stories/page/2/", "stories/page/3/", "stories/service/eksports/",
        "stories/service/eksports/page/2/", "stories/service/apmacibas/", "members/",
        "members/page/2/", "members/page/3/", "members/sector/koka-buvnieciba/page/2/",
        "members/sector/izglitiba/", "members/sector/mezsaimnieciba/"}) {
    CHECK_MESSAGE(
        Has(sitemap, "<loc>https://garas.example.lv/garas/" + std::string(page) + "</loc>"), page);
  }
  // A page of stories is as new as its newest story.
  CHECK(Has(sitemap,
            "<loc>https://garas.example.lv/garas/stories/page/3/</loc><lastmod>2026-01-05<"));
}

TEST_CASE("the members' contacts are on the members build's list pages only") {
  const LongLists& b = Built();
  for (const char* page : {"members/page/2/index.html", "members/sector/izglitiba/index.html"}) {
    CHECK_FALSE(Has(b.Page("public", page), "@biedrs.example.lv"));
    CHECK(Has(b.Page("members", page), "@biedrs.example.lv"));
  }
}

}  // namespace clustersite
