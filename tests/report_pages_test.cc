// End-to-end tests of the quarterly service reports: the real CLI on content/,
// whose feedback/ the figures below were counted from by hand.

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/text.h"
#include "test_util.h"

namespace clustersite {
namespace {

namespace fs = std::filesystem;
using testing::Built;
using testing::Has;

/// content/ built for the staff, once.
const std::string& StaffRoot() {
  static const testing::TempDir dir;
  static const std::string root = [] {
    std::string out;
    REQUIRE(testing::Run(std::string(CLUSTERSITE_BINARY) + " build " + CLUSTERSITE_SOURCE_DIR +
                             "/content --audience staff -o " + dir / "staff",
                         &out) == 0);
    return dir / "staff";
  }();
  return root;
}

/// The table row of the report page `html` that starts with the service `title`.
std::string RowOf(const std::string& html, const std::string& title) {
  size_t at = html.find(">" + title + "</a></th>");
  REQUIRE(at != std::string::npos);
  size_t start = html.rfind("<tr>", at);
  return html.substr(start, html.find("</tr>", at) - start);
}

/// Comments of content/ given without `quote: true`, and never quoted elsewhere.
const std::vector<std::string> kUnquoted = {
    "Divi ieteikumi:",
    "vairāk laika jautājumiem un materiāli iepriekš.",
    "Lektors runāja pārāk vispārīgi.",
    "Mūsu vadītājs bija neapmierināts ar laiku.",
    "Par dārgu mūsu izmēra uzņēmumam.",
    "Our manager was unhappy with the timing.",
    "Too expensive for a company our size.",
    "The speaker stayed too general.",
};

}  // namespace

TEST_CASE("a quarter's report shows its uses, members, mean rating, contacts and their change") {
  const std::string html = Built().Members("koks/reports/2026-q3/index.html");
  // 51 uses by 10 members against 43 in the second quarter; the mean of 3.93
  // against 4.33; 18 of the 51 uses gained contacts.
  CHECK(Has(html,
            "<li><strong class=\"stat-value\">51</strong> <span class=\"stat-label\">Izmantojumi"
            "</span> <span class=\"stat-change\">+8 pret iepriekšējo ceturksni</span></li>"));
  CHECK(Has(html,
            "<li><strong class=\"stat-value\">10</strong> <span class=\"stat-label\">"
            "Biedri, kas izmantoja pakalpojumus</span></li>"));
  CHECK(Has(html,
            "<li><strong class=\"stat-value\">3,9</strong> <span class=\"stat-label\">"
            "Vidējais vērtējums</span> <span class=\"stat-change\">−0,4 pret iepriekšējo "
            "ceturksni</span></li>"));
  CHECK(Has(html,
            "<li><strong class=\"stat-value\">18 no 51</strong> <span "
            "class=\"stat-label\">ieguva kontaktus</span></li>"));
  // Trade missions: 13 uses (15 before) by 7 members, rated 3.73 (3.86 before).
  CHECK(RowOf(html, "Tirdzniecības misijas") ==
        "<tr><th scope=\"row\"><a href=\"../../services/tirdzniecibas-misijas/\">Tirdzniecības "
        "misijas</a></th><td>13 <span class=\"report-change\">(−2)</span></td><td>7</td><td>3,7 "
        "<span class=\"report-change\">(−0,2)</span></td><td>3 no 13</td>");
  // Its eleven ratings in the chart's table, and both charts named images.
  CHECK(Has(html,
            "<tr><th scope=\"row\">Tirdzniecības misijas</th><td>0</td><td>2</td><td>2"
            "</td><td>4</td><td>3</td><td>vērtējumi: 11</td></tr>"));
  CHECK(Has(html, "class=\"chart\" role=\"img\" aria-labelledby=\"uses-2026-q3-title\""));
  CHECK(Has(html,
            "<title id=\"uses-2026-q3-title\">Izmantojumi pa pakalpojumiem: 2026. gada "
            "3. ceturksnis</title>"));
  CHECK(Has(html, "<title id=\"ratings-2026-q3-title\">Vērtējumi pa pakalpojumiem"));
  // In English: 7 of the 17 uses of the fourth quarter gained contacts.
  const std::string en = Built().Members("baltic-logistics/reports/2026-q4/index.html");
  CHECK(Has(en,
            "<strong class=\"stat-value\">7 of 17</strong> <span class=\"stat-label\">gained "
            "contacts</span>"));
  CHECK(Has(en, "<h1>Service report, Q4 2026</h1>"));
}

TEST_CASE("a service rated by two members shows fewer than 3 ratings and no rating figure") {
  // Innovation projects was rated 5 and 5 by two members in the third quarter.
  const std::string html = Built().Members("koks/reports/2026-q3/index.html");
  const std::string row = RowOf(html, "Inovāciju projektu sagatavošana");
  CHECK(Has(row, "<td class=\"is-withheld\">mazāk nekā 3 vērtējumi</td>"));
  CHECK_FALSE(Has(row, "5,0"));
  CHECK(Has(html,
            "<tr><th scope=\"row\">Inovāciju projektu sagatavošana</th><td colspan=\"6\">"
            "mazāk nekā 3 vērtējumi</td></tr>"));
  CHECK(Has(html, "fill=\"#1b1f24\">mazāk nekā 3 vērtējumi</text>"));
  const std::string en = Built().Members("baltic-logistics/reports/2026-q4/index.html");
  CHECK(Has(RowOf(en, "e-CMR onboarding"), "<td class=\"is-withheld\">fewer than 3 ratings"));
}

TEST_CASE("an unquoted comment is on no report page or handout, for members or for the staff") {
  size_t pages = 0;
  bool quoted = false;
  for (const std::string& root : {Built().root + "/members", StaffRoot()}) {
    for (const auto& e : fs::recursive_directory_iterator(root)) {
      const std::string path = e.path().string();
      if (!e.is_regular_file() || !Has(path, "/reports/")) continue;
      ++pages;
      const std::string html = testing::ReadFile(path);
      INFO(path);
      for (const std::string& comment : kUnquoted) CHECK_FALSE(Has(html, comment));
      quoted = quoted || Has(html, "<p>Praktiski padomi, ko uzreiz izmantojām ražošanā.</p>");
    }
  }
  CHECK(pages == 2 * 3 * (1 + 5 + 5));  // each cluster's list, 5 quarters, 5 handouts
  CHECK(quoted);
}

TEST_CASE("the public build has no reports and no link, sitemap entry or search entry for them") {
  for (const char* cluster : {"koks", "veseliga-partika", "baltic-logistics"}) {
    CHECK_FALSE(fs::exists(Built().root + "/public/" + cluster + "/reports"));
    CHECK(fs::exists(Built().root + "/members/" + cluster + "/reports/index.html"));
  }
  for (const auto& e : fs::recursive_directory_iterator(Built().root + "/public")) {
    if (!e.is_regular_file()) continue;
    INFO(e.path().string());
    const std::string text = testing::ReadFile(e.path());
    CHECK_FALSE(Has(text, "reports/"));
    CHECK_FALSE(Has(text, ">Pārskati</a>"));
  }
  CHECK(Has(Built().Members("koks/sitemap.xml"),
            "<loc>https://klasteri.example.lv/members/koks/reports/2026-q3/</loc>"));
}

TEST_CASE(
    "the reports list every quarter newest first with its figures, linked from home and menu") {
  const std::string list = Built().Members("koks/reports/index.html");
  CHECK(testing::InOrder(
      list,
      {"href=\"2026-q4/\">2026. gada 4. ceturksnis", "href=\"2026-q3/\">2026. gada 3. ceturksnis",
       "href=\"2026-q2/\">2026. gada 2. ceturksnis", "href=\"2026-q1/\">2026. gada 1. ceturksnis",
       "href=\"2025-q4/\">2025. gada 4. ceturksnis"}));
  CHECK(Has(list,
            "<p class=\"card-text\">Izmantojumi: 51 · biedri: 10 · vidējais vērtējums: 3,9 "
            "· 18 no 51 ieguva kontaktus</p>"));
  CHECK(Has(list, "<li><a href=\"./\" aria-current=\"page\">Pārskati</a></li>"));
  const std::string home = Built().Members("koks/index.html");
  CHECK(Has(home, "<li><a href=\"reports/\">Pārskati</a></li>"));
  CHECK(Has(home, "<a class=\"card link-card\" href=\"reports/\">"));
  CHECK(Has(Built().Members("koks/reports/2026-q3/index.html"),
            "<li><a href=\"../\" aria-current=\"page\">Pārskati</a></li>"));
}

TEST_CASE("a report links its handout, which links back; the first quarter has nothing before it") {
  const std::string page = Built().Members("koks/reports/2025-q4/index.html");
  CHECK(Has(page, "<a href=\"handout.html\">Izdales materiāls biedru sanāksmei"));
  CHECK(Has(page, "Iepriekšējā ceturksnī nav atsauksmju, ar ko salīdzināt."));
  CHECK_FALSE(Has(page, "report-change"));
  const std::string handout = Built().Members("koks/reports/2025-q4/handout.html");
  CHECK(Has(handout, "<body class=\"handout\">"));
  CHECK(Has(handout, "<a href=\"./\"><span aria-hidden=\"true\">← </span>Atpakaļ uz pārskatu</a>"));
  CHECK(testing::InOrder(
      handout, {"<p class=\"kit-cover-kind\">Pakalpojumu ceturkšņa pārskats</p>",
                "<h1 class=\"kit-cover-name\">Latvijas koka būvniecības",
                "2025. gada 4. ceturksnis</p>", "id=\"handout-summary\"", "id=\"handout-uses\"",
                "id=\"handout-ratings\"", "id=\"handout-comments\"", "id=\"handout-unused\""}));
}

TEST_CASE("a members build counts each quarter's report page and handout") {
  std::string out;
  REQUIRE(testing::Run(std::string(CLUSTERSITE_BINARY) + " check " + CLUSTERSITE_SOURCE_DIR +
                           "/content --audience members",
                       &out) == 0);
  // 146 pages as before, and for each of the 3 clusters its list of reports,
  // 5 quarters' reports and their 5 handouts; two strategy documents.
  CHECK(testing::Has(out,
                     "check passed: 3 clusters, 184 pages and their links as of 2026-12-01, "
                     "13 warnings\n"));
}

}  // namespace clustersite
