// The strategy document: <c>/strategy/document.html, the strategy in the
// programme's template as a print document, and how far its indicators got.

#include <doctest/doctest.h>

#include <filesystem>

#include "core/text.h"
#include "model/strategy_status.h"
#include "strategy/strategy_sections.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::FileText;
using testing::Has;
using testing::InOrder;

const std::string kDir = "content/koks/strategy";
const std::string kDoc = "koks/strategy/document.html";

StrategyResult Result(double baseline, double target, std::optional<double> actual) {
  StrategyResult r;
  r.baseline = StrategyNumber{baseline, "", {}};
  r.target = StrategyNumber{target, "", {}};
  if (actual) r.actual = StrategyNumber{*actual, "", {}};
  return r;
}

/// A strategy with SWOT, a participant, directions 2 (two indicators, one
/// measured) and 8, sections 1.1 and 4.1.1 written, 1.2 a draft.
const std::string kYaml =
    "period: {from: 2026, to: 2028}\n"
    "swot: {strengths: [Koksne], weaknesses: [Mazi uzņēmumi], opportunities: [Eksports],"
    " threats: [Cenas]}\n"
    "participants:\n"
    "  - name: SIA Formatus\n"
    "    activities: Kopīgas misijas\n"
    "    expectations: {2: Jauni tirgi, 8: Paraugprojekti}\n"
    "directions:\n"
    "  - number: 2\n"
    "    rationale: Eksports **aug**.\n"
    "    tasks: [Misijas, Izstādes]\n"
    "    members: [{name: SIA Formatus, role: Vadošais, benefit: Jauni klienti}]\n"
    "    results:\n"
    "      - {indicator: Eksporta apjoms, unit: EUR, baseline: 1200000, target: 1800000,"
    " actual: 1350000}\n"
    "      - {indicator: Eksporta daļa, unit: \"%\", baseline: 12.5, target: 20}\n"
    "  - {number: 8, title: Koka arhitektūra}\n";

MemoryFileSystem StrategyTree(const std::string& yaml = kYaml) {
  MemoryFileSystem fs = testing::ValidTree();
  fs.Add("content/koks/members.yaml",
         "- {name: SIA Koks, sector: Koka būvniecība}\n"
         "- {name: SIA Formatus, type: company, sector: Mēbeles}\n");
  fs.Add(kDir + "/strategy.yaml", yaml);
  fs.Add(kDir + "/1.1.md", "Klasteris ir vajadzīgs.\n");
  fs.Add(kDir + "/1.2.md", "---\ndraft: true\n---\nMisija vēl top.\n");
  fs.Add(kDir + "/4.1.1.md", "Lēmumus pieņem biedru sapulce.\n");
  return fs;
}

std::string Document(const MemoryFileSystem& fs, Audience audience = Audience::kMembers) {
  std::string diag;
  auto files = testing::RenderFiles(fs, audience, &diag);
  INFO(diag);
  return FileText(files, kDoc);
}

/// The document's body: what follows its contents.
std::string MainOf(const std::string& html) { return html.substr(html.find("<main")); }

/// The cover: what comes before the contents.
std::string Cover(const std::string& html) {
  return html.substr(0, html.find("<nav class=\"kit-toc"));
}

/// The default theme's UI strings in `lang`.
Strings DefaultStrings(const std::string& lang) {
  MemoryFileSystem none;
  Diagnostics diag;
  Theme theme;
  REQUIRE(Theme::Load(none, "", &diag, &theme));
  Strings strings;
  REQUIRE(Strings::Load(theme, lang, &diag, &strings));
  return strings;
}

}  // namespace

TEST_CASE("an indicator's progress is how far it got from its baseline to its target") {
  CHECK(*IndicatorProgress(Result(1200000, 1800000, 1350000)) == doctest::Approx(0.25));
  // A falling target: a defect rate from 5 to 2, now 4, has gone a third of the way.
  CHECK(*IndicatorProgress(Result(5, 2, 4)) == doctest::Approx(1.0 / 3));
  CHECK(*IndicatorProgress(Result(5, 2, 1)) == doctest::Approx(4.0 / 3));
  CHECK(*IndicatorProgress(Result(10, 20, 25)) == doctest::Approx(1.5));
  CHECK(*IndicatorProgress(Result(10, 20, 8)) == doctest::Approx(-0.2));
  CHECK_FALSE(IndicatorProgress(Result(10, 20, std::nullopt)));
  CHECK_FALSE(IndicatorProgress(Result(10, 10, 12)));
}

