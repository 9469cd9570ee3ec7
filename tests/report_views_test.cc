// The views of the quarterly reports and the parts of their handouts.

#include "pages/report_views.h"

#include <doctest/doctest.h>

#include <deque>

#include "build.h"
#include "kit/handout.h"
#include "view_fixture.h"

namespace clustersite {
namespace {

/// A report of the third quarter of 2026 over `n` services, each used
/// `uses` times (the first service most) and rated by three members.
struct Report {
  std::deque<Service> services;
  QuarterReport report;
  explicit Report(int n, bool previous = true) {
    report.quarter = {2026, 3};
    report.has_previous = previous;
    for (int i = 0; i < n; ++i) {
      Service& s = services.emplace_back();
      s.slug = "s" + std::to_string(i);
      s.title = "Pakalpojums " + std::to_string(i);
      QuarterFigures f;
      f.uses = 10 - i;
      f.members = 3;
      f.contacts = 1;
      f.ratings = std::array<long, 5>{0, 0, 1, 1, 1};
      f.mean_tenths = 40;
      if (previous) {
        f.uses_change = -i;
        f.mean_change_tenths = -3;
      }
      report.services.push_back({&s, f});
      report.total.uses += f.uses;
    }
  }
};

}  // namespace

TEST_CASE("a report's table rows are written escaped, linked where there is a page") {
  ReportRowView linked;
  linked.title = "Eksports & <tirgi>";
  linked.url = "../../services/eksports/?a=1&b=\"2\"";
  linked.uses = "12";
  linked.uses_change = "+3";
  linked.members = "9";
  linked.mean = "4,2";
  linked.mean_change = "−0,3";
  linked.contacts = "5 no 12";
  ReportRowView withheld;
  withheld.title = "Mācības 'A'";
  withheld.uses = "2";
  withheld.members = "2";
  withheld.mean = "mazāk nekā 3 vērtējumi";
  withheld.withheld = true;
  withheld.contacts = "0 no 2";
  CHECK(ReportRowsHtml({linked, withheld}) ==
        "<tr><th scope=\"row\"><a href=\"../../services/eksports/?a=1&amp;b=&quot;2&quot;\">"
        "Eksports &amp; &lt;tirgi&gt;</a></th><td>12 <span class=\"report-change\">(+3)</span>"
        "</td><td>9</td><td>4,2 <span class=\"report-change\">(−0,3)</span></td><td>5 no 12"
        "</td></tr>\n"
        "<tr><th scope=\"row\">Mācības &apos;A&apos;</th><td>2</td><td>2</td>"
        "<td class=\"is-withheld\">mazāk nekā 3 vērtējumi</td><td>0 no 2</td></tr>\n");
  CHECK(ReportRowsHtml({}).empty());
}

TEST_CASE("a report's quoted comments are written escaped, each with its service") {
  CHECK(ReportQuotesHtml({{"Labi & ātri <3", "Eksports \"A\""}, {"Vēl", "B"}}) ==
        "<li><figure class=\"report-quote\"><blockquote><p>Labi &amp; ātri &lt;3</p></blockquote>"
        "<figcaption>Eksports &quot;A&quot;</figcaption></figure></li>\n"
        "<li><figure class=\"report-quote\"><blockquote><p>Vēl</p></blockquote>"
        "<figcaption>B</figcaption></figure></li>\n");
  CHECK(ReportQuotesHtml({}).empty());
}

TEST_CASE("a report's numbers are written as its language writes them: 4,2 and −0,3") {
  testing::ViewFixture f(Audience::kMembers);
  Report r(2);
  ReportView v = BuildReport(f.ctx, r.report, "reports/2026-q3/", "2026-q3");
  CHECK(v.quarter == "2026. gada 3. ceturksnis");
  REQUIRE(v.services.size() == 2);
  CHECK(v.services[0].url == "../../services/s0/");
  CHECK(v.services[0].mean == "4,0");
  CHECK(v.services[0].mean_change == "−0,3");
  CHECK(v.services[0].uses_change == "0");
  CHECK(v.services[1].uses_change == "−1");
  CHECK(v.services[1].contacts == "1 no 9");
}

TEST_CASE("a withheld mean says fewer than 3 ratings and has no change; a first quarter none") {
  testing::ViewFixture f(Audience::kMembers);
  Report r(1, false);
  r.report.services[0].figures.ratings.reset();
  r.report.services[0].figures.mean_tenths.reset();
  ReportView v = BuildReport(f.ctx, r.report, "", "q");
  REQUIRE(v.services.size() == 1);
  CHECK(v.services[0].mean == "mazāk nekā 3 vērtējumi");
  CHECK(v.services[0].withheld);
  CHECK_FALSE(v.services[0].mean_change);
  CHECK_FALSE(v.services[0].uses_change);
  CHECK_FALSE(v.services[0].url);  // a handout links no page
  CHECK(testing::Has(v.ratings_table, "<td colspan=\"6\">mazāk nekā 3 vērtējumi</td>"));
}

TEST_CASE("a report of the view is built from the parts its page and handout share, as alone") {
  testing::ViewFixture f(Audience::kMembers);
  Report r(3);
  f.view.reports = {r.report};
  f.view.reports[0].quotes.push_back({r.report.services[1].service, "Labi & ātri"});
  auto build = [&](const std::string& from, const ReportCharts& charts) {
    ReportView v = BuildReport(f.ctx, f.view.reports[0], from, "q", charts);
    MustacheData data = ToData(v);
    return testing::TextAt(data, "services_rows") + testing::TextAt(data, "uses_chart") +
           testing::TextAt(data, "uses_table") + testing::TextAt(data, "ratings_chart") +
           testing::TextAt(data, "ratings_table") + testing::TextAt(data, "quote_items") +
           testing::TextAt(data, "period") + testing::TextAt(data, "quarter");
  };
  const std::string page = build("reports/2026-q3/", {});
  const std::string handout = build("", {2, "Kit Sans, sans-serif"});
  f.ctx.report_parts = MakeAllReportParts(f.ctx);
  REQUIRE(f.ctx.report_parts->size() == 1);
  CHECK((*f.ctx.report_parts)[0].quotes.size() == 1);
  CHECK(build("reports/2026-q3/", {}) == page);
  CHECK(build("", {2, "Kit Sans, sans-serif"}) == handout);
  CHECK(testing::Has(page, "href=\"../../services/s0/\""));
  CHECK_FALSE(testing::Has(handout, "href="));
  CHECK(testing::Has(handout, "(1/2)"));
}

TEST_CASE("a report's charts hold at most the services asked for, each chart titled by its part") {
  testing::ViewFixture f(Audience::kMembers);
  Report r(3);
  const ReportView one = BuildReport(f.ctx, r.report, "", "q");
  CHECK(testing::Has(one.uses_chart, "<title id=\"uses-q-title\">"));
  const ReportView two = BuildReport(f.ctx, r.report, "", "q", {2, "Kit Sans, sans-serif"});
  CHECK(testing::InOrder(two.uses_chart,
                         {"<title id=\"uses-q-1-title\">", "(1/2)</title>", ">Pakalpojums 1<",
                          "<title id=\"uses-q-2-title\">", "(2/2)</title>", ">Pakalpojums 2<"}));
  CHECK(testing::InOrder(two.ratings_chart,
                         {"id=\"ratings-q-1-title\"", "id=\"ratings-q-2-title\""}));
  CHECK(testing::Has(two.uses_chart, "font-family=\"Kit Sans, sans-serif\""));
  // One table of all the numbers.
  CHECK(testing::InOrder(two.uses_table, {"Pakalpojums 0", "Pakalpojums 1", "Pakalpojums 2"}));
}

TEST_CASE("a handout has chart parts only when some service was used") {
  testing::ViewFixture f(Audience::kMembers);
  auto ids = [](const std::vector<DocumentPart>& parts) {
    std::vector<std::string> out;
    for (const DocumentPart& p : parts) out.push_back(p.id);
    return out;
  };
  CHECK(ids(HandoutParts(f.strings, Report(2).report)) ==
        std::vector<std::string>{"handout-summary", "handout-uses", "handout-ratings",
                                 "handout-comments", "handout-unused"});
  CHECK(ids(HandoutParts(f.strings, Report(0).report)) ==
        std::vector<std::string>{"handout-summary", "handout-comments", "handout-unused"});
  CHECK(HandoutParts(f.strings, Report(0).report)[0].title == "Kopsavilkums");
}

TEST_CASE("a theme whose handout would fetch a style sheet fails the members' build") {
  auto fs = testing::ValidTree();
  fs.Add("content/koks/feedback/2026-q4.yaml",
         "- {service: eksports, member: SIA Koks, date: 2026-10-14, rating: 4}\n");
  fs.Add("theme/handout/handout.css", "@import url(https://fonts.example/h.css);\n");
  BuildOptions options;
  options.theme = "theme";
  options.jobs = 1;
  options.audience = Audience::kMembers;
  options.as_of.date = testing::kExampleAsOf;
  Diagnostics diag;
  std::vector<OutputFile> files;
  CHECK_FALSE(RenderAll(fs, options, &diag, &files));
  CHECK(testing::Has(diag.ToString(),
                     "content/koks: error: the quarterly handout would load `@import "
                     "url(https://fonts.example/h.css)` when opened, and it makes no network "
                     "requests: a theme's handout templates and handout.css may refer only to "
                     "data: URIs and #fragments\n"));
  // The public build makes no handout, so it loads nothing.
  options.audience = Audience::kPublic;
  Diagnostics public_diag;
  CHECK(RenderAll(fs, options, &public_diag, &files));
}

}  // namespace clustersite
