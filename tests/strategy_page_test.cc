// The public summary of the development strategy, <c>/strategy/: the aims,
// the directions with their indicators, nothing of the full document.

#include <doctest/doctest.h>

#include <tuple>

#include "model/audience.h"
#include "pages/strategy_views.h"
#include "strategy/strategy_document.h"
#include "test_util.h"
#include "view_fixture.h"

namespace clustersite {
namespace {

using testing::FileText;
using testing::Has;

const std::string kPage = "baltic-logistics/strategy/index.html";

const std::string kYaml =
    "period: {from: 2026, to: 2028}\n"
    "participants: [{name: SIA Formatus, activities: Dalībnieka-darbības, expectations: {2: "
    "Dalībnieka-cerības}}]\n"
    "directions:\n"
    "  - number: 2\n"
    "    results: [{indicator: Eksports, unit: EUR, baseline: 100, target: 200, actual: 150}]\n";

/// The koks of ValidTree with strategy/strategy.yaml kYaml and a file 1.2.md `goals`.
MemoryFileSystem WithGoals(const std::string& goals) {
  MemoryFileSystem fs = testing::ValidTree();
  fs.Add("content/koks/members.yaml",
         "- {name: SIA Koks, sector: A}\n- {name: SIA Formatus, sector: A}\n");
  fs.Add("content/koks/strategy/strategy.yaml", kYaml);
  fs.Add("content/koks/strategy/1.2.md", goals);
  return fs;
}

}  // namespace

TEST_CASE("the strategy page shows the goals of a published 1.2, never of a draft") {
  std::string diag;
  auto published = testing::RenderFiles(WithGoals("Mērķis-publisks.\n"), Audience::kPublic, &diag);
  CHECK_FALSE(Has(diag, "error"));
  const std::string page = FileText(published, "koks/strategy/index.html");
  CHECK(Has(page, "<p>Mērķis-publisks.</p>"));
  CHECK(Has(page, "3.2 "));
  CHECK(Has(page, "50 %"));
  CHECK_FALSE(Has(page, "Dalībnieka-darbības"));
  CHECK_FALSE(Has(page, "Dalībnieka-cerības"));
  auto draft = testing::RenderFiles(WithGoals("---\ndraft: true\n---\nMērķis-melnraksts.\n"),
                                    Audience::kStaff, &diag);
  const std::string without = FileText(draft, "koks/strategy/index.html");
  CHECK(Has(without, "3.2 "));
  CHECK_FALSE(Has(without, "Mērķis-melnraksts"));
  CHECK_FALSE(Has(without, "strategy-goals-title"));
}

TEST_CASE("a cluster without strategy/ has no strategy page and no link to one") {
  std::string diag;
  auto files = testing::RenderFiles(testing::ValidTree(), Audience::kStaff, &diag);
  for (const OutputFile& f : files) {
    INFO(f.path);
    CHECK(f.path.find("strategy") == std::string::npos);
  }
  CHECK_FALSE(Has(FileText(files, "koks/index.html"), "strategy/"));
}

TEST_CASE("baltic-logistics's strategy page sums up its aims and directions, in every audience") {
  const testing::BuiltContent& built = testing::Built();
  const std::string page = built.Public(kPage);
  CHECK(Has(page, "<title>Development strategy"));
  CHECK(Has(page, "The Baltic corridor as the fastest, greenest and most reliable route"));
  CHECK(Has(page, "The cluster brings together road and rail carriers"));
  CHECK(Has(page, "<dd>2027–2029</dd>"));
  CHECK(Has(page, "make the Baltic corridor one offer to shippers"));  // 1.2's goals
  CHECK(testing::InOrder(page, {"3.2 Cooperation", "grow exports", "3.7 Internationalisation",
                                "3.8 Green freight corridor"}));
  CHECK(Has(page, "<th scope=\"col\">Baseline</th>"));
  CHECK(Has(page,
            "<th scope=\"row\">Members&apos; export of services</th><td>EUR million</td>"
            "<td>48</td><td>60</td><td>51</td><td class=\"strategy-progress\">25 %<svg"));
  CHECK(Has(page, "38 %"));  // (7 − 4) / (12 − 4)
  // An indicator without an actual value has no progress to show.
  CHECK(Has(page, "<td>62</td><td>50</td><td></td><td class=\"strategy-progress\"></td>"));
  // The navigation links it; the sitemap lists it.
  CHECK(Has(built.Public("baltic-logistics/index.html"), "href=\"strategy/\""));
  CHECK(Has(built.Public("baltic-logistics/index.html"), ">Strategy<"));
  CHECK(Has(built.Public("baltic-logistics/sitemap.xml"), "/baltic-logistics/strategy/</loc>"));
  // Nothing of the full document: no other section, SWOT, participants or rationale.
  for (const char* kept : {"Freight between the Nordics", "specialises in", "board of five",
                           "Membership fees by size", "A shortage of drivers",
                           "Runs e-CMR on all its international routes", "New shippers in Poland",
                           "Members sell mostly to shippers", "A joint stand at the Rotterdam"}) {
    INFO(kept);
    CHECK_FALSE(Has(page, kept));
    CHECK_FALSE(Has(built.Members(kPage), kept));
  }
}

TEST_CASE("the strategy page links the full document only for an audience that may read it") {
  MemoryFileSystem tree = WithGoals("Mērķi.\n");
  for (auto [audience, visibility, shown] : {std::tuple{Audience::kPublic, "members", false},
                                             std::tuple{Audience::kMembers, "members", true},
                                             std::tuple{Audience::kStaff, "members", true},
                                             std::tuple{Audience::kMembers, "public", true},
                                             std::tuple{Audience::kPublic, "public", true}}) {
    INFO(static_cast<int>(audience) << " " << visibility);
    testing::Edit(&tree, "content/koks/strategy/strategy.yaml",
                  "period:", std::string("visibility: ") + visibility + "\nperiod:");
    testing::ViewFixture f(audience, tree);
    f.ctx.strategy_document = ShowsStrategyDocument(*f.ctx.view);
    CHECK(BuildStrategy(f.ctx).document_url.has_value() == shown);
    // No link while the build holds no document to link.
    f.ctx.strategy_document = false;
    CHECK_FALSE(BuildStrategy(f.ctx).document_url);
    tree = WithGoals("Mērķi.\n");
  }
  const testing::BuiltContent& built = testing::Built();
  CHECK_FALSE(Has(built.Public(kPage), "document.html"));
  CHECK_FALSE(Has(built.Public("veseliga-partika/index.html"), "strategy/"));
}

}  // namespace clustersite