TEST_CASE("the printed progress is whole percent, not cut to 0..100") {
  const Strings lv = DefaultStrings("lv"), en = DefaultStrings("en");
  CHECK(ProgressText(lv, 1.5) == "150 %");
  CHECK(ProgressText(en, 1.0 / 3) == "33 %");
  CHECK(ProgressText(en, -0.2) == "-20 %");
}

TEST_CASE("an indicator's numbers print as written, with the language's decimal separator") {
  const Strings lv = DefaultStrings("lv"), en = DefaultStrings("en");
  const StrategyNumber decimal{51.5, "51.5", {}}, whole{1200000, "1200000", {}};
  CHECK(StrategyNumberText(lv, decimal) == "51,5");
  CHECK(StrategyNumberText(en, decimal) == "51.5");
  CHECK(StrategyNumberText(lv, whole) == "1200000");
  CHECK(StrategyNumberText(lv, std::nullopt) == "");
}

TEST_CASE("the strategy document numbers and titles its sections as the template, in Latvian") {
  const std::string body = MainOf(Document(StrategyTree()));
  CHECK(InOrder(body, {"<h2 class=\"kit-part-title\" id=\"strategy-part-1-title\">1 Informācija "
                       "par klasteri</h2>",
                       "<span class=\"strategy-number\">1.1</span> Klastera nepieciešamības "
                       "pamatojums un konstatētās problēmas apraksts</h3>",
                       "<span class=\"strategy-number\">1.4</span> Klastera stipro un vājo",
                       "<span class=\"strategy-number\">2.2</span> Indikatīvais",
                       "<span class=\"strategy-number\">3.2</span> Sadarbības veicināšana",
                       "<span class=\"strategy-number\">3.8</span> Koka arhitektūra</h3>",
                       "<span class=\"strategy-number\">4.1</span> Klastera pārvaldība</h3>",
                       "<span class=\"strategy-number\">4.1.1</span> Klastera pārvaldības"}));
  CHECK(Has(body, "<p>Lēmumus pieņem biedru sapulce.</p>"));
}

TEST_CASE("the strategy document of a cluster in English has the English titles") {
  MemoryFileSystem fs = StrategyTree();
  testing::Edit(&fs, "content/koks/cluster.yaml", "language: lv", "language: en");
  const std::string html = Document(fs);
  CHECK(Has(html, "<html lang=\"en\">"));
  CHECK(Has(html,
            "<span class=\"strategy-number\">1.1</span> Why the cluster is needed, and the "
            "problem it addresses</h3>"));
  CHECK(Has(html, "<span class=\"strategy-number\">1.4</span> SWOT analysis</h3>"));
  CHECK(Has(html, "<p class=\"kit-cover-kind\">Development strategy</p>"));
}

TEST_CASE("a section without its file, or with a draft, is left out and listed on the cover") {
  const std::string html = Document(StrategyTree());
  const std::string cover = Cover(html);
  CHECK(Has(cover, "<p class=\"kit-cover-kind\">Attīstības stratēģija</p>"));
  CHECK(Has(cover, "2026–2028"));
  CHECK(InOrder(cover, {"<dt>Vēl jāuzraksta</dt>", "1.2 Klastera darbības misija, vīzija un mērķi",
                        "1.3 Klastera projekta mērķis projekta īstenošanas periodam",
                        "3.1 Sadarbības veicināšana", "4.3.2 Klastera darbības ilgtspēja"}));
  // Filled from data, never to write; 1.1 is written.
  CHECK_FALSE(Has(cover, "4.1.4 Plānotie"));
  CHECK_FALSE(Has(cover, "1.1 Klastera"));
  const std::string body = MainOf(html);
  CHECK_FALSE(Has(body, "id=\"strategy-1-2\""));
  CHECK_FALSE(Has(body, "Misija vēl top"));
  CHECK_FALSE(Has(body, "id=\"strategy-1-3\""));
  // 4.3 has no section under it: its heading goes too.
  CHECK_FALSE(Has(body, "id=\"strategy-4-3\""));
}

