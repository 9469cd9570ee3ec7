// strategy/: the template's numbers and headings, strategy.yaml and the
// section files parsed, and their checks.

#include <doctest/doctest.h>

#include <algorithm>

#include "model/parse.h"
#include "model/placeholders.h"
#include "model/strategy_template.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::CheckText;
using testing::Replaced;
using testing::ValidTree;

const std::string kDir = "content/koks/strategy";
const std::string kYaml = kDir + "/strategy.yaml";

/// A whole strategy.yaml: every programme direction, one of the cluster's own.
const std::string kValid =
    "period: {from: 2026, to: 2028}\n"  // 1
    "visibility: public\n"              // 2
    "swot: {strengths: [Koks], weaknesses: [Mazi], opportunities: [Eksports], threats: [Cenas]}\n"
    "participants:\n"                                                                // 4
    "  - name: SIA Formatus\n"                                                       // 5
    "    activities: Kopīgas eksporta misijas\n"                                     // 6
    "    expectations: {2: Jauni tirgi, 8: Paraugprojekti}\n"                        // 7
    "directions:\n"                                                                  // 8
    "  - {number: 1}\n"                                                              // 9
    "  - number: 2\n"                                                                // 10
    "    rationale: Eksports aug.\n"                                                 // 11
    "    tasks: [Misijas, Izstādes]\n"                                               // 12
    "    members: [{name: SIA Formatus, role: Vadošais, benefit: Jauni klienti}]\n"  // 13
    "    results:\n"                                                                 // 14
    "      - {indicator: Eksporta apjoms, unit: EUR, baseline: 1200000, target: 1800000,\n"
    "         actual: 1350000}\n"                                                    // 16
    "      - {indicator: Eksporta daļa, unit: \"%\", baseline: 12.5, target: 20}\n"  // 17
    "  - {number: 3}\n"                                                              // 18
    "  - {number: 4}\n"                                                              // 19
    "  - {number: 5}\n"                                                              // 20
    "  - {number: 6}\n"                                                              // 21
    "  - {number: 7}\n"                                                              // 22
    "  - {number: 8, title: Koka arhitektūra}\n";                                    // 23

/// ValidTree with members SIA Koks and SIA Formatus, strategy/strategy.yaml
/// `yaml` and a file for each section of `sections`.
MemoryFileSystem WithStrategy(const std::string& yaml, const std::vector<std::string>& sections) {
  MemoryFileSystem fs = ValidTree();
  fs.Add("content/koks/members.yaml",
         "- {name: SIA Koks, sector: A}\n- {name: SIA Formatus, sector: A}\n");
  fs.Add(kYaml, yaml);
  for (const std::string& n : sections) fs.Add(kDir + "/" + n + ".md", "Teksts.\n");
  return fs;
}

/// The sections whose files only the author can write.
std::vector<std::string> ProseSections() {
  std::vector<std::string> out;
  for (const TemplateSection& t : TemplateSections()) {
    if (t.source == SectionSource::kFile) out.emplace_back(t.number);
  }
  return out;
}

/// The warning for direction `n` (1–5, of the cooperation heading, with
/// its `goal`) that strategy.yaml does not have.
std::string MissingDirection(int n, const std::string& goal) {
  const std::string d = std::to_string(n);
  return kDir + ": warning: section 3." + d +
         " “Sadarbības veicināšana komersantu un pētniecības, izglītības un zināšanu "
         "izplatīšanas organizāciju un citu institūciju starpā ar mērķi " +
         goal + "” has no direction `number: " + d +
         "` in strategy.yaml yet; the document lists it on its cover as still to write\n";
}

MemoryFileSystem WithStrategy(const std::string& yaml) {
  return WithStrategy(yaml, ProseSections());
}

SectionNumber Number(const std::string& text) {
  std::optional<SectionNumber> n = ParseSectionNumber(text);
  REQUIRE_MESSAGE(n, text);
  return *n;
}

}  // namespace

