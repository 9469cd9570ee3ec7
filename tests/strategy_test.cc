// strategy/: the template's numbers and headings.

#include <doctest/doctest.h>

#include <algorithm>

#include "model/strategy_template.h"

namespace clustersite {
namespace {

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

}  // namespace clustersite