TEST_CASE("the cover lists the sections still to write exactly as check warns of them") {
  const MemoryFileSystem fs = StrategyTree();
  const std::string checked = testing::CheckText(fs);
  const std::string cover = Cover(Document(fs));
  size_t listed = 0;
  for (const TemplateSection& t : TemplateSections()) {
    const SectionNumber n = *ParseSectionNumber(t.number);
    const std::string line = n.ToString() + " " + TemplateTitle(n, Language::kLv);
    const bool warned = Has(checked, "section " + n.ToString() + " “");
    INFO(line);
    CHECK(Has(cover, "<br>" + line) + Has(cover, "<dd>" + line) == warned);
    listed += warned ? 1 : 0;
  }
  CHECK(listed > 10);
}

TEST_CASE("2.2 takes each participant's type and sector from members.yaml") {
  const std::string body = MainOf(Document(StrategyTree()));
  CHECK(Has(body,
            "<tr><th scope=\"row\">SIA Formatus</th><td>Uzņēmums</td><td>Mēbeles</td>"
            "<td>Kopīgas misijas</td><td><p class=\"strategy-expectation\"><span "
            "class=\"strategy-direction\">3.2 Eksports:</span> Jauni tirgi</p><p "
            "class=\"strategy-expectation\"><span class=\"strategy-direction\">3.8 Koka "
            "arhitektūra:</span> Paraugprojekti</p></td></tr>"));
}

TEST_CASE("the SWOT analysis is a 2×2 table, strengths and weaknesses over the others") {
  const std::string body = MainOf(Document(StrategyTree()));
  CHECK(Has(body,
            "<tr><th scope=\"col\">Stiprās puses</th><th scope=\"col\">Vājās puses</th></tr>\n"
            "<tr><td><ul><li>Koksne</li></ul></td><td><ul><li>Mazi uzņēmumi</li></ul></td></tr>\n"
            "<tr><th scope=\"col\">Iespējas</th><th scope=\"col\">Draudi</th></tr>\n"
            "<tr><td><ul><li>Eksports</li></ul></td><td><ul><li>Cenas</li></ul></td></tr>"));
}

TEST_CASE("a direction shows its tasks, members and indicators with a progress bar") {
  const std::string body = MainOf(Document(StrategyTree()));
  CHECK(Has(body, "<p>Eksports <strong>aug</strong>.</p>"));
  CHECK(Has(body, "<ul class=\"strategy-tasks\"><li>Misijas</li><li>Izstādes</li></ul>"));
  CHECK(Has(body,
            "<tr><th scope=\"row\">SIA Formatus</th><td>Vadošais</td><td>Jauni "
            "klienti</td></tr>"));
  CHECK(Has(body,
            "<tr><th scope=\"row\">Eksporta apjoms</th><td>EUR</td><td "
            "class=\"strategy-figure\">1200000</td><td class=\"strategy-figure\">1800000"
            "</td><td class=\"strategy-figure\">1350000</td><td class=\"strategy-progress\">"
            "<span class=\"strategy-percent\">25 %</span><svg"));
  // A quarter of the bar's 384 units.
  CHECK(Has(body, "role=\"img\" aria-labelledby=\"strategy-3-2-r1-title\""));
  CHECK(Has(body, "<title id=\"strategy-3-2-r1-title\">Eksporta apjoms: 25 % no ceļa"));
  CHECK(Has(body, "width=\"96\" height=\"16\" fill=\"#0b5394\""));
  // No measurement: no bar, and the words say so.
  CHECK(Has(body,
            "<td class=\"strategy-figure\"></td><td class=\"strategy-progress\"><span "
            "class=\"strategy-no-actual\">vēl nav mērījuma</span></td>"));
  CHECK_FALSE(Has(body, "strategy-3-2-r2-title"));
}