TEST_CASE("a section number is numbers of 1 to 99 joined by dots") {
  CHECK(Number("4.1.2").parts == std::vector<int>{4, 1, 2});
  CHECK(Number("3.12").ToString() == "3.12");
  for (const char* wrong :
       {"", "4.", ".4", "4..1", "04.1", "4.0", "4.a", "4.1.2.3.4", "100", "-1", "4,1", " 4.1"}) {
    CHECK_MESSAGE(!ParseSectionNumber(wrong), wrong);
  }
}

TEST_CASE("section numbers order part by part, a heading before its subsections") {
  const std::vector<std::string> ordered = {"1.1", "1.2",  "2.2",   "3",
                                            "3.1", "3.10", "4.1.1", "4.3.2"};
  for (size_t i = 1; i < ordered.size(); ++i)
    CHECK_MESSAGE(Number(ordered[i - 1]) < Number(ordered[i]), ordered[i - 1], " < ", ordered[i]);
  CHECK(Number("3.2") == Number("3.2"));
  std::vector<std::string> numbers;
  for (const TemplateSection& s : TemplateSections()) numbers.emplace_back(s.number);
  CHECK(std::is_sorted(
      numbers.begin(), numbers.end(),
      [](const std::string& a, const std::string& b) { return Number(a) < Number(b); }));
}

TEST_CASE("the template's headings in Latvian are its own words, in English ours") {
  CHECK(TemplateTitle(Number("1.4"), Language::kLv) ==
        "Klastera stipro un vājo pušu, iespēju un draudu (SWOT) analīze");
  CHECK(TemplateTitle(Number("1.4"), Language::kEn) == "SWOT analysis");
  CHECK(TemplateTitle(Number("4.1.4"), Language::kLv) ==
        "Plānotie pasākumi efektīvas komunikācijas nodrošināšanai starp dalībniekiem un "
        "partneriem");
  CHECK(TemplateTitle(Number("4.3"), Language::kEn) == "Financing and sustainability");
  CHECK(TemplateTitle(Number("3.8"), Language::kLv) == "");
  CHECK(TemplateTitle(Number("5"), Language::kLv) == "");
}

TEST_CASE("directions 1 to 5 split the template's cooperation heading, one goal each") {
  CHECK(DirectionTitle(2, Language::kLv) ==
        "Sadarbības veicināšana komersantu un pētniecības, izglītības un zināšanu izplatīšanas "
        "organizāciju un citu institūciju starpā ar mērķi palielināt eksporta apjomu");
  CHECK(DirectionTitle(5, Language::kEn) ==
        "Cooperation between companies and research, education and other institutions to "
        "develop human resources and create jobs");
  CHECK(DirectionTitle(6, Language::kLv) ==
        "Viedo specializāciju (RIS3) integrācija klastera attīstības stratēģijā");
  CHECK(DirectionTitle(7, Language::kEn) == "Internationalisation");
  CHECK(DirectionTitle(8, Language::kLv) == "");
  CHECK(DirectionTitle(0, Language::kLv) == "");
}

TEST_CASE("part headings and directions take no file; every other section does") {
  CHECK(SectionFileNumbers() == std::vector<std::string>{"1.1", "1.2", "1.3", "1.4", "2.1", "2.2",
                                                         "3", "4.1.1", "4.1.2", "4.1.3", "4.1.4",
                                                         "4.2.1", "4.2.2", "4.2.3", "4.2.4",
                                                         "4.3.1", "4.3.2"});
  CHECK(FindTemplateSection(Number("4.1"))->source == SectionSource::kHeading);
  CHECK(FindTemplateSection(Number("3.7"))->source == SectionSource::kDirection);
  CHECK(FindTemplateSection(Number("4.2.4"))->source == SectionSource::kData);
  CHECK(FindTemplateSection(Number("3.8")) == nullptr);
}

TEST_CASE("the closest section numbers share the most leading parts, then the nearest next") {
  CHECK(ClosestSectionNumbers(Number("4.1.5"), 3) == std::vector<std::string>{"4.1.4"});
  CHECK(ClosestSectionNumbers(Number("4.4.1"), 3) == std::vector<std::string>{"4.3.1", "4.3.2"});
  CHECK(ClosestSectionNumbers(Number("1.1.1"), 3) == std::vector<std::string>{"1.1"});
  CHECK(ClosestSectionNumbers(Number("2.3"), 3) == std::vector<std::string>{"2.2"});
}

