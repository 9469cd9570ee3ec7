// strategy/: the template's numbers and headings, strategy.yaml and the
// section files parsed.

#include <doctest/doctest.h>

#include <algorithm>

#include "model/parse.h"
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
  REQUIRE(LoadContentTree(fs, "content", "", {}, &diag, &tree));
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
}

TEST_CASE("a cluster without strategy/ has no strategy and no warnings of one") {
  Diagnostics diag;
  Portal portal;
  ContentTree tree;
  REQUIRE(LoadContentTree(ValidTree(), "content", "", {}, &diag, &tree));
  ParsePortal(&tree, {}, &diag, &portal);
  CHECK_FALSE(portal.clusters.at(0).strategy);
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