TEST_CASE("an indicator beyond its target prints its percent whole and fills its bar, no more") {
  const std::string yaml = testing::Replaced(
      kYaml, "  - {number: 8, title: Koka arhitektūra}\n",
      "  - number: 8\n    title: Koka arhitektūra\n    results:\n"
      "      - {indicator: Brāķis, unit: \"%\", baseline: 5, target: 2, actual: 0.5}\n"
      "      - {indicator: Zaudēti tirgi, unit: skaits, baseline: 2, target: 6, actual: 1}\n");
  const std::string body = MainOf(Document(StrategyTree(yaml)));
  CHECK(Has(body, "<span class=\"strategy-percent\">150 %</span>"));
  CHECK(Has(body, "<span class=\"strategy-percent\">-25 %</span>"));
  // The bar of 150 % is the track's 384 units; that of -25 % is empty.
  CHECK(InOrder(body, {"strategy-3-8-r1-title", "width=\"384\" height=\"16\" fill=\"#0b5394\"",
                       "strategy-3-8-r2-title", "width=\"0\" height=\"16\" fill=\"#0b5394\""}));
}

TEST_CASE("4.1.4 and 4.2.4 are written from the cluster's data and say so") {
  const std::string body = MainOf(Document(StrategyTree()));
  CHECK(InOrder(body, {"id=\"strategy-4-1-4\"",
                       "Ģenerēts no klastera datiem: cluster.yaml saziņa un kontaktpersona, "
                       "events/.",
                       "<dt>Kontaktpersona</dt><dd><span class=\"strategy-line\">Ilze Ozola</span>"
                       "<span class=\"strategy-line\">ilze@example.lv</span></dd>",
                       "<dt>Gaidāmie pasākumi</dt>", "id=\"strategy-4-2-4\"",
                       "Ģenerēts no klastera datiem: feedback/.",
                       "Vidējo vērtējumu rāda tikai tad, ja pakalpojumu novērtējuši vismaz 3",
                       "Klasteris vēl nav reģistrējis nevienu pakalpojumu izmantošanu"}));
}

TEST_CASE("a section's own headings go under its heading, their ids made unique") {
  MemoryFileSystem fs = StrategyTree();
  fs.Add(kDir + "/1.1.md", "## Problēma\n\nTeksts.\n");
  fs.Add(kDir + "/4.1.2.md", "## Padome\n\n[Pakalpojumi](../services/mentorings.md)\n");
  const std::string body = MainOf(Document(fs));
  CHECK(InOrder(body, {"<span class=\"strategy-number\">1.1</span>", "<h4", ">Problēma</h4>",
                       "<span class=\"strategy-number\">4.1.2</span>", "<h5", ">Padome</h5>"}));
  // A link to the site keeps its text: the document stands alone.
  CHECK(Has(body, "<p>Pakalpojumi</p>"));
}

TEST_CASE("a file of 4.1.4 or 4.2.4 wins over the data") {
  MemoryFileSystem fs = StrategyTree();
  fs.Add(kDir + "/4.1.4.md", "Saziņa notiek katru nedēļu.\n");
  const std::string body = MainOf(Document(fs));
  CHECK(InOrder(body, {"id=\"strategy-4-1-4\"", "<p>Saziņa notiek katru nedēļu.</p>",
                       "id=\"strategy-4-2\""}));
  CHECK_FALSE(Has(body, "cluster.yaml saziņa un kontaktpersona"));
  CHECK(Has(body, "Ģenerēts no klastera datiem: feedback/."));
}

TEST_CASE("the strategy document is the members' unless strategy.yaml makes it public") {
  CHECK(Document(StrategyTree(), Audience::kPublic).empty());
  CHECK(Has(Document(StrategyTree(), Audience::kMembers), "<!DOCTYPE html>"));
  CHECK(Has(Document(StrategyTree(), Audience::kStaff), "<!DOCTYPE html>"));
  const MemoryFileSystem open = StrategyTree("visibility: public\n" + kYaml);
  CHECK(Has(Document(open, Audience::kPublic), "<!DOCTYPE html>"));
  // A public document tells the feedback process, not the members' figures.
  CHECK_FALSE(Has(Document(open, Audience::kPublic), "Klasteris vēl nav reģistrējis"));
}

TEST_CASE("the strategy document is the same bytes when built again") {
  CHECK(Document(StrategyTree()) == Document(StrategyTree()));
}

}  // namespace clustersite