TEST_CASE("a whole strategy loads with every field, and passes its checks") {
  Diagnostics diag;
  Strategy st;
  ParseStrategyYaml({kYaml, "koks/strategy/strategy.yaml", kValid}, &diag, &st);
  CHECK(diag.ToString() == "");
  CHECK(st.from == 2026);
  CHECK(st.to == 2028);
  CHECK(st.visibility == Audience::kPublic);
  REQUIRE(st.swot);
  CHECK(st.swot->threats == std::vector<std::string>{"Cenas"});
  REQUIRE(st.participants.size() == 1);
  const StrategyParticipant& p = st.participants[0];
  CHECK(p.name.value == "SIA Formatus");
  CHECK(p.name.pos.line == 5);
  CHECK(p.activities == "Kopīgas eksporta misijas");
  REQUIRE(p.expectations.size() == 2);
  CHECK(p.expectations[1].direction == 8);
  CHECK(p.expectations[1].text == "Paraugprojekti");
  REQUIRE(st.directions.size() == 8);
  const StrategyDirection& d = st.directions[1];
  CHECK(d.number == 2);
  CHECK(d.title == "");
  CHECK(d.rationale == "Eksports aug.");
  CHECK(d.tasks == std::vector<std::string>{"Misijas", "Izstādes"});
  CHECK(d.members.at(0).role == "Vadošais");
  CHECK(d.members.at(0).benefit == "Jauni klienti");
  REQUIRE(d.results.size() == 2);
  CHECK(d.results[0].indicator == "Eksporta apjoms");
  CHECK(d.results[0].unit == "EUR");
  CHECK(d.results[0].baseline->value == 1200000);
  CHECK(d.results[0].actual->value == 1350000);
  CHECK(d.results[1].baseline->value == 12.5);
  CHECK(d.results[1].baseline->text == "12.5");
  CHECK_FALSE(d.results[1].actual);
  CHECK(st.directions[7].title == "Koka arhitektūra");
  CHECK(CheckText(WithStrategy(kValid)) == "");
}

TEST_CASE("section files are read as Markdown, with front matter only for `draft`") {
  MemoryFileSystem fs = WithStrategy(kValid);
  fs.Add(kDir + "/1.1.md", "---\ndraft: true\n---\n# Vajadzība\n");
  Diagnostics diag;
  Portal portal;
  ContentTree tree;
  REQUIRE(LoadContentTree(fs, "content", {}, {}, &diag, &tree));
  ParsePortal(&tree, {}, &diag, &portal);
  CHECK(diag.ToString() == "");
  const Strategy& st = *portal.clusters.at(0).strategy;
  CHECK(st.dir == kDir);
  const auto it = std::find_if(st.sections.begin(), st.sections.end(),
                               [](const StrategySection& s) { return s.name == "1.1"; });
  REQUIRE(it != st.sections.end());
  CHECK(it->prose.draft);
  CHECK(it->prose.body.markdown == "# Vajadzība\n");
  CHECK(it->prose.body.first_line == 4);
  CHECK(CheckText(fs) ==
        kDir +
            ": warning: section 1.1 “Klastera nepieciešamības pamatojums un konstatētās problēmas "
            "apraksts” is still a draft in 1.1.md (`draft: true`); the document lists it on its "
            "cover as still to write\n");
}

TEST_CASE("a cluster without strategy/ has no strategy and no warnings of one") {
  Diagnostics diag;
  Portal portal;
  ContentTree tree;
  REQUIRE(LoadContentTree(ValidTree(), "content", {}, {}, &diag, &tree));
  ParsePortal(&tree, {}, &diag, &portal);
  CHECK_FALSE(portal.clusters.at(0).strategy);
}