namespace clustersite {

TEST_CASE("the example koks strategy is complete: every section in its place, nothing to write") {
  const std::string html = testing::Built().Members("koks/strategy/document.html");
  CHECK(Has(html, "<dt>Vēl jāuzraksta</dt><dd>Visas veidnes sadaļas ir uzrakstītas.</dd>"));
  std::vector<std::string> ids;
  for (const char* n :
       {"1-1",   "1-2", "1-3",   "1-4",   "2-1",   "2-2",   "3-1",   "3-2",   "3-3",
        "3-4",   "3-5", "3-6",   "3-7",   "3-8",   "4-1",   "4-1-1", "4-1-2", "4-1-3",
        "4-1-4", "4-2", "4-2-1", "4-2-2", "4-2-3", "4-2-4", "4-3",   "4-3-1", "4-3-2"})
    ids.push_back(std::string("<section class=\"strategy-section\" id=\"strategy-") + n + "\"");
  CHECK(InOrder(html, ids));
  CHECK(Has(html,
            "<span class=\"strategy-number\">3.8</span> Koka būvniecības digitalizācija "
            "(BIM)</h3>"));
  // A falling target: the defect rate from 5 % to 2 %, now 4 %, is a third of the way.
  CHECK(Has(html,
            "<td class=\"strategy-figure\">4</td><td class=\"strategy-progress\"><span "
            "class=\"strategy-percent\">33 %</span>"));
  // 4.1.4 and 4.2.4 have no files: the cluster's data writes them.
  CHECK(InOrder(html, {"id=\"strategy-4-1-4\"", "Ģenerēts no klastera datiem",
                       "<dt>Jaunumu vēstule</dt><dd><span class=\"strategy-line\">Katru mēnesi",
                       "<dt>Gaidāmie pasākumi</dt>", "id=\"strategy-4-2-4\"",
                       "Ģenerēts no klastera datiem: feedback/.", "Pēdējais ceturksnis, ",
                       "<dt>Izmantojumi</dt>"}));
  // 2.2's every member and partner, types from members.yaml.
  CHECK(
      Has(html, "<tr><th scope=\"row\">Priežu novada pašvaldība</th><td>Valsts vai pašvaldības "));
}

TEST_CASE("the example strategy document is the members' and staff's, not the public's") {
  CHECK(testing::Built().Public("koks/strategy/document.html").empty());
  CHECK_FALSE(testing::Built().Members("koks/strategy/document.html").empty());
}

TEST_CASE("check reports no strategy warning for the complete example strategy") {
  std::string log;
  REQUIRE(testing::Run(
              std::string(CLUSTERSITE_BINARY) + " check " + CLUSTERSITE_SOURCE_DIR + "/content",
              &log) == 0);
  CHECK_FALSE(Has(log, "koks/strategy"));
}

TEST_CASE("clustersite pdf prints the built strategy document") {
  testing::TempDir out;
  std::string log;
  const std::string site = out / "site";
  REQUIRE(testing::Run(std::string(CLUSTERSITE_BINARY) + " build " + CLUSTERSITE_SOURCE_DIR +
                           "/content --cluster koks --audience members -o " + site,
                       &log) == 0);
  // A stand-in WeasyPrint that writes a PDF: what `pdf` hands it is the point.
  std::filesystem::create_directories(out.path / "bin");
  const std::string program = out / "bin/weasyprint";
  testing::WriteText(program, "#!/bin/sh\nfor a; do last=$a; done\necho '%PDF-1.4' > \"$last\"\n");
  std::filesystem::permissions(program, std::filesystem::perms::owner_all);
  const std::string doc = site + "/strategy/document.html";
  REQUIRE(testing::Run("PATH=" + (out / "bin") + ":/usr/bin:/bin " + CLUSTERSITE_BINARY + " pdf " +
                           doc + " -o " + out / "s.pdf" + " --engine weasyprint",
                       &log) == 0);
  CHECK(StartsWith(log, "printed " + doc + " to " + out / "s.pdf"));
  CHECK(testing::ReadFile(out / "s.pdf") == "%PDF-1.4\n");
}

}  // namespace clustersite