TEST_CASE("a section file is named by a template number that takes a file") {
  MemoryFileSystem fs = WithStrategy(kValid);
  for (const char* name : {"4.1.5", "4.1", "3.2", "ievads", "1,2"}) {
    fs.Add(kDir + "/" + name + ".md", "Teksts.\n");
  }
  CHECK(CheckText(fs) ==
        kDir +
            "/1,2.md: error: `1,2.md` is no section of the strategy template: a section file is "
            "named by its number, like `1.1.md`; did you mean `1.2`?\n" +
            kDir +
            "/3.2.md: error: section 3.2 is direction 2 of section 3: write it in strategy.yaml "
            "under `directions`, with `number: 2`, not in a file of its own\n" +
            kDir +
            "/4.1.5.md: error: the strategy template has no section 4.1.5; did you mean "
            "`4.1.4`?\n" +
            kDir +
            "/4.1.md: error: section 4.1 “Klastera pārvaldība” is a part heading and takes no "
            "file; its text goes in `4.1.1.md`, `4.1.2.md`, `4.1.3.md` and `4.1.4.md`\n" +
            kDir +
            "/ievads.md: error: `ievads.md` is no section of the strategy template: a section "
            "file is named by its number, like `1.1.md`\n");
}

TEST_CASE("participants and the members of directions are in members.yaml, with a hint") {
  std::string yaml = Replaced(kValid, "  - name: SIA Formatus\n", "  - name: SIA Formats\n");
  yaml = Replaced(yaml, "[{name: SIA Formatus,", "[{name: AS Nav,");
  CHECK(CheckText(WithStrategy(yaml)) ==
        kYaml +
            ":5:11: error: participant `SIA Formats` is no member or partner in "
            "content/koks/members.yaml; did you mean `SIA Formatus`?\n" +
            kYaml +
            ":13:22: error: member of direction `AS Nav` is no member or partner in "
            "content/koks/members.yaml; add it there, or write its name as members.yaml does\n");
}

TEST_CASE("a direction has one number, a title from 8 on; expectations name directions") {
  std::string yaml = Replaced(kValid, "{number: 8, title: Koka arhitektūra}", "{number: 9}");
  yaml = Replaced(yaml, "  - {number: 3}\n", "  - {number: 2}\n");
  CHECK(CheckText(WithStrategy(yaml)) ==
        MissingDirection(3, "paaugstināt produktivitāti") + kYaml +
            ":7:36: error: an expectation of direction 8, which `directions` does not have; its "
            "directions are `1`, `2`, `4`, `5`, `6`, `7` and `9`\n" +
            kYaml +
            ":18:14: error: direction 2 is given twice (first on line 10); give each direction "
            "once\n" +
            kYaml +
            ":23:14: error: direction 9 needs a `title`: directions 1–7 take the template's "
            "titles, 8 and up are the cluster's own\n");
}

TEST_CASE("a result's numbers are numbers, and its target is not its baseline") {
  std::string yaml = Replaced(kValid, "baseline: 12.5, target: 20", "baseline: 20, target: 20");
  yaml = Replaced(yaml, "actual: 1350000", "actual: 1.35 milj.");
  yaml = Replaced(yaml, "number: 2\n", "number: divi\n");
  CHECK(CheckText(WithStrategy(yaml)) ==
        MissingDirection(2, "palielināt eksporta apjomu") + kYaml +
            ":7:20: error: an expectation of direction 2, which `directions` does not have; its "
            "directions are `1`, `3`, `4`, `5`, `6`, `7` and `8`\n" +
            kYaml + ":10:13: error: `number` must be a whole number of 0 or more, not `divi`\n" +
            kYaml +
            ":16:18: error: `actual` must be a number, like `1200000` or `3.5`, not `1.35 "
            "milj.`\n" +
            kYaml +
            ":17:69: error: `target` 20 is the `baseline` 20: an indicator's target is the value "
            "it should reach from its baseline; write that value\n");
}

TEST_CASE("the period is two years, the first not after the last") {
  CHECK(CheckText(WithStrategy(Replaced(kValid, "to: 2028", "to: 2025"))) ==
        kYaml +
            ":1:26: error: `to` 2025 is before `from` 2026: the period runs from its first year "
            "to its last\n");
  CHECK(CheckText(WithStrategy(Replaced(kValid, "period: {from: 2026, to: 2028}\n", ""))) ==
        kYaml +
            ":1:1: error: missing required key `period`: the years the strategy covers, like "
            "`period: {from: 2026, to: 2028}`\n");
}

TEST_CASE("each section still missing is a warning, but 4.1.4 and 4.2.4, filled from data") {
  std::vector<std::string> sections = ProseSections();
  sections.erase(std::find(sections.begin(), sections.end(), "4.1.1"));
  std::string yaml = Replaced(kValid,
                              "swot: {strengths: [Koks], weaknesses: [Mazi], "
                              "opportunities: [Eksports], threats: [Cenas]}\n",
                              "");
  CHECK(CheckText(WithStrategy(yaml, sections)) ==
        kDir +
            ": warning: section 1.4 “Klastera stipro un vājo pušu, iespēju un draudu (SWOT) "
            "analīze” has no file 1.4.md and strategy.yaml no `swot` yet; the document lists it "
            "on its cover as still to write\n" +
            kDir +
            ": warning: section 4.1.1 “Klastera pārvaldības pamatprincipi, lēmumu pieņemšanas "
            "kārtība, atbildības sadale un kompetence” has no file 4.1.1.md yet; the document "
            "lists it on its cover as still to write\n");
}

TEST_CASE("the missing sections are named in English for a cluster in English") {
  MemoryFileSystem fs = WithStrategy(kValid, {});
  testing::Edit(&fs, "content/koks/cluster.yaml", "language: lv\n", "language: en\n");
  const std::string text = CheckText(fs);
  CHECK(testing::Has(text, kDir + ": warning: section 4.3.2 “Sustainability after the project” has "
                                  "no file 4.3.2.md yet; the document lists it on its cover as "
                                  "still to write\n"));
  CHECK_FALSE(testing::Has(text, "4.1.4"));
  CHECK_FALSE(testing::Has(text, "4.2.4"));
  CHECK_FALSE(testing::Has(text, "section 2.2"));
}

TEST_CASE("a published section that still holds placeholder text is an error; a draft may") {
  const std::string placeholder(PlaceholderTexts()[0]);
  MemoryFileSystem fs = WithStrategy(kValid);
  fs.Add(kDir + "/1.2.md", "Misija.\n" + placeholder + "\n");
  CHECK(CheckText(fs) == kDir + "/1.2.md:2:1: error: `" + placeholder +
                             "` is placeholder text from `clustersite new`, and this file is "
                             "published; write the real text in its place, or keep the file "
                             "unpublished with `draft: true`\n");
  MemoryFileSystem draft = WithStrategy(kValid);
  draft.Add(kDir + "/1.2.md", "---\ndraft: true\n---\n" + placeholder + "\n");
  CHECK_FALSE(testing::Has(CheckText(draft), "error"));
}

TEST_CASE("strategy/ holds strategy.yaml and section files; anything else is ignored") {
  MemoryFileSystem fs = WithStrategy(kValid);
  fs.Add(kDir + "/piezimes.txt", "x");
  CHECK(CheckText(fs) ==
        kDir +
            "/piezimes.txt: warning: ignored: strategy/ holds strategy.yaml and the section "
            "files, named by the template's numbers like `1.1.md`\n");
  MemoryFileSystem without = ValidTree();
  without.Add(kDir + "/1.1.md", "Teksts.\n");
  CHECK(testing::Has(CheckText(without),
                     kDir + ": error: missing strategy.yaml: a strategy/ folder needs one, with "
                            "at least its `period`, like `period: {from: 2026, to: 2028}`\n"));
  MemoryFileSystem typo = ValidTree();
  typo.Add("content/koks/strategija/strategy.yaml", kValid);
  CHECK(testing::Has(CheckText(typo),
                     "content/koks/strategija: warning: ignored: not part of the "
                     "content format; did you mean `strategy`?\n"));
}

}  // namespace clustersite
